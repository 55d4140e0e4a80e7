// A few tests start the real binary: exit codes, NO_COLOR, output on a pipe, and a whole
// session with real git, branches and a merge.
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

struct Shell {
  std::string out;
  int code = 0;
};

std::string quote(const std::string &text) {
  std::string quoted = "'";
  for (const char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

// Runs a shell command in `cwd` with a clean, English environment; stdout and stderr together.
Shell sh(const std::string &command, const fs::path &cwd) {
  const std::string full = fmt::format(
      "cd {} && env -i PATH=\"$PATH\" HOME={} GIT_CONFIG_NOSYSTEM=1 LANG=C.UTF-8 ALEARN={} sh -c {} 2>&1",
      quote(cwd.string()), quote(cwd.string()), quote(ALEARN_BINARY), quote(command));
  FILE *pipe = ::popen(full.c_str(), "r");
  REQUIRE(pipe != nullptr);
  Shell result;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    result.out.append(buffer, n);
  }
  const int status = ::pclose(pipe);
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

} // namespace

TEST_SUITE("process") {
  TEST_CASE("exit codes of the real binary") {
    TempDir dir;
    CHECK(sh("$ALEARN --help", dir.path()).code == 0);
    const Shell outside = sh("$ALEARN step next", dir.path());
    CHECK(outside.code == 2);
    CHECK(outside.out.find("no alearn repository found") != std::string::npos);
    CHECK(sh("$ALEARN step next --no-such-flag", dir.path()).code == 2);
    REQUIRE(sh("$ALEARN init --name Test --lang en && $ALEARN workgroup new 'Group A'", dir.path()).code ==
            0);
    const Shell refused = sh("$ALEARN step done", dir.path());
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
    TempDir dir;
    const std::string git = "git -c user.name=Tester -c user.email=t@example.org";
    const auto run = [&](const std::string &command) {
      const Shell result = sh(command, dir.path());
      INFO(command << "\n" << result.out);
      REQUIRE(result.code == 0);
      return result.out;
    };
    run("git init -q -b main . && $ALEARN init --name Netwerk --lang en");
    run("$ALEARN workgroup new 'Minder verloop' --problem 'Te veel verloop' --member 'Sanne de Vries' "
        "--member Zoë");
    run(git + " add -A && " + git + " commit -qm start");
    run("git checkout -qb sanne && ALEARN_USER='Sanne de Vries' $ALEARN step done 1 --note 'Besproken' && " +
        git + " add -A && " + git + " commit -qm step1");
    run("git checkout -q main && git checkout -qb zoe && $ALEARN workgroup set design.goal 'Behoud' && "
        "$ALEARN workgroup agreement add 'Op tijd' && " +
        git + " add -A && " + git + " commit -qm design");
    run("git checkout -q main && " + git + " merge -q --no-edit sanne && " + git + " merge -q --no-edit zoe");
    const std::string steps = run("$ALEARN step --json");
    CHECK(steps.find("\"current_step\": 2") != std::string::npos);
    const std::string show = run("$ALEARN workgroup show --json");
    CHECK(show.find("\"goal\": \"Behoud\"") != std::string::npos);
    CHECK(show.find("Op tijd") != std::string::npos);
    CHECK(run("git status --porcelain").empty());
  }
}

TEST_SUITE("process") {
  TEST_CASE("two members add records on two branches and a plain git merge has no conflict") {
    TempDir dir;
    const std::string git = "git -c user.name=Tester -c user.email=t@example.org";
    const auto run = [&](const std::string &command) {
      const Shell result = sh(command, dir.path());
      INFO(command << "\n" << result.out);
      REQUIRE(result.code == 0);
      return result.out;
    };
    const auto commit = [&](const std::string &message) {
      run(git + " add -A && " + git + " commit -qm '" + message + "'");
    };
    run("git init -q -b main . && $ALEARN init --name Netwerk --lang en");
    run("$ALEARN workgroup new 'Minder verloop' --member 'Sanne de Vries' --member 'Zoë Hendriks' --problem "
        "P");
    run("$ALEARN indicator add Turnover --target 20 --owner zoe");
    const auto id_in = [](const std::string &out) {
      const auto at = out.find("Experiment ") + 11;
      return out.substr(at, 8);
    };
    const std::string shared =
        id_in(run("ALEARN_USER=Sanne $ALEARN experiment new Buddies --owner zoe --question q --prediction p "
                  "--date 2026-10-01"));
    run("ALEARN_USER=Sanne $ALEARN experiment start " + shared + " --date 2026-10-02");
    commit("start");

    run("git checkout -qb sanne");
    run("export ALEARN_USER='Sanne de Vries'; $ALEARN log add -m 'Exit interviews read' && "
        "$ALEARN log add --kind discovery -m 'Nobody knew whom to ask' && "
        "$ALEARN explore add --kind fact -m '20 of 60 left within a year' && "
        "$ALEARN experiment new 'Six-week talk' --owner sanne --question q --prediction p && "
        "$ALEARN experiment finish " +
        shared + " --decision adapt --result 'No change' --lessons 'Buddies need time'");
    commit("sanne");

    run("git checkout -q main && git checkout -qb zoe");
    run("export ALEARN_USER='zoe'; $ALEARN log add -m 'Talked to two newcomers' && "
        "$ALEARN explore add --kind emotion -m 'Newcomers feel alone' && "
        "$ALEARN explore add --kind opinion -m 'The whole team should welcome'");
    const std::string hours = id_in(run(
        "ALEARN_USER=zoe $ALEARN experiment new 'Buddy with hours' --owner zoe --question q --prediction p"));
    run("ALEARN_USER=zoe $ALEARN experiment start " + hours);
    commit("zoe");

    run("git checkout -q main && " + git + " merge -q --no-edit sanne && " + git + " merge -q --no-edit zoe");
    CHECK(run("git status --porcelain").empty());
    CHECK(sh("grep -rn '^<<<<<<<\\|^>>>>>>>' workgroups", dir.path()).out.empty());

    const std::string log = run("$ALEARN log list --json");
    for (const std::string text :
         {"Exit interviews read", "Nobody knew whom to ask", "Talked to two newcomers"}) {
      CHECK(log.find(text) != std::string::npos);
    }
    const std::string explore = run("$ALEARN explore list");
    CHECK(explore.find("fact (1)") != std::string::npos);
    CHECK(explore.find("emotion (1)") != std::string::npos);
    CHECK(explore.find("opinion (1)") != std::string::npos);
    const std::string experiments = run("$ALEARN experiment list");
    CHECK(experiments.find("finished: adapt") != std::string::npos);
    CHECK(experiments.find("Six-week talk") != std::string::npos);
    CHECK(experiments.find("Buddy with hours") != std::string::npos);
    CHECK(run("$ALEARN experiment list --state running").find("Buddy with hours") != std::string::npos);
    run("$ALEARN step next && $ALEARN workgroup show --json && $ALEARN step --json");
  }
}
