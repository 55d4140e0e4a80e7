// Which freeze and phases an indicator's run chart gets from its file and the workgroup.
#include "evaluation.hpp"
#include "workgroup.hpp"

#include <doctest/doctest.h>

using namespace alearn;

namespace {

Date evaluation_day(unsigned month, unsigned day_of_month) {
  return std::chrono::year{2026} / std::chrono::month{month} / std::chrono::day{day_of_month};
}

// The first of every month of 2026.
std::vector<Point> monthly() {
  std::vector<Point> points;
  for (unsigned month = 1; month <= 12; ++month) {
    points.push_back(Point{evaluation_day(month, 1), static_cast<double>(month)});
  }
  return points;
}

Experiment experiment(std::optional<Date> started, std::optional<Date> finished,
                      std::optional<Decision> decision, std::vector<std::string> indicators) {
  Experiment made;
  made.started = started;
  made.finished = finished;
  made.decision = decision;
  made.indicators = std::move(indicators);
  return made;
}

Indicator welcome(ChartPeriods periods) {
  Indicator indicator;
  indicator.slug = "welcome";
  indicator.periods = std::move(periods);
  return indicator;
}

} // namespace

TEST_SUITE("evaluation") {
  TEST_CASE("an indicator that asks for nothing gets no freeze and one phase") {
    Workgroup group;
    group.experiments.push_back(
        experiment(evaluation_day(3, 10), evaluation_day(5, 20), Decision::adopt, {"welcome"}));
    const ChartOptions options = chart_options(group, welcome({}), monthly());
    CHECK_FALSE(options.freeze.has_value());
    CHECK(options.phase_starts.empty());
  }

  TEST_CASE("the baseline period ends on a day, or when the first experiment started") {
    Workgroup group;
    group.experiments.push_back(experiment(std::nullopt, std::nullopt, std::nullopt, {})); // planned
    group.experiments.push_back(experiment(evaluation_day(6, 15), std::nullopt, std::nullopt, {"other"}));
    group.experiments.push_back(experiment(evaluation_day(4, 1), std::nullopt, std::nullopt, {}));
    // Up to and including 1 March: January, February and March.
    CHECK(chart_options(group, welcome({evaluation_day(3, 1), false, {}, false}), monthly()).freeze ==
          std::optional<std::size_t>{3});
    // Before 1 April, the day the first experiment (of any indicator) started.
    CHECK(chart_options(group, welcome({std::nullopt, true, {}, false}), monthly()).freeze ==
          std::optional<std::size_t>{3});
    SUBCASE("no experiment started yet: no freeze") {
      Workgroup planned;
      planned.experiments.push_back(experiment(std::nullopt, std::nullopt, std::nullopt, {"welcome"}));
      CHECK_FALSE(
          chart_options(planned, welcome({std::nullopt, true, {}, false}), monthly()).freeze.has_value());
    }
  }

  TEST_CASE("an adopted experiment aimed at the indicator starts a phase when the indicator asks") {
    Workgroup group;
    group.experiments.push_back(
        experiment(evaluation_day(3, 10), evaluation_day(5, 20), Decision::adopt, {"welcome"}));
    group.experiments.push_back(
        experiment(evaluation_day(3, 10), evaluation_day(7, 20), Decision::adapt, {"welcome"}));
    group.experiments.push_back(
        experiment(evaluation_day(3, 10), evaluation_day(8, 20), Decision::adopt, {"other"}));
    const Indicator asks = welcome({std::nullopt, false, {evaluation_day(10, 1)}, true});
    CHECK(chart_options(group, asks, monthly()).phase_starts ==
          std::vector{evaluation_day(10, 1), evaluation_day(5, 20)});
    const Indicator silent = welcome({std::nullopt, false, {evaluation_day(10, 1)}, false});
    CHECK(chart_options(group, silent, monthly()).phase_starts == std::vector{evaluation_day(10, 1)});
  }

  TEST_CASE("a signal in an earlier phase is told against that phase's median") {
    // Phase one: 1 2 1 2 1 2 then 9 8 9 8 9 8 (median 5); phase two: 100 to 111.
    std::vector<Point> points;
    const std::vector<double> values = {1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8};
    for (std::size_t i = 0; i < 24; ++i) {
      const double value = i < 12 ? values[i] : 100 + static_cast<double>(i);
      points.push_back(Point{
          std::chrono::sys_days{evaluation_day(1, 1)} + std::chrono::days{7 * static_cast<int>(i)}, value});
    }
    const Date second = points[12].date;
    const RunChart chart = analyse(points, Better::up, RuleSet::perla, ChartOptions{std::nullopt, {second}});
    REQUIRE(chart.signals.size() >= 2);
    CHECK(chart.signals[1].first == 6);
    CHECK(signal_text(chart.signals[1], chart).en == "shift: 6 points above the median");
  }
}
