#include "ids.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace alearn;

TEST_SUITE("ids") {
  TEST_CASE("new_id gives valid and distinct identifiers") {
    std::uint64_t n = 0;
    const auto random = [&n] { return (n += 0x9E3779B97F4A7C15ULL); };
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
      const std::string id = new_id(random);
      CHECK(is_valid_id(id));
      seen.insert(id);
    }
    CHECK(seen.size() == 1000);
    CHECK_FALSE(is_valid_id("abcdefgi")); // no i in the alphabet
    CHECK_FALSE(is_valid_id("abc"));
  }

  TEST_CASE("slugify makes short ASCII names") {
    CHECK(slugify("Minder uitstroom in het eerste jaar") == "minder-uitstroom-in-het-eerste-jaar");
    CHECK(slugify("Zoë's Groep!") == "zoes-groep");
    CHECK(slugify("  Çelik -- Één  ") == "celik-een");
    CHECK(slugify("!!!").empty());
  }

  TEST_CASE("fold_for_matching ignores case and accents") {
    CHECK(fold_for_matching("Zoë") == fold_for_matching("zoe"));
    CHECK(fold_for_matching("Sanne de Vries") == fold_for_matching("sanne de vries"));
    CHECK(fold_for_matching("Anouk Vermeulen-Çelik") == "anouk vermeulen-celik");
    CHECK(fold_for_matching("日本") == "日本");
  }

  TEST_CASE("match_prefix finds unique prefixes") {
    const std::vector<std::string> all = {"abc12345", "abd12345", "zzz00000"};
    CHECK(match_prefix("ab", all).size() == 2);
    CHECK(match_prefix("abc", all) == std::vector<std::string>{"abc12345"});
    CHECK(match_prefix("q", all).empty());
    CHECK(match_prefix("zorg", {"zorg", "zorg-2"}) == std::vector<std::string>{"zorg"});
  }

  TEST_CASE("closest_match suggests likely typos only") {
    const std::vector<std::string_view> known = {"name", "members", "problem", "agreements"};
    CHECK(closest_match("membres", known) == "members");
    CHECK(closest_match("probleem", known) == "problem");
    CHECK(closest_match("xyzzyq", known).empty());
  }
}
