#include "helpers.hpp"
#include "safe_text.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

Document markdown(const std::string &text) { return test::markdown_document("new.md", text); }

std::string message(const Status &status) {
  REQUIRE_FALSE(status.has_value());
  return status.error().message.en;
}

// The paths of the fields in `schema` whose text refuses a line break ("not" a pattern of one),
// as one_line_fields() names them; local $refs followed.
void one_line_paths(const nlohmann::json &root, const nlohmann::json &node, const std::string &path,
                    std::vector<std::string> &found) {
  const nlohmann::json *schema = &node;
  if (schema->contains("$ref")) {
    schema = &root.at(nlohmann::json::json_pointer((*schema)["$ref"].get<std::string>().substr(1)));
  }
  if (schema->contains("not") && (*schema)["not"].value("pattern", "") == "[\\n\\r]") {
    found.push_back(path);
  }
  if (schema->contains("properties")) {
    for (const auto &[key, child] : (*schema)["properties"].items()) {
      one_line_paths(root, child, path.empty() ? key : path + "." + key, found);
    }
  }
  if (schema->contains("items")) {
    one_line_paths(root, (*schema)["items"], path + "[]", found);
  }
}

} // namespace

TEST_SUITE("safe_text") {
  TEST_CASE("control characters are found; tab is text and line feed where lines are") {
    CHECK_FALSE(find_control("Zoë Hendriks\tteam Noord", Lines::one));
    CHECK_FALSE(find_control("two\nlines", Lines::many));
    const auto esc = find_control("a\x1b]0;title\a", Lines::many);
    REQUIRE(esc);
    CHECK(esc->offset == 1);
    CHECK(esc->code == 0x1b);
    CHECK(find_control("two\nlines", Lines::one)->code == '\n');
    CHECK(find_control("cr\ronly", Lines::many)->code == '\r');
    CHECK(find_control(std::string("nul\0", 4), Lines::many)->code == 0);
    CHECK(find_control("del\x7f", Lines::many)->code == 0x7f);
    SUBCASE("C1 controls as UTF-8, but not the letters that share their lead byte") {
      CHECK(find_control("csi \xc2\x9b", Lines::many)->code == 0x9b);
      CHECK(find_control("nel \xc2\x85", Lines::many)->code == 0x85);
      CHECK_FALSE(find_control("\xc2\xa0no-break space and \xc2\xb0 degrees", Lines::one));
      CHECK_FALSE(find_control("ends in a lead byte \xc2", Lines::one));
    }
  }

  TEST_CASE("new values: control characters refused everywhere and line breaks in one-line fields") {
    CHECK(check_new_value("title", "Buddies for newcomers"));
    CHECK(check_new_value("question", "How do we notice?\nBy asking."));
    contains(message(check_new_value("title", "a\x1b[31mred")),
             "'title' holds a control character (U+001B); alearn does not write control characters");
    contains(message(check_new_value("members[].name", "Zoë\nHendriks")),
             "'members.name' is one line: it cannot hold a line break");
    contains(message(check_new_value("present[]", "Zoë\r")), "'present' is one line");
    contains(message(check_new_value("problem", "Zoë\r")), "'problem' holds a control character (U+000D)");
    contains(message(check_new_value("note", "fine\n\abell")), "(U+0007)");
    contains(message(check_new_value("note", "n\x9b")), "'note' is not valid UTF-8 text");
    contains(message(check_new_value("note", "caf\xe9")), "'note' is not valid UTF-8 text");
    const Status dutch = check_new_value("owner", "a\nb");
    REQUIRE_FALSE(dutch);
    CHECK(dutch.error().message.nl == "'owner' is één regel: er mag geen regeleinde in");
  }

  TEST_CASE("a new document: every value by its path, the body, and the readers' limits") {
    CHECK(check_new_document(markdown("---\ntitle: Kick-off\npresent:\n  - Zoë\n---\nTwo\nlines\n")));
    contains(message(check_new_document(markdown("---\ntitle: \"a\\e]0;pwned\\a\"\n---\n"))),
             "'title' holds a control character (U+001B)");
    contains(message(check_new_document(markdown("---\npresent:\n  - \"Zoë\\nKarin\"\n---\n"))),
             "'present' is one line");
    contains(
        message(check_new_document(markdown("---\nactions:\n  - what: \"x\\ny\"\n    owner: Zoë\n---\n"))),
        "'actions.what' is one line");
    contains(message(check_new_document(markdown("---\ntitle: T\n---\nbody \x1b[2J\n"))),
             "the text holds a control character (U+001B)");
    SUBCASE("too large for a reader") {
      contains(
          message(check_new_document(markdown("---\ntitle: T\n---\n" + std::string(4 * 1024 * 1024, 'x')))),
          "the text is too long: the file would be 4194321 bytes, and alearn reads at most 4194304");
      contains(
          message(check_new_document(markdown("---\ntitle: " + std::string(300 * 1024, 'x') + "\n---\n"))),
          "the fields are too long");
    }
  }

  TEST_CASE("the one-line fields are the ones the schemas refuse a line break in") {
    std::vector<std::string> in_schemas;
    for (const auto &entry : fs::directory_iterator(source_dir() / "schemas")) {
      std::ifstream in(entry.path());
      const auto schema = nlohmann::json::parse(in);
      one_line_paths(schema, schema, "", in_schemas);
    }
    for (const auto &path : in_schemas) {
      INFO(path);
      CHECK(lines_of(path) == Lines::one);
    }
    for (const auto field : one_line_fields()) {
      INFO(field);
      CHECK(std::ranges::find(in_schemas, std::string(field)) != in_schemas.end());
    }
  }
}
