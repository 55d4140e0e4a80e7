// In-process tests of the record commands of steps 6 to 12: the happy paths in both languages,
// the editor, the step criteria that use the records, and every kind of bad input.
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

struct VerloopRepo : CliRepo {
  VerloopRepo() {
    env = {{"ALEARN_USER", "Sanne de Vries"}};
    REQUIRE(run({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(run({"workgroup", "new", "Minder verloop", "--member", "Sanne de Vries", "--member",
                 "Zoë Hendriks", "--member", "Mohamed Bakkali", "--problem", "Te veel verloop"})
                .code == 0);
  }
  fs::path group() const { return dir.path() / "workgroups/minder-verloop"; }
  // The identifier in "... <id> ..." of a command's output: the first 8-character word.
  static std::string id_in(const std::string &out) {
    std::smatch match;
    REQUIRE(std::regex_search(out, match, std::regex("\\b([0-9a-hjkmnp-tv-z]{8})\\b")));
    return match[1];
  }
  std::vector<fs::path> files(const std::string &folder) const {
    std::vector<fs::path> found;
    for (const auto &entry : fs::directory_iterator(group() / folder)) {
      found.push_back(entry.path());
    }
    return found;
  }
};

} // namespace

TEST_SUITE("record commands") {
  TEST_CASE("logbook entries by the writer, filtered and newest first") {
    VerloopRepo repo;
    REQUIRE(repo({"log", "add", "--date", "2026-11-01", "Exitgesprekken", "gelezen"}).code == 0);
    REQUIRE(repo({"log", "add", "--as", "ZOE", "--kind", "discovery", "--date", "2026-11-10", "-m",
                  "Buddy's helpen"})
                .code == 0);
    REQUIRE(repo({"log", "add", "--as", "mohamed bakkali", "--kind", "reflection", "-m", "-"}, "Via stdin\n")
                .code == 0);
    const Outcome all = repo({"log", "list"});
    CHECK(all.out.find("Mohamed Bakkali") < all.out.find("Zoë Hendriks"));
    CHECK(all.out.find("Zoë Hendriks") < all.out.find("Exitgesprekken gelezen"));
    const Outcome zoe = repo({"log", "list", "--member", "zoë hendriks"});
    contains(zoe.out, "Buddy's helpen");
    CHECK(zoe.out.find("Exitgesprekken") == std::string::npos);
    CHECK(repo({"log", "list", "--kind", "reflection"}).out.find("Via stdin") != std::string::npos);
    const Outcome range = repo({"log", "list", "--from", "2026-11-05", "--to", "2026-11-10", "--json"});
    contains(range.out, "\"author\": \"Zoë Hendriks\"");
    CHECK(range.out.find("Exitgesprekken") == std::string::npos);
    const std::string id = VerloopRepo::id_in(repo({"log", "list"}).out);
    contains(repo({"log", "show", id.substr(0, 5)}).out, id);
  }

  TEST_CASE("who is writing: --as, ALEARN_USER, git's user.name; no match lists the members") {
    VerloopRepo repo;
    repo.env.erase("ALEARN_USER");
    repo.env["HOME"] = repo.dir.path().string();
    repo.env["GIT_CONFIG_NOSYSTEM"] = "1";
    const auto before = snapshot(repo.dir.path());
    Outcome nobody = repo({"log", "add", "-m", "x"});
    CHECK(nobody.code == 2);
    contains(nobody.err, "who is writing this?");
    Outcome stranger = repo({"log", "add", "--as", "Karel", "-m", "x"});
    CHECK(stranger.code == 2);
    contains(stranger.err, "Karel is not a member of minder-verloop; the members are:\n  Mohamed Bakkali\n  "
                           "Sanne de Vries\n  Zoë Hendriks");
    CHECK(snapshot(repo.dir.path()) == before);
    if (std::system("command -v git >/dev/null 2>&1") == 0) {
      REQUIRE(std::system(("git init -q " + repo.dir.path().string() + " && git -C " +
                           repo.dir.path().string() + " config user.name 'sanne de vries'")
                              .c_str()) == 0);
      Outcome by_git = repo({"log", "add", "-m", "Via git"});
      CHECK(by_git.code == 0);
      contains(by_git.out, "by Sanne de Vries");
    }
  }

  TEST_CASE("the editor opens on a template; an empty or unchanged one writes nothing") {
    VerloopRepo repo;
    const fs::path editor = repo.dir.path() / "editor.sh";
    SUBCASE("a written template becomes the entry") {
      write_file(
          editor,
          "#!/bin/sh\nprintf '%s\\n' 'Vandaag met twee nieuwe collega'\"'\"'s gesproken.' >> \"$1\"\n");
      fs::permissions(editor, fs::perms::owner_all);
      repo.env["EDITOR"] = editor.string();
      Outcome added = repo({"log", "add", "--kind", "discovery"});
      CHECK(added.code == 0);
      const auto files = repo.files("logbook");
      REQUIRE(files.size() == 1);
      const std::string text = read_file(files.front());
      CHECK(text.ends_with("---\nVandaag met twee nieuwe collega's gesproken.\n"));
      CHECK(text.find("<!--") == std::string::npos);
    }
    SUBCASE("unchanged") {
      write_file(editor, "#!/bin/sh\nexit 0\n");
      fs::permissions(editor, fs::perms::owner_all);
      repo.env["VISUAL"] = editor.string();
      const auto before = snapshot(repo.dir.path());
      Outcome unchanged = repo({"log", "add"});
      CHECK(unchanged.code == 2);
      contains(unchanged.err, "the text was not changed; nothing was written");
      CHECK(snapshot(repo.dir.path()) == before);
    }
    SUBCASE("emptied") {
      write_file(editor, "#!/bin/sh\n: > \"$1\"\n");
      fs::permissions(editor, fs::perms::owner_all);
      repo.env["EDITOR"] = editor.string();
      Outcome emptied = repo({"feedback", "add", "--from", "Team Noord"});
      CHECK(emptied.code == 2);
      contains(emptied.err, "the text is empty; nothing was written");
      CHECK_FALSE(fs::exists(repo.group() / "feedback"));
    }
    SUBCASE("an editor that fails") {
      repo.env["EDITOR"] = "false";
      Outcome failed = repo({"log", "add"});
      CHECK(failed.code == 2);
      contains(failed.err, "the editor (false) ended with an error");
    }
    SUBCASE("a meeting report fills its sections from the template") {
      write_file(
          editor,
          "#!/bin/sh\ncat > \"$1\" <<'EOT'\n# Report\n## Discussed\nThe exit interviews.\n## Decisions\n"
          "- Start with buddies\n- Ask HR for figures\n## Actions\n- Write the questionnaire @zoe\nEOT\n");
      fs::permissions(editor, fs::perms::owner_all);
      repo.env["EDITOR"] = editor.string();
      Outcome created = repo({"meeting", "new", "--title", "Meeting 1", "--present", "all"});
      REQUIRE(created.code == 0);
      const std::string id = VerloopRepo::id_in(created.out);
      const Outcome shown = repo({"meeting", "show", id, "--json"});
      contains(shown.out, "\"decisions\": [\n    \"Start with buddies\",\n    \"Ask HR for figures\"\n  ]");
      contains(shown.out, "\"owner\": \"Zoë Hendriks\"");
      contains(shown.out, "\"discussed\": \"The exit interviews.\"");
    }
  }

  TEST_CASE("meetings, exploration, assumptions, feedback and resources") {
    VerloopRepo repo;
    write_file(repo.dir.path() / "reports/flap.jpg", "not really a picture");
    Outcome meeting = repo({"meeting", "new", "--title", "Kick-off", "--present", "all", "--present",
                            "Karin (HR)", "--decision", "Buddies first", "--action", "Questionnaire @mohamed",
                            "--visual", "reports/flap.jpg", "-m", "What we discussed"});
    REQUIRE(meeting.code == 0);
    const std::string meeting_id = VerloopRepo::id_in(meeting.out);
    const Outcome shown = repo({"meeting", "show", meeting_id});
    contains(shown.out, "Present: Mohamed Bakkali, Sanne de Vries, Zoë Hendriks, Karin (HR)");
    contains(shown.out, "Questionnaire (Mohamed Bakkali)");
    contains(shown.out, "Visual report: reports/flap.jpg");

    for (const std::string kind : {"fact", "experience", "emotion", "opinion"}) {
      REQUIRE(repo({"explore", "add", "--kind", kind, "-m", "An item of " + kind}).code == 0);
    }
    const Outcome listed = repo({"explore", "list"});
    CHECK(listed.out.find("fact (1)") < listed.out.find("opinion (1)"));
    REQUIRE(repo({"explore", "narrow", "Leaving", "in", "the", "first", "six", "weeks", "--why", "Too broad"})
                .code == 0);
    const Outcome narrowed = repo({"explore", "list", "--json"});
    contains(narrowed.out, "\"problem\": \"Leaving in the first six weeks\"");
    contains(repo({"workgroup", "show", "--json"}).out, "\"problem\": \"Te veel verloop\"");

    const std::string assumption =
        VerloopRepo::id_in(repo({"assumption", "add", "--about", "problem", "They leave for the pay"}).out);
    Outcome no_revision =
        repo({"assumption", "challenge", assumption, "--verdict", "revised", "--how", "Read exits"});
    CHECK(no_revision.code == 2);
    contains(no_revision.err, "'revised' needs the revised assumption");
    REQUIRE(repo({"assumption", "challenge", assumption, "--verdict", "revised", "--how",
                  "Read exit interviews", "--revision", "They leave for the rosters"})
                .code == 0);
    contains(repo({"assumption", "list", "--verdict", "revised"}).out, "They leave for the pay");
    CHECK(repo({"assumption", "list", "--verdict", "open"}).out.find("They leave") == std::string::npos);

    REQUIRE(repo({"feedback", "add", "--from", "Team Noord", "-m", "They recognise it"}).code == 0);
    contains(repo({"feedback", "list", "--from", "noord"}).out, "They recognise it");
    REQUIRE(repo({"resource", "add", "--kind", "literature", "--link", "https://example.org/onboarding", "-m",
                  "A study on onboarding"})
                .code == 0);
    contains(repo({"resource", "list", "--json"}).out, "\"link\": \"https://example.org/onboarding\"");
  }

  TEST_CASE("experiments from planned to finished, and the chain of rounds") {
    VerloopRepo repo;
    REQUIRE(repo({"indicator", "add", "Turnover", "--target", "20", "--owner", "zoe"}).code == 0);
    Outcome planned = repo({"experiment", "new", "Buddies", "--owner", "zoe", "--question", "Do they stay?",
                            "--prediction", "Fewer leave", "--indicator", "turn", "--date", "2026-10-01"});
    REQUIRE(planned.code == 0);
    const std::string first = VerloopRepo::id_in(planned.out);
    Outcome early =
        repo({"experiment", "finish", first, "--decision", "adopt", "--result", "r", "--lessons", "l"});
    CHECK(early.code == 1);
    contains(early.err, "cannot finish experiment " + first +
                            ": it was never started. First: alearn experiment start " + first);
    REQUIRE(repo({"experiment", "start", first, "--date", "2026-10-05"}).code == 0);
    REQUIRE(repo({"experiment", "finish", first, "--decision", "adapt", "--result", "No change", "--lessons",
                  "Buddies need time", "--bottlenecks", "Rosters", "--date", "2026-11-01"})
                .code == 0);
    Outcome twice =
        repo({"experiment", "finish", first, "--decision", "adopt", "--result", "r", "--lessons", "l"});
    CHECK(twice.code == 1);
    contains(twice.err, "it was already finished on 2026-11-01");
    const std::string second = VerloopRepo::id_in(
        repo({"experiment", "new", "Buddies with hours", "--owner", "mohamed", "--question",
              "Does time help?", "--prediction", "Yes", "--follows", first.substr(0, 4)})
            .out);
    const Outcome chain = repo({"experiment", "show", second, "--json"});
    contains(chain.out, "\"follows\": \"" + first + "\"");
    contains(chain.out, "\"chain\": [\n    \"" + first + "\",\n    \"" + second + "\"\n  ]");
    contains(repo({"experiment", "list", "--state", "planned"}).out, "Buddies with hours");
    contains(repo({"experiment", "list", "--decision", "adapt", "--owner", "Zoë"}).out, first);
    Outcome stopped = repo({"experiment", "stop", second, "--reason", "No budget"});
    CHECK(stopped.code == 0);
    CHECK(repo({"experiment", "start", second}).code == 1);
  }

  TEST_CASE("identifiers by unique prefix; unknown and ambiguous ones list the candidates") {
    VerloopRepo repo;
    for (int i = 0; i < 40; ++i) {
      REQUIRE(repo({"log", "add", "-m", "entry " + std::to_string(i)}).code == 0);
    }
    Outcome unknown = repo({"log", "show", "zzzzzzzz"});
    CHECK(unknown.code == 2);
    contains(unknown.err, "there is no logbook entry 'zzzzzzzz'; the latest are:");
    // With 40 identifiers some start with the same character.
    std::map<char, int> first_characters;
    for (const auto &file : repo.files("logbook")) {
      ++first_characters[file.filename().string().front()];
    }
    const auto shared =
        std::ranges::find_if(first_characters, [](const auto &entry) { return entry.second > 1; });
    REQUIRE(shared != first_characters.end());
    Outcome ambiguous = repo({"log", "show", std::string(1, shared->first)});
    CHECK(ambiguous.code == 2);
    contains(ambiguous.err, "matches more than one logbook entry; type more characters:");
  }

  TEST_CASE("bad input changes nothing on disk") {
    VerloopRepo repo;
    const auto before = snapshot(repo.dir.path());
    CHECK(repo({"log", "add", "--date", "2099-01-01", "-m", "x"}).code == 2);
    CHECK(repo({"log", "add", "--date", "yesterday", "-m", "x"}).code == 2);
    CHECK(repo({"log", "add", "-m", "   "}).code == 2);
    CHECK(repo({"meeting", "new", "--title", "T", "--action", "No owner", "-m", "x"}).code == 2);
    CHECK(repo({"meeting", "new", "--title", "T", "--action", "Task @Karel", "-m", "x"}).code == 2);
    CHECK(repo({"meeting", "new", "--title", "T", "--visual", "/etc/hostname", "-m", "x"}).code == 2);
    CHECK(repo({"experiment", "new", "X", "--owner", "Karel", "--question", "q", "--prediction", "p"}).code ==
          2);
    CHECK(repo({"experiment", "new", "X", "--owner", "zoe", "--question", "q", "--prediction", "p",
                "--indicator", "nope"})
              .code == 2);
    CHECK(repo({"experiment", "new", "X", "--owner", "zoe", "--question", "q", "--prediction", "p",
                "--follows", "abc"})
              .code == 2);
    CHECK(repo({"explore", "add", "--kind", "rumour", "-m", "x"}).code == 2);
    CHECK(snapshot(repo.dir.path()) == before);
  }

  TEST_CASE("a malformed record file is named with its line, and commands refuse to run on it") {
    VerloopRepo repo;
    REQUIRE(repo({"log", "add", "-m", "Fine"}).code == 0);
    write_file(repo.group() / "logbook/abcdefgh.md",
               "---\nauthor: Sanne de Vries\ndate: 2026-11-02\nkind: rumour\n---\nx\n");
    write_file(repo.group() / "experiments/notanid.md", "---\ntitle: X\n---\n");
    const auto before = snapshot(repo.dir.path());
    Outcome outcome = repo({"log", "add", "-m", "more"});
    CHECK(outcome.code == 2);
    contains(outcome.err,
             "logbook/abcdefgh.md:4:7: error: 'kind' is one of: action, discovery, reflection; not 'rumour'");
    contains(outcome.err, "experiments/notanid.md: error: the file name 'notanid.md' is not an alearn id");
    CHECK(snapshot(repo.dir.path()) == before);
  }

  TEST_CASE("Unicode, CRLF and a byte-order mark from a Windows editor") {
    VerloopRepo repo;
    REQUIRE(repo({"log", "add", "-m", "Zoë sprak met 王芳 over 🙂 en ĳs"}).code == 0);
    contains(repo({"log", "list"}).out, "Zoë sprak met 王芳 over 🙂 en ĳs");
    const std::string windows =
        "\xEF\xBB\xBF---\r\nauthor: Zoë Hendriks\r\ndate: 2026-11-03\r\nkind: action\r\n---\r\n"
        "Geschreven in Kladblok.\r\n";
    write_file(repo.group() / "logbook/k3m9x2ab.md", windows);
    contains(repo({"log", "show", "k3m9"}).out, "Geschreven in Kladblok.");
    contains(repo({"log", "list", "--member", "zoe"}).out, "k3m9x2ab");
  }

  TEST_CASE("a hand-edited experiment keeps every byte alearn was not asked to change") {
    VerloopRepo repo;
    const std::string original = "---\r\n"
                                 "# Our first experiment -- hand written\r\n"
                                 "title: 'Buddies'   # quoted on purpose\r\n"
                                 "owner: Zoë Hendriks\r\n"
                                 "date: 2026-10-01\r\n"
                                 "author: Sanne de Vries\r\n"
                                 "cycle: 1\r\n"
                                 "round: 1\r\n"
                                 "question: >\r\n"
                                 "  Do new colleagues\r\n"
                                 "  stay longer?\r\n"
                                 "prediction: Fewer leave   # we hope\r\n"
                                 "---\r\n"
                                 "## Notes\r\n"
                                 "Keep *this*.\r\n";
    const fs::path file = repo.group() / "experiments/k3m9x2ab.md";
    write_file(file, original);
    REQUIRE(repo({"experiment", "start", "k3m9", "--date", "2026-10-05"}).code == 0);
    std::string expected = original;
    expected.insert(expected.find("---\r\n## Notes"), "started: 2026-10-05\r\n");
    CHECK(read_file(file) == expected);
    REQUIRE(repo({"experiment", "finish", "k3m9", "--decision", "abandon", "--result", "Nobody had time",
                  "--lessons", "Plan the hours first", "--date", "2026-11-01"})
                .code == 0);
    const std::string finished = read_file(file);
    CHECK(finished.starts_with(expected.substr(0, expected.find("---\r\n## Notes"))));
    CHECK(finished.ends_with("decision: abandon\r\n---\r\n## Notes\r\nKeep *this*.\r\n"));
  }

  TEST_CASE("step next guides through steps 6 to 12 with the commands to run") {
    VerloopRepo repo;
    for (int step = 1; step <= 5; ++step) {
      REQUIRE(repo({"step", "done", std::to_string(step), "--force", "--note", "earlier"}).code == 0);
    }
    Outcome six = repo({"step", "next"});
    contains(six.out,
             "a logbook entry by every member (not yet: Mohamed Bakkali, Sanne de Vries, Zoë Hendriks)");
    contains(six.out, R"(alearn log add --as "Zoë Hendriks" --kind action -m "<what I did>")");
    CHECK(repo({"step", "done"}).code == 1);
    for (const std::string who : {"sanne", "zoe", "mohamed"}) {
      REQUIRE(repo({"log", "add", "--as", who, "-m", "Entry"}).code == 0);
    }
    REQUIRE(repo({"meeting", "new", "--title", "One", "-m", "x"}).code == 0);
    CHECK(repo({"step", "done"}).code == 0);
    contains(repo({"step", "next"}).out, "alearn explore add --kind emotion");
    for (const std::string kind : {"fact", "experience", "emotion", "opinion"}) {
      REQUIRE(repo({"explore", "add", "--kind", kind, "-m", "x"}).code == 0);
    }
    CHECK(repo({"step", "done"}).code == 0);
    const std::string assumption =
        VerloopRepo::id_in(repo({"assumption", "add", "--about", "problem", "-m", "x"}).out);
    Outcome eight = repo({"step", "done"});
    CHECK(eight.code == 1);
    contains(eight.err, "alearn assumption challenge " + assumption);
    REQUIRE(repo({"assumption", "challenge", assumption, "--verdict", "held", "--how", "Asked HR"}).code ==
            0);
    CHECK(repo({"step", "done"}).code == 0);
    REQUIRE(repo({"feedback", "add", "--from", "HR", "-m", "x"}).code == 0);
    CHECK(repo({"step", "done"}).code == 0);
    REQUIRE(repo({"resource", "add", "--kind", "person", "-m", "x"}).code == 0);
    const std::string solution =
        VerloopRepo::id_in(repo({"assumption", "add", "--about", "solution", "-m", "y"}).out);
    REQUIRE(
        repo({"assumption", "challenge", solution, "--verdict", "dropped", "--how", "Visited a team"}).code ==
        0);
    CHECK(repo({"step", "done"}).code == 0);
    contains(repo({"step", "next"}).out, "at least one experiment in round 1");
    const std::string experiment = VerloopRepo::id_in(
        repo({"experiment", "new", "E", "--owner", "zoe", "--question", "q", "--prediction", "p"}).out);
    contains(repo({"step", "next"}).out, "alearn experiment start " + experiment);
    REQUIRE(repo({"experiment", "start", experiment}).code == 0);
    CHECK(repo({"step", "done"}).code == 0);
    Outcome twelve = repo({"step", "next"});
    contains(twelve.out, "alearn experiment finish " + experiment);
    REQUIRE(
        repo({"experiment", "finish", experiment, "--decision", "adapt", "--result", "r", "--lessons", "l"})
            .code == 0);
    Outcome again = repo({"step", "done", "12", "--again"});
    CHECK(again.code == 0);
    contains(repo({"step", "next"}).out, "at least one experiment in round 2");
  }

  TEST_CASE("the same in Dutch") {
    VerloopRepo repo;
    repo.env["ALEARN_LANG"] = "nl";
    contains(repo({"log", "add", "-m", "Eerste regel"}).out, "Logboekregel");
    contains(repo({"log", "list"}).out, "(actie)");
    Outcome nobody = repo({"log", "add", "--as", "Karel", "-m", "x"});
    contains(nobody.err, "Karel is geen lid van minder-verloop; de leden zijn:");
    const std::string id = VerloopRepo::id_in(
        repo({"experiment", "new", "E", "--owner", "zoe", "--question", "q", "--prediction", "p"}).out);
    Outcome early =
        repo({"experiment", "finish", id, "--decision", "adopt", "--result", "r", "--lessons", "l"});
    contains(early.err, "kan niet worden afgerond: het is nog niet gestart");
  }

  TEST_CASE("evaluate --record --json records the evaluation and shows its identifier") {
    // It used to print JSON, exit 0 and record nothing: the JSON branch returned first.
    VerloopRepo repo;
    REQUIRE(repo({"indicator", "add", "Turnover", "--target", "20"}).code == 0);
    Outcome json = repo({"evaluate", "--record", "--json", "-m", "Going well"});
    CHECK(json.code == 0);
    REQUIRE(repo.files("evaluations").size() == 1);
    const auto evaluation = nlohmann::json::parse(json.out);
    const std::string id = evaluation.at("recorded").at("id");
    CHECK(evaluation.at("recorded").at("file") == "workgroups/minder-verloop/evaluations/" + id + ".md");
    contains(read_file(repo.files("evaluations").front()), "Going well");
    CHECK(evaluation.at("indicators").size() == 1);

    SUBCASE("without --record nothing is recorded and nothing says so") {
      Outcome shown = repo({"evaluate", "--json"});
      CHECK(shown.code == 0);
      CHECK_FALSE(nlohmann::json::parse(shown.out).contains("recorded"));
      CHECK(repo.files("evaluations").size() == 1);
    }
  }
}
