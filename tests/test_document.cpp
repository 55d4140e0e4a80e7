#include "document.hpp"

#include <doctest/doctest.h>

#include <array>

using namespace alearn;

TEST_SUITE("document") {
  TEST_CASE("front matter and body are split at the delimiter lines") {
    auto doc = parse_document("a.md", "---\nname: A\n---\n# Body\ntext\n", Format::markdown);
    REQUIRE(doc.has_value());
    CHECK(doc->root["name"].as<std::string>() == "A");
    CHECK(doc->body() == "# Body\ntext\n");
    CHECK(doc->yaml_line == 2);
  }

  TEST_CASE("a byte-order mark and CRLF are accepted") {
    auto doc = parse_document("a.md", "\xEF\xBB\xBF---\r\nname: A\r\n---\r\nbody\r\n", Format::markdown);
    REQUIRE(doc.has_value());
    CHECK(doc->root["name"].as<std::string>() == "A");
    CHECK(doc->newline() == "\r\n");
  }

  TEST_CASE("errors name the file and the line") {
    SUBCASE("missing front matter") {
      auto doc = parse_document("a.md", "name: A\n", Format::markdown);
      REQUIRE_FALSE(doc.has_value());
      CHECK(doc.error().line == 1);
      CHECK(doc.error().file == "a.md");
    }
    SUBCASE("unclosed front matter") {
      CHECK_FALSE(parse_document("a.md", "---\nname: A\n", Format::markdown).has_value());
    }
    SUBCASE("invalid YAML") {
      auto doc = parse_document("a.md", "---\nname: A\nmembers: [a\n---\n", Format::markdown);
      REQUIRE_FALSE(doc.has_value());
      CHECK(doc.error().line >= 3);
      CHECK(doc.error().message.en.find("invalid YAML") != std::string::npos);
    }
    SUBCASE("not UTF-8") {
      auto doc = parse_document("a.yaml", "name: A\nx: \xFF\xFE\n", Format::yaml);
      REQUIRE_FALSE(doc.has_value());
      CHECK(doc.error().line == 2);
    }
    SUBCASE("binary with NUL bytes") {
      CHECK_FALSE(parse_document("a.yaml", std::string("a\0b", 3), Format::yaml).has_value());
    }
  }

  TEST_CASE("check_keys suggests the key that was meant") {
    auto doc = parse_document("a.yaml", "name: A\nmembrs: []\n", Format::yaml);
    REQUIRE(doc.has_value());
    constexpr std::array<std::string_view, 2> known = {"name", "members"};
    auto checked = check_keys(*doc, doc->root, known);
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().line == 2);
    CHECK(checked.error().column == 1);
    CHECK(checked.error().message.en == "unknown key 'membrs'; did you mean 'members'?");
    CHECK(checked.error().message.nl == "onbekende sleutel 'membrs'; bedoel je 'members'?");
  }

  TEST_CASE("typed getters report the value's position") {
    auto doc = parse_document("a.yaml", "start: 2026-02-30\nn: x\nlist: a\n", Format::yaml);
    REQUIRE(doc.has_value());
    auto date = get_date(*doc, doc->root, "start");
    REQUIRE_FALSE(date.has_value());
    CHECK(date.error().line == 1);
    CHECK(date.error().column == 8);
    CHECK_FALSE(get_integer(*doc, doc->root, "n").has_value());
    CHECK_FALSE(get_text_list(*doc, doc->root, "list").has_value());
    CHECK_FALSE(get_text(*doc, doc->root, "missing", Need::required).has_value());
    CHECK(get_text(*doc, doc->root, "missing").value().empty());
  }

  TEST_CASE("deeply nested documents are refused, not crashed on") {
    std::string deep(5000, '[');
    auto doc = parse_document("a.yaml", "x: " + deep + "\n", Format::yaml);
    CHECK_FALSE(doc.has_value());
  }
}
