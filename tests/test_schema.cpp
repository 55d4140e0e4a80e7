#include "helpers.hpp"
#include "repository.hpp"
#include "schema.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

std::vector<Error> check(const std::string &schema, const std::string &text, Format format = Format::yaml) {
  auto doc = parse_document("x", text, format);
  REQUIRE(doc.has_value());
  return schema_errors(*doc, schema);
}

} // namespace

TEST_SUITE("schema") {
  TEST_CASE("every schema in schemas/ is built in") {
    std::size_t files = 0;
    for (const auto &entry : fs::directory_iterator(source_dir() / "schemas")) {
      ++files;
      const std::string name = entry.path().filename().string();
      const auto found = std::ranges::find_if(embedded_schemas(), [&](const EmbeddedSchema &schema) {
        return std::string(schema.name) + ".schema.json" == name;
      });
      CHECK(found != embedded_schemas().end());
    }
    CHECK(files == embedded_schemas().size());
  }

  TEST_CASE("every file of the example repository matches its schema") {
    const fs::path examples = source_dir() / "examples";
    const auto expect_clean = [](const fs::path &file, const std::string &schema, Format format) {
      auto doc = load_document(file, format);
      REQUIRE(doc.has_value());
      for (const auto &error : schema_errors(*doc, schema)) {
        FAIL_CHECK(file.string() << ":" << error.line << ": " << error.message.en);
      }
    };
    expect_clean(examples / "alearn.yaml", "config", Format::yaml);
    std::size_t checked = 1;
    for (const auto &entry : fs::recursive_directory_iterator(examples / "workgroups")) {
      const fs::path &file = entry.path();
      const std::string folder = file.parent_path().filename().string();
      if (file.filename() == "workgroup.md") {
        expect_clean(file, "workgroup", Format::markdown);
      } else if (folder == "steps") {
        expect_clean(file, "step-event", Format::yaml);
      } else if (folder == "indicators") {
        expect_clean(file, "indicator", Format::markdown);
      } else {
        continue;
      }
      ++checked;
    }
    CHECK(checked > 40);
  }

  TEST_CASE("problems are explained in both languages at their place") {
    SUBCASE("unknown key, with the key that was meant") {
      const auto errors = check("workgroup", "name: A\nmembrs: []\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].line == 2);
      CHECK(errors[0].column == 1);
      CHECK(errors[0].message.en == "unknown key 'membrs'; did you mean 'members'?");
      CHECK(errors[0].message.nl == "onbekende sleutel 'membrs'; bedoel je 'members'?");
    }
    SUBCASE("missing key") {
      const auto errors = check("workgroup", "problem: P\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].message.en == "the key 'name' is missing");
    }
    SUBCASE("wrong type, inside a list") {
      const auto errors = check("workgroup", "name: A\nmembers:\n  - name: [x]\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].line == 3);
      CHECK(errors[0].message.en == "'members[1].name' must be a text or a number");
      CHECK(errors[0].message.nl == "'members[1].name' moet een tekst of een getal zijn");
    }
    SUBCASE("not one of the allowed values") {
      const auto errors =
          check("step-event", "step: 5\naction: finished\nat: 2026-01-01T00:00:00Z\ncycle: 1\nround: 1\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].message.en == "'action' is one of: done, reopen, again, new-cycle; not 'finished'");
    }
    SUBCASE("a form told by the schema") {
      const auto errors = check("workgroup", "name: A\nstart: 31-12-2026\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].message.en == "'start' is not a date like 2026-11-24: 31-12-2026");
    }
    SUBCASE("out of range") {
      const auto errors =
          check("step-event", "step: 16\naction: done\nat: 2026-01-01T00:00:00Z\ncycle: 1\nround: 1\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].message.en == "'step' must be between 1 and 15");
    }
    SUBCASE("several problems in one file are all reported") {
      const auto errors = check("step-event", "step: 0\naction: x\nextra: 1\n");
      CHECK(errors.size() >= 4);
    }
    SUBCASE("not a mapping at all") {
      const auto errors = check("config", "- a\n- b\n");
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].message.en == "expected a mapping of 'key: value' here");
    }
  }
}
