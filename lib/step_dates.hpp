#pragma once
// Steps done in the past: a group that starts using alearn halfway enters what it did before,
// each step event with the day it happened (step done --date, step reopen --date). Such a day
// must fit the group's history, or the replay of the events would tell another story.
#include "context.hpp"
#include "error.hpp"
#include "progress.hpp"
#include "workgroup.hpp"

#include <string>

namespace alearn {

// The first step that lies within the process, from the start date on: steps 1 to 3 (the
// problem, the design, forming the group) prepare it and may come before.
inline constexpr int first_step_after_start = 4;

// The time of day a dated event gets, in UTC, so that events on one day keep one order.
inline constexpr std::chrono::hours dated_event_hour{12};

// The time (`at`) of `event` (its step, action and cycle filled in) when it happened on `day`,
// or why it cannot have: `day` lies in the future; the step lies within the process (4 and
// later) and `day` before the workgroup's start date; or `day` breaks the order of the steps.
// In order means: after the current cycle began; after every event of the same step (a done
// after its reopen, a reopen after its done, steps 11 and 12 after the round before was
// closed); a done step not before a lower step was done nor after a higher one was; a closed
// round or cycle after every event of the cycle. The time is dated_event_hour on `day`, moved
// just after an event that must come first on the same day, or just before a higher step done
// that day, so that the history keeps the order of the steps.
Result<std::string> dated_event_time(const Workgroup &group, const StepEvent &event, Date day,
                                     const Context &context);

} // namespace alearn
