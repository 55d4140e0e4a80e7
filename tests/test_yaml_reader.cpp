#include "yaml_reader.hpp"

#include <doctest/doctest.h>

using namespace alearn;

namespace {

Data read(std::string_view text) {
  auto data = read_yaml(text);
  INFO(text);
  REQUIRE(data.has_value());
  return *data;
}

YamlProblem problem(std::string_view text) {
  auto data = read_yaml(text);
  INFO(text);
  REQUIRE_FALSE(data.has_value());
  return data.error();
}

} // namespace

TEST_SUITE("yaml_reader") {
  TEST_CASE("plain scalars take the YAML 1.2 core types and quoted ones stay text") {
    const Data data =
        read("a: 12\nb: -3.5\nc: true\nd: ~\ne: 2026-11-24\nf: '12'\ng: yes\nh: 0x1f\ni: 1e3\nj:\n");
    CHECK(data["a"] == 12);
    CHECK(data["b"] == -3.5);
    CHECK(data["c"] == true);
    CHECK(data["d"].is_null());
    CHECK(data["e"] == "2026-11-24");
    CHECK(data["f"] == "12");
    CHECK(data["g"] == "yes"); // YAML 1.1 would say true
    CHECK(data["h"] == 31);
    CHECK(data["i"] == 1000.0);
    CHECK(data["j"].is_null());
  }

  TEST_CASE("nested maps and lists, block and flow") {
    const Data data = read("members:\n  - name: A\n    role: x\n  - {name: B}\nthemes: [a, b]\n");
    CHECK(data["members"][1]["name"] == "B");
    CHECK(data["themes"].size() == 2);
  }

  TEST_CASE("what alearn refuses") {
    SUBCASE("aliases, the way to a YAML bomb") {
      const auto found = problem("a: &x [1, 2]\nb: [*x, *x]\n");
      CHECK(found.line == 2);
      CHECK(found.message.en.find("aliases") != std::string::npos);
    }
    SUBCASE("duplicate keys") {
      const auto found = problem("name: A\nname: B\n");
      CHECK(found.line == 2);
      CHECK(found.message.en == "the key 'name' appears twice");
    }
    SUBCASE("deep nesting") { CHECK(problem(std::string(100, '[') + std::string(100, ']')).line == 1); }
    SUBCASE("two documents") { CHECK(problem("a: 1\n---\nb: 2\n").line == 3); }
    SUBCASE("unknown tags") { CHECK(problem("a: !secret x\n").message.en.find("tags") != std::string::npos); }
    SUBCASE("a mapping as a key") { CHECK(problem("? [a]\n: b\n").line == 1); }
    SUBCASE("syntax errors carry libyaml's words and a Dutch hint") {
      const auto found = problem("a: b: c\n");
      CHECK(found.line == 1);
      CHECK(found.message.en == "invalid YAML: mapping values are not allowed in this context");
    }
  }

  TEST_CASE("locate finds values and keys again") {
    const std::string text = "name: A\nmembers:\n  - name: B\n  - name: C\n    role: x\n";
    CHECK(locate(text, Data::json_pointer("/members/1/role")).line == 5);
    CHECK(locate(text, Data::json_pointer("/members/1/role")).column == 11);
    CHECK(locate(text, Data::json_pointer("/members/1/role"), Spot::key).column == 5);
    CHECK(locate(text, Data::json_pointer("/members/1")).line == 4);
    CHECK(locate(text, Data::json_pointer("/nothing")).line == 0);
    CHECK(locate(text, Data::json_pointer("")).line == 1);
  }
}
