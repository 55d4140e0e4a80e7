// Run-chart rules on series with known answers.
#include "helpers.hpp"
#include "run_chart.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

using namespace alearn;

namespace {

std::vector<SignalKind> kinds(const RunChart &chart) {
  std::vector<SignalKind> found;
  for (const auto &signal : chart.signals) {
    found.push_back(signal.kind);
  }
  return found;
}

const Signal *find(const RunChart &chart, SignalKind kind) {
  for (const auto &signal : chart.signals) {
    if (signal.kind == kind) {
      return &signal;
    }
  }
  return nullptr;
}

} // namespace

TEST_SUITE("run_chart") {
  TEST_CASE("the runs limits reproduce Table 1 of Perla et al. for equal halves") {
    // n useful points -> (lower, upper), from the published table.
    const std::map<int, std::pair<int, int>> table = {
        {10, {3, 9}},   {12, {3, 11}},  {14, {4, 12}},  {16, {5, 13}},  {18, {6, 14}},  {20, {6, 16}},
        {22, {7, 17}},  {24, {8, 18}},  {26, {9, 19}},  {28, {10, 20}}, {30, {11, 21}}, {32, {11, 23}},
        {34, {12, 24}}, {36, {13, 25}}, {38, {14, 26}}, {40, {15, 27}}};
    for (const auto &[n, limits] : table) {
      const RunsLimits computed = runs_limits(n / 2, n / 2);
      INFO("n = " << n);
      CHECK(computed.lower == limits.first);
      CHECK(computed.upper == limits.second);
    }
    CHECK(runs_limits(0, 12).lower == 1); // all on one side: the runs test says nothing
  }

  TEST_CASE("the Anhøj limits are those of qicharts2") {
    CHECK(binomial_quantile(9, 0.05) == 2);   // n = 10
    CHECK(binomial_quantile(19, 0.05) == 6);  // n = 20
    CHECK(binomial_quantile(29, 0.05) == 10); // n = 30
    CHECK(binomial_quantile(99, 0.05) == 41); // n = 100
    const RunChart chart =
        analyse(test::weekly_points({1, 9, 2, 8, 3, 7, 4, 6, 1, 9, 2, 8, 3, 7, 4, 6, 1, 9, 2, 8}), Better::up,
                RuleSet::anhoej);
    CHECK(chart.longest_run_max == 7);
    CHECK(chart.crossings_min == 6);
    CHECK(chart.signals.empty());
  }

  TEST_CASE("fewer than 10 useful points: too few to judge") {
    const RunChart chart =
        analyse(test::weekly_points({1, 2, 3, 4, 5, 6, 7, 8, 9}), Better::up, RuleSet::perla);
    CHECK_FALSE(chart.enough);
    CHECK(chart.signals.empty());
    SUBCASE("points on the median are not useful") {
      const RunChart on_median =
          analyse(test::weekly_points({5, 5, 5, 5, 1, 9, 2, 8, 3, 7, 5}), Better::up, RuleSet::perla);
      CHECK(on_median.median == 5);
      CHECK(on_median.useful == 6);
      CHECK_FALSE(on_median.enough);
    }
  }

  TEST_CASE("a random-looking series has no signals") {
    const RunChart chart =
        analyse(test::weekly_points({3, 7, 8, 4, 2, 6, 9, 5, 1, 7, 4, 6}), Better::up, RuleSet::perla);
    CHECK(chart.enough);
    CHECK(chart.median == 5.5);
    CHECK(chart.runs == 8);
    CHECK(chart.signals.empty());
  }

  TEST_CASE("a shift of 6 or more, labelled by the better direction") {
    const RunChart chart =
        analyse(test::weekly_points({1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8}), Better::up, RuleSet::perla);
    REQUIRE(chart.enough);
    CHECK(chart.runs == 2);
    CHECK(chart.runs_lower == 3);
    CHECK(kinds(chart) == std::vector{SignalKind::shift, SignalKind::shift, SignalKind::too_few_runs});
    CHECK(chart.signals[0].meaning == Meaning::concern); // below the median while up is better
    CHECK(chart.signals[1].meaning == Meaning::improvement);
    CHECK(chart.signals[1].first == 6);
    CHECK(chart.signals[1].last == 11);
    CHECK(chart.signals[2].meaning == Meaning::improvement); // the latest run is on the better side
    SUBCASE("down is better") {
      const RunChart down =
          analyse(test::weekly_points({1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8}), Better::down, RuleSet::perla);
      CHECK(down.signals[1].meaning == Meaning::concern);
    }
  }

  TEST_CASE("points on the median neither count nor break a shift") {
    // Median 5; the five 9s and the 8 around two 5s make a run of 6 above.
    const RunChart chart =
        analyse(test::weekly_points({1, 2, 1, 3, 9, 9, 5, 9, 5, 9, 9, 8, 2, 1}), Better::up, RuleSet::perla);
    CHECK(chart.median == 5);
    const Signal *shift = find(chart, SignalKind::shift);
    REQUIRE(shift != nullptr);
    CHECK(shift->count == 6);
    CHECK(shift->first == 4);
    CHECK(shift->last == 11);
    SUBCASE("five are not enough") {
      const RunChart five = analyse(test::weekly_points({1, 2, 1, 3, 9, 9, 5, 9, 5, 9, 2, 8, 2, 1, 9}),
                                    Better::up, RuleSet::perla);
      CHECK(find(five, SignalKind::shift) == nullptr);
    }
  }

  TEST_CASE("a trend of 5 or more, of equal neighbours only one counting") {
    const RunChart chart =
        analyse(test::weekly_points({4, 6, 3, 7, 2, 8, 1, 2, 3, 4, 5, 6}), Better::down, RuleSet::perla);
    const Signal *trend = find(chart, SignalKind::trend);
    REQUIRE(trend != nullptr);
    CHECK(trend->count == 6);
    CHECK(trend->first == 6);
    CHECK(trend->last == 11);
    CHECK(trend->meaning == Meaning::concern); // going up while down is better
    SUBCASE("equal neighbours count once") {
      // 1 2 2 3 4: five points, but four that count.
      const RunChart four =
          analyse(test::weekly_points({5, 1, 9, 2, 8, 1, 2, 2, 3, 4, 1, 9}), Better::up, RuleSet::perla);
      CHECK(find(four, SignalKind::trend) == nullptr);
      const RunChart five =
          analyse(test::weekly_points({5, 1, 9, 2, 8, 1, 2, 2, 3, 4, 5, 1}), Better::up, RuleSet::perla);
      const Signal *counted = find(five, SignalKind::trend);
      REQUIRE(counted != nullptr);
      CHECK(counted->count == 5);
      CHECK(counted->first == 5);
      CHECK(counted->last == 10);
    }
  }

  TEST_CASE("too many runs: a series that alternates") {
    const RunChart chart =
        analyse(test::weekly_points({1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9}), Better::up, RuleSet::perla);
    CHECK(chart.runs == 12);
    CHECK(chart.runs_upper == 11);
    const Signal *runs = find(chart, SignalKind::too_many_runs);
    REQUIRE(runs != nullptr);
    CHECK(runs->meaning == Meaning::neutral);
  }

  TEST_CASE("an astronomical point lies outside Tukey's far-out fences") {
    const RunChart chart = analyse(test::weekly_points({10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 50, 11}),
                                   Better::down, RuleSet::perla);
    const Signal *far = find(chart, SignalKind::astronomical);
    REQUIRE(far != nullptr);
    CHECK(far->first == 10);
    CHECK(far->meaning == Meaning::concern);
    SUBCASE("a flat series has no spread and no astronomical points") {
      CHECK(
          find(analyse(test::weekly_points({3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 9}), Better::up, RuleSet::perla),
               SignalKind::astronomical) == nullptr);
    }
  }

  TEST_CASE("the Anhøj rules: the longest run and the crossings") {
    // 16 useful points: the longest run may be 7 and there should be at least 4 crossings; 8
    // below then 8 above is a shift, and crosses the median once.
    const RunChart chart =
        analyse(test::weekly_points({1, 2, 3, 4, 5, 6, 7, 8, 20, 21, 22, 23, 24, 25, 26, 27}), Better::up,
                RuleSet::anhoej);
    CHECK(chart.longest_run == 8);
    CHECK(chart.longest_run_max == 7);
    CHECK(chart.crossings == 1);
    CHECK(chart.crossings_min == 4);
    CHECK(kinds(chart) == std::vector{SignalKind::shift, SignalKind::too_few_crossings});
    CHECK(chart.signals[0].first == 8); // the latest of the longest runs
    CHECK(chart.signals[0].meaning == Meaning::improvement);
    CHECK(chart.signals[1].meaning == Meaning::improvement);
    SUBCASE("a run of 7 in 14 points is no shift") {
      const RunChart seven = analyse(test::weekly_points({1, 2, 3, 4, 5, 6, 7, 8, 20, 21, 22, 23, 24, 25}),
                                     Better::up, RuleSet::anhoej);
      CHECK(seven.longest_run == 7);
      CHECK(find(seven, SignalKind::shift) == nullptr);
    }
  }

  TEST_CASE("points are taken in date order") {
    std::vector<Point> points = test::weekly_points({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    std::ranges::reverse(points);
    const RunChart chart = analyse(points, Better::up, RuleSet::perla);
    CHECK(chart.points.front().value == 1);
    CHECK(find(chart, SignalKind::trend)->meaning == Meaning::improvement);
  }
}

namespace {

const std::vector<double> random_looking = {3, 7, 8, 4, 2, 6, 9, 5, 1, 7, 4, 6}; // median 5.5, no signals

std::vector<double> joined(std::vector<double> first, const std::vector<double> &second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

std::vector<double> plus(std::vector<double> values, double offset) {
  for (double &value : values) {
    value += offset;
  }
  return values;
}

} // namespace

TEST_SUITE("run_chart") {
  TEST_CASE("without options the chart is one phase and reads as before") {
    const RunChart chart =
        analyse(test::weekly_points({1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8}), Better::up, RuleSet::perla);
    REQUIRE(chart.phases.size() == 1);
    CHECK(chart.phases[0].first == 0);
    CHECK(chart.phases[0].last == 11);
    CHECK_FALSE(chart.phases[0].frozen_through.has_value());
    CHECK(chart.phases[0].analysis == static_cast<const RunsAnalysis &>(chart));
    CHECK(chart.median == 5);
    CHECK(median_at(chart, 11) == 5);
    CHECK(analyse({}, Better::up, RuleSet::perla).phases.empty());
  }

  TEST_CASE("a frozen median: computed from the baseline and extended over the later points") {
    // Ten baseline points with median 5.5, then eight 9s. qicharts2's freeze = 10: every point,
    // the baseline's included, is judged against 5.5. The run above starts with the baseline's
    // last point (7): 9 points, more than round(log2(18) + 3) = 7. Crossings: 5, and
    // qbinom(0.05, 17, 0.5) = 5, so no signal there.
    const std::vector<double> values = joined({3, 7, 8, 4, 2, 6, 9, 5, 1, 7}, std::vector<double>(8, 9));
    const RunChart chart =
        analyse(test::weekly_points(values), Better::up, RuleSet::anhoej, ChartOptions{10, {}});
    REQUIRE(chart.phases.size() == 1);
    CHECK(chart.median == 5.5);
    CHECK(chart.phases[0].frozen_through == std::optional<std::size_t>{9});
    CHECK(chart.useful == 18);
    CHECK(chart.longest_run == 9);
    CHECK(chart.longest_run_max == 7);
    CHECK(chart.crossings == 5);
    CHECK(chart.crossings_min == 5);
    REQUIRE(kinds(chart) == std::vector{SignalKind::shift});
    CHECK(chart.signals[0].first == 9);
    CHECK(chart.signals[0].last == 17);
    CHECK(chart.signals[0].meaning == Meaning::improvement);
    SUBCASE("without the freeze the median moves up with the later points") {
      const RunChart moving = analyse(test::weekly_points(values), Better::up, RuleSet::anhoej);
      CHECK(moving.median == 8.5);
      CHECK(moving.signals[0].first == 10);
    }
  }

  TEST_CASE("a freeze of none of the points or of all of them freezes nothing") {
    const std::vector<Point> points = test::weekly_points(joined(random_looking, {20, 21}));
    const RunChart plain = analyse(points, Better::up, RuleSet::perla);
    for (const std::size_t freeze : {std::size_t{0}, std::size_t{14}, std::size_t{15}, std::size_t{1000}}) {
      INFO("freeze = " << freeze);
      const RunChart chart = analyse(points, Better::up, RuleSet::perla, ChartOptions{freeze, {}});
      CHECK_FALSE(chart.phases[0].frozen_through.has_value());
      CHECK(chart.phases == plain.phases);
      CHECK(chart.signals == plain.signals);
    }
  }

  TEST_CASE("a frozen baseline judges outliers by its own spread") {
    // Baseline quartiles (R type 7) 10.25 and 12: the upper far-out fence is 17.25.
    const std::vector<double> values = {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 16, 12};
    CHECK(find(analyse(test::weekly_points(values), Better::down, RuleSet::perla),
               SignalKind::astronomical) == nullptr);
    const RunChart frozen = analyse(test::weekly_points(joined(values, {18})), Better::down, RuleSet::perla,
                                    ChartOptions{10, {}});
    const Signal *far = find(frozen, SignalKind::astronomical);
    REQUIRE(far != nullptr);
    CHECK(far->first == 12);
    CHECK(far->meaning == Meaning::concern);
  }

  TEST_CASE("phases: each its own median and its own signals") {
    // Two random-looking halves, the second 10 higher. As one chart: a median of 10 and a shift
    // on either side. In two phases: medians 5.5 and 15.5 and no signals.
    const std::vector<Point> points = test::weekly_points(joined(random_looking, plus(random_looking, 10)));
    const RunChart whole = analyse(points, Better::up, RuleSet::perla);
    CHECK(whole.median == 10);
    CHECK(find(whole, SignalKind::shift) != nullptr);
    const RunChart split =
        analyse(points, Better::up, RuleSet::perla, ChartOptions{std::nullopt, {test::week(12)}});
    REQUIRE(split.phases.size() == 2);
    CHECK(split.phases[0].first == 0);
    CHECK(split.phases[0].last == 11);
    CHECK(split.phases[0].analysis.median == 5.5);
    CHECK(split.phases[1].first == 12);
    CHECK(split.phases[1].last == 23);
    CHECK(split.phases[1].analysis.median == 15.5);
    CHECK(split.signals.empty());
    // The chart's own fields are the latest phase's.
    CHECK(split.median == 15.5);
    CHECK(split.runs == 8);
    CHECK(median_at(split, 11) == 5.5);
    CHECK(median_at(split, 12) == 15.5);
    CHECK(&phase_of(split, 23) == &split.phases[1]);
  }

  TEST_CASE("the signals of a later phase point into the whole series") {
    const std::vector<Point> points =
        test::weekly_points(joined(random_looking, {1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8}));
    const RunChart chart =
        analyse(points, Better::up, RuleSet::perla, ChartOptions{std::nullopt, {test::week(12)}});
    REQUIRE(kinds(chart) == std::vector{SignalKind::shift, SignalKind::shift, SignalKind::too_few_runs});
    CHECK(chart.signals[0].first == 12);
    CHECK(chart.signals[0].last == 17);
    CHECK(chart.signals[1].first == 18);
    CHECK(chart.signals[1].last == 23);
    CHECK(chart.signals[2].first == 12); // the whole phase, not the whole series
    CHECK(chart.signals[2].last == 23);
  }

  TEST_CASE("a phase with fewer than 10 useful points is not judged") {
    // Phases of 12, 8 and 4 points: only the first has enough.
    const std::vector<double> values = joined(random_looking, plus(random_looking, 10));
    const RunChart chart = analyse(test::weekly_points(values), Better::up, RuleSet::perla,
                                   ChartOptions{std::nullopt, {test::week(12), test::week(20)}});
    REQUIRE(chart.phases.size() == 3);
    CHECK(chart.phases[0].analysis.enough);
    CHECK_FALSE(chart.phases[1].analysis.enough);
    CHECK(chart.phases[1].analysis.useful == 8);
    CHECK_FALSE(chart.phases[2].analysis.enough);
    CHECK(chart.phases[2].last == 23);
    CHECK_FALSE(chart.enough);
    CHECK(chart.signals.empty());
  }

  TEST_CASE("phase dates that start no phase") {
    const std::vector<Point> points = test::weekly_points(joined(random_looking, plus(random_looking, 10)));
    const auto day_after = [](Date date, int days) {
      return std::chrono::sys_days{date} + std::chrono::days{days};
    };
    // Before the first point, after the last, twice the same day, and two days with no point
    // between them (the second changes nothing), given out of order.
    const std::vector<Date> starts = {test::week(30),
                                      test::week(12),
                                      day_after(test::week(-1), 0),
                                      test::week(12),
                                      day_after(test::week(12), 1),
                                      day_after(test::week(11), 1)};
    const RunChart chart = analyse(points, Better::up, RuleSet::perla, ChartOptions{std::nullopt, starts});
    REQUIRE(chart.phases.size() == 3);
    CHECK(chart.phases[0].last == 11);
    CHECK(chart.phases[1].first == 12);
    CHECK(chart.phases[1].last == 12);
    CHECK(chart.phases[2].first == 13);
    CHECK(chart.phases[2].last == 23);
  }

  TEST_CASE("points on the same day stay in one phase: a phase starts on its day") {
    std::vector<Point> points = test::weekly_points(joined(random_looking, plus(random_looking, 10)));
    points[13].date = points[12].date;
    const RunChart on_the_day =
        analyse(points, Better::up, RuleSet::perla, ChartOptions{std::nullopt, {test::week(12)}});
    REQUIRE(on_the_day.phases.size() == 2);
    CHECK(on_the_day.phases[1].first == 12);
    const RunChart day_after =
        analyse(points, Better::up, RuleSet::perla,
                ChartOptions{std::nullopt, {std::chrono::sys_days{test::week(12)} + std::chrono::days{1}}});
    REQUIRE(day_after.phases.size() == 2);
    CHECK(day_after.phases[1].first == 14);
  }

  TEST_CASE("a freeze with phases freezes the phase that holds the end of the baseline") {
    const std::vector<double> values = joined(random_looking, plus(random_looking, 10));
    SUBCASE("the baseline ends in the first phase; the second has a median of its own") {
      // The first 5 points 3 7 8 4 2: median 4.
      const RunChart chart =
          analyse(test::weekly_points(values), Better::up, RuleSet::perla, ChartOptions{5, {test::week(12)}});
      REQUIRE(chart.phases.size() == 2);
      CHECK(chart.phases[0].frozen_through == std::optional<std::size_t>{4});
      CHECK(chart.phases[0].analysis.median == 4);
      CHECK_FALSE(chart.phases[1].frozen_through.has_value());
      CHECK(chart.phases[1].analysis.median == 15.5);
    }
    SUBCASE("the baseline ends in the second phase; the first lies wholly inside it") {
      // Points 12 to 14 of the second phase: 13 17 18, median 17.
      const RunChart chart = analyse(test::weekly_points(values), Better::up, RuleSet::perla,
                                     ChartOptions{15, {test::week(12)}});
      CHECK_FALSE(chart.phases[0].frozen_through.has_value());
      CHECK(chart.phases[0].analysis.median == 5.5);
      CHECK(chart.phases[1].frozen_through == std::optional<std::size_t>{14});
      CHECK(chart.phases[1].analysis.median == 17);
    }
  }

  TEST_CASE("points_before counts the points before a day") {
    const std::vector<Point> points = test::weekly_points({1, 2, 3});
    CHECK(points_before(points, test::week(0)) == 0);
    CHECK(points_before(points, std::chrono::sys_days{test::week(0)} + std::chrono::days{1}) == 1);
    CHECK(points_before(points, test::week(2)) == 2);
    CHECK(points_before(points, test::week(9)) == 3);
  }
}
