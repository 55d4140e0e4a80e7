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
