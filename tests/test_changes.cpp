// What changed since a revision (lib/changes), asked of a real git in temporary repositories:
// the commits since the merge-base, renames by both names, a root below git's own top, the
// uncommitted changes on request, and the errors a user can run into.
#include "changes.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

// A git repository in a temporary folder, with a commit on main to compare with.
struct ChangesRepo {
  TempDir dir;
  Environment env{{"GIT_CONFIG_NOSYSTEM", "1"}, {"HOME", dir.path().string()}};

  ChangesRepo() {
    write_file(dir.path() / "alearn.yaml", "schema: 1\n");
    write_file(dir.path() / "workgroups/a/logbook/aaaaaaaa.md", "a\n");
    write_file(dir.path() / "workgroups/b/logbook/bbbbbbbb.md", "b\n");
    git("git init -q -b main . && " + commit_all("start") + " && git checkout -q -b topic");
  }
  void git(const std::string &command) const {
    const ShellResult result = run_shell(command, dir.path());
    INFO(command << "\n" << result.out);
    REQUIRE(result.code == 0);
  }
  static std::string commit_all(const std::string &message) {
    return "git add -A && git -c user.name=T -c user.email=t@example.org commit -qm '" + message + "'";
  }
  ChangedFiles since(const std::string &revision, Uncommitted uncommitted = Uncommitted::left_out) const {
    auto changes = changed_since(dir.path(), revision, uncommitted, env);
    INFO((changes ? std::string() : changes.error().message.en));
    REQUIRE(changes.has_value());
    return *changes;
  }
};

} // namespace

TEST_SUITE("changes") {
  TEST_CASE("git's -z lists are read name by name") {
    constexpr char names[] = "a\0b c\0";
    CHECK(nul_separated(std::string_view(names, sizeof names - 1)) == std::vector<std::string>{"a", "b c"});
    CHECK(nul_separated("").empty());
    ChangedFiles changes;
    constexpr char listing[] = "M\0x/1\0A\0x/2\0D\0y\0";
    add_name_status(changes, std::string_view(listing, sizeof listing - 1));
    CHECK(changes.paths == std::vector<std::string>{"x/1", "x/2", "y"});
    CHECK(changes.added == std::vector<std::string>{"x/2"});
    CHECK(lies_in("workgroups/a/logbook/x.md", "workgroups/a"));
    CHECK(lies_in("workgroups/a", "workgroups/a"));
    CHECK_FALSE(lies_in("workgroups/ab/x.md", "workgroups/a"));
    CHECK_FALSE(lies_in("workgroups", "workgroups/a"));
  }

  TEST_CASE("the files of the commits since the merge-base, not those of the other branch") {
    ChangesRepo repo;
    write_file(repo.dir.path() / "workgroups/a/logbook/cccccccc.md", "c\n");
    repo.git(ChangesRepo::commit_all("on topic"));
    // main moves on after topic branched off: its change is not the topic's.
    repo.git("git checkout -q main && echo x > workgroups/b/logbook/dddddddd.md && " +
             ChangesRepo::commit_all("on main") + " && git checkout -q topic");
    const ChangedFiles changes = repo.since("main");
    CHECK(changes.since == "main");
    CHECK(changes.base.size() == 40);
    CHECK(changes.paths == std::vector<std::string>{"workgroups/a/logbook/cccccccc.md"});
    CHECK(changes.added == changes.paths);
    CHECK(repo.since("HEAD").paths.empty());
  }

  TEST_CASE("a rename counts by its old name and its new one") {
    ChangesRepo repo;
    repo.git("git mv workgroups/b/logbook/bbbbbbbb.md workgroups/a/logbook/bbbbbbbb.md && " +
             ChangesRepo::commit_all("move"));
    const ChangedFiles changes = repo.since("main");
    CHECK(changes.paths ==
          std::vector<std::string>{"workgroups/a/logbook/bbbbbbbb.md", "workgroups/b/logbook/bbbbbbbb.md"});
    CHECK(changes.added == std::vector<std::string>{"workgroups/a/logbook/bbbbbbbb.md"});
  }

  TEST_CASE("uncommitted changes count only when asked for") {
    ChangesRepo repo;
    write_file(repo.dir.path() / "workgroups/a/logbook/aaaaaaaa.md", "changed\n");
    write_file(repo.dir.path() / "workgroups/b/logbook/eeeeeeee.md", "new, untracked\n");
    write_file(repo.dir.path() / "alearn.yaml", "schema: 1\nname: staged\n");
    repo.git("git add alearn.yaml");
    write_file(repo.dir.path() / ".gitignore", "*.tmp\n");
    write_file(repo.dir.path() / "workgroups/b/ignored.tmp", "ignored\n");
    CHECK(repo.since("main").paths.empty());
    const ChangedFiles changes = repo.since("main", Uncommitted::included);
    CHECK(changes.uncommitted == Uncommitted::included);
    CHECK(changes.paths == std::vector<std::string>{".gitignore", "alearn.yaml",
                                                    "workgroups/a/logbook/aaaaaaaa.md",
                                                    "workgroups/b/logbook/eeeeeeee.md"});
    CHECK(changes.added == std::vector<std::string>{".gitignore", "workgroups/b/logbook/eeeeeeee.md"});
  }

  TEST_CASE("below git's own top the names are relative to the repository's root") {
    TempDir dir;
    const fs::path root = dir.path() / "network";
    write_file(root / "alearn.yaml", "schema: 1\n");
    write_file(dir.path() / "README", "outside alearn's root\n");
    const auto git = [&](const std::string &command) { REQUIRE(run_shell(command, dir.path()).code == 0); };
    git("git init -q -b main . && " + ChangesRepo::commit_all("start"));
    write_file(root / "workgroups/a/workgroup.md", "x\n");
    write_file(dir.path() / "README", "changed\n");
    git(ChangesRepo::commit_all("change"));
    const auto changes = changed_since(root, "HEAD~1", Uncommitted::left_out, {});
    REQUIRE(changes.has_value());
    CHECK(changes->paths == std::vector<std::string>{"workgroups/a/workgroup.md"});
  }

  TEST_CASE("an unknown revision, no git repository, no history in common and no option as revision") {
    ChangesRepo repo;
    auto unknown = changed_since(repo.dir.path(), "no-such-branch", Uncommitted::left_out, repo.env);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().kind == ErrorKind::usage);
    contains(unknown.error().message.en, "git does not know the revision 'no-such-branch'");
    contains(unknown.error().message.nl, "git kent de revisie 'no-such-branch' niet");

    const TempDir plain;
    auto outside = changed_since(plain.path(), "main", Uncommitted::left_out, repo.env);
    REQUIRE_FALSE(outside.has_value());
    CHECK(outside.error().kind == ErrorKind::usage);
    contains(outside.error().message.en, "is not in a git repository");
    contains(outside.error().message.nl, "ligt niet in een git-repository");

    repo.git("git checkout -q --orphan other && " + ChangesRepo::commit_all("unrelated"));
    auto unrelated = changed_since(repo.dir.path(), "main", Uncommitted::left_out, repo.env);
    REQUIRE_FALSE(unrelated.has_value());
    contains(unrelated.error().message.en,
             "'main' and HEAD have no history in common; is this a shallow clone?");

    auto option = changed_since(repo.dir.path(), "--output=x", Uncommitted::left_out, repo.env);
    REQUIRE_FALSE(option.has_value());
    contains(option.error().message.en, "--since takes a revision");
    CHECK_FALSE(fs::exists(repo.dir.path() / "x"));
  }

  TEST_CASE("a repository without a commit yet") {
    TempDir dir;
    REQUIRE(run_shell("git init -q -b main .", dir.path()).code == 0);
    auto empty = changed_since(dir.path(), "main", Uncommitted::left_out, {});
    REQUIRE_FALSE(empty.has_value());
    contains(empty.error().message.en, "git does not know the revision 'main'");
    REQUIRE(run_shell("git -c user.name=T -c user.email=t@example.org commit -q --allow-empty -m one && "
                      "git checkout -q --orphan fresh",
                      dir.path())
                .code == 0);
    auto unborn = changed_since(dir.path(), "main", Uncommitted::left_out, {});
    REQUIRE_FALSE(unborn.has_value());
    contains(unborn.error().message.en, "the repository has no commit yet to compare with 'main'");
  }
}
