#pragma once
// Run-chart analysis: is a change in an indicator a signal or noise? Two published rule sets:
//
// Perla, Provost and Murray, "The run chart: a simple analytical tool for learning from
// variation in healthcare processes", BMJ Qual Saf 2011;20:46-51:
// - shift: 6 or more consecutive points on one side of the median (points on the median
//   neither count nor break a shift);
// - trend: 5 or more consecutive points all going up or all going down (of equal neighbours
//   only one counts);
// - too few or too many runs: the number of runs outside the limits of the exact
//   distribution of runs (Swed and Eisenhart 1943), see runs_limits();
// - astronomical point: outside Tukey's far-out fences, Q1 - 3 IQR and Q3 + 3 IQR (our rule;
//   the paper leaves it to judgement). None when the IQR is 0.
//
// Anhøj and Olesen, "Run charts revisited", PLoS ONE 2014;9(11):e113825 (qicharts2):
// - shift: the longest run is longer than round(log2(n) + 3);
// - too few crossings: fewer than the 5% quantile of Binomial(n - 1, 0.5).
//
// n is the number of useful points: those not on the median. With fewer than 10 the rules are
// not applied. Each signal means improvement or concern by the indicator's better direction.
#include "dates.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace alearn {

enum class RuleSet { perla, anhoej };
enum class Better { up, down };

struct Point {
  Date date{};
  double value = 0;
  bool operator==(const Point &) const = default;
};

enum class SignalKind { shift, trend, too_few_runs, too_many_runs, astronomical, too_few_crossings };
enum class Meaning { improvement, concern, neutral };

struct Signal {
  SignalKind kind = SignalKind::shift;
  Meaning meaning = Meaning::neutral;
  std::size_t first = 0; // the points it spans, by index
  std::size_t last = 0;
  int count = 0; // points in the shift or trend; the number of runs or crossings
  int limit = 0; // the limit it passed
  bool operator==(const Signal &) const = default;
};

inline constexpr std::size_t min_useful_points = 10;

struct RunChart {
  std::vector<Point> points; // in date order
  double median = 0;
  std::size_t useful = 0; // points not on the median
  bool enough = false;    // useful >= min_useful_points: the rules were applied
  int runs = 0;
  int crossings = 0;
  int longest_run = 0;
  // The limits that applied: runs (Perla) or longest run and crossings (Anhøj).
  int runs_lower = 0;
  int runs_upper = 0;
  int longest_run_max = 0;
  int crossings_min = 0;
  std::vector<Signal> signals;
};

RunChart analyse(std::vector<Point> points, std::optional<Better> better, RuleSet rules);

// The limits of the number of runs for `above` and `below` useful points, from the exact
// distribution of runs: `lower` is the most runs with P(R <= lower) <= 5%, `upper` the fewest
// with P(R >= upper) <= 5%. Fewer runs than `lower` or more than `upper` is a signal. For
// equal numbers above and below this gives Table 1 of Perla et al.
struct RunsLimits {
  int lower = 0;
  int upper = 0;
};
RunsLimits runs_limits(int above, int below);

// The smallest x with P(X <= x) >= q for X ~ Binomial(n, 0.5), as R's qbinom(q, n, 0.5).
int binomial_quantile(int n, double q);

double median_of(std::vector<double> values);

std::string_view signal_name(SignalKind kind);
std::string_view meaning_name(Meaning meaning);
std::optional<RuleSet> parse_rule_set(std::string_view name);

} // namespace alearn
