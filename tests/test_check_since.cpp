// alearn check --since REV: only the workgroups changed since REV, with the rules that look across
// the repository. A copy of examples/ is committed on main with real git; a branch changes it.
#include "check.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

// The examples committed on main, and the branch topic checked out to change them. `on_main`
// changes the examples before they are committed.
struct SinceExamples {
  TempDir dir;

  explicit SinceExamples(const std::function<void(const SinceExamples &)> &on_main = {}) {
    copy_examples(dir.path());
    if (on_main) {
      on_main(*this);
    }
    git("git init -q -b main . && " + commit_all("examples") + " && git checkout -q -b topic");
  }
  static std::string commit_all(const std::string &message) {
    return "git add -A && git -c user.name=T -c user.email=t@example.org commit -qm '" + message + "'";
  }
  void git(const std::string &command) const {
    const ShellResult result = run_shell(command, dir.path());
    INFO(command << "\n" << result.out);
    REQUIRE(result.code == 0);
  }
  void commit(const std::string &message) const { git(commit_all(message)); }
  fs::path group(const std::string &slug) const { return dir.path() / "workgroups" / slug; }
  // The files of a folder of a workgroup, sorted.
  std::vector<fs::path> files(const std::string &slug, const std::string &folder) const {
    std::vector<fs::path> found;
    for (const auto &entry : fs::directory_iterator(group(slug) / folder)) {
      found.push_back(entry.path());
    }
    std::ranges::sort(found);
    return found;
  }
  fs::path first(const std::string &slug, const std::string &folder) const {
    return files(slug, folder).front();
  }
  // A logbook entry whose author is nobody of the group: an error of check.
  void break_entry(const std::string &slug) const {
    const fs::path entry = first(slug, "logbook");
    std::string text = read_file(entry);
    text.replace(text.find("author: "), 8, "author: Karel Appel #");
    write_file(entry, text);
  }
  // alearn in-process, in English (the examples are in Dutch).
  Outcome operator()(const std::vector<std::string> &args) const {
    return run_alearn(args, dir.path(), {{"ALEARN_LANG", "en"}});
  }
};

} // namespace

TEST_SUITE("check since") {
  TEST_CASE("a finding in a changed workgroup is reported and one in an unchanged workgroup is not") {
    const SinceExamples repo([](const SinceExamples &examples) { examples.break_entry("vasthouden"); });
    CHECK(repo({"check"}).code == 1); // the full check, as it runs on main, finds vasthouden's error
    const Outcome unchanged = repo({"check", "--since", "main"});
    CHECK(unchanged.code == 0);
    contains(unchanged.out, "0 errors, 0 warnings in 1 file of 0 of 3 workgroups, changed since main\n");

    repo.break_entry("inwerken");
    repo.commit("inwerken");
    const Outcome changed = repo({"check", "--since", "main"});
    CHECK(changed.code == 1);
    contains(changed.out, "workgroups/inwerken/logbook/");
    contains(changed.out, "Karel Appel is not a member or former member of inwerken");
    CHECK(changed.out.find("vasthouden") == std::string::npos);
    contains(changed.out, " of 1 of 3 workgroups, changed since main\n");
    const Outcome dutch = repo({"check", "--since", "main", "--lang", "nl"});
    contains(dutch.out, " van 1 van de 3 werkgroepen, gewijzigd sinds main\n");
  }

  TEST_CASE("a changed alearn.yaml checks every workgroup") {
    const SinceExamples repo([](const SinceExamples &examples) { examples.break_entry("vasthouden"); });
    write_file(repo.dir.path() / "alearn.yaml", read_file(repo.dir.path() / "alearn.yaml") + "# changed\n");
    repo.commit("config");
    const Outcome outcome = repo({"check", "--since", "main"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "Karel Appel is not a member or former member of vasthouden");
    contains(outcome.out, " of 3 of 3 workgroups, every one: alearn.yaml changed since main\n");
  }

  TEST_CASE("a duplicate identifier across a changed and an unchanged workgroup is still found") {
    const SinceExamples repo;
    SUBCASE("the copy sorts after the original") {
      const fs::path original = repo.first("inwerken", "logbook");
      fs::copy_file(original, repo.group("wijkteam") / "logbook" / original.filename());
      repo.commit("copy");
      const Outcome outcome = repo({"check", "--since", "main"});
      CHECK(outcome.code == 1);
      contains(outcome.out, "workgroups/wijkteam/logbook/" + original.filename().string() +
                                ": error: the id " + original.stem().string() +
                                " is already used by workgroups/inwerken/logbook/");
      contains(outcome.out, " of 1 of 3 workgroups, changed since main\n");
    }
    SUBCASE("the copy sorts before the original, whose workgroup did not change") {
      const fs::path original = repo.first("wijkteam", "logbook");
      fs::copy_file(original, repo.group("inwerken") / "logbook" / original.filename());
      repo.commit("copy");
      const Outcome outcome = repo({"check", "--since", "main"});
      CHECK(outcome.code == 1);
      contains(outcome.out, "workgroups/wijkteam/logbook/" + original.filename().string() +
                                ": error: the id " + original.stem().string() +
                                " is already used by workgroups/inwerken/logbook/");
    }
    SUBCASE("many new files: the other workgroups' folders are listed instead") {
      std::size_t copied = 0;
      for (const std::string folder : {"logbook", "steps", "meetings", "exploration"}) {
        for (const fs::path &file : repo.files("inwerken", folder)) {
          fs::create_directories(repo.group("wijkteam") / folder);
          fs::copy_file(file, repo.group("wijkteam") / folder / file.filename(),
                        fs::copy_options::skip_existing);
          ++copied;
        }
      }
      REQUIRE(copied > 20);
      repo.commit("copies");
      const Outcome outcome = repo({"check", "--since", "main", "--json"});
      const auto json = nlohmann::json::parse(outcome.out);
      std::size_t duplicates = 0;
      for (const auto &finding : json["findings"]) {
        duplicates += finding["rule"] == "identifier" ? 1 : 0;
      }
      CHECK(duplicates == copied);
      const Outcome full = repo({"check", "--json"});
      CHECK(nlohmann::json::parse(full.out)["findings"] == json["findings"]);
    }
  }

  TEST_CASE("a file moved to another workgroup changes both") {
    const SinceExamples repo;
    const fs::path entry = repo.first("vasthouden", "logbook");
    repo.git("git mv workgroups/vasthouden/logbook/" + entry.filename().string() +
             " workgroups/wijkteam/logbook/");
    repo.commit("move");
    const Outcome outcome = repo({"check", "--since", "main", "--json"});
    const auto json = nlohmann::json::parse(outcome.out);
    CHECK(json["checked_workgroups"] == nlohmann::json{"vasthouden", "wijkteam"});
    CHECK(json["since"]["revision"] == "main");
    CHECK(json["since"]["changed_files"] == 2);
    CHECK(json["since"]["uncommitted"] == false);
    CHECK(json["since"]["all_because"].empty());
    CHECK(json["workgroups"] == 2);
    CHECK(json["workgroups_in_repository"] == 3);
    // The moved entry's author is no member of wijkteam.
    contains(outcome.out, "is not a member or former member of wijkteam");
  }

  TEST_CASE("a renamed or deleted workgroup: nothing to check where it was and the rules across still run") {
    const SinceExamples repo;
    SUBCASE("renamed") {
      repo.git("git mv workgroups/wijkteam workgroups/buurtteam");
      repo.commit("rename");
      const Outcome outcome = repo({"check", "--since", "main", "--json"});
      CHECK(nlohmann::json::parse(outcome.out)["checked_workgroups"] == nlohmann::json{"buurtteam"});
    }
    SUBCASE("deleted") {
      repo.git("git rm -rq workgroups/wijkteam");
      repo.commit("delete");
      write_file(repo.dir.path() / "workgroups/.x.md.alearn-tmp", "left behind\n");
      const Outcome outcome = repo({"check", "--since", "main"});
      CHECK(outcome.code == 0);
      contains(outcome.out, "workgroups/.x.md.alearn-tmp: warning: a temporary file of alearn");
      contains(outcome.out, " of 0 of 2 workgroups, changed since main\n");
    }
  }

  TEST_CASE("files outside the workgroups that alearn does not read change nothing") {
    const SinceExamples repo;
    write_file(repo.dir.path() / "README.md", "# Our network\n");
    repo.commit("readme");
    const Outcome outcome = repo({"check", "--since", "main"});
    CHECK(outcome.code == 0);
    contains(outcome.out, " of 0 of 3 workgroups, changed since main\n");
  }

  TEST_CASE("uncommitted changes count with --uncommitted") {
    const SinceExamples repo;
    repo.break_entry("vasthouden");
    write_file(repo.group("wijkteam") / "logbook" / "zzzzzzzz.md", "---\nauthor: Niemand\n---\n");
    CHECK(repo({"check", "--since", "main"}).code == 0);
    const Outcome outcome = repo({"check", "--since", "main", "--uncommitted"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "Karel Appel is not a member or former member of vasthouden");
    contains(outcome.out, "workgroups/wijkteam/logbook/zzzzzzzz.md");
    contains(outcome.out, " of 2 of 3 workgroups, changed since main, uncommitted changes included\n");
    const Outcome usage = repo({"check", "--uncommitted"});
    CHECK(usage.code == 2);
  }

  TEST_CASE("--since with --workgroup checks that workgroup only if it changed") {
    const SinceExamples repo;
    repo.break_entry("inwerken");
    repo.commit("inwerken");
    const Outcome changed = repo({"check", "--since", "main", "-w", "inwerken"});
    CHECK(changed.code == 1);
    contains(changed.out, " of 1 of 3 workgroups, changed since main and named by --workgroup\n");
    const Outcome unchanged = repo({"check", "--since", "main", "-w", "wijkteam"});
    CHECK(unchanged.code == 0);
    contains(unchanged.out,
             "0 errors, 0 warnings in 0 files of 0 of 3 workgroups, changed since main and named by "
             "--workgroup\n");
  }

  TEST_CASE("the other formats say what was checked") {
    const SinceExamples repo;
    repo.break_entry("inwerken");
    repo.commit("inwerken");
    const Outcome github = repo({"check", "--since", "main", "--format", "github"});
    CHECK(github.code == 1);
    contains(github.out, "::error file=workgroups/inwerken/logbook/");
    contains(github.out, "alearn check: 1 error, 0 warnings in ");
    contains(github.out, " of 1 of 3 workgroups, changed since main\n");
    const Outcome junit = repo({"check", "--since", "main", "--format", "junit"});
    CHECK(junit.code == 1);
    contains(junit.out, "of 1 of 3 workgroups, changed since main\"/>");
    const Outcome full = repo({"check", "--json"});
    CHECK(nlohmann::json::parse(full.out)["since"].is_null());
    CHECK(nlohmann::json::parse(full.out)["checked_workgroups"].size() == 3);
  }

  TEST_CASE("usage errors: an unknown revision and a folder that is no git repository") {
    const SinceExamples repo;
    const Outcome unknown = repo({"check", "--since", "origin/nothing"});
    CHECK(unknown.code == 2);
    contains(unknown.err, "git does not know the revision 'origin/nothing'");
    contains(repo({"check", "--since", "origin/nothing", "--lang", "nl"}).err,
             "git kent de revisie 'origin/nothing' niet");
    TempDir plain;
    copy_examples(plain.path());
    const Outcome outside = run_alearn({"check", "--since", "main"}, plain.path(), {{"ALEARN_LANG", "en"}});
    CHECK(outside.code == 2);
    contains(outside.err, "--since asks git what changed, but ");
    contains(outside.err, " is not in a git repository");
  }
}

// The real binary, with real git or without any.
TEST_SUITE("check since") {
  TEST_CASE("exit codes of check --since with the real binary") {
    const SinceExamples repo;
    const std::string english = "ALEARN_LANG=en";
    CHECK(run_shell("$ALEARN check --since main", repo.dir.path(), english).code == 0);
    const ShellResult unknown = run_shell("$ALEARN check --since nope", repo.dir.path(), english);
    CHECK(unknown.code == 2);
    contains(unknown.out, "git does not know the revision 'nope'");
    const ShellResult no_git =
        run_shell("PATH=/nonexistent \"$ALEARN\" check --since main", repo.dir.path(), english);
    CHECK(no_git.code == 2);
    contains(no_git.out, "git could not be started; is git installed?");
    const ShellResult dutch =
        run_shell("PATH=/nonexistent \"$ALEARN\" --lang nl check --since main", repo.dir.path());
    contains(dutch.out, "git kon niet worden gestart; is git geïnstalleerd?");
  }
}

#ifdef ALEARN_GENERATE
// On a generated network, --since finds exactly what the full check finds in the same workgroups.
TEST_SUITE("check since") {
  TEST_CASE("the findings of --since are those of the full check in the workgroups it checked") {
    TempDir dir;
    const fs::path root = dir.path() / "network";
    REQUIRE(run_shell(fmt::format("\"{}\" network --workgroups 8 --days 60 --body-bytes 100 --seed 7 --today "
                                  "2026-11-23 >/dev/null",
                                  ALEARN_GENERATE),
                      dir.path())
                .code == 0);
    const auto git = [&](const std::string &command) {
      const ShellResult result = run_shell(command, root);
      INFO(command << "\n" << result.out);
      REQUIRE(result.code == 0);
    };
    const std::string commit =
        "git add -A && git -c user.name=T -c user.email=t@example.org commit -qm change";
    std::vector<std::string> slugs;
    for (const auto &entry : fs::directory_iterator(root / "workgroups")) {
      slugs.push_back(entry.path().filename().string());
    }
    std::ranges::sort(slugs);
    REQUIRE(slugs.size() == 8);
    const auto logbook = [&](std::size_t group) {
      std::vector<fs::path> files;
      for (const auto &entry : fs::directory_iterator(root / "workgroups" / slugs[group] / "logbook")) {
        files.push_back(entry.path());
      }
      std::ranges::sort(files);
      return files;
    };
    const auto spoil = [&](const fs::path &file, const std::string &from, const std::string &to) {
      std::string text = read_file(file);
      REQUIRE(text.find(from) != std::string::npos);
      text.replace(text.find(from), from.size(), to);
      write_file(file, text);
    };
    // On main: a problem in a workgroup that the branch leaves alone.
    spoil(logbook(0).front(), "author: ", "author: Karel Appel #");
    git("git init -q -b main . && " + commit + " && git checkout -q -b topic");
    // On the branch: problems in workgroups 2 and 5, a copy of a record of workgroup 6 in 5, and
    // a record of workgroup 3 moved to 4.
    spoil(logbook(2)[3], "date: ", "date: 2031-01-01\nold_date: ");
    write_file(root / "workgroups" / slugs[5] / "logbook" / "zzzzzzzz.md", "---\nauthor: Niemand\n---\n");
    fs::copy_file(logbook(6)[7], root / "workgroups" / slugs[5] / "logbook" / logbook(6)[7].filename());
    fs::rename(logbook(3)[1], root / "workgroups" / slugs[4] / "logbook" / logbook(3)[1].filename());
    git(commit);

    CheckOptions options;
    options.today = Date{std::chrono::year{2026} / 11 / 23};
    const auto full = check_repository(root, options);
    REQUIRE(full.has_value());
    auto changes = changed_since(root, "main", Uncommitted::left_out, {});
    REQUIRE(changes.has_value());
    options.changes = *changes;
    const auto since = check_repository(root, options);
    REQUIRE(since.has_value());
    CHECK(since->checked == std::vector<std::string>{slugs[2], slugs[3], slugs[4], slugs[5]});
    CHECK(since->all_workgroups == 8);

    // Everything but the identifiers: the full check's findings in those workgroups and around them.
    const auto in_scope = [&](const Finding &finding) {
      return finding.rule != "identifier" &&
             (finding.workgroup.empty() ||
              std::ranges::find(since->checked, finding.workgroup) != since->checked.end());
    };
    std::vector<Finding> expected;
    std::ranges::copy_if(full->findings, std::back_inserter(expected), in_scope);
    std::vector<Finding> found;
    std::ranges::copy_if(since->findings, std::back_inserter(found),
                         [](const Finding &finding) { return finding.rule != "identifier"; });
    CHECK(found.size() >= 3); // the future date, the broken new record, the moved entry's author
    CHECK(found == expected);
    CHECK(std::ranges::none_of(since->findings, [&](const Finding &f) { return f.workgroup == slugs[0]; }));
    CHECK(std::ranges::any_of(full->findings, [&](const Finding &f) { return f.workgroup == slugs[0]; }));
    // The copy from the unchanged workgroup 6 is found, as the full check finds it.
    std::vector<Finding> shared;
    std::ranges::copy_if(since->findings, std::back_inserter(shared),
                         [](const Finding &finding) { return finding.rule == "identifier"; });
    REQUIRE(shared.size() == 1);
    CHECK(std::ranges::find(full->findings, shared.front()) != full->findings.end());
    CHECK(shared.front().where.message.en.find(logbook(6)[7].stem().string()) != std::string::npos);
  }
}
#endif
