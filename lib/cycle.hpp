#pragma once
// A workgroup goes through the fifteen steps in cycles: step 15 may start a new cycle at step 1,
// with a problem, a narrowing, a design, indicators and dates of its own, while the earlier
// cycles stay readable.
//
// Where each cycle is written:
// - cycle 1's problem, design, start and end are in workgroup.md; those of cycle 2 and later in
//   cycles/<N>.md (format 2), written when the cycle begins. A cycle without a file of its own
//   (begun before cycles had files, or in a repository of format 1) reads workgroup.md's, as it
//   always did.
// - When a cycle began follows from the step events: the day of the new-cycle event of step 15.
// - A record says which cycle it belongs to (`cycle:`, written by alearn in format 2). One
//   without it (written before, by hand, or in format 1) belongs to the cycle its date falls in:
//   the last that began on or before that day.
// - An indicator says which cycles it belongs to (`cycles:`); without it, every cycle.
#include "document.hpp"
#include "error.hpp"
#include "workgroup.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// --- cycles/<N>.md ---

// A cycle's file; the number is the file's name, 2 or more.
Parsed<CycleFile> parse_cycle_file(const Document &doc);
// The text of a new cycle file: its values, and the empty keys with a comment each, in the
// spaced layout of format 2 (a blank line between fields, so that edits of two fields merge).
std::string render_cycle_file(const CycleFile &cycle, Lang lang);
std::filesystem::path cycle_file_path(const Workgroup &group, int number);

// --- The cycles of a workgroup ---

struct Cycle {
  int number = 1;
  std::optional<Date> began; // cycle 2 and later: the day step 15 of the cycle before started it
  std::optional<Date> ended; // the day the next cycle began; none for the current cycle
  bool current = false;
  std::string problem; // step 1
  Design design;       // step 2
  std::optional<Date> start;
  std::optional<Date> end;
  // Where its problem, design and dates are written: workgroup.md, or cycles/<N>.md.
  std::filesystem::path file;
  bool own_file = false; // cycles/<N>.md
  bool operator==(const Cycle &) const = default;
};

// The day each cycle began, from the step events: [0] is cycle 1 (none), [1] cycle 2, and so
// on; as many as the workgroup has begun. Events of a cycle that was already over (from a
// branch that missed the new cycle) are passed over, as replay() does.
std::vector<std::optional<Date>> cycle_beginnings(const std::vector<StepEvent> &events);
// The cycle a day falls in: the last one that began on or before it.
int cycle_on(const std::vector<std::optional<Date>> &beginnings, Date date);

// Every cycle begun, oldest first; the last is the current one.
std::vector<Cycle> workgroup_cycles(const Workgroup &group);
Cycle current_cycle(const Workgroup &group);
// Cycle `number`, or an error that says which cycles there are.
Result<Cycle> find_cycle(const Workgroup &group, int number);

// Sets the cycle of every record that does not say it, from its date. The loader calls it once
// the step events and the records are read.
void assign_cycles(Workgroup &group);
// The cycle a new record dated `date` is written with: the current one, or the earlier one the
// date falls in (a record entered afterwards). None in format 1, whose files have no such field.
std::optional<int> cycle_to_write(const Workgroup &group, Date date);

// Whether an indicator belongs to a cycle (an indicator without `cycles` to every cycle).
bool belongs_to(const Indicator &indicator, int cycle);
std::vector<const Indicator *> indicators_in(const Workgroup &group, int cycle);
// The `cycles` of a new indicator: the current cycle from the second on, in format 2 (in the
// first cycle, and in format 1, none: it belongs to every cycle until a new one begins).
std::vector<int> new_indicator_cycles(const Workgroup &group);

// The cycle of a record: its `cycle`, or the one its date falls in (for a record the loader
// has not seen yet).
int cycle_of(const RecordMeta &meta, const std::vector<std::optional<Date>> &beginnings);

// The records of one cycle, oldest first.
template <typename T>
std::vector<const T *> records_in(const Workgroup &group, const std::vector<T> &records, int cycle) {
  const auto beginnings = cycle_beginnings(group.step_events);
  std::vector<const T *> in;
  for (const auto &record : records) {
    if (cycle_of(record.meta, beginnings) == cycle) {
      in.push_back(&record);
    }
  }
  return in;
}

// Step 7: the problem as the cycle narrowed it (its latest problem statement), or else as
// step 1 stated it.
std::string narrowed_problem(const Workgroup &group, const Cycle &cycle);

// Which cycles a list shows: one, or every cycle.
struct CycleChoice {
  std::optional<int> number; // none: every cycle
  bool operator==(const CycleChoice &) const = default;
};
// From the command line: empty (the current cycle), a number of a cycle begun, or "all"/"alle".
Result<CycleChoice> choose_cycle(const Workgroup &group, std::string_view text);
inline bool in_choice(const CycleChoice &choice, int cycle) {
  return !choice.number || *choice.number == cycle;
}

// The statuses of the indicators of the chosen cycles, as of `today`.
std::vector<IndicatorStatus> indicator_statuses(const Workgroup &group, RuleSet rules, Date today,
                                                const CycleChoice &cycles);

// The records of `records` (as a list command found them) in the chosen cycles.
template <typename T>
std::vector<const T *> in_cycles(const Workgroup &group, const std::vector<const T *> &records,
                                 const CycleChoice &choice) {
  const auto beginnings = cycle_beginnings(group.step_events);
  std::vector<const T *> kept;
  for (const T *record : records) {
    if (in_choice(choice, cycle_of(record->meta, beginnings))) {
      kept.push_back(record);
    }
  }
  return kept;
}

// What is new at the start of a cycle (shown until its step 5 is done): which cycle, since
// when, and which indicators the group carried over from the cycle before and which not.
struct CycleNews {
  int number = 0;
  std::optional<Date> began;
  std::vector<std::string> kept;    // indicators of the cycle before that go on in this one
  std::vector<std::string> dropped; // indicators of the cycle before that do not
  std::vector<std::string> added;   // indicators new in this cycle
  bool own_file = false;            // the cycle has its own file (format 2)
  bool operator==(const CycleNews &) const = default;
};
std::optional<CycleNews> cycle_news(const Workgroup &group);

} // namespace alearn
