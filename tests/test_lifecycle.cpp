// Dates that make sense for a workgroup's course (lib/lifecycle), and what a closed course
// owes (lib/evaluation): nothing, whenever its indicators were last measured.
#include "evaluation.hpp"
#include "lifecycle.hpp"
#include "workgroup.hpp"

#include <doctest/doctest.h>

using namespace alearn;

namespace {

Date course_day(int year, unsigned month, unsigned day) {
  return std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day};
}

StepEvent closed_step(int step, std::string at) {
  StepEvent event;
  event.id = "event" + std::to_string(step);
  event.step = step;
  event.at = std::move(at);
  return event;
}

// A group from March 2026 to February 2027 with one monthly indicator, last measured on
// 2 November 2026.
Workgroup course() {
  Workgroup group;
  group.slug = "wg";
  group.start = course_day(2026, 3, 2);
  group.end = course_day(2027, 2, 26);
  Indicator indicator;
  indicator.slug = "uitstroom";
  indicator.frequency = "monthly";
  Measurement measurement;
  measurement.date = course_day(2026, 11, 2);
  measurement.value = 26;
  indicator.measurements.push_back(measurement);
  group.indicators.push_back(indicator);
  return group;
}

} // namespace

TEST_SUITE("lifecycle") {
  TEST_CASE("a course shorter than three months is worth a word") {
    const auto short_one = short_duration(course_day(2026, 3, 2), course_day(2026, 6, 1));
    REQUIRE(short_one.has_value());
    CHECK(short_one->en ==
          "2026-03-02 to 2026-06-01 is shorter than three months, the least the method needs");
    CHECK(short_one->nl ==
          "van 2026-03-02 tot 2026-06-01 is korter dan drie maanden, de kortste duur die de methode vraagt");
    CHECK_FALSE(short_duration(course_day(2026, 3, 2), course_day(2026, 6, 2)).has_value());
    CHECK_FALSE(short_duration(std::nullopt, course_day(2026, 6, 1)).has_value());
    CHECK_FALSE(short_duration(course_day(2026, 3, 2), std::nullopt).has_value());
    // An end before the start is another problem, which the reader reports.
    CHECK_FALSE(short_duration(course_day(2026, 3, 2), course_day(2026, 1, 1)).has_value());
  }

  TEST_CASE("a course past its end date with step 15 open gets both ways out") {
    Workgroup group = course();
    CHECK_FALSE(past_end(group, course_day(2027, 2, 26)).has_value()); // the last day itself
    const auto ended = past_end(group, course_day(2027, 2, 27));
    REQUIRE(ended.has_value());
    CHECK(ended->end == course_day(2027, 2, 26));
    CHECK(ended->message.en ==
          "the end date (2027-02-26) has passed, but step 15 is not done: move the end date, or close the "
          "process:");
    REQUIRE(ended->ways_out.size() == 2);
    CHECK(ended->ways_out[0].action == Action::workgroup_set);
    CHECK(ended->ways_out[0].arguments.front().value.en == "end");
    CHECK(ended->ways_out[1] == Advice{Action::step_done, {word(Param::word, "15")}, "wg"});
    SUBCASE("closed: no warning") {
      group.step_events.push_back(closed_step(15, "2027-02-20T10:00:00Z"));
      CHECK_FALSE(past_end(group, course_day(2027, 3, 1)).has_value());
    }
    SUBCASE("no end date: nothing to pass") {
      group.end.reset();
      CHECK_FALSE(past_end(group, course_day(2030, 1, 1)).has_value());
    }
  }

  TEST_CASE("after step 15 the indicators owe nothing, however recent their last measurement") {
    Workgroup group = course();
    const Date today = course_day(2026, 11, 23);
    IndicatorStatus open = indicator_status(group, group.indicators.front(), RuleSet::perla, today);
    CHECK(open.due == std::optional<Date>{course_day(2026, 12, 2)});
    CHECK_FALSE(open.overdue);
    CHECK_FALSE(open.lapsed);
    CHECK(is_active(group, today));
    group.step_events.push_back(closed_step(15, "2026-11-20T10:00:00Z"));
    IndicatorStatus closed = indicator_status(group, group.indicators.front(), RuleSet::perla, today);
    CHECK_FALSE(closed.overdue);
    CHECK(closed.lapsed);
    CHECK(has_ended(group, today));
    // Long after, too: never overdue.
    closed = indicator_status(group, group.indicators.front(), RuleSet::perla, course_day(2027, 1, 10));
    CHECK_FALSE(closed.overdue);
    CHECK(closed.lapsed);
  }

  TEST_CASE("past the end date the indicators owe nothing either") {
    Workgroup group = course();
    group.end = course_day(2026, 11, 10);
    const IndicatorStatus status =
        indicator_status(group, group.indicators.front(), RuleSet::perla, course_day(2026, 11, 23));
    CHECK_FALSE(status.overdue);
    CHECK(status.lapsed);
  }
}
