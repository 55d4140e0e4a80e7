#include "progress.hpp"
#include "step_catalog.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace alearn;

namespace {

int clock_ms = 0;

StepEvent event(int step, StepAction action, int cycle = 1) {
  StepEvent e;
  e.step = step;
  e.action = action;
  e.cycle = cycle;
  e.at = fmt::format("2026-01-01T00:00:{:02}.{:03}Z", clock_ms / 1000, clock_ms % 1000);
  ++clock_ms;
  e.id = fmt::format("id{:06}", clock_ms);
  return e;
}

} // namespace

TEST_SUITE("progress") {
  TEST_CASE("a new workgroup stands at step 1") {
    const Progress progress = replay({});
    CHECK(progress.current() == 1);
    CHECK(progress.cycle == 1);
    CHECK(progress.status(1) == StepStatus::current);
    CHECK(progress.status(2) == StepStatus::todo);
  }

  TEST_CASE("done and reopen move the current step") {
    const Progress progress = replay({event(1, StepAction::done), event(2, StepAction::done),
                                      event(4, StepAction::done), event(2, StepAction::reopen)});
    CHECK(progress.current() == 2);
    CHECK(progress.status(4) == StepStatus::done);
    CHECK(progress.status(3) == StepStatus::todo);
  }

  TEST_CASE("again reopens steps 11 and 12 and counts the round") {
    std::vector<StepEvent> events;
    for (int step = 1; step <= 12; ++step) {
      events.push_back(event(step, StepAction::done));
    }
    events.push_back(event(12, StepAction::again));
    const Progress progress = replay(events);
    CHECK(progress.current() == 11);
    CHECK(progress.round == 2);
    CHECK(progress.finished_rounds == 1);
    CHECK(progress.is_done(10));
  }

  TEST_CASE("new-cycle starts again at step 1 and ignores the old cycle's events") {
    std::vector<StepEvent> events;
    for (int step = 1; step <= 15; ++step) {
      events.push_back(event(step, StepAction::done));
    }
    CHECK(replay(events).current() == 0);
    events.push_back(event(15, StepAction::new_cycle));
    events.push_back(event(3, StepAction::done, 1)); // from a branch that missed the new cycle
    events.push_back(event(1, StepAction::done, 2));
    const Progress progress = replay(events);
    CHECK(progress.cycle == 2);
    CHECK(progress.current() == 2);
    CHECK_FALSE(progress.is_done(3));
  }

  TEST_CASE("sort_events orders by time then id") {
    std::vector<StepEvent> events = {event(2, StepAction::done), event(1, StepAction::done)};
    std::swap(events[0], events[1]);
    events[0].at = events[1].at;
    sort_events(events);
    CHECK(events[0].id < events[1].id);
  }

  TEST_CASE("step events round-trip through their file format") {
    StepEvent original = event(5, StepAction::done);
    original.id = "abcdefgh";
    original.by = "Zoë";
    original.note = "regel 1\nregel 2";
    original.forced = true;
    auto doc = parse_document("abcdefgh.yaml", render_step_event(original), Format::yaml);
    REQUIRE(doc.has_value());
    auto parsed = parse_step_event(*doc, "abcdefgh");
    REQUIRE(parsed.has_value());
    parsed->file.clear();
    CHECK(parsed->note == original.note);
    CHECK(parsed->at == original.at);
    CHECK(*parsed == original);
  }

  TEST_CASE("malformed step events are refused with their line") {
    for (const std::string text :
         {"step: 16\naction: done\nat: 2026-01-01T00:00:00Z\ncycle: 1\nround: 1\n",
          "step: 5\naction: finished\nat: 2026-01-01T00:00:00Z\ncycle: 1\nround: 1\n",
          "step: 5\naction: again\nat: 2026-01-01T00:00:00Z\ncycle: 1\nround: 1\n",
          "step: 5\naction: done\nat: yesterday\ncycle: 1\nround: 1\n",
          "step: 5\naction: done\nat: 2026-01-01T00:00:00Z\ncycle: 1\n",
          "step: 5\naction: done\nat: 2026-01-01T00:00:00Z\ncycle: 1\nround: 1\nnotes: x\n"}) {
      auto doc = parse_document("e2e2e2e2.yaml", text, Format::yaml);
      REQUIRE(doc.has_value());
      auto parsed = parse_step_event(*doc, "e2e2e2e2");
      CHECK_FALSE(parsed.has_value());
      if (!parsed) {
        CHECK(parsed.error().front().line > 0);
      }
    }
  }

  TEST_CASE("every step has a title and guidance in both languages") {
    for (const auto &info : step_catalog()) {
      CHECK(!info.title.nl.empty());
      CHECK(!info.title.en.empty());
      CHECK(info.guidance.nl.size() > 100);
      CHECK(info.guidance.en.size() > 100);
    }
    CHECK(step_info(1).phase == Phase::explore);
    CHECK(step_info(11).phase == Phase::act_observe);
    CHECK(step_info(14).phase == Phase::evaluate);
  }
}
