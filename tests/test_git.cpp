// Running git (lib/git): directly, with only the environment given, so that the tests' own
// configuration is the one git reads.
#include "git.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace alearn;
using namespace alearn::test;

TEST_SUITE("git") {
  TEST_CASE("user.name comes from the configuration the environment names") {
    const TempDir dir;
    const auto config = dir.path() / "gitconfig";
    std::ofstream(config) << "[user]\n\tname = Sanne de Vries\n";
    const Environment env{{"GIT_CONFIG_GLOBAL", config.string()}, {"GIT_CONFIG_NOSYSTEM", "1"}};
    CHECK(git_user_name(dir.path(), env) == "Sanne de Vries");
  }

  TEST_CASE("no configuration, no name; a failing git is no output") {
    const TempDir dir;
    const Environment env{{"GIT_CONFIG_GLOBAL", (dir.path() / "none").string()},
                          {"GIT_CONFIG_NOSYSTEM", "1"}};
    CHECK(git_user_name(dir.path(), env).empty());
    CHECK_FALSE(git_output(dir.path() / "missing", {"status"}, env).has_value());
  }

  TEST_CASE("arguments reach git as they are, without a shell") {
    const TempDir dir;
    const Environment env{{"GIT_CONFIG_GLOBAL", (dir.path() / "none").string()},
                          {"GIT_CONFIG_NOSYSTEM", "1"}};
    const auto out = git_output(dir.path(), {"config", "--file", "$(touch pwned); x", "--list"}, env);
    CHECK_FALSE(out.has_value()); // no such file: git says so, and no shell ran the $(...)
    CHECK_FALSE(std::filesystem::exists(dir.path() / "pwned"));
    CHECK_FALSE(std::filesystem::exists("pwned"));
  }
}
