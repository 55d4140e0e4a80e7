#include "step_actions.hpp"

#include "acting_member.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "safe_text.hpp"
#include "step_dates.hpp"

namespace alearn {
namespace fs = std::filesystem;

Status check_step_number(int step) {
  if (step < 1 || step > step_count) {
    return fail(ErrorKind::usage, tr("stap {} bestaat niet; de stappen lopen van 1 tot en met 15",
                                     "there is no step {}; the steps run from 1 to 15", step));
  }
  return {};
}

namespace {

// Events are replayed in time order; a new one must come after every event already there,
// even when the clock says otherwise (a fixed clock in tests, or two commands in one millisecond).
std::string next_timestamp(const Workgroup &group, const Context &context) {
  Timestamp at = std::chrono::floor<std::chrono::milliseconds>(context.now);
  if (!group.step_events.empty()) {
    if (const auto last = parse_timestamp(group.step_events.back().at); last && *last >= at) {
      at = *last + std::chrono::milliseconds{1};
    }
  }
  return format_timestamp(at);
}

// Records `event`, dated `date` when given (its time then fits the group's history), else now.
Result<StepEvent> record(const Workgroup &group, StepEvent event, const std::optional<Date> &date,
                         const Context &context) {
  for (const auto &[key, value] : {std::pair{"by", &event.by}, std::pair{"note", &event.note}}) {
    TRY(check_new_value(key, *value));
  }
  if (date) {
    auto at = dated_event_time(group, event, *date, context);
    TRY(at);
    event.at = std::move(*at);
  } else {
    event.at = next_timestamp(group, context);
  }
  for (int attempt = 0; attempt < 5; ++attempt) {
    event.id = new_id(context.random);
    event.file = group.dir / "steps" / (event.id + ".yaml");
    auto written = write_file_atomic(group.root, event.file, render_step_event(event), Overwrite::refuse);
    if (written) {
      return event;
    }
    if (written.error().kind != ErrorKind::refused) {
      return std::unexpected(written.error());
    }
  }
  return fail(ErrorKind::io, tr("kon geen nieuwe id vinden", "could not find a fresh identifier"), group.dir);
}

Status check_mode(int step, DoneMode mode) {
  if (mode == DoneMode::again && step != 12) {
    return fail_input(tr("een nieuwe ronde experimenten hoort alleen bij stap 12",
                         "another round of experiments goes only with step 12"),
                      {Param::again});
  }
  if (mode == DoneMode::new_cycle && step != step_count) {
    return fail_input(tr("een nieuwe cyclus hoort alleen bij stap 15", "a new cycle goes only with step 15"),
                      {Param::new_cycle});
  }
  return {};
}

std::expected<void, DoneRefusal> check_allowed(const Workgroup &group, const Progress &progress,
                                               const DoneRequest &request, int step) {
  if (request.mode == DoneMode::plain && progress.is_done(step)) {
    return fail(ErrorKind::refused, tr("stap {} is al afgerond in cyclus {}",
                                       "step {} is already done in cycle {}", step, progress.cycle));
  }
  if (request.mode == DoneMode::again && !progress.is_done(11)) {
    return fail(ErrorKind::refused,
                tr("rond eerst stap 11 af: er is nog geen ronde experimenten om af te sluiten",
                   "finish step 11 first: there is no round of experiments to close yet"));
  }
  if (request.mode == DoneMode::new_cycle && !request.force) {
    std::string open;
    for (int earlier = 1; earlier < step_count; ++earlier) {
      if (!progress.is_done(earlier)) {
        open += fmt::format("{}{}", open.empty() ? "" : ", ", earlier);
      }
    }
    if (!open.empty()) {
      return fail(ErrorKind::refused,
                  tr("cyclus {} is nog niet rond; nog open: stap {}",
                     "cycle {} is not finished; still open: step {}", progress.cycle, open));
    }
  }
  if (request.force && request.note.empty()) {
    return fail_input(tr("een stap toch afronden vraagt om een notitie met de reden",
                         "closing a step anyway needs a note with the reason"),
                      {Param::force, Param::note});
  }
  const StepCriteria criteria = criteria_for(step, group);
  if (!request.force && !criteria.all_met()) {
    return std::unexpected(
        DoneRefusal{Error{ErrorKind::refused, tr("stap {} is nog niet af; dit ontbreekt:",
                                                 "step {} is not done yet; this is missing:", step)},
                    criteria.unmet()});
  }
  return {};
}

} // namespace

std::expected<StepEvent, DoneRefusal> mark_step_done(const Workgroup &group, const DoneRequest &request,
                                                     const Context &context) {
  auto by = require_acting_member(group, request.by);
  TRY(by);
  const Progress progress = replay(group.step_events);
  int step = request.step.value_or(progress.current());
  if (!request.step) {
    if (step == 0) {
      return std::unexpected(
          Error{ErrorKind::refused,
                tr("alle stappen van cyclus {} zijn af; begin een nieuwe met:",
                   "every step of cycle {} is done; start a new one with:", progress.cycle),
                {},
                0,
                0,
                Advice{Action::step_done,
                       {word(Param::word, std::to_string(step_count)), flag(Param::new_cycle)},
                       group.slug}});
    }
  }
  TRY(check_step_number(step));
  TRY(check_mode(step, request.mode));
  TRY(check_allowed(group, progress, request, step));
  const bool new_cycle = request.mode == DoneMode::new_cycle;
  if (!new_cycle && (request.keep.all || !request.keep.names.empty())) {
    return fail_input(tr("indicatoren meenemen hoort alleen bij een nieuwe cyclus (stap 15)",
                         "carrying indicators over goes only with a new cycle (step 15)"),
                      {Param::keep_indicator, Param::new_cycle});
  }
  Result<std::vector<std::string>> kept =
      new_cycle ? indicators_to_keep(group, request.keep) : Result<std::vector<std::string>>{};
  TRY(kept);
  StepEvent event;
  event.step = step;
  event.action = request.mode == DoneMode::again       ? StepAction::again
                 : request.mode == DoneMode::new_cycle ? StepAction::new_cycle
                                                       : StepAction::done;
  event.cycle = progress.cycle;
  event.round = progress.round;
  event.by = (*by)->name;
  event.note = request.note;
  // Forced only when --force overrode something: a group that was sure but right is not.
  DoneRequest unforced = request;
  unforced.force = false;
  event.forced = request.force && !check_allowed(group, progress, unforced, step).has_value();
  if (new_cycle) {
    // The day the cycle begins is that of its event (--date, or now). Its file first: should
    // that fail, the group is still in the cycle it was.
    Date began{context.today};
    if (request.date) {
      TRY(dated_event_time(group, event, *request.date, context));
      began = *request.date;
    } else if (const auto at = parse_timestamp(next_timestamp(group, context))) {
      began = date_of(*at);
    }
    TRY(begin_cycle(group, progress.cycle + 1, began, *kept, request.lang));
  }
  auto recorded = record(group, std::move(event), request.date, context);
  if (!recorded && new_cycle) {
    undo_begin_cycle(group, progress.cycle + 1);
  }
  TRY(recorded);
  return *recorded;
}

Result<StepEvent> reopen_step(const Workgroup &group, const ReopenRequest &request, const Context &context) {
  auto by = require_acting_member(group, request.by);
  TRY(by);
  TRY(check_step_number(request.step));
  const Progress progress = replay(group.step_events);
  if (!progress.is_done(request.step)) {
    return fail(ErrorKind::refused, tr("stap {} staat al open", "step {} is already open", request.step));
  }
  StepEvent event;
  event.step = request.step;
  event.action = StepAction::reopen;
  event.cycle = progress.cycle;
  event.round = progress.round;
  event.by = (*by)->name;
  event.note = request.note;
  return record(group, std::move(event), request.date, context);
}

} // namespace alearn
