// Blockers ("Ruimte in de Regels"): the course a blocker takes and the moves it refuses, the
// list for the desk, check's rules, and every blocker command end to end with its error paths.
#include "blocker.hpp"
#include "helpers.hpp"
#include "repository.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

constexpr Date blocker_day(int month, int day) {
  return std::chrono::year{2026} / std::chrono::month(static_cast<unsigned>(month)) /
         std::chrono::day(static_cast<unsigned>(day));
}

// A copy of the examples as Anouk Peters of "inwerken", loaded for the library's functions.
struct BlockerExamples : ExampleRepo {
  BlockerExamples() {
    env["ALEARN_USER"] = "Anouk Peters";
    env["ALEARN_WORKGROUP"] = "inwerken";
  }
  Repository load() const {
    Loaded loaded = load_repository(root());
    REQUIRE(loaded.errors().empty());
    return std::move(loaded.repository);
  }
  static const Workgroup &inwerken(const Repository &repo) {
    const auto found = std::ranges::find(repo.workgroups, std::string("inwerken"), &Workgroup::slug);
    REQUIRE(found != repo.workgroups.end());
    return *found;
  }
  NewBlocker new_blocker() const {
    return NewBlocker{"Anouk Peters",
                      blocker_day(11, 2),
                      "Een leerling draait geen avonddienst zonder gediplomeerde collega",
                      BlockerKind::collective_agreement,
                      "Cao VVT",
                      {},
                      {"0af"},
                      std::nullopt,
                      "De vaste aanspreekpersoon kan op de avond geen leerling zijn."};
  }
  // The identifier in "Blocker <id> recorded": the first 8-character word.
  static std::string blocker_id(const std::string &out) {
    std::smatch match;
    REQUIRE(std::regex_search(out, match, std::regex("\\b([0-9a-hjkmnp-tv-z]{8})\\b")));
    return match[1];
  }
  fs::path blocker_file(const std::string &id) const {
    return root() / "workgroups/inwerken/blockers" / (id + ".md");
  }
};

Blocker with_course(std::vector<CourseEvent> events) {
  Blocker blocker;
  blocker.meta.date = blocker_day(10, 1);
  int day = 2;
  for (const CourseEvent event : events) {
    blocker.course.push_back(CourseEntry{event, blocker_day(10, day++), "Anouk Peters", "VWS", {}});
  }
  return blocker;
}

} // namespace

TEST_SUITE("blocker") {
  TEST_CASE("the state follows from the course") {
    CHECK(with_course({}).state() == BlockerState::noted);
    CHECK(with_course({CourseEvent::raised}).state() == BlockerState::raised);
    CHECK(with_course({CourseEvent::raised, CourseEvent::resolved}).state() == BlockerState::resolved);
    CHECK(with_course({CourseEvent::withdrawn}).state() == BlockerState::withdrawn);
    CHECK(is_open(BlockerState::noted));
    CHECK(is_open(BlockerState::raised));
    CHECK_FALSE(is_open(BlockerState::resolved));
    CHECK_FALSE(is_open(BlockerState::withdrawn));
    CHECK(state_since(with_course({})) == blocker_day(10, 1));
    CHECK(state_since(with_course({CourseEvent::raised})) == blocker_day(10, 2));
    CHECK(raised_with(with_course({CourseEvent::raised, CourseEvent::resolved})) == "VWS");
    CHECK(raised_with(with_course({})).empty());
  }

  TEST_CASE("a blocker is raised once, then resolved or withdrawn, and nothing after") {
    const BlockerExamples examples;
    Repository repo = examples.load();
    const Workgroup &group = BlockerExamples::inwerken(repo);
    const Context context = fixed_context(examples.root());
    auto added = add_blocker(group, examples.new_blocker(), context);
    REQUIRE(added.has_value());
    CHECK(added->blocks == std::vector<std::string>{"0af2eqz0"}); // the full id of the prefix
    CHECK(added->since == added->meta.date);
    CHECK(added->state() == BlockerState::noted);
    CHECK(may_close(*added, CourseEvent::resolved).has_value()); // settled without being raised

    auto early = raise_blocker(group, *added, Raise{"Anouk Peters", blocker_day(11, 1), "VWS"});
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().kind == ErrorKind::usage);
    auto stranger = raise_blocker(group, *added, Raise{"Karel Appel", blocker_day(11, 3), "VWS"});
    CHECK_FALSE(stranger.has_value());
    auto nobody = raise_blocker(group, *added, Raise{"Anouk Peters", blocker_day(11, 3), " "});
    REQUIRE_FALSE(nobody.has_value());
    CHECK(nobody.error().inputs == std::vector<Param>{Param::with});

    const std::string before = read_file(added->meta.file);
    auto raised = raise_blocker(group, *added, Raise{"anouk", blocker_day(11, 3), "Ministerie van VWS"});
    REQUIRE(raised.has_value());
    CHECK(raised->state() == BlockerState::raised);
    CHECK(raised->course.back().by == "Anouk Peters");
    const std::string after = read_file(added->meta.file);
    // Every byte before the front matter's end stays; the event is added to it.
    CHECK(after.starts_with(before.substr(0, before.find("---\n", 4))));
    contains(after, "course:\n  - event: raised\n    date: 2026-11-03\n    by: Anouk Peters\n"
                    "    with: Ministerie van VWS\n---\n");

    auto again = raise_blocker(group, *raised, Raise{"Anouk Peters", blocker_day(11, 4), "VWS"});
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().kind == ErrorKind::refused);
    auto withdrawn =
        close_blocker(group, *raised,
                      Closing{"Anouk Peters", blocker_day(11, 5), "Niet meer nodig", CourseEvent::withdrawn});
    REQUIRE(withdrawn.has_value());
    CHECK(withdrawn->state() == BlockerState::withdrawn);
    auto resolved =
        close_blocker(group, *withdrawn,
                      Closing{"Anouk Peters", blocker_day(11, 6), "Toch opgelost", CourseEvent::resolved});
    REQUIRE_FALSE(resolved.has_value());
    CHECK(resolved.error().kind == ErrorKind::refused);
    contains(resolved.error().message.en,
             "cannot resolve blocker " + withdrawn->meta.id + ": it is already withdrawn");
  }

  TEST_CASE("a new blocker needs its rule and analysis, experiments of the group and a past since") {
    const BlockerExamples examples;
    Repository repo = examples.load();
    const Workgroup &group = BlockerExamples::inwerken(repo);
    const Context context = fixed_context(examples.root());
    NewBlocker unknown = examples.new_blocker();
    unknown.blocks = {"zzzz"};
    auto refused = add_blocker(group, unknown, context);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == ErrorKind::not_found);
    CHECK(refused.error().inputs == std::vector<Param>{Param::blocks});
    NewBlocker later = examples.new_blocker();
    later.since = blocker_day(11, 20);
    CHECK_FALSE(add_blocker(group, later, context).has_value());
    NewBlocker empty = examples.new_blocker();
    empty.analysis = "\n";
    CHECK_FALSE(add_blocker(group, empty, context).has_value());
    NewBlocker stranger = examples.new_blocker();
    stranger.author = "Karel Appel";
    CHECK_FALSE(add_blocker(group, stranger, context).has_value());
    CHECK_FALSE(fs::exists(examples.root() / "workgroups/inwerken/blockers" / "x"));
    CHECK(std::distance(fs::directory_iterator(examples.root() / "workgroups/inwerken/blockers"),
                        fs::directory_iterator{}) == 1); // the example's own
  }

  TEST_CASE("open_blockers gathers the open ones of every workgroup for the desk") {
    const BlockerExamples examples;
    const Repository repo = examples.load();
    auto desk = open_blockers(repo);
    REQUIRE(desk.has_value());
    REQUIRE(desk->size() == 1);
    const DeskGroup &group = desk->front();
    CHECK(group.slug == "inwerken");
    CHECK(group.organisation == "Zorggroep De Linde");
    REQUIRE(group.blockers.size() == 1);
    const DeskBlocker &blocker = group.blockers.front();
    CHECK(blocker.blocker.meta.id == "r7kq2wxm");
    REQUIRE(blocker.blocks.size() == 1);
    CHECK(blocker.blocks.front().title == "Buddy met twee vrijgeroosterde uren per week");
    contains(blocker.analysis, "buddy-uren");

    const std::string md = desk_markdown(*desk, Lang::en);
    contains(md, "# Rules in the way\n");
    contains(md, "## Goed begonnen: inwerken bij De Linde\n");
    contains(md, "- **Kind:** internal policy\n");
    contains(md, "- **State:** raised on 2026-10-26 (with Raad van bestuur van De Linde)\n");
    contains(desk_markdown({}, Lang::nl), "Geen open knellende regels.");

    // Resolved, it is no longer the desk's.
    const Workgroup &inwerken = BlockerExamples::inwerken(repo);
    REQUIRE(close_blocker(inwerken, inwerken.blockers.front(),
                          Closing{"Sanne de Vries", blocker_day(11, 20), "Inwerken telt niet mee",
                                  CourseEvent::resolved})
                .has_value());
    auto after = open_blockers(examples.load());
    REQUIRE(after.has_value());
    CHECK(after->empty());
  }

  TEST_CASE("blocker add list show raise and resolve on the command line") {
    const BlockerExamples examples;
    const Outcome added =
        examples({"blocker",  "add",        "--rule",   "Geen avonddienst voor leerlingen alleen",
                  "--kind",   "cao",        "--blocks", "0af",
                  "--source", "Cao VVT",    "--since",  "2026-11-01",
                  "--date",   "2026-11-02", "De",       "aanspreekpersoon",
                  "kan",      "geen",       "leerling", "zijn"});
    REQUIRE(added.code == 0);
    contains(added.out, "Raise it with: alearn blocker raise ");
    const std::string id = BlockerExamples::blocker_id(added.out);
    const std::string file = read_file(examples.blocker_file(id));
    contains(file, "kind: collective_agreement\nsource: Cao VVT\nblocks:\n  - 0af2eqz0\nsince: 2026-11-01\n");
    contains(file, "---\nDe aanspreekpersoon kan geen leerling zijn\n");

    const Outcome list = examples({"blocker", "list"});
    CHECK(list.code == 0);
    contains(list.out, id + "  2026-11-02  Anouk Peters  (collective agreement · noted)\n");
    CHECK(list.out.find(id) < list.out.find("r7kq2wxm")); // newest first
    CHECK(examples({"blocker", "list", "--state", "aangekaart"}).out.find(id) == std::string::npos);
    contains(examples({"blocker", "list", "--state", "open"}).out, id);
    contains(examples({"blocker", "list", "--state", "resolved"}).out, "No blockers match.");

    const Outcome shown = examples({"blocker", "show", id.substr(0, 4)});
    contains(shown.out, "Kind: collective agreement\nSource: Cao VVT\nSince: 2026-11-01\n"
                        "Blocks: Vaste aanspreekpersoon per dienst (0af2eqz0, running)\n");
    contains(shown.out, "Not raised yet. alearn blocker raise " + id + " --with \"<with whom>\"");

    const Outcome raised = examples({"blocker", "raise", id, "--with", "ActiZ", "--date", "2026-11-10"});
    CHECK(raised.code == 0);
    contains(raised.out, "Blocker " + id + " raised with ActiZ on 2026-11-10");
    const Outcome resolved = examples({"blocker", "resolve", id, "--outcome",
                                       "Leerlingen in het derde jaar mogen het", "--date", "2026-11-20"});
    CHECK(resolved.code == 0);
    contains(resolved.out, "Blocker " + id + " resolved on 2026-11-20");

    const auto json = nlohmann::json::parse(examples({"blocker", "show", id, "--json"}).out);
    CHECK(json["state"] == "resolved");
    CHECK(json["kind"] == "collective_agreement");
    CHECK(json["blocks"] == nlohmann::json::array({"0af2eqz0"}));
    REQUIRE(json["course"].size() == 2);
    CHECK(json["course"][0]["with"] == "ActiZ");
    CHECK(json["course"][1]["outcome"] == "Leerlingen in het derde jaar mogen het");
    CHECK(json["analysis"] == "De aanspreekpersoon kan geen leerling zijn");
    const auto listed = nlohmann::json::parse(examples({"blocker", "list", "--json"}).out);
    CHECK(listed.size() == 2);
    CHECK(examples({"check"}).code == 0);
  }

  TEST_CASE("the Dutch words of the kinds and Dutch output") {
    const BlockerExamples examples;
    const Outcome added = examples(
        {"blocker", "add", "--lang", "nl", "--rule", "Regel", "--kind", "intern beleid", "-m", "Waarom"});
    REQUIRE(added.code == 0);
    contains(added.out, "Knellende regel ");
    contains(added.out, "vastgelegd. Kaart hem aan met:");
    const std::string id = BlockerExamples::blocker_id(added.out);
    contains(read_file(examples.blocker_file(id)), "kind: internal_policy\n");
    contains(examples({"blocker", "list", "--lang", "nl"}).out, "(intern beleid · genoteerd)");
    for (const auto &[word, kind] : {std::pair{"wet", "law"}, std::pair{"inspectie", "inspection"},
                                     std::pair{"anders", "other"}, std::pair{"Law", "law"}}) {
      const Outcome one = examples({"blocker", "add", "--rule", "R", "--kind", word, "-m", "Waarom"});
      REQUIRE(one.code == 0);
      contains(read_file(examples.blocker_file(BlockerExamples::blocker_id(one.out))),
               std::string("kind: ") + kind + "\n");
    }
  }

  TEST_CASE("bad input and impossible moves are refused and change nothing") {
    const BlockerExamples examples;
    const auto before = snapshot(examples.root());
    const Outcome kind = examples({"blocker", "add", "--rule", "R", "--kind", "wetboek", "-m", "x"});
    CHECK(kind.code == 2);
    contains(kind.err,
             "'wetboek' is not one of: law, collective_agreement, inspection, internal_policy, other");
    const Outcome experiment =
        examples({"blocker", "add", "--rule", "R", "--kind", "law", "--blocks", "zzzz", "-m", "x"});
    CHECK(experiment.code == 2);
    contains(experiment.err, "there is no experiment 'zzzz'");
    const Outcome future =
        examples({"blocker", "add", "--rule", "R", "--kind", "law", "--date", "2026-12-01", "-m", "x"});
    CHECK(future.code == 2);
    contains(future.err, "2026-12-01 lies in the future");
    const Outcome stranger =
        examples({"blocker", "add", "--as", "Karel", "--rule", "R", "--kind", "law", "-m", "x"});
    CHECK(stranger.code == 2);
    contains(stranger.err, "Karel is not a member of inwerken");
    const Outcome twice = examples({"blocker", "raise", "r7k", "--with", "VWS"});
    CHECK(twice.code == 1);
    contains(twice.err, "cannot raise blocker r7kq2wxm: it is already raised (on 2026-10-26)");
    const Outcome early = examples({"blocker", "resolve", "r7k", "--outcome", "x", "--date", "2026-10-20"});
    CHECK(early.code == 2);
    contains(early.err, "2026-10-20 lies before the last step of blocker r7kq2wxm (raised on 2026-10-26)");
    const Outcome unknown = examples({"blocker", "show", "zzzz"});
    CHECK(unknown.code == 2);
    contains(unknown.err, "there is no blocker 'zzzz'; the latest are:\n  r7kq2wxm  2026-10-12  Uren buiten");
    CHECK(examples({"blocker", "raise", "r7k"}).code == 2); // --with is required
    CHECK(snapshot(examples.root()) == before);

    REQUIRE(examples({"blocker", "resolve", "r7k", "--withdrawn", "--outcome", "Andere weg"}).code == 0);
    const Outcome after = examples({"blocker", "resolve", "r7k", "--outcome", "Toch opgelost"});
    CHECK(after.code == 1);
    contains(after.err, "cannot resolve blocker r7kq2wxm: it is already withdrawn (on 2026-11-23)");
    CHECK(examples({"blocker", "raise", "r7k", "--with", "VWS"}).code == 1);
  }

  TEST_CASE("blockers lists the open blockers of every workgroup for the desk") {
    const BlockerExamples examples;
    REQUIRE(examples({"blocker", "add", "-w", "vasthouden", "--as", "Henk Dekker", "--rule",
                      "Mentoruren tellen niet als zorguren", "--kind", "internal_policy", "--blocks", "yj5",
                      "-m", "Zo"})
                .code == 0);
    const Outcome text = examples({"blockers"});
    CHECK(text.code == 0);
    contains(text.out,
             "Goed begonnen: inwerken bij De Linde  (inwerken)\n"
             "  r7kq2wxm  internal policy · raised with Raad van bestuur van De Linde on 2026-10-26\n");
    contains(text.out, "    blocks: Buddy met twee vrijgeroosterde uren per week (d4dznz4n)\n");
    contains(text.out, "Mentoruren tellen niet als zorguren");
    contains(text.out, "    blocks: Mentoruren voor ervaren begeleiders (yj5s5csx)\n");
    const Outcome md = examples({"blockers", "--format", "md", "--lang", "nl"});
    contains(md.out, "# Knellende regels\n");
    contains(md.out, "- **Blokkeert:** Buddy met twee vrijgeroosterde uren per week (d4dznz4n)\n");
    const auto json = nlohmann::json::parse(examples({"blockers", "--json"}).out);
    REQUIRE(json.size() == 2);
    CHECK(json[0]["workgroup"] == "inwerken");
    CHECK(json[0]["blockers"][0]["blocked_experiments"][0]["title"] ==
          "Buddy met twee vrijgeroosterde uren per week");
    CHECK(json[1]["workgroup"] == "vasthouden");

    // From a workgroup's own folder it still lists every workgroup; resolved ones are left out.
    REQUIRE(examples({"blocker", "resolve", "r7k", "--outcome", "Opgelost"}).code == 0);
    const Outcome fewer = run_alearn({"blockers"}, examples.root() / "workgroups/inwerken", examples.env);
    CHECK(fewer.out.find("r7kq2wxm") == std::string::npos);
    contains(fewer.out, "Mentoruren tellen niet als zorguren");
  }

  TEST_CASE("check warns of a blocker noted more than eight weeks ago and never raised") {
    const BlockerExamples examples;
    REQUIRE(examples({"blocker", "add", "--rule", "Oud", "--kind", "law", "--date", "2026-09-20", "-m", "x"})
                .code == 0);
    REQUIRE(
        examples({"blocker", "add", "--rule", "Recent", "--kind", "law", "--date", "2026-09-30", "-m", "x"})
            .code == 0);
    const Outcome checked = examples({"check"});
    CHECK(checked.code == 0);
    contains(checked.out, "warning: the blocker 'Oud' was noted on 2026-09-20 and has not been raised yet");
    contains(checked.out, "raise it with: alearn -w inwerken blocker raise ");
    contains(examples({"check", "--json"}).out, "\"rule\": \"blocker-unraised\"");
    CHECK(checked.out.find("'Recent'") == std::string::npos); // 54 days: not yet
    CHECK(examples({"check", "--strict"}).code == 1);
  }

  TEST_CASE("check reports blocked experiments and members that are not the group's") {
    const BlockerExamples examples;
    const fs::path file = examples.blocker_file("r7kq2wxm");
    std::string text = read_file(file);
    text.replace(text.find("  - d4dznz4n"), 12, "  - 2222zzzz");
    text.replace(text.find("by: Sanne de Vries"), 18, "by: Karel Appel");
    text.replace(text.find("date: 2026-10-26"), 16, "date: 2026-10-01");
    write_file(file, text);
    const Outcome checked = examples({"check"});
    CHECK(checked.code == 1);
    contains(checked.out, "error: inwerken has no experiment 2222zzzz");
    contains(checked.out, "error: Karel Appel is not a member or former member of inwerken");
    contains(checked.out, "error: 2026-10-01 is before the step before it (2026-10-12)");
  }
}
