#include "helpers.hpp"
#include "repository.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

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
    write_file(dir.path() / "alearn.yaml", "schema: 3\nname: X\n");
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
    auto first = init_repository(
        {dir.path(), "Netwerk", Lang::nl, {"De Linde"}, "mijn-organisatie/alearn@v1", false, std::nullopt});
    REQUIRE(first.has_value());
    const auto config = load_config(dir.path());
    REQUIRE(config.has_value());
    CHECK(config->name == "Netwerk");
    CHECK(config->organisations.front().name == "De Linde");
    // CI runs alearn check: a GitHub Actions workflow with alearn's action, and pre-commit's
    // configuration with a local hook.
    contains(read_file(dir.path() / ".github/workflows/alearn.yml"),
             "      - uses: mijn-organisatie/alearn@v1\n");
    contains(read_file(dir.path() / ".pre-commit-config.yaml"),
             "repos:\n  - repo: local\n    hooks:\n      - id: alearn-check\n");
    CHECK_FALSE(fs::exists(dir.path() / ".pre-commit-hooks.yaml"));
    const auto before = snapshot(dir.path());
    auto second = init_repository({dir.path(), "Ander", Lang::en, {}, {}, false, std::nullopt});
    CHECK_FALSE(second.has_value());
    CHECK(snapshot(dir.path()) == before);
  }

  TEST_CASE("init writes the pre-commit configuration in the repository's language and keeps one there") {
    TempDir dir;
    REQUIRE(init_repository({dir.path() / "nl", "N", Lang::nl, {}, {}, false, std::nullopt}));
    const std::string dutch = read_file(dir.path() / "nl/.pre-commit-config.yaml");
    contains(dutch, "# alearn check voor elke commit, met pre-commit (https://pre-commit.com). alearn moet");
    contains(dutch, "pre-commit install zet de hook aan.\n");
    contains(dutch, "        entry: alearn check\n        language: system\n        pass_filenames: false\n"
                    "        always_run: true\n");
    REQUIRE(init_repository({dir.path() / "en", "N", Lang::en, {}, {}, false, std::nullopt}));
    contains(read_file(dir.path() / "en/.pre-commit-config.yaml"),
             "alearn must be\n# installed (on the PATH); pre-commit install turns the hook on.\n");
    // Without an action: no workflow.
    CHECK_FALSE(fs::exists(dir.path() / "en/.github"));
    // A configuration of the user's own stays as it is.
    write_file(dir.path() / "own/.pre-commit-config.yaml", "repos: []\n");
    REQUIRE(init_repository({dir.path() / "own", "N", Lang::en, {}, {}, false, std::nullopt}));
    CHECK(read_file(dir.path() / "own/.pre-commit-config.yaml") == "repos: []\n");
  }

  TEST_CASE("init refuses a bad action or pages without one and writes nothing") {
    for (const std::string &bad : std::vector<std::string>{"alearn",
                                                           "owner/alearn",
                                                           "owner/alearn@",
                                                           "@v1",
                                                           "/alearn@v1",
                                                           "owner/@v1",
                                                           "-owner/alearn@v1",
                                                           "own--er/alearn@v1",
                                                           "owner/alearn@v1 ",
                                                           "owner/alearn@v1\nrun: evil",
                                                           "owner/alearn@'v1'",
                                                           "owner/alearn@v1#x",
                                                           "owner/al earn@v1",
                                                           "owner/../x@v1",
                                                           "owner/alearn@-v1",
                                                           "owner/alearn@a..b",
                                                           "owner/alearn@v1.lock",
                                                           "owner/a/b@v1",
                                                           "owner/alearn@${{ github.token }}",
                                                           std::string(40, 'o') + "/alearn@v1"}) {
      CAPTURE(bad);
      TempDir dir;
      auto made = init_repository({dir.path() / "net", "N", Lang::en, {}, bad, false, std::nullopt});
      REQUIRE_FALSE(made.has_value());
      CHECK(made.error().kind == ErrorKind::usage);
      CHECK(made.error().inputs == std::vector<Param>{Param::ci});
      CHECK(made.error().message.en.find("is no GitHub Action as owner/repository@ref") != std::string::npos);
      CHECK(made.error().message.nl.find("is geen GitHub Action als eigenaar/repository@ref") !=
            std::string::npos);
      CHECK_FALSE(fs::exists(dir.path() / "net"));
    }
    for (const std::string &good :
         std::vector<std::string>{"owner/alearn@v1", "my-org/alearn.cpp@main", "o/r_2@release/2026.1",
                                  "O1/R@0123456789abcdef0123456789abcdef01234567"}) {
      CAPTURE(good);
      CHECK(check_ci_action(good).has_value());
    }
    TempDir dir;
    auto pages = init_repository({dir.path() / "net", "N", Lang::en, {}, {}, true, std::nullopt});
    REQUIRE_FALSE(pages.has_value());
    CHECK(pages.error().inputs == std::vector<Param>{Param::pages, Param::ci});
    CHECK_FALSE(fs::exists(dir.path() / "net"));
  }

  TEST_CASE("init --ci in an existing repository adds the workflow and nothing else") {
    TempDir dir;
    REQUIRE(init_repository({dir.path(), "N", Lang::en, {}, {}, false, std::nullopt}));
    const auto before = snapshot(dir.path());
    InitOptions options;
    options.language = Lang::en;
    options.ci_action = "owner/alearn@v2";
    options.pages = true;
    REQUIRE(add_ci_workflow(dir.path(), options));
    auto after = snapshot(dir.path());
    const std::string workflow = after.at(".github/workflows/alearn.yml");
    contains(workflow, "      - uses: owner/alearn@v2\n");
    contains(workflow, "  pages:\n");
    after.erase(".github/workflows/alearn.yml");
    CHECK(after == before);
    // A second time: the workflow is the user's now.
    const auto added = snapshot(dir.path());
    options.ci_action = "owner/alearn@v3";
    auto again = add_ci_workflow(dir.path(), options);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().kind == ErrorKind::refused);
    CHECK(snapshot(dir.path()) == added);
    options.ci_action = "owner";
    CHECK(add_ci_workflow(dir.path(), options).error().kind == ErrorKind::usage);
  }

  TEST_CASE("alearn init says how to add CI and --ci adds only the workflow to an existing repository") {
    TempDir dir;
    const Outcome made = run_alearn({"init", "net", "--lang", "en"}, dir.path());
    REQUIRE(made.code == 0);
    contains(made.out, "pre-commit: .pre-commit-config.yaml runs alearn check before every commit, after "
                       "pre-commit install\n");
    contains(made.out,
             "CI: no workflow yet; write one that uses alearn's GitHub Action with: alearn init net "
             "--ci <owner>/<repository>@<ref>\n");
    const Outcome dutch = run_alearn({"init", "nl", "--lang", "nl"}, dir.path());
    contains(dutch.out, "CI: nog geen workflow; maak er een die de GitHub Action van alearn gebruikt met: "
                        "alearn init nl --ci <eigenaar>/<repository>@<ref>\n");

    // A bad action: exit 2, the option named, in both languages, nothing written.
    const auto before = snapshot(dir.path());
    const Outcome bad =
        run_alearn({"init", "net", "--ci", "owner/alearn"}, dir.path(), {{"ALEARN_LANG", "en"}});
    CHECK(bad.code == 2);
    contains(bad.err, "'owner/alearn' is no GitHub Action as owner/repository@ref");
    contains(bad.err, "(--ci)");
    const Outcome slecht = run_alearn({"init", "nieuw", "--ci", "owner/alearn@", "--lang", "nl"}, dir.path());
    CHECK(slecht.code == 2);
    contains(slecht.err, "'owner/alearn@' is geen GitHub Action als eigenaar/repository@ref");
    const Outcome pages = run_alearn({"init", "nieuw", "--pages", "--lang", "en"}, dir.path());
    CHECK(pages.code == 2);
    contains(pages.err,
             "the site on GitHub Pages needs a workflow, and that alearn's GitHub Action; nothing was "
             "written (--pages, --ci)");
    CHECK(snapshot(dir.path()) == before);

    // What belongs to a new repository is refused in an existing one, not ignored.
    for (const auto &extra : {std::vector<std::string>{"--name", "Other"},
                              {"--organisation", "Zorg"},
                              {"--theme", "Werkdruk"},
                              {"--no-themes"}}) {
      std::vector<std::string> args{"init", "net", "--ci", "my-org/alearn@v1", "--lang", "en"};
      args.insert(args.end(), extra.begin(), extra.end());
      const Outcome refused = run_alearn(args, dir.path());
      CHECK(refused.code == 2);
      contains(refused.err, "in an existing repository init --ci only adds the workflow; --name, "
                            "--organisation, --theme and --no-themes are for a new repository (change "
                            "them in alearn.yaml). Nothing was written");
    }
    const Outcome geweigerd =
        run_alearn({"init", "net", "--ci", "my-org/alearn@v1", "--name", "X", "--lang", "nl"}, dir.path());
    contains(geweigerd.err, "in een bestaande repository voegt init --ci alleen de workflow toe");
    CHECK(snapshot(dir.path()) == before);

    // The user who forgot --ci: the workflow is added, every other file stays.
    const Outcome added = run_alearn({"init", "net", "--ci", "my-org/alearn@v1", "--lang", "en"}, dir.path());
    CHECK(added.code == 0);
    contains(added.out, "Only .github/workflows/alearn.yml was added to the alearn repository in ");
    contains(added.out, "(checks with my-org/alearn@v1); every other file stayed as it was\n");
    auto after = snapshot(dir.path());
    contains(after.at("net/.github/workflows/alearn.yml"), "      - uses: my-org/alearn@v1\n");
    after.erase("net/.github/workflows/alearn.yml");
    CHECK(after == before);
    const Outcome again = run_alearn({"init", "net", "--ci", "my-org/alearn@v2", "--lang", "en"}, dir.path());
    CHECK(again.code == 1);
    contains(again.err, "the workflow exists already; nothing was changed");
    contains(read_file(dir.path() / "net/.github/workflows/alearn.yml"), "my-org/alearn@v1");
    // Without --ci an existing repository is refused, as before.
    CHECK(run_alearn({"init", "net"}, dir.path()).code == 1);
  }

  TEST_CASE("the comment init writes names a format page that exists in the repository's language") {
    for (const auto &[lang, page] :
         {std::pair{Lang::en, "docs/en/format.md"}, std::pair{Lang::nl, "docs/nl/formaat.md"}}) {
      TempDir dir;
      REQUIRE(init_repository({dir.path(), "Netwerk", lang, {}, {}, false, std::nullopt}).has_value());
      const std::string config = read_file(dir.path() / "alearn.yaml");
      const std::string first_line = config.substr(0, config.find('\n'));
      INFO(first_line);
      CHECK(first_line.find(page) != std::string::npos);
      // The page is there, and is not the old address that only says where it went.
      CHECK(read_file(source_dir() / page).find("has moved") == std::string::npos);
      CHECK(fs::exists(source_dir() / page));
    }
  }
}

TEST_SUITE("repository") {
  TEST_CASE("a command about one workgroup reads that one and goes on past files it can do without") {
    TempDir dir;
    copy_examples(dir.path());
    const std::map<std::string, std::string> env{{"ALEARN_LANG", "en"}, {"ALEARN_USER", "Fatima El Amrani"}};
    const auto alearn = [&](const std::vector<std::string> &args) {
      return run_alearn(args, dir.path(), env);
    };
    // Another workgroup with a binary record and a conflict in its own file.
    const fs::path other = dir.path() / "workgroups/vasthouden";
    write_file(other / "logbook/zzzzzzzz.md", std::string("\x7f"
                                                          "ELF\0\0",
                                                          6));
    write_file(other / "workgroup.md",
               "---\n<<<<<<< HEAD\n=======\n>>>>>>> x\n" + read_file(other / "workgroup.md").substr(4));
    const Outcome next = alearn({"-w", "wijkteam", "step", "next"});
    CHECK(next.code == 0);
    CHECK(next.err.empty());
    const Outcome added = alearn({"-w", "wijkteam", "log", "add", "a note"});
    INFO(added.err);
    CHECK(added.code == 0);
    // The list leaves out the workgroup it cannot read, and says so once.
    const Outcome listed = alearn({"workgroup", "list"});
    CHECK(listed.code == 0);
    contains(listed.out, "wijkteam");
    CHECK(listed.out.find("vasthouden") == std::string::npos);
    contains(listed.err, "workgroups/vasthouden/workgroup.md:");
    contains(listed.err, "warning: left out, as it cannot be read: an unresolved git conflict");
    contains(listed.err, "See more with: alearn");
    // Asked for by name, the unreadable workgroup stops the command.
    const Outcome stopped = alearn({"-w", "vasthouden", "step", "next"});
    CHECK(stopped.code == 2);
    contains(stopped.err, "vasthouden/workgroup.md:");
  }

  TEST_CASE("a reader goes on past a broken record; a writer in that workgroup writes nothing") {
    TempDir dir;
    copy_examples(dir.path());
    const std::map<std::string, std::string> env{{"ALEARN_LANG", "en"}, {"ALEARN_USER", "Fatima El Amrani"}};
    const auto alearn = [&](const std::vector<std::string> &args) {
      return run_alearn(args, dir.path(), env);
    };
    write_file(dir.path() / "workgroups/wijkteam/logbook/zzzzzzzz.md", "---\nauthor: [\n---\n");
    const Outcome next = alearn({"-w", "wijkteam", "step", "next"});
    CHECK(next.code == 0);
    contains(next.err, "workgroups/wijkteam/logbook/zzzzzzzz.md:3");
    contains(next.err, "warning: left out, as it cannot be read");
    CHECK(std::ranges::count(next.err, '\n') == 2);
    const auto before = snapshot(dir.path());
    const Outcome added = alearn({"-w", "wijkteam", "log", "add", "a note"});
    CHECK(added.code == 2);
    contains(added.err, "logbook/zzzzzzzz.md:3:1");
    contains(added.err, "alearn writes nothing into a workgroup with a file it cannot read");
    CHECK(snapshot(dir.path()) == before);
  }

  TEST_CASE("init ignores alearn's temporaries, also in a .gitignore of the user's own") {
    TempDir fresh;
    REQUIRE(init_repository({fresh.path(), "N", Lang::en, {}, {}, false, std::nullopt}));
    contains(read_file(fresh.path() / ".gitignore"), "*.alearn-tmp\n");
    TempDir own;
    write_file(own.path() / ".gitignore", "build/\n# mine");
    REQUIRE(init_repository({own.path(), "N", Lang::en, {}, {}, false, std::nullopt}));
    CHECK(read_file(own.path() / ".gitignore").starts_with("build/\n# mine\n#"));
    contains(read_file(own.path() / ".gitignore"), "*.alearn-tmp\n");
  }
}
