#pragma once
// Shared pieces of rendering: text wrapping, statuses and flags in the session's language, and
// writing JSON (whose shapes of the domain values live in lib/json_values.hpp).
#include "criteria.hpp"
#include "json_values.hpp"
#include "session.hpp"

#include <string>
#include <string_view>

namespace alearn {

// Wraps text at word boundaries to `width` columns (counting characters, not bytes), each line
// starting with `indent`. Line breaks in the text are kept.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);
// A list item: "- " after `indent`, and the following lines indented to the text.
std::string wrap_item(std::string_view text, std::size_t width, std::string_view indent);

// The workgroup's flags (what needs attention) in the session's language.
Json flags_json(const Session &session, const Workgroup &group);
// The same as text, a line each.
void print_flags(Session &session, const Workgroup &group);
// "Note: ...", a word of warning that does not stop anything.
void print_note(Session &session, const Text &note);

Json requirement_json(const Session &session, const Requirement &requirement);
Json requirements_json(const Session &session, const StepCriteria &criteria);
std::string_view status_text(Lang lang, StepStatus status);
// The status in the session's language and colour, padded to `width` visible columns.
std::string status_label(const Session &session, StepStatus status, std::size_t width = 0);
std::string phase_label(const Session &session, Phase phase);

// Writes the JSON document and a final newline.
Status print_json(Session &session, const Json &json);

} // namespace alearn
