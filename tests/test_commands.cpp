// In-process tests of whole commands on repositories made here: the issue's "done when" path,
// both languages, and every kind of bad input, each proving that nothing on disk changed.
#include "commands.hpp"
#include "enums.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

#include <ranges>
#include <set>
#include <string_view>
#include <sys/stat.h>

#include <unistd.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

using Repo = CliRepo;

} // namespace

TEST_SUITE("commands") {
  TEST_CASE("init workgroup new step next and step done in English") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "Network", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Less turnover", "--member", "Sanne de Vries"}).code == 0);
    repo.env["ALEARN_USER"] = "Sanne de Vries";
    Outcome next = repo({"step", "next"});
    CHECK(next.code == 0);
    contains(next.out, "Workgroup: Less turnover (less-turnover)");
    contains(next.out, "Step 1 of 15");
    contains(next.out, "alearn workgroup set problem");
    Outcome refused = repo({"step", "done"});
    CHECK(refused.code == 1);
    contains(refused.err, "a statement of the urgent problem");
    REQUIRE(repo({"workgroup", "set", "problem", "One in three new colleagues leaves within a year"}).code ==
            0);
    Outcome done = repo({"step", "done", "--note", "Agreed on 12 November"});
    CHECK(done.code == 0);
    contains(done.out, "Step 1 is done");
    contains(repo({"step", "next"}).out, "Step 2 of 15");
    Outcome list = repo({"step"});
    contains(list.out, "  1  done");
    contains(list.out, "  2  current");
  }

  TEST_CASE("the same in Dutch") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "Netwerk", "--lang", "nl"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Minder verloop", "--problem", "Te veel verloop", "--member", "Zoë"})
                .code == 0);
    repo.env["ALEARN_USER"] = "Zoë";
    Outcome next = repo({"step", "next"});
    contains(next.out, "Werkgroep: Minder verloop");
    contains(next.out, "Stap 1 van 15");
    contains(next.out, "fase: verkennen");
    REQUIRE(repo({"step", "done"}).code == 0);
    Outcome refused = repo({"step", "done"});
    CHECK(refused.code == 1);
    contains(refused.err, "het doel van het proces");
    SUBCASE("--lang and ALEARN_LANG override the repository") {
      contains(repo({"step", "next", "--lang", "en"}).out, "Step 2 of 15");
      repo.env["ALEARN_LANG"] = "en";
      contains(repo({"step", "next"}).out, "Step 2 of 15");
    }
  }

  TEST_CASE("a hand-edited workgroup file keeps every byte it was not asked to change") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    // Format 1 keeps the members in workgroup.md: a repository not yet upgraded is still written so.
    std::string config = read_file(repo.root() / "alearn.yaml");
    config.replace(config.find("schema: 2"), 9, "schema: 1");
    write_file(repo.root() / "alearn.yaml", config);
    const std::string original = "---\r\n"
                                 "# Our workgroup. Keep the comments!\r\n"
                                 "name: 'Minder verloop'   # quoted on purpose\r\n"
                                 "members:\r\n"
                                 "  - name: Zoë   # facilitator\r\n"
                                 "    role: facilitator\r\n"
                                 "problem: >\r\n"
                                 "  Te veel verloop\r\n"
                                 "  in het eerste jaar.\r\n"
                                 "design:\r\n"
                                 "  goal:    # later\r\n"
                                 "themes: [onboarding]\r\n"
                                 "---\r\n"
                                 "Notes *with* Markdown.\r\n";
    write_file(repo.root() / "workgroups/wg/workgroup.md", original);
    repo.env["ALEARN_USER"] = "zoe";
    REQUIRE(repo({"step", "done", "1"}).code == 0);
    CHECK(read_file(repo.root() / "workgroups/wg/workgroup.md") == original);
    REQUIRE(repo({"workgroup", "set", "design.goal", "Behoud"}).code == 0);
    std::string expected = original;
    expected.replace(expected.find("goal:    # later"), 16, "goal: Behoud    # later");
    CHECK(read_file(repo.root() / "workgroups/wg/workgroup.md") == expected);
    REQUIRE(repo({"workgroup", "member", "add", "Sanne de Vries", "--organisation", "De Linde"}).code == 0);
    expected.insert(expected.find("problem: >"),
                    "  - name: Sanne de Vries\r\n    organisation: De Linde\r\n");
    CHECK(read_file(repo.root() / "workgroups/wg/workgroup.md") == expected);
  }

  TEST_CASE("workgroup commands") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Alpha", "--organisation", "De Linde", "--member", "A", "--start",
                  "2026-09-01", "--end", "2026-10-15", "--theme", "onboarding"})
                .code == 0);
    REQUIRE(repo({"workgroup", "new", "Beta"}).code == 0);
    contains(repo({"workgroup", "list"}).out, "alpha  Alpha");
    Outcome undecided = repo({"step", "next"});
    CHECK(undecided.code == 2);
    contains(undecided.err, "which workgroup?");
    contains(undecided.err, "beta");
    Outcome show = repo({"-w", "alp", "workgroup", "show"});
    contains(show.out, "the workgroup has 1 members; the method asks for 5 to 7");
    contains(show.out, "shorter than three months");
    contains(repo({"workgroup", "show", "alpha", "--json"}).out, "\"themes\": [\n    \"onboarding\"\n  ]");
    CHECK(repo({"-w", "alpha", "workgroup", "member", "add", "a"}).code == 1); // already a member
    Outcome missing = repo({"-w", "alpha", "workgroup", "member", "remove", "Nobody"});
    CHECK(missing.code == 2);
    contains(missing.err, "the members are:\n  A");
    CHECK(repo({"-w", "alpha", "workgroup", "member", "remove", "a"}).code == 0);
    CHECK(repo({"-w", "alpha", "workgroup", "show", "--json"}).out.find("\"members\": []") !=
          std::string::npos);
    CHECK(repo({"-w", "alpha", "workgroup", "agreement", "add", "We start on time"}).code == 0);
    CHECK(repo({"workgroup", "new", "Alpha"}).code == 1);
  }

  TEST_CASE("the step 5 criteria use dates and indicators") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "G", "--member", "Zoë"}).code == 0);
    contains(repo({"step", "show", "5"}).out, "[ ] at least one indicator with a target");
    Outcome added = repo({"indicator", "add", "Turnover", "--unit", "%", "--direction", "down", "--baseline",
                          "33", "--target", "20", "--frequency", "monthly", "--owner", "zoe"});
    CHECK(added.code == 0);
    contains(read_file(repo.root() / "workgroups/g/indicators/turnover.md"), "owner: Zoë");
    contains(repo({"step", "show", "5"}).out, "[x] at least one indicator with a target");
    contains(repo({"indicator", "list"}).out, "baseline 33 · target 20 (%)");
    CHECK(repo({"indicator", "add", "X", "--owner", "Nobody"}).code == 2);
    CHECK(repo({"indicator", "add", "Y", "--frequency", "daily"}).code == 2);
  }

  TEST_CASE("bad input gets a clear message with file and line and changes nothing") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "G", "--problem", "P", "--member", "Zoë"}).code == 0);
    repo.env["ALEARN_USER"] = "Zoë";
    const fs::path file = repo.root() / "workgroups/g/workgroup.md";

    SUBCASE("malformed YAML") {
      write_file(file, "---\nname: G\nmembers: [a\n---\n");
      const auto before = snapshot(repo.root());
      Outcome outcome = repo({"step", "done", "1"});
      CHECK(outcome.code == 2);
      contains(outcome.err, "workgroups/g/workgroup.md:");
      contains(outcome.err, "invalid YAML");
      CHECK(snapshot(repo.root()) == before);
    }
    SUBCASE("unknown key") {
      write_file(file, "---\nname: G\nproblem: P\nagrements: []\n---\n");
      const auto before = snapshot(repo.root());
      Outcome outcome = repo({"step", "done", "1"});
      CHECK(outcome.code == 2);
      contains(outcome.err,
               "workgroups/g/workgroup.md:4:1: error: unknown key 'agrements'; did you mean 'agreements'?");
      CHECK(snapshot(repo.root()) == before);
    }
    SUBCASE("missing required key") {
      write_file(file, "---\nproblem: P\n---\n");
      Outcome outcome = repo({"step", "next"});
      CHECK(outcome.code == 2);
      contains(outcome.err, "the key 'name' is missing");
    }
    SUBCASE("unknown step number") {
      const auto before = snapshot(repo.root());
      Outcome outcome = repo({"step", "done", "16"});
      CHECK(outcome.code == 2);
      contains(outcome.err, "there is no step 16");
      CHECK(repo({"step", "show", "0"}).code == 2);
      CHECK(snapshot(repo.root()) == before);
    }
    SUBCASE("workgroup that does not exist") {
      Outcome outcome = repo({"-w", "nope", "step", "next"});
      CHECK(outcome.code == 2);
      contains(outcome.err, "there is no workgroup 'nope'; choose from:\n  g  (G)");
    }
    SUBCASE("unreadable file") {
      if (::geteuid() != 0) { // root reads everything
        ::chmod(file.c_str(), 0);
        Outcome outcome = repo({"step", "next"});
        CHECK(outcome.code == 2);
        contains(outcome.err, "cannot read");
        ::chmod(file.c_str(), 0644);
      }
      fs::remove(file);
      fs::create_directory(file); // a directory where a file should be
      Outcome outcome = repo({"step", "next"});
      CHECK(outcome.code == 2);
      contains(outcome.err, "workgroup.md");
    }
    SUBCASE("a bad value given to set is refused before anything is written") {
      const auto before = snapshot(repo.root());
      CHECK(repo({"workgroup", "set", "end", "31-03-2027"}).code == 2);
      CHECK(repo({"workgroup", "set", "colour", "x"}).code == 2);
      CHECK(repo({"workgroup", "set", "start", "2027-05-01"}).code == 0);
      const auto after_start = snapshot(repo.root());
      Outcome outcome = repo({"workgroup", "set", "end", "2027-01-01"});
      CHECK(outcome.code == 2);
      contains(outcome.err, "the end date is before the start date");
      CHECK(snapshot(repo.root()) == after_start);
      CHECK(before != after_start);
    }
    SUBCASE("outside a repository") {
      TempDir elsewhere;
      Outcome outcome = run_alearn({"step", "next"}, elsewhere.path());
      CHECK(outcome.code == 2);
      contains(outcome.err, "no alearn repository found");
    }
    SUBCASE("init refuses an existing repository") {
      const auto before = snapshot(repo.root());
      Outcome outcome = repo({"init"});
      CHECK(outcome.code == 1);
      contains(outcome.err, "already exists");
      CHECK(snapshot(repo.root()) == before);
    }
  }

  TEST_CASE("an empty workgroup folder is passed over") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Alpha", "--member", "Zoë"}).code == 0);
    fs::create_directories(repo.root() / "workgroups/empty/steps");
    Outcome list = repo({"workgroup", "list"});
    CHECK(list.code == 0);
    contains(list.out, "alpha");
    SUBCASE("removing a member who measures an indicator leaves a note") {
      REQUIRE(repo({"indicator", "add", "Turnover", "--owner", "zoe"}).code == 0);
      Outcome removed = repo({"workgroup", "member", "remove", "ZOE"});
      CHECK(removed.code == 0);
      contains(removed.out, "Zoë left alpha");
      // Zoë becomes a former member, so that what she wrote still names a member.
      CHECK(read_file(repo.root() / "workgroups/alpha/members/zoe.yaml") == "name: Zoë\nleft: 2026-11-23\n");
      contains(repo({"workgroup", "show"}).out, "Zoë (left 2026-11-23)");
      contains(removed.out, "Zoë still measures the indicator 'Turnover'");
    }
  }

  TEST_CASE("the repository is found from below and from ALEARN_REPO and --repo") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Alpha"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Beta"}).code == 0);
    contains(run_alearn({"step", "next"}, repo.root() / "workgroups/beta").out, "Workgroup: Beta");
    TempDir elsewhere;
    contains(
        run_alearn({"--repo", repo.root().string(), "-w", "alpha", "step", "next"}, elsewhere.path()).out,
        "Alpha");
    contains(
        run_alearn({"-w", "beta", "step", "next"}, elsewhere.path(), {{"ALEARN_REPO", repo.root().string()}})
            .out,
        "Beta");
    contains(run_alearn({"step", "next"}, repo.root(), {{"ALEARN_WORKGROUP", "alpha"}}).out, "Alpha");
  }

  TEST_CASE("hints name --repo when it was given") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Alpha"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Beta"}).code == 0);
    TempDir elsewhere;
    const std::string root = repo.root().string();
    const std::string alearn = "alearn --repo " + root + " -w alpha ";
    Outcome next = run_alearn({"--repo", root, "-w", "alpha", "step", "next"}, elsewhere.path());
    CHECK(next.code == 0);
    contains(next.out, alearn + "workgroup set problem \"<the problem in a few sentences>\"");
    contains(next.out, "Then close the step: " + alearn + "step done 1");
    contains(run_alearn({"--repo", root, "-w", "alpha", "step", "next", "--json"}, elsewhere.path()).out,
             "\"commands\": [\n    \"" + alearn + "step done 1\"");
    Outcome refused =
        run_alearn({"--repo", root, "-w", "alpha", "--as", "Ann", "step", "done"}, elsewhere.path());
    CHECK(refused.code == 1);
    contains(refused.err, "alpha has no members yet; whoever takes part joins first: " + alearn +
                              "workgroup member add \"Ann\"");
    REQUIRE(run_alearn({"--repo", root, "-w", "alpha", "workgroup", "member", "add", "Ann"}, elsewhere.path())
                .code == 0);
    refused = run_alearn({"--repo", root, "-w", "alpha", "--as", "Ann", "step", "done"}, elsewhere.path());
    CHECK(refused.code == 1);
    contains(refused.err, "\n      " + alearn + "workgroup set problem");
    SUBCASE("a path with a space is quoted for the shell") {
      const fs::path spaced = elsewhere.path() / "our network";
      fs::copy(repo.root(), spaced, fs::copy_options::recursive);
      contains(run_alearn({"--repo", spaced.string(), "-w", "beta", "step", "next"}, elsewhere.path()).out,
               "alearn --repo '" + spaced.string() + "' -w beta workgroup set problem");
    }
    SUBCASE("without --repo no hint names it") {
      Outcome inside = run_alearn({"-w", "alpha", "step", "next"}, repo.root());
      contains(inside.out, "alearn -w alpha workgroup set problem");
      CHECK(inside.out.find("--repo") == std::string::npos);
    }
  }

  TEST_CASE("the hints of lists and of saved records name --repo and -w when they are needed") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Alpha", "--member", "Ann"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "Beta"}).code == 0);
    TempDir elsewhere;
    const std::string root = repo.root().string();
    const std::string alearn = "alearn --repo " + root + " -w alpha ";
    const auto run = [&](std::vector<std::string> args) {
      args.insert(args.begin(), {"--repo", root, "-w", "alpha", "--as", "Ann"});
      return run_alearn(args, elsewhere.path());
    };
    contains(run({"log", "list"}).out, "No logbook entries. Write one with: " + alearn + "log add\n");
    contains(run({"indicator", "list"}).out,
             "alpha has no indicators yet. Add one with: " + alearn + "indicator add \"<name>\"\n");
    contains(run({"experiment", "list"}).out, alearn + "experiment new \"<title>\" --owner \"<member>\"\n");
    Outcome added = run({"assumption", "add", "--about", "problem", "-m", "Pay drives turnover"});
    REQUIRE(added.code == 0);
    contains(added.out, "Challenge it with: " + alearn + "assumption challenge ");
    contains(added.out, " --how \"<how>\" --verdict held|revised|dropped\n");
    contains(run({"assumption", "show", added.out.substr(11, 8)}).out,
             "Not challenged yet. " + alearn + "assumption challenge " + added.out.substr(11, 8));
    SUBCASE("inside the workgroup's folder neither is needed") {
      Outcome inside = run_alearn({"log", "list"}, repo.root() / "workgroups/alpha");
      contains(inside.out, "No logbook entries. Write one with: alearn log add\n");
    }
    SUBCASE("init's next step names the repository it made, not the one given with --repo") {
      Outcome init = run_alearn({"--repo", root, "init", "new net", "--lang", "en"}, elsewhere.path());
      REQUIRE(init.code == 0);
      contains(init.out, "Next: alearn --repo 'new net' workgroup new \"<name>\"\n");
      TempDir fresh;
      Outcome here = run_alearn({"init", "--lang", "en"}, fresh.path());
      REQUIRE(here.code == 0);
      contains(here.out, "Next: alearn workgroup new \"<name>\"\n");
    }
    SUBCASE("a value from a file that the shell would read is quoted for it") {
      const std::string name = "Jan \"JJ\" $(id)";
      REQUIRE(run({"workgroup", "member", "add", name}).code == 0);
      Outcome planned =
          run({"experiment", "new", "Buddies", "--owner", name, "--question", "Q?", "--prediction", "P"});
      REQUIRE(planned.code == 0);
      const std::string id = planned.out.substr(planned.out.find("Experiment ") + 11, 8);
      REQUIRE(run({"experiment", "start", id}).code == 0);
      Outcome finished =
          run({"experiment", "finish", id, "--decision", "adapt", "--result", "R", "--lessons", "L"});
      REQUIRE(finished.code == 0);
      contains(finished.out, "--owner 'Jan \"JJ\" $(id)' --follows " + id);
    }
  }

  TEST_CASE("step next speaks of new cycles and rounds") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(repo({"workgroup", "new", "G", "--problem", "P", "--member", "A"}).code == 0);
    repo.env["ALEARN_USER"] = "A";
    for (int step = 1; step <= 15; ++step) {
      REQUIRE(repo({"step", "done", std::to_string(step), "--force", "--note", "test"}).code == 0);
    }
    contains(repo({"step", "next"}).out, "alearn step done 15 --new-cycle");
    Outcome cycle = repo({"step", "done", "15", "--new-cycle"});
    CHECK(cycle.code == 0);
    contains(cycle.out, "Cycle 2 starts at step 1");
    contains(repo({"step", "next"}).out, "Cycle 2");
    contains(repo({"step", "--json"}).out, "\"cycle\": 2");
  }

  TEST_CASE("a mistyped command gets did you mean and the help of the command it was under") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "Network", "--lang", "en"}).code == 0);
    Outcome top = repo({"chek"});
    CHECK(top.code == 2);
    contains(top.err, "'chek' is not a command of 'alearn'; did you mean 'check'?");
    contains(top.err, "See 'alearn --help'.");
    Outcome verb = repo({"log", "ad"});
    CHECK(verb.code == 2);
    contains(verb.err, "'ad' is not a command of 'alearn log'; did you mean 'add'?");
    contains(verb.err, "See 'alearn log --help'.");
    Outcome far = repo({"log", "zzzzzz"});
    contains(far.err, "'zzzzzz' is not a command of 'alearn log'\n");
    Outcome option = repo({"log", "add", "--bogus"});
    CHECK(option.code == 2);
    contains(option.err, "See 'alearn log add --help'.");
    Outcome dutch = repo({"--lang", "nl", "log", "ad"});
    contains(dutch.err, "'ad' is geen opdracht van 'alearn log'; bedoel je 'add'?");
    contains(dutch.err, "Zie 'alearn log --help'.");
  }

  TEST_CASE("a command's help shows the options every command has") {
    Repo repo;
    Outcome help = repo({"log", "add", "--help"});
    CHECK(help.code == 0);
    contains(help.out, "--kind");
    contains(help.out, "Options every command has");
    contains(help.out, "--repo");
    contains(help.out, "--workgroup");
    contains(help.out, "--as");
    contains(help.out, "--lang");
    CHECK(help.out.find("--version") == std::string::npos);
    Outcome group = repo({"log"});
    contains(group.out, "Options every command has");
    Outcome top = repo({"--help"});
    CHECK(top.out.find("Options every command has") == std::string::npos);
  }

  TEST_CASE("check --json is check --format json") {
    Repo repo;
    REQUIRE(repo({"init", "--name", "Network", "--lang", "en"}).code == 0);
    Outcome json = repo({"check", "--json"});
    CHECK(json.code == 0);
    CHECK(json.out == repo({"check", "--format", "json"}).out);
    contains(json.out, "\"findings\"");
    CHECK(repo({"check", "--json", "--format", "github"}).code == 2);
  }

  TEST_CASE("the command table drives registration and help") {
    Repo repo;
    std::set<std::string_view> paths;
    for (const CommandSpec &spec : command_table()) {
      CAPTURE(spec.path);
      CHECK(paths.insert(spec.path).second);
      std::vector<std::string> args;
      for (const auto word : std::views::split(spec.path, ' ')) {
        args.emplace_back(word.begin(), word.end());
      }
      args.emplace_back("--help");
      Outcome english = repo(args);
      CHECK(english.code == 0);
      Outcome dutch = repo([&] {
        auto with_lang = args;
        with_lang.insert(with_lang.begin(), {"--lang", "nl"});
        return with_lang;
      }());
      CHECK(dutch.code == 0);
      if (!spec.summary.en.empty()) {
        contains(english.out, std::string(spec.summary.en));
        contains(dutch.out, std::string(spec.summary.nl));
      }
      // Listed in its parent's help.
      args.pop_back();
      const std::string name = args.back();
      args.back() = "--help";
      if (!spec.summary.en.empty()) {
        const std::string parent_help = repo(args).out;
        // A hidden command is for alearn's own scripts: its parent's help does not list it.
        CHECK((spec.visibility == Visibility::listed) ==
              (parent_help.find("  " + name) != std::string::npos));
      }
    }
    for (const CommandGroup &group : command_groups()) {
      CHECK_FALSE(group.summary.en.empty());
      CHECK_FALSE(group.summary.nl.empty());
    }
  }

  TEST_CASE("the command table describes every option and its value set") {
    const auto english = describe_commands(Lang::en);
    const auto dutch = describe_commands(Lang::nl);
    REQUIRE(english.size() == command_table().size());
    REQUIRE(dutch.size() == english.size());
    const auto find = [](const std::vector<CommandInfo> &commands, std::string_view path,
                         std::string_view name) -> const OptionInfo * {
      for (const auto &command : commands) {
        if (command.spec->path != path) {
          continue;
        }
        for (const auto &option : command.options) {
          if (std::ranges::find(option.names, name) != option.names.end()) {
            return &option;
          }
        }
      }
      return nullptr;
    };
    for (std::size_t i = 0; i < english.size(); ++i) {
      CAPTURE(english[i].spec->path);
      REQUIRE(english[i].options.size() == dutch[i].options.size());
      for (std::size_t o = 0; o < english[i].options.size(); ++o) {
        CAPTURE(english[i].options[o].names.front());
        CHECK_FALSE(english[i].options[o].help.empty());
        CHECK_FALSE(dutch[i].options[o].help.empty());
        CHECK(english[i].options[o].values == dutch[i].options[o].values); // words as in files
      }
    }
    const OptionInfo *decision = find(english, "experiment finish", "--decision");
    REQUIRE(decision != nullptr);
    CHECK(decision->values == std::vector<std::string>{"adopt", "adapt", "abandon"});
    CHECK(decision->required);
    const OptionInfo *kind = find(english, "log add", "--kind");
    REQUIRE(kind != nullptr);
    CHECK(kind->values.size() == enum_words<LogKind>().size());
    const OptionInfo *json = find(english, "log list", "--json");
    REQUIRE(json != nullptr);
    CHECK(json->flag);
    CHECK(json->values.empty());
    const OptionInfo *format = find(english, "check", "--format");
    REQUIRE(format != nullptr);
    CHECK(format->values == std::vector<std::string>{"text", "json", "github", "junit"});
    const OptionInfo *id = find(english, "log show", "id");
    REQUIRE(id != nullptr);
    CHECK(id->positional);
    const auto common = common_options(Lang::en);
    const auto names = [&] {
      std::vector<std::string> all;
      for (const auto &option : common) {
        all.insert(all.end(), option.names.begin(), option.names.end());
      }
      return all;
    }();
    for (const std::string name : {"--repo", "-w", "--workgroup", "--as", "--lang"}) {
      CHECK(std::ranges::find(names, name) != names.end());
    }
    const auto lang =
        std::ranges::find_if(common, [](const OptionInfo &o) { return o.names.front() == "--lang"; });
    REQUIRE(lang != common.end());
    CHECK(lang->values == std::vector<std::string>{"nl", "en"});
  }
}
