#include "choices.hpp"
#include "enums.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace alearn;
using namespace alearn::test;

namespace {

template <typename E> std::set<std::string> words_of_table() {
  std::set<std::string> words;
  for (const auto &word : enum_words<E>()) {
    words.insert(std::string(word.word));
  }
  return words;
}

// The strings of the schema's `enum` (null, which allows the key to be empty, left out).
std::set<std::string> words_of_schema(std::string_view schema, std::string_view pointer) {
  std::ifstream in(source_dir() / "schemas" / (std::string(schema) + ".schema.json"));
  REQUIRE(in);
  const auto json = nlohmann::json::parse(in);
  const auto &list = json.at(nlohmann::json::json_pointer(std::string(pointer)));
  REQUIRE(list.is_array());
  std::set<std::string> words;
  for (const auto &item : list) {
    if (!item.is_null()) {
      words.insert(item.get<std::string>());
    }
  }
  return words;
}

template <typename E> void check_table() {
  const auto &table = enum_table(E{});
  REQUIRE(!table.words.empty());
  // Each value once, in the order of the enum, with its words.
  for (std::size_t i = 0; i < table.words.size(); ++i) {
    const auto &word = table.words[i];
    CHECK(static_cast<std::size_t>(word.value) == i);
    CHECK(word_of(word.value) == word.word);
    CHECK(parse_word<E>(word.word) == word.value);
    CHECK(!word.nl.empty());
    CHECK(!word.en.empty());
    CHECK(!word.accepted_dutch().empty());
  }
  CHECK(words_of_table<E>().size() == table.words.size());
  CHECK(parse_word<E>("") == std::nullopt);
  CHECK(parse_word<E>("not-a-word") == std::nullopt);
  if (table.schema.empty()) {
    return;
  }
  // Both ways: every word of the table is in the schema, and every word of the schema in the table.
  const auto in_schema = words_of_schema(table.schema, table.pointer);
  for (const auto &word : words_of_table<E>()) {
    INFO("table word " << word << " in " << table.schema);
    CHECK(in_schema.contains(word));
  }
  for (const auto &word : in_schema) {
    INFO("schema word " << word << " in " << table.schema);
    CHECK(parse_word<E>(word).has_value());
  }
}

} // namespace

TEST_SUITE("enums") {
  TEST_CASE("each table agrees with its schema") {
    SUBCASE("log kinds") { check_table<LogKind>(); }
    SUBCASE("exploration kinds") { check_table<ExploreKind>(); }
    SUBCASE("assumptions about") { check_table<AssumptionAbout>(); }
    SUBCASE("verdicts") { check_table<Verdict>(); }
    SUBCASE("resource kinds") { check_table<ResourceKind>(); }
    SUBCASE("experiment states") { check_table<ExperimentState>(); }
    SUBCASE("decisions") { check_table<Decision>(); }
    SUBCASE("indicator types") { check_table<IndicatorType>(); }
    SUBCASE("directions") { check_table<Direction>(); }
    SUBCASE("step actions") { check_table<StepAction>(); }
    SUBCASE("rule sets") { check_table<RuleSet>(); }
    SUBCASE("signal kinds") { check_table<SignalKind>(); }
    SUBCASE("meanings") { check_table<Meaning>(); }
    SUBCASE("severities") { check_table<Severity>(); }
    SUBCASE("blocker kinds") { check_table<BlockerKind>(); }
    SUBCASE("blocker states") { check_table<BlockerState>(); }
    SUBCASE("course events") { check_table<CourseEvent>(); }
  }

  TEST_CASE("the words of files and the labels come from the tables") {
    CHECK(log_kind_name(LogKind::discovery) == "discovery");
    CHECK(log_kind_label(LogKind::discovery) == Text{"ontdekking", "discovery"});
    CHECK(about_label(AssumptionAbout::solution) == Text{"over oplossingen", "about solutions"});
    CHECK(type_name(IndicatorType::yes_no) == "yes-no");
    CHECK(parse_type("yes-no") == IndicatorType::yes_no);
    CHECK(direction_name(Direction::down) == "down");
    CHECK(signal_name(SignalKind::astronomical) == "astronomical-point");
    CHECK(parse_rule_set("anhoej") == RuleSet::anhoej);
    CHECK(action_name(StepAction::new_cycle) == "new-cycle");
    CHECK(alternatives<Decision>() == "adopt|adapt|abandon");
  }

  TEST_CASE("the choices of the command line come from the tables") {
    const auto abouts = choices_of<AssumptionAbout>();
    REQUIRE(abouts.size() == 2);
    CHECK(abouts[0].name == "problem");
    CHECK(abouts[0].dutch == "probleem"); // not the label "over het probleem"
    const auto kinds = choices::log_kinds;
    REQUIRE(kinds.size() == 3);
    CHECK(kinds[1].name == "discovery");
    CHECK(kinds[1].dutch == "ontdekking");
    CHECK(choices::indicator_types.at(2).dutch == "ja-nee");
  }

  TEST_CASE("the command line takes the Dutch word of a table") {
    CLI::Validator validator = one_of(choices::abouts, Lang::en);
    std::string value = "Probleem";
    CHECK(validator(value).empty());
    CHECK(value == "problem");
    value = "over";
    CHECK(validator(value) == "'over' is not one of: problem, solution");
  }
}
