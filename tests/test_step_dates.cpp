// Steps done in the past (step done --date, step reopen --date): the day must fit the group's
// history, and the event's time keeps the replay in the order the group tells.
#include "evaluation.hpp"
#include "helpers.hpp"
#include "repository.hpp"
#include "step_actions.hpp"
#include "step_dates.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;

namespace {

// A workgroup that started on 2026-01-05, with an indicator measured monthly and never yet.
struct DatedSteps {
  TempDir dir;
  Context context = fixed_context(dir.path());

  DatedSteps() {
    write_file(dir.path() / "alearn.yaml", "schema: 1\nname: Test\n");
    write_file(dir.path() / "workgroups/wg/workgroup.md",
               "---\nname: WG\nproblem: Te veel verloop\nmembers:\n  - name: Zoë\nstart: 2026-01-05\n"
               "end: 2026-12-18\n---\n");
    write_file(dir.path() / "workgroups/wg/indicators/welkom.md",
               "---\nname: Welkom\nbaseline: 3\ntarget: 4\nfrequency: monthly\nowner: Zoë\n---\n");
  }

  Workgroup load() const {
    Loaded loaded = load_repository(dir.path());
    REQUIRE(loaded.errors().empty());
    return loaded.repository.workgroups.front();
  }

  // Step `step` done on `day` (none: now), its criteria overridden where they are unmet.
  Result<StepEvent> done(int step, std::optional<Date> day, DoneMode mode = DoneMode::plain) const {
    DoneRequest request;
    request.step = step;
    request.force = true;
    request.note = "van voor alearn";
    request.by = "Zoë";
    request.mode = mode;
    request.date = day;
    auto event = mark_step_done(load(), request, context);
    if (!event) {
      return std::unexpected(event.error().error);
    }
    return *event;
  }

  Result<StepEvent> reopen(int step, std::optional<Date> day) const {
    ReopenRequest request;
    request.step = step;
    request.by = "Zoë";
    request.date = day;
    return reopen_step(load(), request, context);
  }

  // Steps 1 to `last`, one a week from 2026-01-05 on.
  void weekly_until(int last) const {
    for (int step = 1; step <= last; ++step) {
      REQUIRE(done(step, week(step - 1)).has_value());
    }
  }
};

Date calendar_day(int y, unsigned m, unsigned d) { return std::chrono::year{y} / m / d; }

// A refusal about --date, with its English message.
void refused_date(const Result<StepEvent> &event, const std::string &message) {
  REQUIRE_FALSE(event.has_value());
  CHECK(event.error().kind == ErrorKind::usage);
  CHECK(event.error().message.en == message);
  CHECK(event.error().inputs == std::vector<Param>{Param::date});
}

} // namespace

TEST_SUITE("step_dates") {
  TEST_CASE("a dated step happened at noon UTC of its day") {
    DatedSteps steps;
    auto event = steps.done(1, calendar_day(2025, 12, 1));
    REQUIRE(event.has_value());
    CHECK(event->at == "2025-12-01T12:00:00.000Z");
    CHECK(read_file(event->file).find("at: 2025-12-01T12:00:00.000Z\n") != std::string::npos);
    // A step that must follow one on the same day comes just after it.
    auto second = steps.done(2, calendar_day(2025, 12, 1));
    REQUIRE(second.has_value());
    CHECK(second->at == "2025-12-01T12:00:00.001Z");
    CHECK(replay(steps.load().step_events).current() == 3);
  }

  TEST_CASE("not in the future") {
    DatedSteps steps;
    const auto before = snapshot(steps.dir.path());
    refused_date(steps.done(1, calendar_day(2026, 11, 24)), "2026-11-24 lies in the future");
    CHECK(snapshot(steps.dir.path()) == before);
    CHECK(steps.done(1, calendar_day(2026, 11, 23)).has_value()); // today is no future
  }

  TEST_CASE("steps 4 to 15 not before the start date; steps 1 to 3 prepare it and may come before") {
    DatedSteps steps;
    REQUIRE(steps.done(1, calendar_day(2025, 11, 3)).has_value());
    REQUIRE(steps.done(2, calendar_day(2025, 12, 1)).has_value());
    REQUIRE(steps.done(3, calendar_day(2026, 1, 4)).has_value());
    const auto before = snapshot(steps.dir.path());
    refused_date(
        steps.done(4, calendar_day(2026, 1, 4)),
        "step 4 cannot have been done on 2026-01-04: wg started on 2026-01-05, and steps 4 to 15 come "
        "after the start; choose 2026-01-05 or later");
    CHECK(snapshot(steps.dir.path()) == before);
    CHECK(steps.done(4, calendar_day(2026, 1, 5)).has_value());
  }

  TEST_CASE("a done step lies between the lower steps done and the higher ones") {
    DatedSteps steps;
    steps.weekly_until(3); // step 3 on 2026-01-19
    REQUIRE(steps.done(5, calendar_day(2026, 2, 9)).has_value());
    const auto before = snapshot(steps.dir.path());
    refused_date(
        steps.done(4, calendar_day(2026, 1, 12)),
        "step 4 cannot have been done on 2026-01-12: step 3 was done on 2026-01-19; choose 2026-01-19 "
        "or later");
    refused_date(
        steps.done(4, calendar_day(2026, 2, 10)),
        "step 4 cannot have been done on 2026-02-10: step 5 was done on 2026-02-09; choose 2026-02-09 "
        "or earlier");
    CHECK(snapshot(steps.dir.path()) == before);
    SUBCASE("on the day of the higher step: just before it") {
      auto event = steps.done(4, calendar_day(2026, 2, 9));
      REQUIRE(event.has_value());
      CHECK(event->at == "2026-02-09T11:59:59.999Z");
      const auto events = steps.load().step_events;
      CHECK(events.at(3).step == 4);
      CHECK(events.at(4).step == 5);
    }
    SUBCASE("on the day of the lower step: just after it") {
      auto event = steps.done(4, calendar_day(2026, 1, 19));
      REQUIRE(event.has_value());
      CHECK(event->at == "2026-01-19T12:00:00.001Z");
    }
  }

  TEST_CASE("a reopen comes after the done it reopens, and a done again after the reopen") {
    DatedSteps steps;
    steps.weekly_until(2); // step 2 on 2026-01-12
    const auto before = snapshot(steps.dir.path());
    refused_date(steps.reopen(2, calendar_day(2026, 1, 11)),
                 "step 2 cannot have been reopened on 2026-01-11: step 2 was done on 2026-01-12; choose "
                 "2026-01-12 or later");
    CHECK(snapshot(steps.dir.path()) == before);
    REQUIRE(steps.reopen(2, calendar_day(2026, 1, 12)).has_value());
    CHECK(replay(steps.load().step_events).current() == 2);
    refused_date(steps.done(2, calendar_day(2026, 1, 5)),
                 "step 2 cannot have been done on 2026-01-05: step 2 was reopened on 2026-01-12; choose "
                 "2026-01-12 or later");
    // All on one day, and still in the order they were told.
    auto again = steps.done(2, calendar_day(2026, 1, 12));
    REQUIRE(again.has_value());
    CHECK(again->at == "2026-01-12T12:00:00.002Z");
    CHECK(replay(steps.load().step_events).current() == 3);
  }

  TEST_CASE("a round or a cycle closes after everything in it, and the next begins after that") {
    DatedSteps steps;
    steps.weekly_until(11); // step 11 on 2026-03-16
    refused_date(steps.done(12, calendar_day(2026, 3, 15), DoneMode::again),
                 "round 1 of the experiments cannot have been closed on 2026-03-15: step 11 was done on "
                 "2026-03-16; choose 2026-03-16 or later");
    REQUIRE(steps.done(12, calendar_day(2026, 3, 30), DoneMode::again).has_value());
    refused_date(steps.done(11, calendar_day(2026, 3, 23)),
                 "step 11 cannot have been done on 2026-03-23: round 1 of the experiments was closed on "
                 "2026-03-30; choose 2026-03-30 or later");
    for (int step = 11; step <= 14; ++step) {
      REQUIRE(steps.done(step, calendar_day(2026, 4, static_cast<unsigned>(step))).has_value());
    }
    refused_date(steps.done(15, calendar_day(2026, 4, 13), DoneMode::new_cycle),
                 "cycle 1 cannot have been finished on 2026-04-13: step 14 was done on 2026-04-14; choose "
                 "2026-04-14 or later");
    REQUIRE(steps.done(15, calendar_day(2026, 4, 20), DoneMode::new_cycle).has_value());
    const Progress progress = replay(steps.load().step_events);
    CHECK(progress.cycle == 2);
    CHECK(progress.cycle_began == calendar_day(2026, 4, 20));
    refused_date(steps.done(1, calendar_day(2026, 4, 19)),
                 "step 1 cannot have been done on 2026-04-19: cycle 2 began on 2026-04-20; choose 2026-04-20 "
                 "or later");
    REQUIRE(steps.done(1, calendar_day(2026, 4, 20)).has_value());
    CHECK(replay(steps.load().step_events).current() == 2);
  }

  TEST_CASE("a day with no time left after the event that must come first") {
    DatedSteps steps;
    write_file(steps.dir.path() / "workgroups/wg/steps/czsc4tav.yaml",
               "step: 1\naction: done\nat: 2026-01-05T23:59:59.999Z\ncycle: 1\nround: 1\nby: Zoë\n");
    refused_date(steps.reopen(1, calendar_day(2026, 1, 5)),
                 "step 1 cannot have been reopened on 2026-01-05: step 1 was done on 2026-01-05; choose "
                 "2026-01-06 or later");
    CHECK(steps.reopen(1, calendar_day(2026, 1, 6)).has_value());
  }

  TEST_CASE("the time of an event follows from the history alone") {
    DatedSteps steps;
    steps.weekly_until(1);
    const Workgroup group = steps.load();
    StepEvent event;
    event.step = 2;
    event.action = StepAction::done;
    CHECK(dated_event_time(group, event, calendar_day(2026, 1, 5), steps.context).value_or("") ==
          "2026-01-05T12:00:00.001Z");
    CHECK(dated_event_time(group, event, calendar_day(2026, 1, 6), steps.context).value_or("") ==
          "2026-01-06T12:00:00.000Z");
    event.action = StepAction::reopen;
    event.step = 1;
    CHECK_FALSE(dated_event_time(group, event, calendar_day(2026, 1, 4), steps.context).has_value());
  }

  TEST_CASE("the first due date of an indicator follows the dated step 5") {
    DatedSteps steps;
    steps.weekly_until(4);
    REQUIRE(steps.done(5, calendar_day(2026, 3, 2)).has_value());
    const Workgroup group = steps.load();
    CHECK(indicators_agreed(group) == calendar_day(2026, 3, 2));
    const IndicatorStatus status =
        indicator_status(group, group.indicators.front(), RuleSet::anhoej, steps.context.today);
    CHECK(status.due == calendar_day(2026, 4, 2));
    CHECK(status.overdue);
  }
}
