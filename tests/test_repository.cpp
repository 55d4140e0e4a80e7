#include "helpers.hpp"
#include "repository.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;

namespace {

void make_repo(const std::filesystem::path &root) {
  write_file(root / "alearn.yaml", "schema: 1\nname: Test\nlanguage: en\n");
  write_file(root / "workgroups/alpha/workgroup.md", "---\nname: Alpha\n---\n");
  write_file(root / "workgroups/beta/workgroup.md", "---\nname: Beta\n---\n");
  write_file(root / "workgroups/beta-two/workgroup.md", "---\nname: Beta 2\n---\n");
}

} // namespace

TEST_SUITE("repository") {
  TEST_CASE("find_repository_root walks up to alearn.yaml") {
    TempDir dir;
    make_repo(dir.path());
    CHECK(find_repository_root(dir.path() / "workgroups/alpha") == dir.path());
    CHECK_FALSE(find_repository_root(dir.path().parent_path()).has_value());
  }

  TEST_CASE("the example repository loads without errors") {
    const Loaded loaded = load_repository(source_dir() / "examples");
    for (const auto &error : loaded.errors()) {
      FAIL_CHECK(error.file.string() << ":" << error.line << ": " << error.message.en);
    }
    CHECK(loaded.repository.workgroups.size() == 3);
    CHECK(loaded.repository.config.organisations.size() == 3);
  }

  TEST_CASE("every malformed file is reported, not only the first") {
    TempDir dir;
    make_repo(dir.path());
    write_file(dir.path() / "workgroups/alpha/workgroup.md", "---\nname: Alpha\nmembres: []\n---\n");
    write_file(dir.path() / "workgroups/beta/steps/abcdefgh.yaml", "step: 99\n");
    const Loaded loaded = load_repository(dir.path());
    REQUIRE(loaded.errors().size() >= 2);
    CHECK(loaded.errors()[0].line == 3);
    CHECK(loaded.errors().back().file.filename() == "abcdefgh.yaml");
    CHECK(loaded.errors()[0].message.en.find("did you mean 'members'") != std::string::npos);
  }

  TEST_CASE("config errors name the key") {
    TempDir dir;
    write_file(dir.path() / "alearn.yaml", "schema: 2\nname: X\n");
    auto config = load_config(dir.path());
    REQUIRE_FALSE(config.has_value());
    CHECK(config.error().front().line == 1);
    write_file(dir.path() / "alearn.yaml", "schema: 1\nname: X\nlanguage: fr\n");
    CHECK_FALSE(load_config(dir.path()).has_value());
  }

  TEST_CASE("select_workgroup follows option, environment, folder, only one") {
    TempDir dir;
    make_repo(dir.path());
    const Loaded loaded = load_repository(dir.path());
    REQUIRE(loaded.errors().empty());
    const Repository &repo = loaded.repository;
    CHECK((*select_workgroup(repo, {"alp", "", dir.path()}))->slug == "alpha");
    CHECK((*select_workgroup(repo, {"", "beta", dir.path()}))->slug == "beta");
    CHECK((*select_workgroup(repo, {"", "", dir.path() / "workgroups/beta-two"}))->slug == "beta-two");
    SUBCASE("an exact slug wins over a longer one") {
      CHECK((*select_workgroup(repo, {"beta", "", ""}))->slug == "beta");
    }
    SUBCASE("ambiguous prefix lists the candidates") {
      auto chosen = select_workgroup(repo, {"be", "", ""});
      REQUIRE_FALSE(chosen.has_value());
      CHECK(chosen.error().message.en.find("beta-two") != std::string::npos);
    }
    SUBCASE("undecided lists the workgroups") {
      auto chosen = select_workgroup(repo, {"", "", dir.path()});
      REQUIRE_FALSE(chosen.has_value());
      CHECK(chosen.error().message.en.find("alpha") != std::string::npos);
    }
  }

  TEST_CASE("init refuses an existing repository and changes nothing") {
    TempDir dir;
    auto first = init_repository({dir.path(), "Netwerk", Lang::nl, {"De Linde"}});
    REQUIRE(first.has_value());
    const auto config = load_config(dir.path());
    REQUIRE(config.has_value());
    CHECK(config->name == "Netwerk");
    CHECK(config->organisations.front().name == "De Linde");
    // CI runs alearn check: a GitHub Actions workflow and a pre-commit hook come with it.
    CHECK(read_file(dir.path() / ".github/workflows/alearn.yml").find("alearn check --format github") !=
          std::string::npos);
    CHECK(read_file(dir.path() / ".pre-commit-hooks.yaml").find("entry: alearn check") != std::string::npos);
    const auto before = snapshot(dir.path());
    auto second = init_repository({dir.path(), "Ander", Lang::en, {}});
    CHECK_FALSE(second.has_value());
    CHECK(snapshot(dir.path()) == before);
  }
}
