#include "document.hpp"
#include "files.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;

TEST_SUITE("document") {
  TEST_CASE("front matter and body are split at the delimiter lines") {
    auto doc = parse_document("a.md", "---\nname: A\n---\n# Body\ntext\n", Format::markdown);
    REQUIRE(doc.has_value());
    CHECK(doc->data["name"] == "A");
    CHECK(doc->body() == "# Body\ntext\n");
    CHECK(doc->yaml_line == 2);
  }

  TEST_CASE("a byte-order mark and CRLF are accepted") {
    auto doc = parse_document("a.md", "\xEF\xBB\xBF---\r\nname: A\r\n---\r\nbody\r\n", Format::markdown);
    REQUIRE(doc.has_value());
    CHECK(doc->data["name"] == "A");
    CHECK(doc->newline() == "\r\n");
    CHECK(doc->body() == "body\r\n");
  }

  TEST_CASE("a byte-order mark after the opening line and indented front matter are read") {
    auto bom =
        parse_document("a.md", "---\n\xEF\xBB\xBFname: A\nend: 2027-01-01\n---\nbody\n", Format::markdown);
    REQUIRE(bom.has_value());
    CHECK(bom->data["name"] == "A");
    CHECK(bom->data["end"] == "2027-01-01");
    auto indented =
        parse_document("a.md", "---\n  name: A\n  members:\n    - name: B\n---\n", Format::markdown);
    REQUIRE(indented.has_value());
    CHECK(indented->data["members"][0]["name"] == "B");
    CHECK(error_at(*indented, Data::json_pointer("/members/0/name"), Text{"x", "x"}).line == 4);
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
    SUBCASE("invalid YAML is placed in the file, past the opening line") {
      auto doc = parse_document("a.md", "---\nname: A\nmembers: [a\n---\n", Format::markdown);
      REQUIRE_FALSE(doc.has_value());
      CHECK(doc.error().line >= 3);
      CHECK(doc.error().message.en.find("invalid YAML") != std::string::npos);
      CHECK(doc.error().message.nl.find("ongeldige YAML") != std::string::npos);
    }
    SUBCASE("a colon in plain text gets a hint in Dutch") {
      auto doc = parse_document("a.yaml", "note: Ronde 1: buddy's\n", Format::yaml);
      REQUIRE_FALSE(doc.has_value());
      CHECK(doc.error().line == 1);
      CHECK(doc.error().message.nl.find("aanhalingstekens") != std::string::npos);
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

  TEST_CASE("error_at points at a value or at its key") {
    auto doc =
        parse_document("a.md", "---\nname: A\nmembers:\n  - name: B\n    role:   x\n---\n", Format::markdown);
    REQUIRE(doc.has_value());
    const Error value = error_at(*doc, Data::json_pointer("/members/0/role"), Text{"x", "x"});
    CHECK(value.line == 5);
    CHECK(value.column == 13);
    const Error key = error_at(*doc, Data::json_pointer("/members/0/role"), Text{"x", "x"}, Spot::key);
    CHECK(key.line == 5);
    CHECK(key.column == 5);
  }

  TEST_CASE("typed fields read what the schema let through") {
    auto doc = parse_document("a.yaml", "start: 2026-02-30\nn: 7\nname: 1984\nlist: [a, 2]\nflag: true\n",
                              Format::yaml);
    REQUIRE(doc.has_value());
    auto date = date_field(*doc, Data::json_pointer("/start"));
    REQUIRE_FALSE(date.has_value());
    CHECK(date.error().line == 1);
    CHECK(date.error().column == 8);
    CHECK(integer_field(doc->data, "n") == 7);
    CHECK(text_field(doc->data, "name") == "1984");
    CHECK(text_field(doc->data, "missing").empty());
    CHECK(text_list(doc->data, "list") == std::vector<std::string>{"a", "2"});
    CHECK(flag_field(doc->data, "flag"));
    CHECK_FALSE(number_field(doc->data, "missing").has_value());
  }

  TEST_CASE("deeply nested documents are refused, not crashed on") {
    std::string deep(5000, '[');
    auto doc = parse_document("a.yaml", "x: " + deep + "\n", Format::yaml);
    CHECK_FALSE(doc.has_value());
  }

  TEST_CASE("reading only the front matter leaves the body on disk") {
    TempDir dir;
    const auto file = dir.path() / "big.md";
    std::string body(3 * 1024 * 1024, 'x');
    write_file(file, "---\nname: A\n---\n" + body);
    auto doc = load_document(file, Format::markdown, Extent::front_matter);
    REQUIRE(doc.has_value());
    CHECK(doc->text == "---\nname: A\n---\n");
    CHECK(doc->body().empty());
    CHECK(doc->data["name"] == "A");
    SUBCASE("a closing line split over two reads is found") {
      const std::string front = "---\nname: " + std::string(4090, 'a') + "\n---\nbody\n";
      write_file(file, front);
      auto split = load_document(file, Format::markdown, Extent::front_matter);
      REQUIRE(split.has_value());
      CHECK(split->text == front.substr(0, front.size() - 5));
    }
    SUBCASE("an unclosed front matter is refused without reading everything") {
      write_file(file, "---\nname: A\n" + body);
      auto unclosed = load_document(file, Format::markdown, Extent::front_matter);
      REQUIRE_FALSE(unclosed.has_value());
      CHECK(unclosed.error().message.en.find("not closed") != std::string::npos);
    }
  }

  TEST_CASE("files too large or not regular are refused") {
    TempDir dir;
    write_file(dir.path() / "huge.yaml", std::string(max_record_size + 1, 'a'));
    CHECK_FALSE(load_document(dir.path() / "huge.yaml", Format::yaml).has_value());
    CHECK_FALSE(load_document(dir.path(), Format::yaml).has_value());
    CHECK_FALSE(load_document(dir.path() / "missing.yaml", Format::yaml).has_value());
  }
}
