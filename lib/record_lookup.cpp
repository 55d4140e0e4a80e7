#include "record_lookup.hpp"

#include <fmt/format.h>

namespace alearn {

namespace {

// "2026-11-20  Sanne de Vries  (fact)"
std::string dated(const RecordMeta &meta, std::string_view what) {
  return fmt::format("{}  {}  ({})", format_date(meta.date), meta.author, what);
}

} // namespace

std::string describe(const LogEntry &entry) { return dated(entry.meta, log_kind_name(entry.kind)); }
std::string describe(const Meeting &meeting) {
  return fmt::format("{}  {}", format_date(meeting.meta.date), meeting.title);
}
std::string describe(const ExplorationItem &item) { return dated(item.meta, explore_kind_name(item.kind)); }
std::string describe(const Assumption &assumption) {
  return dated(assumption.meta, about_name(assumption.about));
}
std::string describe(const Feedback &feedback) { return dated(feedback.meta, feedback.from); }
std::string describe(const Resource &resource) {
  return dated(resource.meta, resource_kind_name(resource.kind));
}
std::string describe(const Sharing &sharing) { return dated(sharing.meta, sharing.where); }
std::string describe(const Blocker &blocker) {
  return fmt::format("{}  {}  ({})", format_date(blocker.meta.date), blocker.rule,
                     blocker_state_name(blocker.state()));
}
std::string describe(const Experiment &experiment) {
  return fmt::format("{}  ({}, {})", experiment.title, experiment.owner, state_name(experiment.state()));
}
std::string describe(const ProblemStatement &statement) {
  return fmt::format("{}  {}", format_date(statement.meta.date), statement.meta.author);
}

} // namespace alearn
