#pragma once
// Shared pieces of rendering: text wrapping, and the JSON shape of the domain values, so that
// every command's --json speaks of a workgroup or a step in the same way.
#include "criteria.hpp"
#include "progress.hpp"
#include "session.hpp"
#include "workgroup.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace alearn {

using Json = nlohmann::ordered_json;

// Wraps text at word boundaries to `width` columns (counting characters, not bytes), each line
// starting with `indent`. Line breaks in the text are kept.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);
// A list item: "- " after `indent`, and the following lines indented to the text.
std::string wrap_item(std::string_view text, std::size_t width, std::string_view indent);

// A JSON array of `items`, each turned into JSON by `make`.
template <typename Items, typename Make> Json json_list(const Items &items, Make make) {
  Json list = Json::array();
  for (const auto &item : items) {
    list.push_back(make(item));
  }
  return list;
}

// The workgroup's flags (what needs attention) in the session's language.
Json flags_json(const Session &session, const Workgroup &group);
// The same as text, a line each.
void print_flags(Session &session, const Workgroup &group);

// A number in JSON: whole numbers without ".0".
Json number_json(double value);
// A value of an indicator: a number, or "yes"/"no" for a yes/no indicator.
Json value_json(const Indicator &indicator, double value);

Json workgroup_json(const Workgroup &group);
Json indicator_json(const Indicator &indicator);
Json requirement_json(const Session &session, const Requirement &requirement);
Json requirements_json(const Session &session, const StepCriteria &criteria);
Json step_json(const StepInfo &info, const Progress &progress, Lang lang);
std::string_view status_name(StepStatus status);
std::string_view status_text(Lang lang, StepStatus status);
// The status in the session's language and colour, padded to `width` visible columns.
std::string status_label(const Session &session, StepStatus status, std::size_t width = 0);
std::string phase_label(const Session &session, Phase phase);

// Writes the JSON document and a final newline.
Status print_json(Session &session, const Json &json);

} // namespace alearn
