#pragma once
// Where a workgroup stands in the 15 steps. The state is never stored as such: it is the replay
// of step events, one file each, so that two branches that mark steps merge without conflict.
#include "dates.hpp"
#include "document.hpp"
#include "error.hpp"
#include "step_catalog.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

enum class StepAction { done, reopen, again, new_cycle };

struct StepEvent {
  std::string id;
  int step = 0;
  StepAction action = StepAction::done;
  std::string at; // ISO 8601 UTC; sorts in time order as text
  int cycle = 1;
  int round = 1;
  std::string by;
  std::string note;
  bool forced = false;
  std::filesystem::path file;
  bool operator==(const StepEvent &) const = default;
};

std::string_view action_name(StepAction action);
Parsed<StepEvent> parse_step_event(const Document &doc, std::string id);
std::string render_step_event(const StepEvent &event);
// Sorts events in the order they happened: by time, then by id.
void sort_events(std::vector<StepEvent> &events);

enum class StepStatus { done, current, todo };

struct Progress {
  int cycle = 1;
  int round = 1; // the round of experiments (steps 11 and 12) in this cycle
  std::array<bool, step_count> done{};
  // The event that marked each done step done, for its note and date.
  std::array<std::optional<StepEvent>, step_count> done_by{};
  int finished_rounds = 0;
  // The day the current cycle began (the new-cycle event); none in the first cycle. Records
  // from before it belong to an earlier cycle.
  std::optional<Date> cycle_began;

  // The lowest step not done; 0 when every step of the cycle is done.
  int current() const;
  StepStatus status(int step) const;
  bool is_done(int step) const { return done.at(static_cast<std::size_t>(step - 1)); }
};

Progress replay(const std::vector<StepEvent> &events);

} // namespace alearn
