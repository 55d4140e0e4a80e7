#include "helpers.hpp"
#include "repository.hpp"
#include "step_actions.hpp"
#include "workgroup_edit.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;

namespace {

struct Fixture {
  TempDir dir;
  Context context = fixed_context(dir.path());

  Fixture() {
    write_file(dir.path() / "alearn.yaml", "schema: 1\nname: Test\n");
    write_file(dir.path() / "workgroups/wg/workgroup.md",
               "---\nname: WG\nproblem: Te veel verloop\nmembers:\n  - name: Zoë\n---\n");
  }

  Workgroup load() {
    Loaded loaded = load_repository(dir.path());
    REQUIRE(loaded.errors().empty());
    return loaded.repository.workgroups.front();
  }

  // The event, or the error of a refusal (what it misses is looked at in its own test). Zoë
  // does it when the request names nobody.
  Result<StepEvent> done(DoneRequest request) {
    if (request.by.empty()) {
      request.by = "Zoë";
    }
    auto event = mark_step_done(load(), request, context);
    if (!event) {
      return std::unexpected(event.error().error);
    }
    return *event;
  }
};

} // namespace

TEST_SUITE("step_actions") {
  TEST_CASE("step done records the current step when its criteria are met") {
    Fixture f;
    auto event = f.done({});
    REQUIRE(event.has_value());
    CHECK(event->step == 1);
    CHECK(std::filesystem::exists(event->file));
    CHECK(replay(f.load().step_events).current() == 2);
  }

  TEST_CASE("step done refuses while criteria are unmet and writes nothing") {
    Fixture f;
    REQUIRE(f.done({}).has_value());
    const auto before = snapshot(f.dir.path());
    DoneRequest next;
    next.by = "zoe";
    auto refused = mark_step_done(f.load(), next, f.context);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.kind == ErrorKind::refused);
    CHECK(refused.error().error.message.en == "step 2 is not done yet; this is missing:");
    REQUIRE(refused.error().missing.size() == 4);
    const Requirement &goal = refused.error().missing.front();
    CHECK(goal.description.en == "the goal of the process");
    // What to do, as data: cmd/ spells it.
    CHECK(goal.advice == std::vector<Advice>{Advice{Action::workgroup_set,
                                                    {word(Param::word, "design.goal"),
                                                     placeholder(Param::text, "<tekst>", "<text>")},
                                                    "wg"}});
    CHECK(snapshot(f.dir.path()) == before);
  }

  TEST_CASE("force needs a note and records the override") {
    Fixture f;
    DoneRequest request;
    request.step = 2;
    request.force = true;
    CHECK_FALSE(f.done(request).has_value());
    request.note = "Ontwerp staat in het projectplan";
    auto event = f.done(request);
    REQUIRE(event.has_value());
    CHECK(event->forced);
    CHECK(f.load().step_events.back().note == "Ontwerp staat in het projectplan");
  }

  TEST_CASE("a done step cannot be done twice but can be reopened") {
    Fixture f;
    REQUIRE(f.done({}).has_value());
    DoneRequest again;
    again.step = 1;
    CHECK_FALSE(f.done(again).has_value());
    ReopenRequest reopen;
    reopen.step = 1;
    reopen.note = "nog niet scherp";
    reopen.by = "Zoë";
    REQUIRE(reopen_step(f.load(), reopen, f.context).has_value());
    CHECK(replay(f.load().step_events).current() == 1);
    CHECK_FALSE(reopen_step(f.load(), reopen, f.context).has_value());
  }

  TEST_CASE("unknown step numbers and misplaced modes are usage errors") {
    Fixture f;
    DoneRequest request;
    request.step = 16;
    CHECK(f.done(request).error().kind == ErrorKind::usage);
    request.step = 5;
    request.mode = DoneMode::again;
    CHECK(f.done(request).error().kind == ErrorKind::usage);
    request.mode = DoneMode::new_cycle;
    CHECK(f.done(request).error().kind == ErrorKind::usage);
  }

  TEST_CASE("rounds of 11 and 12 and a new cycle") {
    Fixture f;
    for (int step = 1; step <= 11; ++step) {
      DoneRequest request;
      request.step = step;
      request.force = step >= 2; // the records of steps 6 to 12 are tested elsewhere
      request.note = request.force ? "test" : "";
      REQUIRE(f.done(request).has_value());
    }
    DoneRequest round;
    round.step = 12;
    round.mode = DoneMode::again;
    round.force = true;
    round.note = "test";
    REQUIRE(f.done(round).has_value());
    Progress progress = replay(f.load().step_events);
    CHECK(progress.current() == 11);
    CHECK(progress.round == 2);
    CHECK_FALSE(f.done(round).has_value()); // step 11 of round 2 is not done yet
    for (int step = 11; step <= 15; ++step) {
      DoneRequest request;
      request.step = step;
      request.force = true; // steps 12 and 14 have criteria; forced is recorded only where they are unmet
      request.note = request.force ? "test" : "";
      REQUIRE(f.done(request).has_value());
    }
    CHECK(replay(f.load().step_events).current() == 0);
    DoneRequest next;
    next.by = "Zoë";
    const auto finished = mark_step_done(f.load(), next, f.context);
    REQUIRE_FALSE(finished.has_value());
    CHECK(finished.error().error.message.en == "every step of cycle 1 is done; start a new one with:");
    CHECK(finished.error().error.advice ==
          Advice{Action::step_done, {word(Param::word, "15"), flag(Param::new_cycle)}, "wg"});
    DoneRequest cycle;
    cycle.step = 15;
    cycle.mode = DoneMode::new_cycle;
    REQUIRE(f.done(cycle).has_value());
    progress = replay(f.load().step_events);
    CHECK(progress.cycle == 2);
    CHECK(progress.current() == 1);
    CHECK(f.load().step_events.size() == 18);
  }
}
