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
