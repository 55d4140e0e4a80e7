#include "yaml_edit.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

using namespace alearn;

namespace {

Document markdown(const std::string &text) {
  auto doc = parse_document("workgroup.md", text, Format::markdown);
  REQUIRE(doc.has_value());
  return *doc;
}

std::string set(const std::string &text, const KeyPath &path, const std::string &value) {
  auto result = set_scalar(markdown(text), path, value);
  REQUIRE(result.has_value());
  // The result must parse and hold the new value.
  auto reparsed = markdown(*result);
  const Data *node = &reparsed.data;
  for (const auto &key : path) {
    node = &node->at(key);
  }
  CHECK(scalar_text(*node) == value);
  return *result;
}

} // namespace

TEST_SUITE("yaml_edit") {
  TEST_CASE("set_scalar replaces a plain value and keeps comments and the body") {
    const std::string text = "---\n# top comment\nname: Oud   # keep me\nproblem: x\n---\nBody *stays*.\n";
    CHECK(set(text, {"name"}, "Nieuw") ==
          "---\n# top comment\nname: Nieuw   # keep me\nproblem: x\n---\nBody *stays*.\n");
  }

  TEST_CASE("set_scalar fills an empty value and keeps its comment") {
    const std::string text = "---\nname: A\nproblem:  # stap 1\nend:\n---\n";
    CHECK(set(text, {"problem"}, "Te veel verloop") ==
          "---\nname: A\nproblem: Te veel verloop  # stap 1\nend:\n---\n");
    CHECK(set(text, {"end"}, "2027-03-31") == "---\nname: A\nproblem:  # stap 1\nend: 2027-03-31\n---\n");
  }

  TEST_CASE("set_scalar quotes what plain YAML would misread") {
    const std::string text = "---\nname: A\n---\n";
    CHECK(set(text, {"name"}, "a: b # c") == "---\nname: \"a: b # c\"\n---\n");
  }

  TEST_CASE("set_scalar replaces quoted and block values whole") {
    SUBCASE("double quoted") {
      CHECK(set("---\nname: \"A \\\" B\" # c\n---\n", {"name"}, "C") == "---\nname: C # c\n---\n");
    }
    SUBCASE("single quoted") {
      CHECK(set("---\nname: 'it''s'\nx: 1\n---\n", {"name"}, "C") == "---\nname: C\nx: 1\n---\n");
    }
    SUBCASE("literal block") {
      CHECK(set("---\nproblem: |\n  one\n  two\n# after\nx: 1\n---\n", {"problem"}, "kort") ==
            "---\nproblem: kort\n# after\nx: 1\n---\n");
    }
    SUBCASE("multi-line plain") {
      CHECK(set("---\nproblem: een lange\n  zin\nx: 1\n---\n", {"problem"}, "kort") ==
            "---\nproblem: kort\nx: 1\n---\n");
    }
  }

  TEST_CASE("set_scalar writes text with line breaks as a literal block") {
    CHECK(set("---\nproblem: x # c\nend: 1\n---\n", {"problem"}, "regel een\nregel twee") ==
          "---\nproblem: |- # c\n  regel een\n  regel twee\nend: 1\n---\n");
  }

  TEST_CASE("set_scalar adds a missing key and missing parents") {
    CHECK(set("---\nname: A\n---\nbody\n", {"problem"}, "P") == "---\nname: A\nproblem: P\n---\nbody\n");
    CHECK(set("---\nname: A\n---\n", {"design", "goal"}, "G") == "---\nname: A\ndesign:\n  goal: G\n---\n");
    CHECK(set("---\ndesign:  # stap 2\nname: A\n---\n", {"design", "goal"}, "G") ==
          "---\ndesign:  # stap 2\n  goal: G\nname: A\n---\n");
    CHECK(set("---\ndesign:\n    goal: G  # c\n    # tail\nname: A\n---\n", {"design", "means"}, "M") ==
          "---\ndesign:\n    goal: G  # c\n    means: M\n    # tail\nname: A\n---\n");
  }

  TEST_CASE("set_scalar edits a nested value in place") {
    const std::string text = "---\ndesign:\n  goal:   # doel\n  means: geld\n---\n";
    CHECK(set(text, {"design", "goal"}, "Behoud") ==
          "---\ndesign:\n  goal: Behoud   # doel\n  means: geld\n---\n");
  }

  TEST_CASE("set_scalar keeps CRLF line endings and a byte-order mark") {
    const std::string text = "\xEF\xBB\xBF---\r\nname: A\r\nproblem: x\r\n---\r\nbody\r\n";
    CHECK(set(text, {"problem"}, "y") == "\xEF\xBB\xBF---\r\nname: A\r\nproblem: y\r\n---\r\nbody\r\n");
    CHECK(set(text, {"end"}, "2027-01-01") ==
          "\xEF\xBB\xBF---\r\nname: A\r\nproblem: x\r\nend: 2027-01-01\r\n---\r\nbody\r\n");
  }

  TEST_CASE("set_scalar refuses to treat a list as a value") {
    auto result = set_scalar(markdown("---\nmembers:\n  - name: A\n---\n"), {"members"}, "x");
    CHECK_FALSE(result.has_value());
  }

  TEST_CASE("append_map_item adds a member after the last one") {
    const std::string text = "---\nmembers:\n  - name: A   # eerste\n    role: facilitator\n  # comment\n"
                             "  - name: B\n\n# free\nproblem: x\n---\n";
    auto result =
        append_map_item(markdown(text), {"members"}, {{"name", "Zoë"}, {"organisation", "De Linde"}});
    REQUIRE(result.has_value());
    CHECK(*result == "---\nmembers:\n  - name: A   # eerste\n    role: facilitator\n  # comment\n"
                     "  - name: B\n  - name: Zoë\n    organisation: De Linde\n\n# free\nproblem: x\n---\n");
  }

  TEST_CASE("append_map_item starts a list where there was none") {
    SUBCASE("empty key with a comment") {
      auto result =
          append_map_item(markdown("---\nmembers:  # leden\nx: 1\n---\n"), {"members"}, {{"name", "A"}});
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:  # leden\n  - name: A\nx: 1\n---\n");
    }
    SUBCASE("empty flow list") {
      auto result = append_map_item(markdown("---\nmembers: []\nx: 1\n---\n"), {"members"}, {{"name", "A"}});
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:\n  - name: A\nx: 1\n---\n");
    }
    SUBCASE("missing key") {
      auto result = append_map_item(markdown("---\nx: 1\n---\n"), {"members"}, {{"name", "A"}});
      REQUIRE(result.has_value());
      CHECK(*result == "---\nx: 1\nmembers:\n  - name: A\n---\n");
    }
  }

  TEST_CASE("append_text_item follows the list's own indentation") {
    auto result = append_text_item(markdown("---\nagreements:\n- Op tijd\nx: 1\n---\n"), {"agreements"},
                                   "Telefoon weg");
    REQUIRE(result.has_value());
    CHECK(*result == "---\nagreements:\n- Op tijd\n- Telefoon weg\nx: 1\n---\n");
  }

  TEST_CASE("append_text_item refuses a non-empty flow list") {
    CHECK_FALSE(append_text_item(markdown("---\nthemes: [a, b]\n---\n"), {"themes"}, "c").has_value());
  }

  TEST_CASE("remove_item removes one item's lines only") {
    const std::string text =
        "---\nmembers:\n  - name: A\n    role: r\n  # about B\n  - name: B\n  - name: C\nx: 1\n---\n";
    SUBCASE("first") {
      auto result = remove_item(markdown(text), {"members"}, 0);
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:\n  # about B\n  - name: B\n  - name: C\nx: 1\n---\n");
    }
    SUBCASE("last") {
      auto result = remove_item(markdown(text), {"members"}, 2);
      REQUIRE(result.has_value());
      CHECK(*result == "---\nmembers:\n  - name: A\n    role: r\n  # about B\n  - name: B\nx: 1\n---\n");
    }
    SUBCASE("out of range") { CHECK_FALSE(remove_item(markdown(text), {"members"}, 3).has_value()); }
  }

  TEST_CASE("render_scalar reads back as the same text") {
    for (const std::string value : {"plain", "a: b", "#hash", "yes", "", "  lead", "quote\"s", "Zoë", "007",
                                    "1.50", "true", "null", "~"}) {
      const std::string yaml = "k: " + render_scalar(value, 2) + "\n";
      CHECK(YAML::Load(yaml)["k"].as<std::string>("") == value);
      const auto data = read_yaml(yaml);
      REQUIRE(data.has_value());
      INFO(yaml);
      CHECK((*data)["k"] == value);
    }
  }
}
