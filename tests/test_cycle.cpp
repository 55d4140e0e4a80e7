// Cycles with history: the model of cycle.hpp (when each cycle began, where its problem and
// design are written, which cycle a record and an indicator belong to), and the commands that
// start a cycle, show and list an earlier one, and play a second cycle end to end.
#include "cycle.hpp"
#include "cycle_edit.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

StepEvent cycle_event(int step, StepAction action, std::string at, int cycle) {
  StepEvent event;
  event.id = "e" + at.substr(0, 10);
  event.step = step;
  event.action = action;
  event.at = std::move(at);
  event.cycle = cycle;
  return event;
}

Date on_day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// A workgroup in its third cycle: cycle 2 began on 1 May 2026, cycle 3 on 1 September. A
// new-cycle event of cycle 1 from a branch that missed the first one is passed over.
Workgroup three_cycles() {
  Workgroup group;
  group.slug = "wg";
  group.dir = "/r/workgroups/wg";
  group.root = "/r";
  group.problem = "First problem";
  group.design.goal = "First goal";
  group.start = on_day(2026, 1, 5);
  group.end = on_day(2026, 4, 30);
  group.step_events = {cycle_event(3, StepAction::done, "2026-02-01T10:00:00.000Z", 1),
                       cycle_event(15, StepAction::new_cycle, "2026-05-01T10:00:00.000Z", 1),
                       cycle_event(15, StepAction::new_cycle, "2026-06-01T10:00:00.000Z", 1),
                       cycle_event(15, StepAction::new_cycle, "2026-09-01T10:00:00.000Z", 2)};
  CycleFile third;
  third.number = 3;
  third.file = "/r/workgroups/wg/cycles/3.md";
  third.problem = "Third problem";
  third.start = on_day(2026, 9, 7);
  group.cycle_files = {third};
  return group;
}

LogEntry entry_on(Date date, int cycle = 0) {
  LogEntry entry;
  entry.meta.id = "x";
  entry.meta.date = date;
  entry.meta.cycle = cycle;
  return entry;
}

} // namespace

TEST_SUITE("cycle") {
  TEST_CASE("cycles begin on the day of their new-cycle event and a day falls in the last one begun") {
    const Workgroup group = three_cycles();
    const auto beginnings = cycle_beginnings(group.step_events);
    REQUIRE(beginnings.size() == 3);
    CHECK(!beginnings[0]);
    CHECK(beginnings[1] == on_day(2026, 5, 1));
    CHECK(beginnings[2] == on_day(2026, 9, 1));
    CHECK(cycle_on(beginnings, on_day(2026, 4, 30)) == 1);
    CHECK(cycle_on(beginnings, on_day(2026, 5, 1)) == 2);
    CHECK(cycle_on(beginnings, on_day(2026, 8, 31)) == 2);
    CHECK(cycle_on(beginnings, on_day(2027, 1, 1)) == 3);
    CHECK(cycle_beginnings({}).size() == 1);
    CHECK(cycle_on(cycle_beginnings({}), on_day(2030, 1, 1)) == 1);
  }

  TEST_CASE("each cycle reads its own file and one without a file reads workgroup.md") {
    const Workgroup group = three_cycles();
    const auto cycles = workgroup_cycles(group);
    REQUIRE(cycles.size() == 3);
    CHECK(cycles[0].problem == "First problem");
    CHECK(cycles[0].file == group.file());
    CHECK(!cycles[0].own_file);
    CHECK(cycles[0].ended == on_day(2026, 5, 1));
    // Cycle 2 has no file of its own (begun before cycles had files): workgroup.md's, as before.
    CHECK(cycles[1].problem == "First problem");
    CHECK(cycles[1].design.goal == "First goal");
    CHECK(cycles[1].began == on_day(2026, 5, 1));
    CHECK(!cycles[1].own_file);
    CHECK(cycles[2].problem == "Third problem");
    CHECK(cycles[2].design.goal.empty());
    CHECK(cycles[2].start == on_day(2026, 9, 7));
    CHECK(!cycles[2].end);
    CHECK(cycles[2].own_file);
    CHECK(cycles[2].current);
    CHECK(!cycles[2].ended);
    CHECK(current_cycle(group) == cycles[2]);
    CHECK(find_cycle(group, 2)->began == on_day(2026, 5, 1));
    const auto missing = find_cycle(group, 4);
    REQUIRE(!missing);
    CHECK(missing.error().message.en == "there is no cycle 4: wg has the cycles 1 to 3");
    CHECK(!find_cycle(group, 0));
    CHECK(find_cycle(Workgroup{}, 2).error().message.en == "there is no cycle 2:  is in cycle 1");
  }

  TEST_CASE("a record keeps the cycle it says and one without takes the cycle of its date") {
    Workgroup group = three_cycles();
    group.logbook = {entry_on(on_day(2026, 4, 1)), entry_on(on_day(2026, 5, 1)),
                     entry_on(on_day(2026, 5, 1), 1), entry_on(on_day(2026, 10, 1)),
                     entry_on(on_day(2026, 10, 1), 2)};
    Experiment experiment;
    experiment.cycle = 2;
    group.experiments = {experiment};
    assign_cycles(group);
    CHECK(group.logbook[0].meta.cycle == 1);
    CHECK(group.logbook[1].meta.cycle == 2); // on the day cycle 2 began, without a field: cycle 2
    CHECK(group.logbook[2].meta.cycle == 1);
    CHECK(group.logbook[3].meta.cycle == 3);
    CHECK(group.logbook[4].meta.cycle == 2);
    CHECK(group.experiments[0].meta.cycle == 2);
    CHECK(records_in(group, group.logbook, 1).size() == 2);
    CHECK(records_in(group, group.logbook, 3).size() == 1);
  }

  TEST_CASE("a new record is written with the cycle of its date, and with none in format 1") {
    Workgroup group = three_cycles();
    CHECK(cycle_to_write(group, on_day(2026, 11, 23)) == 3);
    CHECK(cycle_to_write(group, on_day(2026, 9, 1)) == 3);
    CHECK(cycle_to_write(group, on_day(2026, 6, 15)) == 2); // entered afterwards
    CHECK(cycle_to_write(group, on_day(2026, 1, 10)) == 1);
    group.schema = 1;
    CHECK(!cycle_to_write(group, on_day(2026, 11, 23)));
  }

  TEST_CASE("an indicator without cycles belongs to every cycle") {
    Workgroup group = three_cycles();
    Indicator always;
    always.slug = "always";
    Indicator first;
    first.slug = "first";
    first.cycles = {1};
    Indicator later;
    later.slug = "later";
    later.cycles = {2, 3};
    group.indicators = {always, first, later};
    CHECK(belongs_to(always, 7));
    CHECK(belongs_to(first, 1));
    CHECK(!belongs_to(first, 2));
    CHECK(indicators_in(group, 1).size() == 2);
    CHECK(indicators_in(group, 3).size() == 2);
    CHECK(indicators_in(group, 3)[1]->slug == "later");
  }

  TEST_CASE("which cycles a list shows: the current one, a number or all") {
    const Workgroup group = three_cycles();
    CHECK(choose_cycle(group, "") == CycleChoice{3});
    CHECK(choose_cycle(group, "2") == CycleChoice{2});
    CHECK(choose_cycle(group, "all") == CycleChoice{});
    CHECK(choose_cycle(group, "alle") == CycleChoice{});
    for (const std::string bad : {"0", "4", "two", "2x", "-1"}) {
      CAPTURE(bad);
      const auto choice = choose_cycle(group, bad);
      REQUIRE(!choice);
      CHECK(choice.error().inputs == std::vector<Param>{Param::cycle});
    }
    CHECK(choose_cycle(group, "two").error().message.en ==
          "'two' is not a cycle: give a number (1 to 3) or all");
    CHECK(in_choice(CycleChoice{}, 5));
    CHECK(!in_choice(CycleChoice{2}, 3));
  }

  TEST_CASE("the narrowed problem is the cycle's latest problem statement or its problem") {
    Workgroup group = three_cycles();
    ProblemStatement old;
    old.meta.date = on_day(2026, 3, 1);
    old.meta.cycle = 1;
    old.statement = "Narrowed in cycle 1";
    group.problem_statements = {old};
    const auto cycles = workgroup_cycles(group);
    CHECK(narrowed_problem(group, cycles[0]) == "Narrowed in cycle 1");
    CHECK(narrowed_problem(group, cycles[2]) == "Third problem");
  }

  TEST_CASE("what is new at the start of a cycle, until its step 5 is done") {
    Workgroup group = three_cycles();
    Indicator kept;
    kept.slug = "kept";
    kept.cycles = {2, 3};
    Indicator dropped;
    dropped.slug = "dropped";
    dropped.cycles = {2};
    Indicator added;
    added.slug = "added";
    added.cycles = {3};
    group.indicators = {kept, dropped, added};
    const auto news = cycle_news(group);
    REQUIRE(news);
    CHECK(news->number == 3);
    CHECK(news->began == on_day(2026, 9, 1));
    CHECK(news->kept == std::vector<std::string>{"kept"});
    CHECK(news->dropped == std::vector<std::string>{"dropped"});
    CHECK(news->added == std::vector<std::string>{"added"});
    group.step_events.push_back(cycle_event(5, StepAction::done, "2026-09-10T10:00:00.000Z", 3));
    CHECK(!cycle_news(group));
    CHECK(!cycle_news(Workgroup{}));
  }

  TEST_CASE("a cycle file is named by its number and holds the problem design and dates") {
    const std::string text =
        "---\nproblem: P\n\ndesign:\n  goal: G\n\nstart: 2026-09-01\n\nend: 2026-12-31\n---\nNotes\n";
    auto parsed = parse_cycle_file(markdown_document("workgroups/wg/cycles/2.md", text));
    REQUIRE(parsed);
    CHECK(parsed->number == 2);
    CHECK(parsed->problem == "P");
    CHECK(parsed->design.goal == "G");
    CHECK(parsed->start == on_day(2026, 9, 1));
    CHECK(parsed->end == on_day(2026, 12, 31));
    CHECK(parse_cycle_file(markdown_document("workgroups/wg/cycles/12.md", text))->number == 12);
    for (const std::string name : {"1.md", "02.md", "two.md", "2b.md", "0.md"}) {
      CAPTURE(name);
      const auto wrong = parse_cycle_file(markdown_document("workgroups/wg/cycles/" + name, text));
      REQUIRE(!wrong);
      CHECK(wrong.error().front().message.en.find("is not a cycle number") != std::string::npos);
    }
    const auto backwards = parse_cycle_file(
        markdown_document("workgroups/wg/cycles/2.md", "---\nstart: 2026-09-01\nend: 2026-08-01\n---\n"));
    REQUIRE(!backwards);
    CHECK(backwards.error().front().message.en == "the end date is before the start date");
    CHECK(backwards.error().front().line == 3);
    const auto unknown =
        parse_cycle_file(markdown_document("workgroups/wg/cycles/2.md", "---\nproblme: P\n---\n"));
    REQUIRE(!unknown);
    CHECK(unknown.error().front().message.en.find("did you mean 'problem'") != std::string::npos);
    const auto date =
        parse_cycle_file(markdown_document("workgroups/wg/cycles/2.md", "---\nend: 2026-02-30\n---\n"));
    CHECK(!date);
  }

  TEST_CASE("a new cycle file reads back in both languages with a blank line between fields") {
    CycleFile cycle;
    cycle.number = 4;
    cycle.start = on_day(2027, 2, 1);
    for (const Lang lang : {Lang::en, Lang::nl}) {
      const std::string text = render_cycle_file(cycle, lang);
      CHECK(text.find("\n\nend:") != std::string::npos);
      CHECK(text.find("  goal:\n\n  means:") != std::string::npos);
      auto parsed = parse_cycle_file(markdown_document("workgroups/wg/cycles/4.md", text));
      REQUIRE(parsed);
      CHECK(parsed->number == 4);
      CHECK(parsed->start == on_day(2027, 2, 1));
      CHECK(parsed->problem.empty());
    }
    CHECK(render_cycle_file(cycle, Lang::nl).find("# stap 1: het echte, urgente probleem van cyclus 4") !=
          std::string::npos);
    cycle.problem = "A: problem\nover two lines";
    cycle.design.approach = "Two conferences";
    auto parsed =
        parse_cycle_file(markdown_document("workgroups/wg/cycles/4.md", render_cycle_file(cycle, Lang::en)));
    REQUIRE(parsed);
    CHECK(parsed->problem == "A: problem\nover two lines");
    CHECK(parsed->design.approach == "Two conferences");
  }
}

namespace {

// A workgroup of five in a repository of format 2, with two indicators.
struct CycleRepo : CliRepo {
  CycleRepo() {
    env = {{"ALEARN_USER", "Sanne de Vries"}};
    REQUIRE(run({"init", "--name", "Riverside", "--lang", "en"}).code == 0);
    REQUIRE(run({"workgroup", "new", "Onboarding", "--member", "Sanne de Vries", "--member", "Zoë Hendriks",
                 "--member", "Mohamed Bakkali", "--member", "Anouk Peters", "--member", "Daan Kok"})
                .code == 0);
    REQUIRE(run({"indicator", "add", "Leavers", "--slug", "leavers", "--question", "How many leave?",
                 "--unit", "people", "--direction", "down", "--baseline", "5", "--target", "2", "--frequency",
                 "monthly", "--owner", "sanne"})
                .code == 0);
    REQUIRE(run({"indicator", "add", "Feeling welcome", "--slug", "welcome", "--question", "Welcome?",
                 "--unit", "score", "--direction", "up", "--baseline", "5", "--target", "8", "--frequency",
                 "monthly", "--owner", "zoe"})
                .code == 0);
  }
  fs::path group() const { return root() / "workgroups/onboarding"; }
  // Runs a command that must succeed, and returns its output.
  std::string ok(const std::vector<std::string> &args) const {
    const Outcome outcome = run(args);
    INFO(args.front() << " " << (args.size() > 1 ? args[1] : "") << ": " << outcome.err);
    REQUIRE(outcome.code == 0);
    return outcome.out;
  }
  // Steps 1 to 5 played for real: what each step needs, then the step closed without --force.
  void first_five(const std::string &problem, const std::string &goal, const std::string &end) const {
    CHECK(run({"step", "done", "1"}).code == 1);
    ok({"workgroup", "set", "problem", problem});
    ok({"step", "done", "1"});
    CHECK(run({"step", "done", "2"}).code == 1);
    ok({"workgroup", "set", "design.goal", goal});
    ok({"workgroup", "set", "design.means", "Two hours a week"});
    ok({"workgroup", "set", "design.preconditions", "The board backs it"});
    ok({"workgroup", "set", "design.approach", "Two work conferences"});
    ok({"step", "done", "2"});
    ok({"step", "done", "3"});
    ok({"step", "done", "4"});
    ok({"workgroup", "set", "end", end});
    ok({"step", "done", "5"});
  }
};

} // namespace

TEST_SUITE("cycle commands") {
  TEST_CASE("A second cycle is played from step 1 and the first stays readable") {
    CycleRepo repo;
    // Cycle 1: steps 1 to 5 for real, the rest with the minimum or --force.
    repo.ok({"workgroup", "agreement", "add", "We meet every three weeks"});
    repo.ok({"workgroup", "set", "start", "2026-03-02"});
    repo.first_five("New colleagues leave in their first year", "Fewer leavers", "2026-09-30");
    for (const std::string who : {"sanne", "zoe", "mohamed", "anouk", "daan"}) {
      repo.ok({"log", "add", "--as", who, "-m", "Cycle 1 entry"});
    }
    repo.ok({"meeting", "new", "--title", "Kick-off", "--present", "all", "-m", "Cycle 1"});
    repo.ok({"step", "done", "6"});
    repo.ok({"explore", "narrow", "New colleagues on the night shift leave in their first half year"});
    for (int step = 7; step <= 14; ++step) {
      repo.ok({"step", "done", std::to_string(step), "--force", "--note", "played elsewhere"});
    }
    repo.ok({"step", "done", "15", "--note", "Embedded"});
    const std::string cycle_1_file = read_file(repo.group() / "workgroup.md");

    // The new cycle carries one indicator over.
    const std::string began = repo.ok(
        {"step", "done", "15", "--new-cycle", "--keep-indicator", "Feeling welcome", "--note", "Nights"});
    contains(began, "Cycle 1 is finished. Cycle 2 starts at step 1.");
    contains(began, "Indicators carried over: welcome");
    CHECK(fs::exists(repo.group() / "cycles/2.md"));
    contains(read_file(repo.group() / "cycles/2.md"), "start: 2026-11-23");
    contains(read_file(repo.group() / "indicators/welcome.md"), "cycles:\n  - 1\n  - 2\n");
    contains(read_file(repo.group() / "indicators/leavers.md"), "cycles:\n  - 1\n---");
    CHECK(repo({"check"}).code == 0);

    // Cycle 2 starts at step 1 and says what is new.
    const std::string next = repo.ok({"step", "next"});
    contains(next, "Cycle 2 · phase: explore · round 1");
    contains(next, "Cycle 2 began on 2026-11-23 and starts afresh");
    contains(next, "Indicators carried over from cycle 1: welcome");
    contains(next, "Not carried over: leavers");
    contains(next, "Step 1 of 15");
    contains(next, "a statement of the urgent problem");
    const auto next_json = nlohmann::json::parse(repo.ok({"step", "next", "--json"}));
    CHECK(next_json["new_cycle"]["kept_indicators"] == nlohmann::json::array({"welcome"}));
    CHECK(next_json["new_cycle"]["dropped_indicators"] == nlohmann::json::array({"leavers"}));

    // Steps 1 to 5 of cycle 2, for real; setting the new problem leaves cycle 1's alone.
    CHECK(repo({"step", "done", "5"}).code == 1);
    repo.first_five("Night shifts are lonely for new colleagues", "A buddy on every night shift",
                    "2027-03-31");
    CHECK(read_file(repo.group() / "workgroup.md") == cycle_1_file);
    contains(read_file(repo.group() / "cycles/2.md"), "problem: Night shifts are lonely for new colleagues");
    contains(repo.ok({"step", "next"}), "Step 6 of 15");

    // Step 6 asks for the logbooks of cycle 2: those of cycle 1, written the same day, do not count.
    const Outcome six = repo({"step", "done", "6"});
    CHECK(six.code == 1);
    contains(six.err, "a logbook entry by every member (not yet: Anouk Peters, Daan Kok, Mohamed Bakkali");
    contains(six.err, "a report of a meeting");

    // The cycles side by side.
    const std::string now = repo.ok({"workgroup", "show"});
    contains(now, "Cycle: 2 (began on 2026-11-23; earlier ones: --cycle 1)");
    contains(now, "Problem (step 1): Night shifts are lonely for new colleagues");
    contains(now, "Goal: A buddy on every night shift");
    contains(now, "  - Feeling welcome (welcome)");
    CHECK(now.find("Leavers") == std::string::npos);
    CHECK(now.find("Narrowed") == std::string::npos);
    const std::string then = repo.ok({"workgroup", "show", "--cycle", "1"});
    contains(then, "Cycle: 1 of 2 (closed on 2026-11-23)");
    contains(then, "Problem (step 1): New colleagues leave in their first year");
    contains(then, "Narrowed on 2026-11-23 (step 7):");
    contains(then, "Goal: Fewer leavers");
    contains(then, "End: 2026-09-30");
    contains(then, "  - Leavers (leavers)");
    contains(then, "Recorded: logbook 5 · meetings 1");
    const auto then_json = nlohmann::json::parse(repo.ok({"workgroup", "show", "--cycle", "1", "--json"}));
    CHECK(then_json["problem"] == "New colleagues leave in their first year");
    CHECK(then_json["current_problem"] == "New colleagues on the night shift leave in their first half year");
    CHECK(then_json["shown_cycle"] == 1);
    CHECK(then_json["cycle"] == 2);
    CHECK(then_json["cycles"][1]["file"] == "workgroups/onboarding/cycles/2.md");
    CHECK(then_json["indicators"].size() == 2);
    const Outcome none = repo({"workgroup", "show", "--cycle", "3"});
    CHECK(none.code == 2);
    contains(none.err, "there is no cycle 3: onboarding has the cycles 1 to 2 (--cycle)");

    // The report tells the current cycle's problem, or that of the cycle asked for.
    const auto report = nlohmann::json::parse(repo.ok({"report", "--json"}));
    CHECK(report["problem"] == "Night shifts are lonely for new colleagues");
    CHECK(report["shown_cycle"] == 2);
    const auto report_1 = nlohmann::json::parse(repo.ok({"report", "--cycle", "1", "--json"}));
    CHECK(report_1["problem"] == "New colleagues leave in their first year");
    CHECK(report_1["indicators"].size() == 2);
    CHECK(repo({"report", "--cycle", "3", "--json"}).code == 2);
    // The new-cycle event belongs to the cycle it closes; its line names the cycle it begins.
    const std::string page = repo.ok({"report"});
    contains(page, "cycle 2 begun by");
    CHECK(page.find("cycle 1 begun") == std::string::npos);

    // Lists show the current cycle unless asked.
    repo.ok({"log", "add", "--as", "zoe", "-m", "Cycle 2 entry"});
    repo.ok({"log", "add", "--as", "daan", "-m", "Entered afterwards", "--date", "2026-11-20"});
    const std::string logs = repo.ok({"log", "list"});
    contains(logs, "Cycle 2 entry");
    CHECK(logs.find("Cycle 1 entry") == std::string::npos);
    CHECK(logs.find("Entered afterwards") == std::string::npos);
    contains(logs, "(6 more in other cycles: --cycle all)");
    CHECK(occurrences(repo.ok({"log", "list", "--cycle", "1"}), "    Cycle 1 entry") == 5);
    CHECK(occurrences(repo.ok({"log", "list", "--cycle", "all"}), "    ") == 7);
    const auto logs_json = nlohmann::json::parse(repo.ok({"log", "list", "--cycle", "all", "--json"}));
    REQUIRE(logs_json.size() == 7);
    CHECK(std::ranges::count_if(logs_json, [](const auto &entry) { return entry["cycle"] == 2; }) == 1);
    CHECK(logs_json.back()["date"] == "2026-11-20");
    CHECK(logs_json.back()["cycle"] == 1);
    contains(repo.ok({"meeting", "list"}), "(1 more in other cycles: --cycle all)");
    contains(repo.ok({"meeting", "list", "--cycle", "1"}), "Kick-off");
    const auto explored = nlohmann::json::parse(repo.ok({"explore", "list", "--json"}));
    CHECK(explored["problem"] == "Night shifts are lonely for new colleagues");
    CHECK(explored["narrowed"].empty());
    const auto explored_then = nlohmann::json::parse(repo.ok({"explore", "list", "--cycle", "1", "--json"}));
    CHECK(explored_then["problem"] == "New colleagues on the night shift leave in their first half year");
    CHECK(explored_then["narrowed"].size() == 1);
    const std::string indicators = repo.ok({"indicator", "list"});
    contains(indicators, "welcome  Feeling welcome");
    CHECK(indicators.find("leavers") == std::string::npos);
    contains(indicators, "(1 more in other cycles: --cycle all)");
    contains(repo.ok({"indicator", "list", "--cycle", "1"}), "leavers  Leavers");
    CHECK(nlohmann::json::parse(repo.ok({"indicator", "list", "--cycle", "all", "--json"})).size() == 2);
    contains(repo.ok({"experiment", "list", "--cycle", "1"}), "No experiments.");
    contains(repo.ok({"assumption", "list", "--cycle", "all"}), "No assumptions.");
    CHECK(repo({"log", "list", "--cycle", "0"}).code == 2);
    contains(repo({"meeting", "list", "--cycle", "x"}).err,
             "'x' is not a cycle: give a number (1 to 2) or all");

    // An earlier cycle's values are corrected with --cycle; name belongs to the workgroup.
    contains(repo.ok({"workgroup", "set", "end", "2026-10-31", "--cycle", "1"}),
             "onboarding: end of cycle 1 updated (workgroups/onboarding/workgroup.md)");
    contains(repo.ok({"workgroup", "show", "--cycle", "1"}), "End: 2026-10-31");
    contains(repo.ok({"workgroup", "show"}), "End: 2027-03-31");
    contains(repo({"workgroup", "set", "name", "X", "--cycle", "1"}).err,
             "'name' belongs to the workgroup, not to a cycle (--cycle)");
    const Outcome backwards = repo({"workgroup", "set", "end", "2026-01-01"});
    CHECK(backwards.code == 2);
    contains(backwards.err, "the end date is before the start date");
    CHECK(repo({"check"}).code == 0);
  }

  TEST_CASE("Without --keep-indicator no indicator goes on and step 5 asks for one") {
    CycleRepo repo;
    for (int step = 1; step <= 15; ++step) {
      repo.ok({"step", "done", std::to_string(step), "--force", "--note", "earlier"});
    }
    const std::string began = repo.ok({"step", "done", "15", "--new-cycle"});
    contains(began, "No indicators carried over.");
    contains(repo.ok({"step", "next"}), "Indicators carried over from cycle 1: -");
    contains(repo.ok({"indicator", "list"}), "has no indicators yet");
    for (int step = 1; step <= 4; ++step) {
      repo.ok({"step", "done", std::to_string(step), "--force", "--note", "again"});
    }
    repo.ok({"workgroup", "set", "end", "2027-06-30"});
    const Outcome five = repo({"step", "done", "5"});
    CHECK(five.code == 1);
    contains(five.err, "at least one indicator with a target");
    CHECK(five.err.find("a start date") == std::string::npos); // the day the cycle began
    repo.ok({"indicator", "add", "Night calls", "--slug", "calls", "--question", "How many?", "--unit",
             "calls", "--direction", "down", "--baseline", "9", "--target", "4", "--frequency", "weekly"});
    contains(read_file(repo.group() / "indicators/calls.md"), "cycles:\n  - 2\n");
    repo.ok({"step", "done", "5"});
    contains(repo.ok({"indicator", "list", "--cycle", "all"}), "leavers");
  }

  TEST_CASE("--keep-indicator all, and what it refuses") {
    CycleRepo repo;
    const Outcome plain = repo({"step", "done", "1", "--force", "--note", "x", "--keep-indicator", "all"});
    CHECK(plain.code == 2);
    contains(plain.err, "carrying indicators over goes only with a new cycle (step 15)");
    for (int step = 1; step <= 15; ++step) {
      repo.ok({"step", "done", std::to_string(step), "--force", "--note", "earlier"});
    }
    const Outcome unknown = repo({"step", "done", "15", "--new-cycle", "--keep-indicator", "nope"});
    CHECK(unknown.code == 2);
    contains(unknown.err,
             "'nope' is not an indicator of cycle 1; these are: leavers, welcome (--keep-indicator)");
    CHECK(!fs::exists(repo.group() / "cycles"));
    // A file for cycle 2 left by hand stops the new cycle before anything is written.
    write_file(repo.group() / "cycles/2.md", "---\nproblem: Early\n---\n");
    contains(repo({"check"}).out, "a file for cycle 2, but the workgroup is in cycle 1");
    const Outcome taken = repo({"step", "done", "15", "--new-cycle"});
    CHECK(taken.code == 1);
    contains(taken.err, "there is a file for cycle 2 already");
    CHECK(read_file(repo.group() / "indicators/leavers.md").find("cycles") == std::string::npos);
    contains(repo.ok({"step", "next"}), "All 15 steps of cycle 1 are done");
    fs::remove(repo.group() / "cycles/2.md");
    contains(repo.ok({"step", "done", "15", "--new-cycle", "--keep-indicator", "all"}),
             "Indicators carried over: leavers, welcome");
    contains(read_file(repo.group() / "indicators/leavers.md"), "cycles:\n  - 1\n  - 2\n");
    // The third cycle writes only what changes: an explicit list grows by one.
    for (int step = 1; step <= 15; ++step) {
      repo.ok({"step", "done", std::to_string(step), "--force", "--note", "second"});
    }
    repo.ok({"step", "done", "15", "--new-cycle", "--keep-indicator", "leavers"});
    contains(read_file(repo.group() / "indicators/leavers.md"), "cycles:\n  - 1\n  - 2\n  - 3\n");
    contains(read_file(repo.group() / "indicators/welcome.md"), "cycles:\n  - 1\n  - 2\n---");
    CHECK(fs::exists(repo.group() / "cycles/3.md"));
    contains(repo.ok({"workgroup", "show", "--cycle", "2"}), "Cycle: 2 of 3");
  }

  TEST_CASE("A new cycle dated with --date begins on that day and records follow their dates") {
    CycleRepo repo;
    repo.ok({"workgroup", "set", "start", "2026-03-02"});
    for (int step = 1; step <= 15; ++step) {
      repo.ok({"step", "done", std::to_string(step), "--force", "--note", "earlier", "--date", "2026-10-01"});
    }
    contains(repo.ok({"step", "done", "15", "--new-cycle", "--date", "2026-10-15"}),
             "Cycle 1 is finished (2026-10-15). Cycle 2 starts at step 1.");
    contains(read_file(repo.group() / "cycles/2.md"), "start: 2026-10-15");
    repo.ok({"log", "add", "-m", "Before", "--date", "2026-10-10"});
    repo.ok({"log", "add", "-m", "After", "--date", "2026-10-20"});
    const auto logs = nlohmann::json::parse(repo.ok({"log", "list", "--cycle", "all", "--json"}));
    REQUIRE(logs.size() == 2);
    CHECK(logs[0]["date"] == "2026-10-20");
    CHECK(logs[0]["cycle"] == 2);
    CHECK(logs[1]["cycle"] == 1);
    contains(read_file(repo.root() / logs[1]["file"].get<std::string>()), "cycle: 1");
    contains(repo.ok({"workgroup", "show"}), "Cycle: 2 (began on 2026-10-15; earlier ones: --cycle 1)");
  }

  TEST_CASE("A repository of format 1 reads and begins a cycle as before") {
    ExampleRepo repo;
    const auto before = nlohmann::json::parse(repo({"workgroup", "show", "vasthouden", "--json"}).out);
    const Outcome refused = repo({"-w", "vasthouden", "--as", "Marloes Kuipers", "step", "done", "15",
                                  "--new-cycle", "--keep-indicator", "all"});
    CHECK(refused.code == 1);
    contains(refused.err, "in this repository (format 1) every indicator goes on into every cycle");
    const Outcome began =
        repo({"-w", "vasthouden", "--as", "Marloes Kuipers", "step", "done", "15", "--new-cycle"});
    REQUIRE(began.code == 0);
    CHECK(began.out == "Cycle 1 is finished. Cycle 2 starts at step 1.\n");
    CHECK(!fs::exists(repo.root() / "workgroups/vasthouden/cycles"));
    // Cycle 2 without a file of its own: workgroup.md's problem, design and indicators, as before.
    const auto after = nlohmann::json::parse(repo({"workgroup", "show", "vasthouden", "--json"}).out);
    CHECK(after["problem"] == before["problem"]);
    CHECK(after["design"] == before["design"]);
    CHECK(after["indicators"].size() == before["indicators"].size());
    CHECK(after["cycle"] == 2);
    CHECK(after["records"]["logbook"] == 0);
    const Outcome next = repo({"-w", "vasthouden", "--as", "Marloes Kuipers", "step", "done", "1"});
    CHECK(next.code == 0);
    // The records of cycle 1 stay under --cycle 1; nothing gets a cycle field in format 1.
    CHECK(nlohmann::json::parse(repo({"-w", "vasthouden", "log", "list", "--cycle", "1", "--json"}).out)
              .size() == before["records"]["logbook"]);
    REQUIRE(repo({"-w", "vasthouden", "log", "add", "--as", "Esther Mulder", "-m", "Cycle 2"}).code == 0);
    const auto added = nlohmann::json::parse(repo({"-w", "vasthouden", "log", "list", "--json"}).out);
    REQUIRE(added.size() == 1);
    CHECK(read_file(repo.root() / added[0]["file"].get<std::string>()).find("cycle:") == std::string::npos);
    CHECK(repo({"-w", "vasthouden", "--as", "Marloes Kuipers", "workgroup", "set", "problem", "Another"})
              .code == 0);
    contains(read_file(repo.root() / "workgroups/vasthouden/workgroup.md"), "problem: Another");
    CHECK(repo({"check"}).code == 0);
  }

  TEST_CASE("A record that says a cycle not yet begun is a check warning") {
    CycleRepo repo;
    repo.ok({"log", "add", "-m", "Ahead"});
    const auto listed = nlohmann::json::parse(repo.ok({"log", "list", "--json"}));
    const fs::path file = repo.root() / listed[0]["file"].get<std::string>();
    std::string text = read_file(file);
    text.replace(text.find("cycle: 1"), 8, "cycle: 4");
    write_file(file, text);
    const Outcome checked = repo({"check"});
    contains(checked.out, "this record belongs to cycle 4, but the workgroup is in cycle 1");
    text.replace(text.find("cycle: 4"), 8, "cycle: x");
    write_file(file, text);
    const Outcome broken = repo({"log", "list"});
    contains(broken.err, "logbook/" + file.filename().string() +
                             ":4:8: warning: left out, as it cannot be read: "
                             "'cycle' must be a whole number");
    text.replace(text.find("cycle: x"), 8, "cycle: 0");
    write_file(file, text);
    contains(repo({"check"}).out, "error: 'cycle' must be at least 1");
  }
}
