#include "dates.hpp"

#include <doctest/doctest.h>

using namespace alearn;

TEST_SUITE("dates") {
  // In the suite's own namespace: in a unity build, the files after this one keep their `day`.
  using namespace std::chrono;

  TEST_CASE("parse_date accepts real calendar dates only") {
    CHECK(parse_date("2026-11-23") == year_month_day{year{2026}, month{11}, day{23}});
    CHECK(parse_date("2028-02-29").has_value());
    CHECK_FALSE(parse_date("2026-02-29").has_value());
    CHECK_FALSE(parse_date("2026-13-01").has_value());
    CHECK_FALSE(parse_date("2026-1-01").has_value());
    CHECK_FALSE(parse_date("23-11-2026").has_value());
    CHECK_FALSE(parse_date("").has_value());
    CHECK_FALSE(parse_date("2026-+1-01").has_value());
  }

  TEST_CASE("dates from 1900 to 2200 only; outside them the message says so") {
    CHECK(parse_date("1900-01-01").has_value());
    CHECK(parse_date("2200-12-31").has_value());
    CHECK_FALSE(parse_date("1899-12-31").has_value());
    CHECK_FALSE(parse_date("2201-01-01").has_value());
    CHECK_FALSE(parse_date("0001-01-01").has_value());
    CHECK_FALSE(parse_date("9999-12-31").has_value());
    CHECK(outside_years("0226-11-23"));
    CHECK_FALSE(outside_years("2026-11-23"));
    CHECK_FALSE(outside_years("0226-02-30")); // not a date at all
    CHECK(date_problem("0226-11-23").en == "0226-11-23 lies outside the years alearn accepts (1900 to 2200)");
    CHECK(date_problem("0226-11-23").nl ==
          "0226-11-23 ligt buiten de jaren die alearn aanneemt (1900 tot en met 2200)");
    CHECK(date_problem("2026-02-30").en == "'2026-02-30' is not a valid date (YYYY-MM-DD)");
    CHECK_FALSE(parse_timestamp("1899-12-31T23:59:59.999Z").has_value());
  }

  TEST_CASE("timestamps round-trip and sort as text") {
    const Timestamp t =
        sys_days{year{2026} / 11 / 23} + hours{14} + minutes{5} + seconds{12} + milliseconds{345};
    CHECK(format_timestamp(t) == "2026-11-23T14:05:12.345Z");
    CHECK(parse_timestamp("2026-11-23T14:05:12.345Z") == t);
    CHECK(parse_timestamp("2026-11-23T14:05:12Z") == t - milliseconds{345});
    CHECK_FALSE(parse_timestamp("2026-11-23 14:05:12Z").has_value());
    CHECK_FALSE(parse_timestamp("2026-11-23T25:05:12Z").has_value());
  }

  TEST_CASE("months_between counts whole months") {
    const auto d = [](int y, unsigned m, unsigned dd) { return year_month_day{year{y}, month{m}, day{dd}}; };
    CHECK(months_between(d(2026, 1, 15), d(2026, 4, 15)) == 3);
    CHECK(months_between(d(2026, 1, 15), d(2026, 4, 14)) == 2);
    CHECK(months_between(d(2026, 11, 1), d(2027, 2, 1)) == 3);
    CHECK(months_between(d(2026, 4, 15), d(2026, 1, 15)) == -3);
  }
}
