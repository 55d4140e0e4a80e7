#pragma once
// The JSON shape of alearn's values: what every `--json` says of a workgroup, an indicator, a
// step or a record, in one place, so that two commands never describe one thing two ways (as
// hledger-lib keeps its JSON instances beside its types). Keys are English and stable; the
// few texts meant for people (a signal explained, a step's title) come in the language asked.
#include "evaluation.hpp"
#include "progress.hpp"
#include "records.hpp"
#include "step_catalog.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace alearn {

struct Workgroup;
struct Assumption;
struct Experiment;
struct DeskGroup;
struct OpenAction;

using Json = nlohmann::ordered_json;

// A JSON array of `items`, each turned into JSON by `make`.
template <typename Items, typename Make> Json json_list(const Items &items, Make make) {
  Json list = Json::array();
  for (const auto &item : items) {
    list.push_back(make(item));
  }
  return list;
}

// A date as "2026-11-20", or null.
Json date_json(const std::optional<Date> &date);
// A text, or null when it is empty.
Json text_or_null(const std::string &text);
// A number: whole numbers without ".0".
Json number_json(double value);
// A value of an indicator: a number, or "yes"/"no" for a yes/no indicator.
Json value_json(const Indicator &indicator, double value);

Json workgroup_json(const Workgroup &group);
Json indicator_json(const Indicator &indicator);
Json step_json(const StepInfo &info, const Progress &progress, Lang lang);
std::string_view status_name(StepStatus status);
// An indicator with its latest value, due date and run chart with its signals.
Json status_json(const IndicatorStatus &status, Lang lang);

// A record: its identifier, date, cycle, author and file (relative to the repository's `root`), the
// fields of its kind, and its Markdown body under the name the kind gives it.
Json meta_json(const RecordMeta &meta, const std::filesystem::path &root);
Json record_json(const LogEntry &entry, const std::string &text, const std::filesystem::path &root);
Json record_json(const Meeting &meeting, const std::string &discussed, const std::filesystem::path &root);
Json record_json(const ExplorationItem &item, const std::string &text, const std::filesystem::path &root);
Json record_json(const ProblemStatement &statement, const std::filesystem::path &root);
// The same with why it was narrowed so (its body).
Json record_json(const ProblemStatement &statement, const std::string &why,
                 const std::filesystem::path &root);
Json record_json(const Assumption &assumption, const std::string &text, const std::filesystem::path &root);
Json record_json(const Feedback &feedback, const std::string &text, const std::filesystem::path &root);
Json record_json(const Sharing &sharing, const std::string &reactions, const std::filesystem::path &root);
Json record_json(const Resource &resource, const std::string &text, const std::filesystem::path &root);
Json record_json(const Experiment &experiment, const std::string &notes, const std::filesystem::path &root);
Json record_json(const Blocker &blocker, const std::string &analysis, const std::filesystem::path &root);
// An open action of a meeting: the meeting's id, the action's number in it, what, who and when.
Json open_action_json(const OpenAction &open);
// The open blockers by workgroup, as they go to the desk: each blocker as record_json has it,
// with the titles of the experiments it blocks.
Json desk_json(const std::vector<DeskGroup> &groups, const std::filesystem::path &root);

} // namespace alearn
