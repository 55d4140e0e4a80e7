// Meeting reports (lib/meeting) and their actions (lib/meeting_actions): how an action is typed,
// who was there, which actions are open, and closing one, which writes only its `done` field.
#include "helpers.hpp"
#include "meeting.hpp"
#include "meeting_actions.hpp"
#include "repository.hpp"
#include "workgroup.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;

namespace {

Date meeting_day(unsigned month, unsigned day) {
  return std::chrono::year{2026} / std::chrono::month{month} / std::chrono::day{day};
}

Workgroup group_with(std::initializer_list<std::string> names) {
  Workgroup group;
  group.slug = "wg";
  for (const auto &name : names) {
    Member member;
    member.name = name;
    group.members.push_back(member);
  }
  return group;
}

MeetingAction agreed_action(std::string what, std::optional<Date> due, std::optional<Date> done) {
  MeetingAction made;
  made.what = std::move(what);
  made.owner = "Anouk Peters";
  made.due = due;
  made.done = done;
  return made;
}

Meeting report_with(std::string id, Date date, std::vector<MeetingAction> actions) {
  Meeting made;
  made.meta.id = std::move(id);
  made.meta.date = date;
  made.actions = std::move(actions);
  return made;
}

// A repository with one workgroup and one report of 2 November with three actions, the second
// done already, and a comment that must survive the edits.
struct MeetingRepo {
  TempDir dir;
  std::filesystem::path file = dir.path() / "workgroups/wg/meetings/k3m9x2ab.md";
  const std::string text = "---\n"
                           "title: Ronde 2\n"
                           "date: 2026-11-02\n"
                           "author: Anouk Peters\n"
                           "actions:\n"
                           "  - what: Roosters bekijken   # eerst dit\n"
                           "    owner: Anouk Peters\n"
                           "    due: 2026-11-16\n"
                           "  - {what: Buddy's bedanken, owner: Ruud Smit, done: 2026-11-10}\n"
                           "  - what: Flappen maken\n"
                           "    owner: Ruud Smit\n"
                           "---\n"
                           "Wat we anders doen.\n";

  MeetingRepo() {
    write_file(dir.path() / "alearn.yaml", "schema: 1\nname: Test\n");
    write_file(dir.path() / "workgroups/wg/workgroup.md",
               "---\nname: WG\nmembers:\n  - name: Anouk Peters\n  - name: Ruud Smit\n---\n");
    write_file(file, text);
  }

  Workgroup load() const {
    Loaded loaded = load_repository(dir.path());
    REQUIRE(loaded.errors().empty());
    return loaded.repository.workgroups.front();
  }
};

} // namespace

TEST_SUITE("meeting") {
  TEST_CASE("an action names its owner and may name the day it is due") {
    const Workgroup group = group_with({"Anouk Peters", "Ruud Smit"});
    auto plain = parse_action_text(group, "Vragenlijst aanpassen @anouk");
    REQUIRE(plain.has_value());
    CHECK(plain->what == "Vragenlijst aanpassen");
    CHECK(plain->owner == "Anouk Peters");
    CHECK_FALSE(plain->due.has_value());
    for (const std::string text : {"Roosters @Ruud Smit uiterlijk 2026-12-01",
                                   "Roosters @ruud due 2026-12-01", "Roosters @Ruud 2026-12-01",
                                   "Roosters  @Ruud Smit by 2026-12-01 ", "Roosters @Ruud voor 2026-12-01"}) {
      CAPTURE(text);
      auto due = parse_action_text(group, text);
      REQUIRE(due.has_value());
      CHECK(due->what == "Roosters");
      CHECK(due->owner == "Ruud Smit");
      CHECK(due->due == std::optional<Date>{meeting_day(12, 1)});
    }
    // An e-mail address in the text is not the owner: the last " @" is.
    auto mail = parse_action_text(group, "Mail info@example.org @Ruud");
    REQUIRE(mail.has_value());
    CHECK(mail->what == "Mail info@example.org");
  }

  TEST_CASE("an action without an owner or with a wrong date is refused") {
    const Workgroup group = group_with({"Anouk Peters", "Ruud Smit"});
    CHECK(parse_action_text(group, "Roosters bekijken").error().message.en ==
          R"(an action has an owner: "<what> @<member>", not "Roosters bekijken")");
    CHECK_FALSE(parse_action_text(group, " @Ruud").has_value());
    CHECK(parse_action_text(group, "Roosters @Ruud 2026-02-30").error().message.en ==
          "'2026-02-30' is not a valid date (YYYY-MM-DD)");
    CHECK(parse_action_text(group, "Roosters @Karin 2026-12-01").error().kind == ErrorKind::not_found);
    // A word before the owner's name that looks like a due word stays part of the name.
    CHECK_FALSE(parse_action_text(group, "Roosters @due").has_value());
  }

  TEST_CASE("who was there: members by their full name, guests as given, each once") {
    const Workgroup group = group_with({"Anouk Peters", "Ruud Smit", "Priya Ramdin"});
    auto names = present_names(group, {"anouk", "Karin Bos (HR)", "ANOUK PETERS"}, {"Ed"});
    REQUIRE(names.has_value());
    CHECK(*names == std::vector<std::string>{"Anouk Peters", "Karin Bos (HR)", "Ed"});
    auto all = present_names(group, {"iedereen", "Ruud"});
    REQUIRE(all.has_value());
    CHECK(*all == std::vector<std::string>{"Anouk Peters", "Ruud Smit", "Priya Ramdin"});
    // A member given as a guest is still the member.
    CHECK(*present_names(group, {}, {"ruud smit"}) == std::vector<std::string>{"Ruud Smit"});
  }

  TEST_CASE("a name close to a member's is refused with the member it may mean") {
    const Workgroup group = group_with({"Anouk Peters", "Ruud Smit", "Priya Ramdin"});
    SUBCASE("a typo in the whole name") {
      auto names = present_names(group, {"Priya Randin"});
      REQUIRE_FALSE(names.has_value());
      CHECK(names.error().message.en ==
            "'Priya Randin' is not a member of wg; did you mean Priya Ramdin? A guest of this name goes in "
            "as a guest");
      CHECK(names.error().inputs == std::vector<Param>{Param::guest});
    }
    SUBCASE("a typo in the first name") {
      auto names = present_names(group, {"Anuok"});
      REQUIRE_FALSE(names.has_value());
      contains(names.error().message.nl, "bedoel je Anouk Peters?");
    }
    SUBCASE("the same name as a guest is written as given") {
      CHECK(*present_names(group, {}, {"Anuok"}) == std::vector<std::string>{"Anuok"});
    }
    SUBCASE("a name far from every member's is a guest") {
      CHECK(*present_names(group, {"Zorgkantoor Rivierenland"}) ==
            std::vector<std::string>{"Zorgkantoor Rivierenland"});
    }
  }

  TEST_CASE("a first name two members share is refused with both") {
    const Workgroup group = group_with({"Anouk Peters", "Anouk de Wit", "Ruud Smit"});
    auto names = present_names(group, {"anouk"});
    REQUIRE_FALSE(names.has_value());
    CHECK(names.error().message.en ==
          "'anouk' matches more than one member; give the whole name:\n  Anouk Peters\n  Anouk de Wit");
    CHECK(names.error().inputs == std::vector<Param>{Param::present});
  }

  TEST_CASE("open actions: the first due first, those without a due day last, overdue when past it") {
    Workgroup group = group_with({"Anouk Peters"});
    group.meetings.push_back(report_with("aaaaaaaa", meeting_day(3, 2),
                                         {agreed_action("Zonder datum", std::nullopt, std::nullopt),
                                          agreed_action("Al af", meeting_day(3, 9), meeting_day(3, 8)),
                                          agreed_action("Laat", meeting_day(3, 16), std::nullopt)}));
    group.meetings.push_back(report_with("bbbbbbbb", meeting_day(4, 13),
                                         {agreed_action("Later", meeting_day(12, 1), std::nullopt),
                                          agreed_action("Vandaag", meeting_day(11, 23), std::nullopt)}));
    const auto open = open_actions(group, meeting_day(11, 23));
    REQUIRE(open.size() == 4);
    CHECK(open[0].action->what == "Laat");
    CHECK(open[0].number == 3);
    CHECK(open[0].overdue);
    CHECK(open[1].action->what == "Vandaag");
    CHECK_FALSE(open[1].overdue); // due today is not late yet
    CHECK(open[2].action->what == "Later");
    CHECK(open[2].meeting->meta.id == "bbbbbbbb");
    CHECK(open[3].action->what == "Zonder datum");
    CHECK_FALSE(is_overdue(group.meetings[0].actions[1], meeting_day(11, 23))); // done is never overdue
  }

  TEST_CASE("closing an action writes only its done field") {
    MeetingRepo repo;
    const Workgroup group = repo.load();
    auto closed = close_action(group, group.meetings.front(), 1, meeting_day(11, 20));
    REQUIRE(closed.has_value());
    CHECK(closed->actions[0].done == std::optional<Date>{meeting_day(11, 20)});
    std::string expected = repo.text;
    expected.insert(expected.find("    due: 2026-11-16\n") + 20, "    done: 2026-11-20\n");
    CHECK(read_file(repo.file) == expected);
    SUBCASE("an action in flow form, and the last one") {
      const Workgroup again = repo.load();
      REQUIRE(close_action(again, again.meetings.front(), 3, meeting_day(11, 21)).has_value());
      const std::string text = read_file(repo.file);
      contains(text, "  - what: Flappen maken\n    owner: Ruud Smit\n    done: 2026-11-21\n---\n");
      contains(text, "  - what: Roosters bekijken   # eerst dit\n");
    }
  }

  TEST_CASE("closing refuses an unknown number, an action done already and a day before the meeting") {
    MeetingRepo repo;
    const Workgroup group = repo.load();
    const Meeting &report = group.meetings.front();
    const auto refused = [&](int number, Date date) {
      auto closed = close_action(group, report, number, date);
      REQUIRE_FALSE(closed.has_value());
      return closed.error();
    };
    const Error done = refused(2, meeting_day(11, 20));
    CHECK(done.kind == ErrorKind::refused);
    CHECK(done.message.en == "action 2 of k3m9x2ab ('Buddy's bedanken') was done already on 2026-11-10");
    const Error unknown = refused(4, meeting_day(11, 20));
    CHECK(unknown.kind == ErrorKind::not_found);
    CHECK(unknown.message.en == "the report k3m9x2ab has no action 4; its actions are:\n"
                                "  1. Roosters bekijken (Anouk Peters)\n"
                                "  2. Buddy's bedanken (Ruud Smit)\n"
                                "  3. Flappen maken (Ruud Smit)");
    CHECK(refused(0, meeting_day(11, 20)).kind == ErrorKind::not_found);
    CHECK(refused(-1, meeting_day(11, 20)).kind == ErrorKind::not_found);
    const Error early = refused(1, meeting_day(11, 1));
    CHECK(early.message.en == "the meeting was on 2026-11-02; an action cannot be done before it");
    CHECK(early.inputs == std::vector<Param>{Param::date});
    CHECK(read_file(repo.file) == repo.text); // nothing was written
    Meeting empty = report;
    empty.actions.clear();
    CHECK(close_action(group, empty, 1, meeting_day(11, 20)).error().message.en ==
          "the report k3m9x2ab (Ronde 2) has no actions");
  }

  TEST_CASE("old reports without done read as open; a done that is no date is refused") {
    MeetingRepo repo;
    const Workgroup group = repo.load();
    REQUIRE(group.meetings.size() == 1);
    CHECK_FALSE(group.meetings[0].actions[0].done.has_value());
    write_file(repo.file, "---\ntitle: T\ndate: 2026-11-02\nactions:\n  - what: X\n    owner: Ruud Smit\n"
                          "    done: gisteren\n---\n");
    Loaded loaded = load_repository(repo.dir.path());
    REQUIRE_FALSE(loaded.errors().empty());
    contains(loaded.errors().front().message.en, "is not a date like 2026-11-24");
  }
}
