#include "indicator.hpp"

#include <doctest/doctest.h>

using namespace alearn;

namespace {

Indicator of_type(IndicatorType type) {
  Indicator indicator;
  indicator.slug = "score";
  indicator.type = type;
  return indicator;
}

std::string refusal(const Indicator &indicator, std::string_view text) {
  const auto value = parse_value(indicator, text);
  REQUIRE_FALSE(value.has_value());
  return value.error().message.en;
}

} // namespace

TEST_SUITE("indicator") {
  TEST_CASE("a frequency is typed in English or Dutch and kept in the words of the file") {
    const std::vector<std::pair<std::string, std::string>> said = {
        {"weekly", "weekly"},          {"Wekelijks", "weekly"},
        {"per week", "weekly"},        {"monthly", "monthly"},
        {"maandelijks", "monthly"},    {"Per  Maand", "monthly"},
        {"per month", "monthly"},      {"quarterly", "quarterly"},
        {"per kwartaal", "quarterly"}, {"driemaandelijks", "quarterly"},
        {"14 days", "14 days"},        {"14 dagen", "14 days"},
        {"elke 14 dagen", "14 days"},  {"every 21 days", "21 days"},
        {" 10 DAGEN ", "10 days"},     {"1 dag", "1 days"},
        {"om de 3 dagen", "3 days"}};
    for (const auto &[text, stored] : said) {
      CAPTURE(text);
      CHECK(parse_frequency(text) == std::optional<std::string>{stored});
      CHECK(is_valid_frequency(*parse_frequency(text)));
    }
    for (const std::string text : {"", "daily", "dagelijks", "0 dagen", "-3 days", "014 days", "14", "days",
                                   "veertien dagen", "per jaar", "14 weken"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_frequency(text).has_value());
    }
  }

  TEST_CASE("values up to a million million either way; nothing that is not a finite number") {
    const Indicator number = of_type(IndicatorType::number);
    CHECK(parse_value(number, "1e12") == 1e12);
    CHECK(parse_value(number, "-1000000000000") == -1e12);
    CHECK(parse_value(number, "2,8") == 2.8);
    CHECK(parse_value(number, "0.0000001") == 1e-7);
    CHECK(refusal(number, "99999999999999999999999") ==
          "99999999999999999999999 is larger than a measurement of 'score' can be: alearn takes numbers from "
          "-1e12 to 1e12 (a million million)");
    CHECK(refusal(number, "-1000000000000.5").starts_with("-1000000000000.5 is larger than"));
    CHECK(refusal(number, "1e308").starts_with("1e308 is larger"));
    CHECK(parse_value(number, "1e12").has_value());
    for (const char *text : {"nan", "inf", "-inf", "infinity", "1e999", "0x10", "", " 3", "3 ", "1.2.3"}) {
      INFO(text);
      CHECK(refusal(number, text).find("is not a number") != std::string::npos);
    }
    const auto dutch = parse_value(number, "1e13");
    REQUIRE_FALSE(dutch);
    CHECK(dutch.error().message.nl.starts_with("1e13 is groter dan een meting van 'score' kan zijn"));
  }

  TEST_CASE("a value is stored as typed; a decimal comma becomes a point") {
    const Indicator number = of_type(IndicatorType::number);
    CHECK(stored_value(number, "99999999999") == "99999999999");
    CHECK(stored_value(number, "12,50") == "12.50");
    CHECK(stored_value(number, "0.0000001") == "0.0000001");
    CHECK(stored_value(number, "1e3") == "1e3");
    CHECK(stored_value(of_type(IndicatorType::rating), "4") == "4");
    CHECK(stored_value(of_type(IndicatorType::yes_no), "Ja") == "yes");
    CHECK(stored_value(of_type(IndicatorType::yes_no), "nee") == "no");
  }

  TEST_CASE("a new indicator keeps its baseline and target as typed") {
    NewIndicator indicator;
    indicator.name = "Open shifts";
    indicator.baseline = "12,5";
    indicator.target = "3.00";
    const std::string text = render_new_indicator(indicator, Lang::en);
    CHECK(text.find("baseline: 12.5\n") != std::string::npos);
    CHECK(text.find("target: 3.00\n") != std::string::npos);
    indicator.type = IndicatorType::yes_no;
    indicator.baseline = "ja";
    indicator.target = "";
    const std::string yes_no = render_new_indicator(indicator, Lang::en);
    CHECK(yes_no.find("baseline: yes\n") != std::string::npos);
    CHECK(yes_no.find("target:\n") != std::string::npos);
  }
}

namespace {

Parsed<Indicator> indicator_from(const std::string &front_matter) {
  auto doc = parse_document("workgroups/w/indicators/welcome.md",
                            "---\nname: Welcome\n" + front_matter + "---\n", Format::markdown);
  REQUIRE(doc.has_value());
  return parse_indicator(*doc, "welcome");
}

Date day(int year, unsigned month, unsigned day_of_month) {
  return std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day_of_month};
}

} // namespace

TEST_SUITE("indicator") {
  TEST_CASE("an indicator without baseline period or phases reads as before") {
    const auto indicator = indicator_from("direction: up\n");
    REQUIRE(indicator.has_value());
    CHECK(indicator->periods == ChartPeriods{});
  }

  TEST_CASE("the baseline period and the phases of the run chart") {
    const auto indicator = indicator_from(
        "baseline_until: 2026-03-01\nphases: [2026-06-01, 2026-09-14]\nnew_phase_when_adopted: true\n");
    REQUIRE(indicator.has_value());
    CHECK(indicator->periods.baseline_until == day(2026, 3, 1));
    CHECK_FALSE(indicator->periods.baseline_until_first_experiment);
    CHECK(indicator->periods.phases == std::vector{day(2026, 6, 1), day(2026, 9, 14)});
    CHECK(indicator->periods.new_phase_when_adopted);
    SUBCASE("until the first experiment, phases as a block list") {
      const auto first = indicator_from("baseline_until: first-experiment\nphases:\n  - 2026-06-01\n");
      REQUIRE(first.has_value());
      CHECK(first->periods.baseline_until_first_experiment);
      CHECK_FALSE(first->periods.baseline_until.has_value());
      CHECK(first->periods.phases == std::vector{day(2026, 6, 1)});
    }
    SUBCASE("empty fields are as absent") {
      const auto empty = indicator_from("baseline_until:\nphases:\nnew_phase_when_adopted:\n");
      REQUIRE(empty.has_value());
      CHECK(empty->periods == ChartPeriods{});
    }
  }

  TEST_CASE("a wrong baseline period or phase is an error on its line") {
    const auto line_of = [](const std::string &front_matter, const std::string &expected) {
      const auto indicator = indicator_from(front_matter);
      REQUIRE_FALSE(indicator.has_value());
      const Error &error = indicator.error().front();
      INFO(error.message.en);
      CHECK(error.message.en.find(expected) != std::string::npos);
      return error.line;
    };
    CHECK(line_of("unit: x\nbaseline_until: 2026-02-30\n", "not a real date") == 4);
    CHECK(line_of("baseline_until: before the buddies\n", "a date like 2026-03-01 or first-experiment") == 3);
    CHECK(line_of("phases:\n  - 2026-06-01\n  - in June\n", "not a date like") == 5);
    CHECK(line_of("phases: [2026-06-01, 2026-13-01]\n", "not a real date") == 3);
    CHECK(line_of("new_phase_when_adopted: sometimes\n", "new_phase_when_adopted") == 3);
  }
}
