// A few tests start the real binary: exit codes, NO_COLOR, output on a pipe, and a whole
// session with real git, branches and a merge.
#include "files.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <sstream>

#include <unistd.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

using Shell = ShellResult;

// Runs a shell command in `cwd` with a clean, English environment; stdout and stderr together.
Shell sh(const std::string &command, const fs::path &cwd) { return run_shell(command, cwd); }

// A git repository in a temporary folder, in which every command must succeed: the setting of
// the tests that work on branches and merge them.
struct GitRepo {
  TempDir dir;
  const std::string git = "git -c user.name=Tester -c user.email=t@example.org";

  std::string run(const std::string &command) const {
    const Shell result = sh(command, dir.path());
    INFO(command << "\n" << result.out);
    REQUIRE(result.code == 0);
    return result.out;
  }
  void commit(const std::string &message) const {
    run(git + " add -A && " + git + " commit -qm '" + message + "'");
  }
};

} // namespace

TEST_SUITE("process") {
  TEST_CASE("exit codes of the real binary") {
    TempDir dir;
    CHECK(sh("$ALEARN --help", dir.path()).code == 0);
    const Shell outside = sh("$ALEARN step next", dir.path());
    CHECK(outside.code == 2);
    CHECK(outside.out.find("no alearn repository found") != std::string::npos);
    CHECK(sh("$ALEARN step next --no-such-flag", dir.path()).code == 2);
    REQUIRE(
        sh("$ALEARN init --name Test --lang en && $ALEARN workgroup new 'Group A' --member Ann", dir.path())
            .code == 0);
    const Shell refused = sh("$ALEARN --as Ann step done", dir.path());
    CHECK(refused.code == 1);
    CHECK(refused.out.find("a statement of the urgent problem") != std::string::npos);
  }

  TEST_CASE("no colour on a pipe and none with NO_COLOR on a terminal") {
    TempDir dir;
    copy_examples(dir.path());
    const Shell piped = sh("$ALEARN -w wijk step", dir.path());
    CHECK(piped.out.find('\x1b') == std::string::npos);
    if (std::system("command -v script >/dev/null 2>&1") == 0) {
      const Shell tty = sh("script -qec \"$ALEARN -w wijk step\" /dev/null", dir.path());
      CHECK(tty.out.find('\x1b') != std::string::npos);
      const Shell no_colour = sh("NO_COLOR=1 script -qec \"$ALEARN -w wijk step\" /dev/null", dir.path());
      CHECK(no_colour.out.find('\x1b') == std::string::npos);
    }
  }

  TEST_CASE("two branches mark steps and edit the workgroup, and merge without conflict") {
    GitRepo repo;
    repo.run("git init -q -b main . && $ALEARN init --name Netwerk --lang en");
    repo.run("$ALEARN workgroup new 'Minder verloop' --problem 'Te veel verloop' --member 'Sanne de Vries' "
             "--member Zoë");
    repo.commit("start");
    repo.run(
        "git checkout -qb sanne && ALEARN_USER='Sanne de Vries' $ALEARN step done 1 --note 'Besproken' && " +
        repo.git + " add -A && " + repo.git + " commit -qm step1");
    repo.run("git checkout -q main && git checkout -qb zoe && $ALEARN workgroup set design.goal 'Behoud' && "
             "$ALEARN workgroup agreement add 'Op tijd' && " +
             repo.git + " add -A && " + repo.git + " commit -qm design");
    repo.run("git checkout -q main && " + repo.git + " merge -q --no-edit sanne && " + repo.git +
             " merge -q --no-edit zoe");
    const std::string steps = repo.run("$ALEARN step --json");
    CHECK(steps.find("\"current_step\": 2") != std::string::npos);
    const std::string show = repo.run("$ALEARN workgroup show --json");
    CHECK(show.find("\"goal\": \"Behoud\"") != std::string::npos);
    CHECK(show.find("Op tijd") != std::string::npos);
    CHECK(repo.run("git status --porcelain").empty());
  }
}

TEST_SUITE("process") {
  TEST_CASE("two members add records on two branches and a plain git merge has no conflict") {
    GitRepo repo;
    repo.run("git init -q -b main . && $ALEARN init --name Netwerk --lang en");
    repo.run(
        "$ALEARN workgroup new 'Minder verloop' --member 'Sanne de Vries' --member 'Zoë Hendriks' --problem "
        "P");
    repo.run("$ALEARN indicator add Turnover --target 20 --owner zoe");
    const auto id_in = [](const std::string &out) {
      const auto at = out.find("Experiment ") + 11;
      return out.substr(at, 8);
    };
    const std::string shared = id_in(
        repo.run("ALEARN_USER=Sanne $ALEARN experiment new Buddies --owner zoe --question q --prediction p "
                 "--date 2026-10-01"));
    repo.run("ALEARN_USER=Sanne $ALEARN experiment start " + shared + " --date 2026-10-02");
    repo.commit("start");

    repo.run("git checkout -qb sanne");
    repo.run("export ALEARN_USER='Sanne de Vries'; $ALEARN log add -m 'Exit interviews read' && "
             "$ALEARN log add --kind discovery -m 'Nobody knew whom to ask' && "
             "$ALEARN explore add --kind fact -m '20 of 60 left within a year' && "
             "$ALEARN experiment new 'Six-week talk' --owner sanne --question q --prediction p && "
             "$ALEARN experiment finish " +
             shared + " --decision adapt --result 'No change' --lessons 'Buddies need time'");
    repo.commit("sanne");

    repo.run("git checkout -q main && git checkout -qb zoe");
    repo.run("export ALEARN_USER='zoe'; $ALEARN log add -m 'Talked to two newcomers' && "
             "$ALEARN explore add --kind emotion -m 'Newcomers feel alone' && "
             "$ALEARN explore add --kind opinion -m 'The whole team should welcome'");
    const std::string hours = id_in(repo.run(
        "ALEARN_USER=zoe $ALEARN experiment new 'Buddy with hours' --owner zoe --question q --prediction p"));
    repo.run("ALEARN_USER=zoe $ALEARN experiment start " + hours);
    repo.commit("zoe");

    repo.run("git checkout -q main && " + repo.git + " merge -q --no-edit sanne && " + repo.git +
             " merge -q --no-edit zoe");
    CHECK(repo.run("git status --porcelain").empty());
    CHECK(sh("grep -rn '^<<<<<<<\\|^>>>>>>>' workgroups", repo.dir.path()).out.empty());

    const std::string log = repo.run("$ALEARN log list --json");
    for (const std::string text :
         {"Exit interviews read", "Nobody knew whom to ask", "Talked to two newcomers"}) {
      CHECK(log.find(text) != std::string::npos);
    }
    const std::string explore = repo.run("$ALEARN explore list");
    CHECK(explore.find("fact (1)") != std::string::npos);
    CHECK(explore.find("emotion (1)") != std::string::npos);
    CHECK(explore.find("opinion (1)") != std::string::npos);
    const std::string experiments = repo.run("$ALEARN experiment list");
    CHECK(experiments.find("finished: adapt") != std::string::npos);
    CHECK(experiments.find("Six-week talk") != std::string::npos);
    CHECK(experiments.find("Buddy with hours") != std::string::npos);
    CHECK(repo.run("$ALEARN experiment list --state running").find("Buddy with hours") != std::string::npos);
    repo.run("$ALEARN step next && $ALEARN workgroup show --json && $ALEARN step --json");
  }
}

TEST_SUITE("process") {
  TEST_CASE("indicators measured on two branches merge, and check fails CI when one is overdue") {
    GitRepo repo;
    // A workgroup that started three months ago and measures weekly.
    repo.run("git init -q -b main . && $ALEARN init --name Netwerk --lang en");
    repo.run("$ALEARN workgroup new Team --member 'Sanne de Vries' --member 'Zoë Hendriks' "
             "--start $(date -d '-100 days' +%F) --end $(date -d '+100 days' +%F)");
    repo.run(
        "$ALEARN indicator add 'Open shifts' --direction down --baseline 9 --target 3 --frequency weekly "
        "--owner zoe");
    repo.commit("start");
    repo.run(
        "git checkout -qb sanne && for weeks in 12 10 8 6 4; do ALEARN_USER=Sanne $ALEARN indicator record "
        "open "
        "$((weeks + 2)) --date $(date -d \"-$((weeks * 7)) days\" +%F); done");
    repo.commit("sanne");
    repo.run("git checkout -q main && git checkout -qb zoe && for weeks in 11 9 7 5 3 2; do ALEARN_USER=zoe "
             "$ALEARN "
             "indicator record open $weeks --date $(date -d \"-$((weeks * 7)) days\" +%F); done");
    repo.commit("zoe");
    repo.run("git checkout -q main && " + repo.git + " merge -q --no-edit sanne && " + repo.git +
             " merge -q --no-edit zoe");
    CHECK(repo.run("git status --porcelain").empty());
    const std::string shown = repo.run("$ALEARN indicator show open --ascii");
    CHECK(shown.find("median") != std::string::npos);
    // 11 points, one of them on the median (8): 10 useful ones, enough for the rules to apply.
    CHECK(shown.find("Signals") != std::string::npos);
    CHECK(repo.run("$ALEARN indicator show open --json").find("\"useful_points\": 10") != std::string::npos);

    // The last measurement was two weeks ago: overdue for a weekly indicator.
    const Shell overdue = sh("$ALEARN check --format github", repo.dir.path());
    CHECK(overdue.code == 1);
    CHECK(overdue.out.find("::error file=workgroups/team/indicators/open-shifts.md,line=") !=
          std::string::npos);
    CHECK(overdue.out.find("was due to be measured on") != std::string::npos);
    repo.run("ALEARN_USER=zoe $ALEARN indicator record open 2");
    const Shell passed = sh("$ALEARN check --format github", repo.dir.path());
    CHECK(passed.code == 0);
    CHECK(passed.out.find("alearn check: 0 errors, 0 warnings") != std::string::npos);
  }

  TEST_CASE("bad files: clear errors from check and from record, no crash, nothing lost") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë && "
                "$ALEARN indicator add Score --frequency monthly")
                .code == 0);
    const fs::path group = dir.path() / "workgroups/g";
    // A YAML bomb: aliases that would expand to billions of nodes.
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
      bomb += fmt::format("{}: &{} [*{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}]\n", c, c, c - 1, c - 1,
                          c - 1, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1);
    }
    write_file(group / "steps/bbbbbbbb.yaml", bomb);
    // Nesting far deeper than any record needs.
    write_file(group / "steps/dddddddd.yaml", "step: " + std::string(100000, '[') + "\n");
    // A 50 MB file, a binary file and a file that is not UTF-8.
    write_file(group / "logbook/ffffffff.md", "---\nauthor: Zoë\ndate: 2026-01-01\nkind: action\n---\n" +
                                                  std::string(50 * 1024 * 1024, 'x') + "\n");
    write_file(group / "logbook/gggggggg.md", std::string("\x7f"
                                                          "ELF\x02\x01\x01\0\0\0",
                                                          10));
    write_file(group / "measurements/score/hhhhhhhh.yaml", "date: 2026-01-01\nvalue: caf\xe9\n");
    const auto before = snapshot(dir.path());
    const Shell checked = run("$ALEARN check");
    INFO(checked.out);
    CHECK(checked.code == 1);
    CHECK(checked.out.find("steps/bbbbbbbb.yaml:2:") != std::string::npos);
    CHECK(checked.out.find("aliases such as '*name' are not supported") != std::string::npos);
    CHECK(checked.out.find("steps/dddddddd.yaml:1:") != std::string::npos);
    CHECK(checked.out.find("nested too deeply") != std::string::npos);
    CHECK(checked.out.find("logbook/ffffffff.md: error: file is too large") != std::string::npos);
    CHECK(checked.out.find("logbook/gggggggg.md:1: error: not valid UTF-8 text (is this a binary file?)") !=
          std::string::npos);
    CHECK(checked.out.find("measurements/score/hhhhhhhh.yaml:2: error: not valid UTF-8") !=
          std::string::npos);
    const Shell recorded = run("ALEARN_USER=zoe $ALEARN indicator record score 3");
    CHECK(recorded.code == 2); // the repository has broken files: nothing is added to it
    CHECK(snapshot(dir.path()) == before);
  }
}

TEST_SUITE("process") {
  TEST_CASE("twenty writers at once: each rule holds, nothing is lost") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë && "
                "$ALEARN indicator add Score --frequency monthly")
                .code == 0);
    // Twenty measurements of one day, at the same moment: exactly one is kept.
    const Shell measured = run("for i in $(seq 20); do (ALEARN_USER=zoe $ALEARN indicator record score $i "
                               "--date 2026-11-02 >/dev/null 2>&1; echo \"exit $?\") & done; wait");
    CHECK(std::ranges::count(measured.out, '\n') == 20);
    std::size_t kept = 0;
    for (std::size_t at = 0; (at = measured.out.find("exit 0", at)) != std::string::npos; ++at) {
      ++kept;
    }
    CHECK(kept == 1);
    std::size_t files = 0;
    for (const auto &entry : fs::directory_iterator(dir.path() / "workgroups/g/measurements/score")) {
      files += entry.path().extension() == ".yaml" ? 1 : 0;
    }
    CHECK(files == 1);
    // Twenty members joining at once: all twenty are in the workgroup's file.
    REQUIRE(run("for i in $(seq 20); do ALEARN_USER=zoe $ALEARN workgroup member add \"Member $i\" & done; "
                "wait")
                .code == 0);
    const Shell shown = run("$ALEARN workgroup show --json");
    for (int i = 1; i <= 20; ++i) {
      CHECK(shown.out.find(fmt::format("\"Member {}\"", i)) != std::string::npos);
    }
    // Twenty marks of one step: one event.
    run("for i in $(seq 20); do ALEARN_USER=zoe $ALEARN step done 1 --force --note test >/dev/null 2>&1 & "
        "done; wait");
    std::size_t events = 0;
    for (const auto &entry : fs::directory_iterator(dir.path() / "workgroups/g/steps")) {
      events += entry.path().extension() == ".yaml" ? 1 : 0;
    }
    CHECK(events == 1);
    const Shell checked = run("$ALEARN check --strict");
    INFO(checked.out);
    CHECK(checked.code == 0);
  }

  TEST_CASE("writers killed at random leave nothing that git would commit, and check names each leftover") {
    GitRepo repo;
    repo.run("git init -q -b main . && $ALEARN init --name N --lang en && "
             "$ALEARN workgroup new G --member Zoë && $ALEARN indicator add Score --frequency monthly");
    repo.commit("start");
    // Writers of every kind, each killed after a random few milliseconds.
    repo.run("for i in $(seq 60); do "
             "  ALEARN_USER=zoe $ALEARN log add \"entry $i\" >/dev/null 2>&1 & pid=$!; "
             "  sleep 0.00$((RANDOM % 10)); kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; "
             "  ALEARN_USER=zoe $ALEARN workgroup set problem \"problem $i\" >/dev/null 2>&1 & pid=$!; "
             "  sleep 0.00$((RANDOM % 10)); kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; "
             "done; true");
    // One leftover for certain, as a killed writer leaves it.
    write_file(repo.dir.path() / "workgroups/g/logbook/.aaaaaaaa.md.0123456789abcdef.alearn-tmp",
               "---\nhalf");
    const std::string status = repo.run("git status --porcelain --untracked-files=all");
    INFO(status);
    CHECK(status.find("alearn-tmp") == std::string::npos);
    std::size_t leftovers = 0;
    for (const auto &entry : fs::recursive_directory_iterator(repo.dir.path() / "workgroups")) {
      leftovers += is_temporary_name(entry.path().filename().string()) ? 1 : 0;
    }
    const Shell checked = sh("$ALEARN check --strict --format json", repo.dir.path());
    std::size_t reported = 0;
    for (std::size_t at = 0; (at = checked.out.find("\"rule\": \"temporary\"", at)) != std::string::npos;
         ++at) {
      ++reported;
    }
    CHECK(reported == leftovers);
    CHECK(checked.code == 1);
    CHECK(checked.out.find("rm -- 'workgroups/g/logbook/.aaaaaaaa.md.0123456789abcdef.alearn-tmp'") !=
          std::string::npos);
    // Every file that is there still reads: a kill leaves the old file or the new one.
    const Shell plain = sh("$ALEARN check --format json", repo.dir.path());
    CHECK(plain.out.find("\"level\": \"error\"") == std::string::npos);
  }

  TEST_CASE("links: nothing is read or written outside the repository, and check names each link") {
    TempDir dir;
    TempDir elsewhere;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë && "
                "$ALEARN workgroup new H --member Zoë")
                .code == 0);
    write_file(elsewhere.path() / "passwd", "root:x:0:0:root:/root:/bin/bash\n");
    fs::create_directory_symlink(elsewhere.path(), dir.path() / "workgroups/g/logbook");
    fs::create_directories(dir.path() / "workgroups/h/logbook");
    fs::create_symlink(elsewhere.path() / "passwd", dir.path() / "workgroups/h/logbook/aaaaaaaa.md");
    const Shell written = run("ALEARN_USER=zoe $ALEARN -w g log add 'escape?'");
    CHECK(written.code == 2);
    CHECK(written.out.find("outside the repository") != std::string::npos);
    CHECK(fs::directory_iterator(elsewhere.path()) != fs::directory_iterator());
    CHECK(std::distance(fs::directory_iterator(elsewhere.path()), fs::directory_iterator()) == 1);
    const Shell checked = run("$ALEARN check");
    INFO(checked.out);
    CHECK(checked.code == 1);
    CHECK(checked.out.find("workgroups/g/logbook: error: this leads to") != std::string::npos);
    CHECK(checked.out.find("workgroups/h/logbook/aaaaaaaa.md: error: this leads to") != std::string::npos);
    CHECK(checked.out.find("root:x") == std::string::npos);
    CHECK(checked.out.find("front matter is missing") == std::string::npos);
    // A link that stays inside: a warning, since git on Windows does not keep links.
    fs::remove(dir.path() / "workgroups/g/logbook");
    fs::remove(dir.path() / "workgroups/h/logbook/aaaaaaaa.md");
    fs::create_directories(dir.path() / "notes");
    fs::create_directory_symlink(dir.path() / "notes", dir.path() / "workgroups/g/logbook");
    REQUIRE(run("ALEARN_USER=zoe $ALEARN -w g log add 'inside'").code == 0);
    const Shell inside = run("$ALEARN check");
    CHECK(inside.code == 0);
    CHECK(inside.out.find("workgroups/g/logbook: warning: this is a symbolic link") != std::string::npos);
  }
}

TEST_SUITE("process") {
  TEST_CASE("a folder nobody may read is named, not skipped") {
    TempDir dir;
    REQUIRE(sh("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë && "
               "ALEARN_USER=zoe $ALEARN log add 'a note' && chmod -R a+rX . && chmod 755 . && "
               "chmod 000 workgroups/g/logbook",
               dir.path())
                .code == 0);
    // root reads every folder: the check runs as an ordinary user (nobody) then.
    const std::string as_user = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    const Shell checked = sh(as_user + "$ALEARN check", dir.path());
    INFO(checked.out);
    CHECK(checked.code == 1);
    CHECK(checked.out.find("workgroups/g/logbook: error: cannot read this folder: Permission denied") !=
          std::string::npos);
    const Shell next = sh(as_user + "$ALEARN step next", dir.path());
    CHECK(next.code == 0);
    CHECK(next.out.find("workgroups/g/logbook: warning: left out, as it cannot be read") !=
          std::string::npos);
    sh("chmod 755 workgroups/g/logbook", dir.path());
  }
}

TEST_SUITE("process") {
  TEST_CASE("a record saved while the output fails is named on standard error, once") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë").code == 0);
    const auto entries = [&] {
      return std::distance(fs::directory_iterator(dir.path() / "workgroups/g/logbook"),
                           fs::directory_iterator{});
    };
    SUBCASE("a full disk behind standard output") {
      const Shell full = run("ALEARN_USER=zoe $ALEARN log add -m 'Written once' >/dev/full");
      CHECK(full.code == 2);
      contains(full.out,
               "alearn: error: cannot write the output\n"
               "alearn: this was saved all the same, so do not give the command again:\nLogbook entry ");
      CHECK(entries() == 1);
    }
    SUBCASE("a closed standard output") {
      const Shell closed = run("ALEARN_USER=zoe $ALEARN log add -m 'Written once' >&-");
      CHECK(closed.code == 2);
      contains(closed.out, "this was saved all the same");
      REQUIRE(entries() == 1);
      // The output did not land in a file alearn opened on the free descriptor.
      const fs::path entry = fs::directory_iterator(dir.path() / "workgroups/g/logbook")->path();
      CHECK(read_file(entry).find("added") == std::string::npos);
      contains(closed.out, "Logbook entry " + entry.stem().string() + " by Zoë added");
      CHECK(run("$ALEARN check").code == 0);
    }
    SUBCASE("a closed standard output while reading") {
      const Shell closed = run("$ALEARN workgroup list >&-");
      CHECK(closed.code == 2);
      CHECK(closed.out == "alearn: error: cannot write the output\n");
    }
  }

  TEST_CASE("escape sequences in a hand-edited file never reach the terminal or the CI log") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë").code == 0);
    // A double-quoted YAML scalar may hold escapes; a Markdown body may hold the raw bytes.
    write_file(dir.path() / "workgroups/g/logbook/aaaaaaaa.md",
               "---\nauthor: \"Eve \\e]0;pwned\\a\\e[31m\"\ndate: 2026-01-01\nkind: action\n---\n"
               "Body \x1b[2J\x1b[H raw\n");
    std::string group = read_file(dir.path() / "workgroups/g/workgroup.md");
    group.replace(group.find("name: G"), 7, "name: \"G \\e]0;title\\a\"");
    write_file(dir.path() / "workgroups/g/workgroup.md", group);
    for (const std::string command :
         {"log list", "log show aaaa", "log list --json", "workgroup list", "workgroup show", "step", "check",
          "check --format github", "check --format json", "check --format junit"}) {
      INFO(command);
      const Shell shown = run("$ALEARN " + command);
      CHECK(shown.out.find('\x1b') == std::string::npos);
      CHECK(shown.out.find('\a') == std::string::npos);
      CHECK(shown.out.find("\\u001b") != std::string::npos);
    }
    contains(run("$ALEARN check").out, "Eve \\u001b]0;pwned\\u0007\\u001b[31m is not a member");
    if (std::system("command -v script >/dev/null 2>&1") == 0) {
      // On a terminal alearn's own colours pass, and the value's escapes still do not.
      const Shell tty = run("script -qec \"$ALEARN step\" /dev/null");
      contains(tty.out, "\x1b[1mG \\u001b]0;title\\u0007\x1b[0m");
      CHECK(tty.out.find("\x1b]") == std::string::npos);
    }
  }

  TEST_CASE("a line break in a file name does not make a second annotation") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë").code == 0);
    write_file(dir.path() / "workgroups/g/logbook/x\n::error file=alearn.yaml,line=1::forged.md",
               "---\nauthor: Zoë\ndate: 2026-01-01\nkind: action\n---\nx\n");
    const Shell github = run("$ALEARN check --format github");
    CHECK(github.code == 1);
    std::istringstream lines(github.out);
    int annotations = 0;
    for (std::string line; std::getline(lines, line);) {
      INFO(line);
      CHECK(
          (line.starts_with("::error file=workgroups/g/logbook/x%0A") || line.starts_with("alearn check: ")));
      annotations += line.starts_with("::") ? 1 : 0;
    }
    CHECK(annotations == 1);
    const Shell text = run("$ALEARN check");
    contains(text.out, "workgroups/g/logbook/x\\n::error file=alearn.yaml,line=1::forged.md: error:");
    CHECK(text.out.find("\n::error") == std::string::npos);
  }

  TEST_CASE("what was written in the editor survives a command that refuses it") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(
        run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë --member Sam").code ==
        0);
    write_file(
        dir.path() / "bad-editor",
        "#!/bin/sh\nprintf '## Discussed\\nA long talk.\\n## Actions\\n- Call HR @nobody\\n' > \"$1\"\n");
    write_file(dir.path() / "fix-editor", "#!/bin/sh\nsed -i 's/@nobody/@sam/' \"$1\"\n");
    fs::permissions(dir.path() / "bad-editor", fs::perms::owner_all);
    fs::permissions(dir.path() / "fix-editor", fs::perms::owner_all);
    const Shell failed = run("ALEARN_USER=zoe EDITOR=./bad-editor $ALEARN meeting new --title Talk");
    CHECK(failed.code == 2);
    contains(failed.out, "nobody is not a member of g");
    const auto at = failed.out.find("--draft ");
    REQUIRE(at != std::string::npos);
    const std::string draft = failed.out.substr(at + 8, failed.out.find('\n', at) - at - 8);
    contains(read_file(draft), "- Call HR @nobody\n");
    CHECK_FALSE(fs::exists(dir.path() / "workgroups/g/meetings"));
    const Shell retried =
        run("ALEARN_USER=zoe EDITOR=./fix-editor $ALEARN meeting new --title Talk --draft " + draft);
    CHECK(retried.code == 0);
    contains(run("$ALEARN meeting list --json").out, "\"title\": \"Talk\"");
    fs::remove(draft);
  }

  TEST_CASE("numbers and dates beyond their bounds are refused by the real binary") {
    TempDir dir;
    const auto run = [&](const std::string &command) { return sh(command, dir.path()); };
    REQUIRE(run("$ALEARN init --name N --lang en && $ALEARN workgroup new G --member Zoë && "
                "$ALEARN indicator add Score")
                .code == 0);
    const Shell large = run("ALEARN_USER=zoe $ALEARN indicator record score 99999999999999999999999");
    CHECK(large.code == 2);
    contains(large.out, "alearn takes numbers from -1e12 to 1e12");
    const Shell old = run("ALEARN_USER=zoe $ALEARN indicator record score 3 --date 1899-12-31");
    CHECK(old.code == 2);
    contains(old.out, "1899-12-31 lies outside the years alearn accepts (1900 to 2200)");
    CHECK(run("ALEARN_USER=zoe $ALEARN indicator record score 99999999999 --date 2026-01-01").code == 0);
    CHECK(run("cat workgroups/g/measurements/score/*.yaml").out.find("value: 99999999999\n") !=
          std::string::npos);
    const Shell chart = run("$ALEARN indicator show score --ascii");
    CHECK(chart.code == 0);
    CHECK_FALSE(std::regex_search(chart.out, std::regex("\\b(nan|inf)\\b")));
  }
}
