// A workgroup's life in the repository format 2: members and agreements in files of their own,
// `alearn upgrade`, and the branches of several members merged with plain git.
#include "helpers.hpp"
#include "membership.hpp"
#include "upgrade.hpp"

#include <doctest/doctest.h>

#include <fstream>

namespace alearn::test {
namespace fs = std::filesystem;

namespace {

std::string read_whole(const fs::path &file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_whole(const fs::path &file, const std::string &text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

} // namespace

TEST_SUITE("upgrade") {

  TEST_CASE("Seven branches of seven members merge without conflict and check passes") {
    TempDir dir;
    const ShellResult result =
        run_shell((source_dir() / "tests/merge/seven-branches.sh").string(), dir.path());
    INFO(result.out);
    CHECK(result.code == 0);
    CHECK(result.out.find("seven branches: merged without conflict; 9 members, 1 former, 7 agreements") !=
          std::string::npos);
    CHECK(result.out.find("one field on two branches: conflicts, as documented") != std::string::npos);
    CHECK(result.out.find("a theme on two branches: conflicts, as documented") != std::string::npos);
    CHECK(result.out.ends_with("ok\n"));
  }

  TEST_CASE("Upgrade moves members and agreements out and keeps every other byte") {
    ExampleRepo repo;
    const fs::path group = repo.root() / "workgroups/inwerken";
    const std::string before = read_whole(group / "workgroup.md");
    const Outcome upgraded = repo({"upgrade"});
    INFO(upgraded.out << upgraded.err);
    REQUIRE(upgraded.code == 0);
    CHECK(upgraded.out.find("inwerken: 6 members and 5 agreements into files of their own") !=
          std::string::npos);
    const std::string after = read_whole(group / "workgroup.md");
    CHECK(after.find("members:") == std::string::npos);
    CHECK(after.find("agreements:") == std::string::npos);
    // Every line that stays is the same, blank lines aside; the Markdown body is byte for byte.
    std::string kept_before;
    std::string kept_after;
    std::istringstream old_lines(before);
    bool in_lists = false;
    for (std::string line; std::getline(old_lines, line);) {
      if (line.starts_with("members:") || line.starts_with("agreements:")) {
        in_lists = true;
        continue;
      }
      if (in_lists && line.starts_with("  ")) {
        continue;
      }
      in_lists = false;
      if (!line.empty()) {
        kept_before += line + "\n";
      }
    }
    std::istringstream new_lines(after);
    for (std::string line; std::getline(new_lines, line);) {
      if (!line.empty()) {
        kept_after += line + "\n";
      }
    }
    CHECK(kept_after == kept_before);
    CHECK(after.substr(after.rfind("\n---\n")) == before.substr(before.rfind("\n---\n")));
    CHECK(read_whole(group / "members/sanne-de-vries.yaml") ==
          "name: Sanne de Vries\norganisation: Zorggroep De Linde\nrole: facilitator\n");
    CHECK(fs::exists(group / "members/priya-ramdin.yaml"));
    CHECK(std::distance(fs::directory_iterator(group / "agreements"), fs::directory_iterator()) == 5);
    CHECK(read_whole(repo.root() / "alearn.yaml").find("\nschema: 2\n") != std::string::npos);

    SUBCASE("the workgroup reads the same") {
      const Outcome shown = repo({"workgroup", "show", "inwerken", "--json"});
      CHECK(shown.out.find("\"We komen elke drie weken bij elkaar, afwisselend op een andere locatie.\"") !=
            std::string::npos);
      CHECK(repo({"check"}).code == 0);
    }
    SUBCASE("the agreements keep their order") {
      const Outcome shown = repo({"workgroup", "show", "inwerken"});
      const auto first = shown.out.find("We komen elke drie weken");
      const auto last = shown.out.find("Iedereen houdt een logboek bij");
      CHECK(first != std::string::npos);
      CHECK(last != std::string::npos);
      CHECK(first < last);
    }
    SUBCASE("a second upgrade has nothing to do") {
      const Outcome again = repo({"upgrade"});
      CHECK(again.code == 0);
      CHECK(again.out == "The repository is at format 2 already: nothing to do.\n");
    }
  }

  TEST_CASE("Upgrade --dry-run writes nothing and --json says what it would write") {
    ExampleRepo repo;
    const std::string before = read_whole(repo.root() / "workgroups/wijkteam/workgroup.md");
    const Outcome dry = repo({"upgrade", "--dry-run", "--json"});
    REQUIRE(dry.code == 0);
    CHECK(dry.out.find("\"written\": false") != std::string::npos);
    CHECK(dry.out.find("\"file\": \"workgroups/wijkteam/members/fatima-el-amrani.yaml\"") !=
          std::string::npos);
    CHECK(read_whole(repo.root() / "workgroups/wijkteam/workgroup.md") == before);
    CHECK(!fs::exists(repo.root() / "workgroups/wijkteam/members"));
  }

  TEST_CASE("Upgrade carries a member's comments into their file and reports the others") {
    ExampleRepo repo;
    const fs::path file = repo.root() / "workgroups/vasthouden/workgroup.md";
    std::string text = read_whole(file);
    const auto at = text.find("  - name: Henk Dekker");
    REQUIRE(at != std::string::npos);
    text.insert(at, "  # joined after the first meeting\n");
    text.replace(text.find("agreements:"), 11, "agreements:  # agreed on 1 September");
    write_whole(file, text);
    const Outcome upgraded = repo({"upgrade"});
    INFO(upgraded.out << upgraded.err);
    REQUIRE(upgraded.code == 0);
    CHECK(read_whole(repo.root() / "workgroups/vasthouden/members/henk-dekker.yaml")
              .starts_with("# joined after the first meeting\nname: Henk Dekker\n"));
    CHECK(upgraded.out.find("comment not carried over: agreements:  # agreed on 1 September") !=
          std::string::npos);
  }

  TEST_CASE("Upgrade refuses a workgroup file it cannot read and changes nothing") {
    ExampleRepo repo;
    const fs::path file = repo.root() / "workgroups/vasthouden/workgroup.md";
    std::string text = read_whole(file);
    text.replace(text.find("start: 2025-09-01"), 17, "start: 2025-13-01");
    write_whole(file, text);
    const std::string inwerken = read_whole(repo.root() / "workgroups/inwerken/workgroup.md");
    const Outcome upgraded = repo({"upgrade"});
    CHECK(upgraded.code != 0);
    CHECK(upgraded.err.find("workgroups/vasthouden/workgroup.md") != std::string::npos);
    CHECK(read_whole(repo.root() / "workgroups/inwerken/workgroup.md") == inwerken);
    CHECK(!fs::exists(repo.root() / "workgroups/inwerken/members"));
    CHECK(read_whole(repo.root() / "alearn.yaml").find("\nschema: 1\n") != std::string::npos);
  }

  TEST_CASE("A list brought back into workgroup.md by a merge is read and tidied by upgrade") {
    ExampleRepo repo;
    REQUIRE(repo({"upgrade"}).code == 0);
    const fs::path file = repo.root() / "workgroups/wijkteam/workgroup.md";
    std::string text = read_whole(file);
    text.replace(text.find("\n---\n", 4), 5,
                 "\nmembers:\n  - name: Old Branch\n    organisation: Elsewhere\n---\n");
    write_whole(file, text);
    const Outcome shown = repo({"workgroup", "show", "wijkteam", "--json"});
    CHECK(shown.out.find("\"Old Branch\"") != std::string::npos);
    const Outcome upgraded = repo({"upgrade"});
    INFO(upgraded.out << upgraded.err);
    CHECK(upgraded.code == 0);
    CHECK(fs::exists(repo.root() / "workgroups/wijkteam/members/old-branch.yaml"));
    CHECK(read_whole(file).find("members:") == std::string::npos);
  }

  TEST_CASE("The same member in two files is an error of check") {
    ExampleRepo repo;
    REQUIRE(repo({"upgrade"}).code == 0);
    write_whole(repo.root() / "workgroups/wijkteam/members/noor.yaml", "name: Noor Jansen\n");
    const Outcome checked = repo({"check"});
    CHECK(checked.code == 1);
    CHECK(checked.out.find("Noor Jansen is listed twice among the members") != std::string::npos);
  }

  TEST_CASE("Members join, leave and are taken out as a mistake in format 2") {
    ExampleRepo repo;
    REQUIRE(repo({"upgrade"}).code == 0);
    const fs::path members = repo.root() / "workgroups/wijkteam/members";
    SUBCASE("a member joins on a given date") {
      const Outcome added =
          repo({"-w", "wijkteam", "workgroup", "member", "add", "Jan Bos", "--date", "2026-10-20"});
      INFO(added.err);
      REQUIRE(added.code == 0);
      CHECK(read_whole(members / "jan-bos.yaml") ==
            "name: Jan Bos\norganisation: Wijkzorg Rivierenland\njoined: 2026-10-20\n");
    }
    SUBCASE("not in the future, not before the workgroup started") {
      const Outcome future =
          repo({"-w", "wijkteam", "workgroup", "member", "add", "Jan Bos", "--date", "2027-01-01"});
      CHECK(future.code == 2);
      CHECK(future.err.find("lies in the future") != std::string::npos);
      const Outcome early =
          repo({"-w", "wijkteam", "workgroup", "member", "add", "Jan Bos", "--date", "2020-01-01"});
      CHECK(early.code == 2);
      CHECK(early.err.find("is before wijkteam began on") != std::string::npos);
      CHECK(!fs::exists(members / "jan-bos.yaml"));
    }
    SUBCASE("a member who leaves keeps their file, with the day they left") {
      const Outcome left =
          repo({"-w", "wijkteam", "workgroup", "member", "remove", "Zoë", "--date", "2026-11-01"});
      INFO(left.err);
      REQUIRE(left.code == 0);
      CHECK(read_whole(members / "zoe-hendriks.yaml").ends_with("left: 2026-11-01\n"));
      const Outcome shown = repo({"workgroup", "show", "wijkteam", "--json"});
      CHECK(shown.out.find("\"former_members\"") != std::string::npos);
    }
    SUBCASE("a member added by mistake goes altogether") {
      REQUIRE(repo({"-w", "wijkteam", "workgroup", "member", "add", "Jan Bos"}).code == 0);
      const Outcome removed =
          repo({"-w", "wijkteam", "workgroup", "member", "remove", "Jan Bos", "--mistake"});
      INFO(removed.err);
      REQUIRE(removed.code == 0);
      CHECK(removed.out.find("taken out of wijkteam as a mistake") != std::string::npos);
      CHECK(!fs::exists(members / "jan-bos.yaml"));
    }
    SUBCASE("a member named in the record cannot be a mistake") {
      const Outcome removed =
          repo({"-w", "wijkteam", "workgroup", "member", "remove", "Fatima", "--mistake"});
      CHECK(removed.code != 0);
      CHECK(removed.err.find("is in the group's record already") != std::string::npos);
      CHECK(fs::exists(members / "fatima-el-amrani.yaml"));
    }
  }

  TEST_CASE("Agreements get a file each, with date and author") {
    ExampleRepo repo;
    REQUIRE(repo({"upgrade"}).code == 0);
    repo.env["ALEARN_USER"] = "Fatima El Amrani";
    const Outcome added =
        repo({"-w", "wijkteam", "workgroup", "agreement", "add", "We eten samen", "--date", "2026-11-02"});
    INFO(added.err);
    REQUIRE(added.code == 0);
    bool found = false;
    for (const auto &entry : fs::directory_iterator(repo.root() / "workgroups/wijkteam/agreements")) {
      found = found ||
              read_whole(entry.path()) == "date: 2026-11-02\nauthor: Fatima El Amrani\ntext: We eten samen\n";
    }
    CHECK(found);
    repo.env["ALEARN_USER"] = "Nobody";
    const Outcome stranger = repo({"-w", "wijkteam", "workgroup", "agreement", "add", "Something"});
    CHECK(stranger.code != 0);
  }

  TEST_CASE("Members and agreements sort the same whatever order their files are read in") {
    std::vector<Member> members(3);
    members[0].name = "Cor";
    members[1].name = "Ann";
    members[1].joined = Date{std::chrono::year{2026}, std::chrono::month{5}, std::chrono::day{1}};
    members[2].name = "Bob";
    std::vector<Member> reversed(members.rbegin(), members.rend());
    sort_members(members);
    sort_members(reversed);
    CHECK(members == reversed);
    CHECK(members.front().name == "Bob"); // from the start, by name; then who joined later
    CHECK(members.back().name == "Ann");
  }

} // TEST_SUITE

} // namespace alearn::test

namespace alearn::test {

TEST_SUITE("upgrade") {

  TEST_CASE("A member without an organisation is a warning of check, in either format") {
    ExampleRepo repo;
    SUBCASE("format 1: a hasty keep-both of a conflict in the members list") {
      const fs::path file = repo.root() / "workgroups/wijkteam/workgroup.md";
      std::string text = read_whole(file);
      const auto at = text.find("  - name: Joost van Dijk");
      REQUIRE(at != std::string::npos);
      text.insert(at, "  - name: Sem Bakker\n");
      write_whole(file, text);
      const Outcome checked = repo({"check"});
      CHECK(checked.code == 0);
      CHECK(checked.out.find("workgroups/wijkteam/workgroup.md:") != std::string::npos);
      CHECK(checked.out.find("warning: Sem Bakker has no organisation") != std::string::npos);
    }
    SUBCASE("format 2: a member's own file") {
      REQUIRE(repo({"upgrade"}).code == 0);
      write_whole(repo.root() / "workgroups/wijkteam/members/sem-bakker.yaml", "name: Sem Bakker\n");
      const Outcome checked = repo({"check"});
      CHECK(checked.out.find(
                "workgroups/wijkteam/members/sem-bakker.yaml:1:7: warning: Sem Bakker has no organisation") !=
            std::string::npos);
    }
  }

} // TEST_SUITE

} // namespace alearn::test
