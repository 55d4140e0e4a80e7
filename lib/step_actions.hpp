#pragma once
// Marking steps done or open again: checks what the method asks, then records one event file.
#include "context.hpp"
#include "criteria.hpp"
#include "cycle_edit.hpp"
#include "error.hpp"
#include "progress.hpp"
#include "workgroup.hpp"

#include <expected>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

enum class DoneMode {
  plain,     // the step is done
  again,     // step 12: the round of experiments is done; back to step 11 for another round
  new_cycle, // step 15: the cycle is done; a new cycle starts at step 1
};

struct DoneRequest {
  std::optional<int> step; // none: the current step
  std::string note;
  bool force = false;
  DoneMode mode = DoneMode::plain;
  std::string by;           // a member (see require_acting_member)
  std::optional<Date> date; // the day it was done, in the past (see dated_event_time); none: now
  // With a new cycle: the indicators that go on into it (none unless the group says so), and
  // the language of the comments in the new cycle's file.
  KeepIndicators keep;
  Lang lang = Lang::en;
};

// Why a step was not marked done: the error, and, when the step's criteria are what stops it,
// the requirements still missing, each with its advice (--force with a note overrides them).
struct DoneRefusal {
  Error error;
  std::vector<Requirement> missing;

  // Not explicit: any error is a refusal, so that TRY passes an error on as one.
  DoneRefusal(Error why, std::vector<Requirement> unmet = {})
      : error(std::move(why)), missing(std::move(unmet)) {}
};

std::expected<StepEvent, DoneRefusal> mark_step_done(const Workgroup &group, const DoneRequest &request,
                                                     const Context &context);

struct ReopenRequest {
  int step = 0;
  std::string note;
  std::string by;           // a member
  std::optional<Date> date; // the day it was reopened, in the past; none: now
};

Result<StepEvent> reopen_step(const Workgroup &group, const ReopenRequest &request, const Context &context);

// Step numbers from the user: 1..15, or a usage error.
Status check_step_number(int step);

} // namespace alearn
