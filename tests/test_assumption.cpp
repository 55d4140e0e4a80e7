// Which verdict on an assumption holds when challenges come from several branches: the latest by
// date, then by what the challenge holds, never by where a merge put it in the file.
#include "assumption.hpp"
#include "helpers.hpp"
#include "repository.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace alearn;
using namespace alearn::test;

namespace {

Challenge challenge_on(unsigned month, unsigned day, std::string by, Verdict verdict) {
  Challenge made;
  made.date = std::chrono::year{2026} / std::chrono::month{month} / std::chrono::day{day};
  made.by = std::move(by);
  made.how = "Gevraagd aan " + made.by;
  made.verdict = verdict;
  if (verdict == Verdict::revised) {
    made.revision = "Bijgesteld door " + made.by;
  }
  return made;
}

} // namespace

TEST_SUITE("assumption") {
  TEST_CASE("the verdict is the latest challenge's, in every order of the file") {
    std::vector<Challenge> challenges = {challenge_on(5, 4, "Ruud Smit", Verdict::held),
                                         challenge_on(6, 1, "Anouk Peters", Verdict::dropped),
                                         challenge_on(6, 1, "Priya Ramdin", Verdict::revised),
                                         challenge_on(4, 20, "Sanne de Vries", Verdict::held)};
    std::ranges::sort(challenges, {}, &Challenge::by);
    int orders = 0;
    do {
      Assumption assumption;
      assumption.challenges = challenges;
      CAPTURE(orders);
      // On 1 June two challenges: the tie is broken by who, so Priya's comes last.
      CHECK(current_verdict(assumption) == std::optional<Verdict>{Verdict::revised});
      const auto ordered = challenges_in_order(assumption);
      REQUIRE(ordered.size() == 4);
      CHECK(ordered.front()->by == "Sanne de Vries");
      CHECK(ordered[1]->by == "Ruud Smit");
      ++orders;
    } while (std::ranges::next_permutation(challenges, {}, &Challenge::by).found);
    CHECK(orders == 24);
  }

  TEST_CASE("no challenge: no verdict") { CHECK_FALSE(current_verdict(Assumption{}).has_value()); }

  TEST_CASE("two branches' challenges in either order of the file give one verdict") {
    // As after a merge that kept both sides: the later challenge (by date) is first in one file.
    const std::string head = "---\nauthor: Sanne de Vries\ndate: 2026-04-01\nabout: problem\nchallenges:\n";
    const std::string older = "  - date: 2026-04-20\n    by: Ruud Smit\n    how: Cijfers bekeken\n"
                              "    verdict: dropped\n";
    const std::string newer = "  - date: 2026-05-04\n    by: Anouk Peters\n    how: Gevraagd\n"
                              "    verdict: held\n";
    for (const std::string &challenges : {older + newer, newer + older}) {
      TempDir dir;
      write_file(dir.path() / "alearn.yaml", "schema: 1\nname: Test\n");
      write_file(dir.path() / "workgroups/wg/workgroup.md",
                 "---\nname: WG\nmembers:\n  - name: Sanne de Vries\n  - name: Ruud Smit\n"
                 "  - name: Anouk Peters\n---\n");
      write_file(dir.path() / "workgroups/wg/assumptions/k3m9x2ab.md", head + challenges + "---\nLoon.\n");
      Loaded loaded = load_repository(dir.path());
      REQUIRE(loaded.errors().empty());
      const Assumption &assumption = loaded.repository.workgroups.front().assumptions.front();
      CHECK(current_verdict(assumption) == std::optional<Verdict>{Verdict::held});
      CHECK(challenges_in_order(assumption).back()->by == "Anouk Peters");
    }
  }
}
