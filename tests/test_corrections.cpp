// Correcting mistakes: `alearn edit ID` and `alearn delete ID` on any record of a workgroup.
#include "helpers.hpp"
#include "record_index.hpp"

#include <doctest/doctest.h>

#include <fstream>

namespace alearn::test {
namespace fs = std::filesystem;

namespace {

std::string file_text(const fs::path &file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const char *const meeting_file = "workgroups/inwerken/meetings/9cdnz2fx.md";

struct Corrections : ExampleRepo {
  Corrections() { env["ALEARN_USER"] = "Sanne de Vries"; }
};

} // namespace

TEST_SUITE("corrections") {

  TEST_CASE("edit opens a record by id or title and writes what the editor saved") {
    Corrections repo;
    const fs::path file = repo.root() / meeting_file;
    const std::string before = file_text(file);
    repo.env["EDITOR"] = "sed -i 's/^title: Start van de werkgroep$/title: Aftrap van de werkgroep/'";
    SUBCASE("by a start of the id") {
      const Outcome edited = repo({"-w", "inwerken", "edit", "9cdn"});
      INFO(edited.err);
      REQUIRE(edited.code == 0);
      CHECK(edited.out == "workgroups/inwerken/meetings/9cdnz2fx.md saved\n");
    }
    SUBCASE("by a start of the title, ignoring case and accents") {
      const Outcome edited = repo({"-w", "inwerken", "edit", "start van de WERK"});
      INFO(edited.err);
      REQUIRE(edited.code == 0);
    }
    std::string expected = before;
    expected.replace(expected.find("Start van de werkgroep"), 22, "Aftrap van de werkgroep");
    CHECK(file_text(file) == expected);
  }

  TEST_CASE("edit reopens the editor with the problem until the record reads") {
    Corrections repo;
    const fs::path file = repo.root() / meeting_file;
    const std::string before = file_text(file);
    const fs::path script = repo.root() / "editor.sh";
    // The first round breaks the date; the second sees alearn's note and mends it.
    std::ofstream(script) << "#!/bin/sh\n"
                             "if [ ! -f \""
                          << (repo.root() / "once").string()
                          << "\" ]; then\n"
                             "  touch \""
                          << (repo.root() / "once").string()
                          << "\"\n"
                             "  sed -i 's/^date: 2026-03-02$/date: 2026-02-30/' \"$1\"\n"
                             "else\n"
                             "  grep '^# alearn: ' \"$1\" > \""
                          << (repo.root() / "note").string()
                          << "\"\n"
                             "  sed -i 's/^date: 2026-02-30$/date: 2026-03-03/' \"$1\"\n"
                             "fi\n";
    fs::permissions(script, fs::perms::owner_all);
    repo.env["EDITOR"] = script.string();
    const Outcome edited = repo({"-w", "inwerken", "edit", "9cdnz2fx"});
    INFO(edited.err);
    REQUIRE(edited.code == 0);
    CHECK(file_text(repo.root() / "note").find("# alearn: ") != std::string::npos);
    CHECK(file_text(repo.root() / "note").find("2026-02-30") != std::string::npos);
    std::string expected = before;
    expected.replace(expected.find("date: 2026-03-02"), 16, "date: 2026-03-03");
    CHECK(file_text(file) == expected); // alearn's note is not in the file
  }

  TEST_CASE("edit keeps what was typed when the record still does not read") {
    Corrections repo;
    const fs::path file = repo.root() / meeting_file;
    const std::string before = file_text(file);
    // Breaks the date once; the next round saves the text unchanged: the user stops.
    const fs::path script = repo.root() / "editor.sh";
    std::ofstream(script) << "#!/bin/sh\nsed -i 's/^date: 2026-03-02$/date: 2026-02-30/' \"$1\"\n";
    fs::permissions(script, fs::perms::owner_all);
    repo.env["EDITOR"] = script.string();
    const Outcome edited = repo({"-w", "inwerken", "edit", "9cdnz2fx"});
    CHECK(edited.code == 2);
    CHECK(edited.err.find("2026-02-30") != std::string::npos);
    CHECK(edited.err.find("What you wrote is kept in") != std::string::npos);
    CHECK(file_text(file) == before);
  }

  TEST_CASE("edit without a change writes nothing; an unknown id is an error") {
    Corrections repo;
    repo.env["EDITOR"] = "true";
    const Outcome same = repo({"-w", "inwerken", "edit", "9cdnz2fx"});
    CHECK(same.code == 0);
    CHECK(same.out == "9cdnz2fx did not change\n");
    const Outcome unknown = repo({"-w", "inwerken", "edit", "qqqq"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("no record of inwerken has an id or title that starts with 'qqqq'") !=
          std::string::npos);
  }

  TEST_CASE("delete says what names the record and removes it with --yes") {
    Corrections repo;
    const fs::path file = repo.root() / "workgroups/inwerken/experiments/d4dznz4n.md";
    const Outcome refused = repo({"-w", "inwerken", "delete", "d4dznz4n"});
    CHECK(refused.code == 2);
    CHECK(refused.err.find("give --yes when there is no terminal") != std::string::npos);
    CHECK(fs::exists(file));
    const Outcome deleted = repo({"-w", "inwerken", "delete", "d4dznz4n", "--yes"});
    INFO(deleted.err);
    REQUIRE(deleted.code == 0);
    CHECK(deleted.out.find("These records name d4dznz4n") != std::string::npos);
    CHECK(deleted.out.find("workgroups/inwerken/blockers/r7kq2wxm.md") != std::string::npos);
    CHECK(deleted.out.find("experiment d4dznz4n") != std::string::npos);
    CHECK(!fs::exists(file));
  }

  TEST_CASE("every record of a workgroup is found, with its kind") {
    Corrections repo;
    const Outcome shown = repo({"-w", "inwerken", "delete", "start van", "--yes"});
    INFO(shown.err);
    CHECK(shown.code == 0);
    CHECK(shown.out.find("meeting report 9cdnz2fx") != std::string::npos);
  }

} // TEST_SUITE

} // namespace alearn::test
