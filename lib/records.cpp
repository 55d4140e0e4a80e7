#include "records.hpp"

#include "enums.hpp"

namespace alearn {

ExperimentState Experiment::state() const {
  if (stopped) {
    return ExperimentState::stopped;
  }
  if (finished) {
    return ExperimentState::finished;
  }
  return started ? ExperimentState::running : ExperimentState::planned;
}

BlockerState Blocker::state() const {
  if (course.empty()) {
    return BlockerState::noted;
  }
  switch (course.back().event) {
  case CourseEvent::raised:
    return BlockerState::raised;
  case CourseEvent::resolved:
    return BlockerState::resolved;
  case CourseEvent::withdrawn:
    return BlockerState::withdrawn;
  }
  return BlockerState::noted;
}

std::string_view log_kind_name(LogKind kind) { return word_of(kind); }
std::string_view explore_kind_name(ExploreKind kind) { return word_of(kind); }
std::string_view about_name(AssumptionAbout about) { return word_of(about); }
std::string_view verdict_name(Verdict verdict) { return word_of(verdict); }
std::string_view resource_kind_name(ResourceKind kind) { return word_of(kind); }
std::string_view state_name(ExperimentState state) { return word_of(state); }
std::string_view decision_name(Decision decision) { return word_of(decision); }
std::string_view blocker_kind_name(BlockerKind kind) { return word_of(kind); }
std::string_view blocker_state_name(BlockerState state) { return word_of(state); }
std::string_view course_event_name(CourseEvent event) { return word_of(event); }

Text log_kind_label(LogKind kind) { return label_of(kind); }
Text about_label(AssumptionAbout about) { return label_of(about); }
Text explore_kind_label(ExploreKind kind) { return label_of(kind); }
Text verdict_label(Verdict verdict) { return label_of(verdict); }
Text resource_kind_label(ResourceKind kind) { return label_of(kind); }
Text state_label(ExperimentState state) { return label_of(state); }
Text decision_label(Decision decision) { return label_of(decision); }
Text blocker_kind_label(BlockerKind kind) { return label_of(kind); }
Text blocker_state_label(BlockerState state) { return label_of(state); }

std::optional<LogKind> parse_log_kind(std::string_view name) { return parse_word<LogKind>(name); }
std::optional<ExploreKind> parse_explore_kind(std::string_view name) { return parse_word<ExploreKind>(name); }
std::optional<AssumptionAbout> parse_about(std::string_view name) {
  return parse_word<AssumptionAbout>(name);
}
std::optional<Verdict> parse_verdict(std::string_view name) { return parse_word<Verdict>(name); }
std::optional<ResourceKind> parse_resource_kind(std::string_view name) {
  return parse_word<ResourceKind>(name);
}
std::optional<ExperimentState> parse_state(std::string_view name) {
  return parse_word<ExperimentState>(name);
}
std::optional<Decision> parse_decision(std::string_view name) { return parse_word<Decision>(name); }
std::optional<BlockerKind> parse_blocker_kind(std::string_view name) { return parse_word<BlockerKind>(name); }
std::optional<BlockerState> parse_blocker_state(std::string_view name) {
  return parse_word<BlockerState>(name);
}
std::optional<CourseEvent> parse_course_event(std::string_view name) { return parse_word<CourseEvent>(name); }

} // namespace alearn
