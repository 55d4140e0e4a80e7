// indicator set: one value of an indicator changes, every other byte of its file stays; an owner
// who left is found, with the advice to hand the indicator over.
#include "helpers.hpp"
#include "indicator_edit.hpp"
#include "repository.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;

namespace {

constexpr std::string_view welkom_text = "---\n"
                                         "name: Gevoel welkom te zijn\n"
                                         "unit: score 1-5   # gemiddelde\n"
                                         "target: 4\n"
                                         "frequency: monthly\n"
                                         "owner: Priya Ramdin\n"
                                         "---\n"
                                         "Gemeten in het gesprek na zes weken.\n";

struct IndicatorSetRepo {
  TempDir dir;
  std::filesystem::path file = dir.path() / "workgroups/wg/indicators/welkom.md";

  IndicatorSetRepo() {
    write_file(dir.path() / "alearn.yaml", "schema: 1\nname: Test\n");
    write_file(dir.path() / "workgroups/wg/workgroup.md",
               "---\nname: WG\nmembers:\n  - name: Anouk Peters\n  - name: Sanne de Vries\n"
               "former_members:\n  - name: Priya Ramdin\n    left: 2026-10-01\n---\n");
    write_file(file, std::string(welkom_text));
  }

  Workgroup load() const {
    Loaded loaded = load_repository(dir.path());
    REQUIRE(loaded.errors().empty());
    return loaded.repository.workgroups.front();
  }

  Result<Indicator> set(std::string_view key, std::string_view value) const {
    const Workgroup group = load();
    return set_indicator_value(group, group.indicators.front(), key, value);
  }

  // The file as it was, with `from` replaced by `to`.
  static std::string with(std::string_view from, std::string_view to) {
    std::string text(welkom_text);
    text.replace(text.find(from), from.size(), to);
    return text;
  }
};

} // namespace

TEST_SUITE("indicator_edit") {
  TEST_CASE("a new owner: a member, written as the workgroup spells the name, nothing else changes") {
    IndicatorSetRepo repo;
    auto changed = repo.set("owner", "anouk");
    REQUIRE(changed.has_value());
    CHECK(changed->owner == "Anouk Peters");
    CHECK(read_file(repo.file) == IndicatorSetRepo::with("owner: Priya Ramdin", "owner: Anouk Peters"));
  }

  TEST_CASE("an owner who is not a member is refused and nothing is written") {
    IndicatorSetRepo repo;
    const auto before = snapshot(repo.dir.path());
    auto former = repo.set("owner", "Priya Ramdin");
    REQUIRE_FALSE(former.has_value());
    CHECK(former.error().message.en ==
          "Priya Ramdin left wg on 2026-10-01; only members take part. The members are:\n  Anouk Peters\n  "
          "Sanne de Vries");
    auto typo = repo.set("owner", "Anouk Peter");
    REQUIRE_FALSE(typo.has_value());
    CHECK(
        typo.error().message.en.starts_with("Anouk Peter is not a member of wg; did you mean Anouk Peters?"));
    CHECK(snapshot(repo.dir.path()) == before);
  }

  TEST_CASE("the other keys: question, unit, name and frequency") {
    IndicatorSetRepo repo;
    REQUIRE(repo.set("frequency", "14 days").has_value());
    REQUIRE(repo.set("question", "Voelen nieuwe collega's zich welkom?").has_value());
    // A key the file does not have yet comes at the end of the front matter.
    CHECK(read_file(repo.file) == "---\n"
                                  "name: Gevoel welkom te zijn\n"
                                  "unit: score 1-5   # gemiddelde\n"
                                  "target: 4\n"
                                  "frequency: 14 days\n"
                                  "owner: Priya Ramdin\n"
                                  "question: Voelen nieuwe collega's zich welkom?\n"
                                  "---\n"
                                  "Gemeten in het gesprek na zes weken.\n");
    auto unit = repo.set("unit", "score van 1 tot 5");
    REQUIRE(unit.has_value());
    CHECK(unit->unit == "score van 1 tot 5");
    CHECK(read_file(repo.file).find("unit: score van 1 tot 5   # gemiddelde\n") != std::string::npos);
  }

  TEST_CASE("values that do not fit are refused and nothing is written") {
    IndicatorSetRepo repo;
    const auto before = snapshot(repo.dir.path());
    auto frequency = repo.set("frequency", "dagelijks");
    REQUIRE_FALSE(frequency.has_value());
    CHECK(frequency.error().message.en ==
          "frequency is weekly, monthly, quarterly or 'N days', not 'dagelijks'");
    auto name = repo.set("name", "  ");
    REQUIRE_FALSE(name.has_value());
    CHECK(name.error().message.en == "an indicator needs a name");
    auto key = repo.set("target", "5");
    REQUIRE_FALSE(key.has_value());
    CHECK(key.error().message.en ==
          "'target' cannot be set with indicator set; these can: name, question, unit, frequency, owner");
    CHECK(snapshot(repo.dir.path()) == before);
  }

  TEST_CASE("an indicator whose owner left comes with the advice to hand it over") {
    IndicatorSetRepo repo;
    const Workgroup group = repo.load();
    const auto gone = owners_gone(group);
    REQUIRE(gone.size() == 1);
    CHECK(gone.front().indicator == &group.indicators.front());
    CHECK(gone.front().former->name == "Priya Ramdin");
    CHECK(
        gone.front().message.en ==
        "the owner of 'welkom', Priya Ramdin, left the group on 2026-10-01; give the indicator a new owner:");
    CHECK(gone.front().advice == Advice{Action::indicator_set,
                                        {word(Param::word, "welkom"), word(Param::word, "owner"),
                                         placeholder(Param::text, "<lid>", "<member>")},
                                        "wg"});
    REQUIRE(repo.set("owner", "Sanne").has_value());
    CHECK(owners_gone(repo.load()).empty());
  }
}
