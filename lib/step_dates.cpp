#include "step_dates.hpp"

#include <algorithm>
#include <vector>

namespace alearn {

namespace {

namespace chr = std::chrono;

Timestamp time_of(const StepEvent &event) {
  return parse_timestamp(event.at).value_or(Timestamp{}); // a file's time was checked as it was read
}

Date day_of(const StepEvent &event) { return date_of(time_of(event)); }

// The events the replay applies in the current cycle, and the new-cycle event that began it
// (none in the first cycle).
struct CycleEvents {
  const StepEvent *began = nullptr;
  std::vector<const StepEvent *> events;
};

CycleEvents current_cycle(const std::vector<StepEvent> &events) {
  CycleEvents cycle;
  int number = 1;
  for (const auto &event : events) {
    if (event.cycle != number) {
      continue; // as replay() does
    }
    if (event.action == StepAction::new_cycle) {
      number = event.cycle + 1;
      cycle.began = &event;
      cycle.events.clear();
    } else {
      cycle.events.push_back(&event);
    }
  }
  return cycle;
}

// Whether `event` must come after `earlier` for the replay to end as the group says: events of
// one step keep their order, steps 11 and 12 follow the round closed before them, and closing a
// round or a cycle follows everything in it.
bool must_follow(const StepEvent &earlier, const StepEvent &event) {
  if (event.action == StepAction::again || event.action == StepAction::new_cycle) {
    return true;
  }
  return earlier.step == event.step ||
         (earlier.action == StepAction::again && (event.step == 11 || event.step == 12));
}

Text happened(const StepEvent &event) {
  const std::string day = format_date(day_of(event));
  switch (event.action) {
  case StepAction::done:
    return tr("stap {} is afgerond op {}", "step {} was done on {}", event.step, day);
  case StepAction::reopen:
    return tr("stap {} is heropend op {}", "step {} was reopened on {}", event.step, day);
  case StepAction::again:
    return tr("ronde {} van de experimenten is afgesloten op {}",
              "round {} of the experiments was closed on {}", event.round, day);
  case StepAction::new_cycle:
    break;
  }
  return tr("cyclus {} is begonnen op {}", "cycle {} began on {}", event.cycle + 1, day);
}

Text cannot_have(const StepEvent &event, Date day) {
  const std::string when = format_date(day);
  switch (event.action) {
  case StepAction::done:
    return tr("stap {} kan niet op {} afgerond zijn", "step {} cannot have been done on {}", event.step,
              when);
  case StepAction::reopen:
    return tr("stap {} kan niet op {} heropend zijn", "step {} cannot have been reopened on {}", event.step,
              when);
  case StepAction::again:
    return tr("ronde {} van de experimenten kan niet op {} afgesloten zijn",
              "round {} of the experiments cannot have been closed on {}", event.round, when);
  case StepAction::new_cycle:
    break;
  }
  return tr("cyclus {} kan niet op {} afgerond zijn", "cycle {} cannot have been finished on {}", event.cycle,
            when);
}

// "step 4 cannot have been done on 2026-02-01: step 3 was done on 2026-03-02; choose 2026-03-02
// or later", about --date.
std::unexpected<Error> conflict(const StepEvent &event, Date day, const Text &why, const Text &choice) {
  const Text what = cannot_have(event, day);
  return fail_input(
      Text{what.nl + ": " + why.nl + "; " + choice.nl, what.en + ": " + why.en + "; " + choice.en},
      {Param::date});
}

Text from_on(Date day) { return tr("kies {} of later", "choose {} or later", format_date(day)); }
Text up_to(Date day) { return tr("kies {} of eerder", "choose {} or earlier", format_date(day)); }

bool earlier(const StepEvent &a, const StepEvent &b) {
  return std::tie(a.at, a.id) < std::tie(b.at, b.id); // as sort_events orders them
}

} // namespace

Result<std::string> dated_event_time(const Workgroup &group, const StepEvent &event, Date day,
                                     const Context &context) {
  if (day > context.today) {
    return fail_input(tr("{} ligt in de toekomst", "{} lies in the future", format_date(day)), {Param::date});
  }
  if (group.start && event.step >= first_step_after_start && day < *group.start) {
    return conflict(event, day,
                    tr("{} is begonnen op {}, en stap {} tot en met 15 vallen na de start",
                       "{} started on {}, and steps {} to 15 come after the start", group.slug,
                       format_date(*group.start), first_step_after_start),
                    from_on(*group.start));
  }
  const CycleEvents cycle = current_cycle(group.step_events);
  std::vector<StepEvent> before; // what must come first
  std::vector<StepEvent> after;  // what may not come first
  if (cycle.began != nullptr) {
    before.push_back(*cycle.began);
  }
  for (const StepEvent *other : cycle.events) {
    if (must_follow(*other, event)) {
      before.push_back(*other);
    }
  }
  if (event.action == StepAction::done) {
    const Progress progress = replay(group.step_events);
    for (int step = 1; step <= step_count; ++step) {
      if (const auto &done = progress.done_by.at(static_cast<std::size_t>(step - 1)); done) {
        (step < event.step ? before : after).push_back(*done);
      }
    }
    std::erase_if(after, [&](const StepEvent &other) { return other.step == event.step; });
  }
  const auto latest = std::ranges::max_element(before, earlier);
  if (latest != before.end() && day < day_of(*latest)) {
    return conflict(event, day, happened(*latest), from_on(day_of(*latest)));
  }
  const auto first_after = std::ranges::min_element(after, earlier);
  if (first_after != after.end() && day > day_of(*first_after)) {
    return conflict(event, day, happened(*first_after), up_to(day_of(*first_after)));
  }
  const Timestamp midnight = chr::sys_days{day};
  Timestamp at = midnight + dated_event_hour;
  if (latest != before.end() && time_of(*latest) >= at) {
    at = time_of(*latest) + chr::milliseconds{1};
  } else if (first_after != after.end() && time_of(*first_after) <= at) {
    const Timestamp just_before = time_of(*first_after) - chr::milliseconds{1};
    if (just_before >= midnight && (latest == before.end() || just_before > time_of(*latest))) {
      at = just_before;
    }
  }
  if (date_of(at) != day) {
    return conflict(event, day, happened(*latest), from_on(date_of(at)));
  }
  return format_timestamp(at);
}

} // namespace alearn
