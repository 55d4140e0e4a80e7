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
//
// A baseline freeze and phases, as qicharts2's `freeze` and `part` and NHS "Making Data
// Count"'s rebase (see ChartOptions):
// - phases: the series is split at given dates; each phase has its own median, its own runs
//   analysis and its own signals, as if it were a chart of its own;
// - freeze: the median of a phase is computed from its baseline points only (the first
//   `freeze` points of the series) and extended over its later points; all the points of the
//   phase, baseline included, are then judged against that median, as qicharts2 does.
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

// The runs analysis of one phase: its median and what the rules counted against it.
struct RunsAnalysis {
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
  bool operator==(const RunsAnalysis &) const = default;
};

// A stretch of the series with a median of its own.
struct ChartPhase {
  std::size_t first = 0; // the points it covers, by index, both included
  std::size_t last = 0;
  // When the median is frozen: the last point of the baseline it was computed from. The points
  // after it lie on the median's extension.
  std::optional<std::size_t> frozen_through;
  RunsAnalysis analysis;
  bool operator==(const ChartPhase &) const = default;
};

struct ChartOptions {
  // The baseline: the first `freeze` points of the series (qicharts2's `freeze`). A phase that
  // holds some of them and later points too has its median frozen at theirs. None, 0, or as
  // many as there are points: no freeze.
  std::optional<std::size_t> freeze;
  // A new phase starts on each date: the points on or after it, up to the next one. Dates before
  // the first point, after the last, twice or with no point between them start no phase.
  std::vector<Date> phase_starts;
};

// The fields of RunsAnalysis are those of the latest phase (where the process stands now), so
// that a chart of one phase reads as before; `phases` has every phase, oldest first. Signals
// are of all phases, their indices into `points`.
struct RunChart : RunsAnalysis {
  std::vector<Point> points;      // in date order
  std::vector<ChartPhase> phases; // none when there are no points
  std::vector<Signal> signals;
};

RunChart analyse(std::vector<Point> points, std::optional<Better> better, RuleSet rules,
                 const ChartOptions &options = {});

// The phase a point belongs to (`index` < points.size()).
const ChartPhase &phase_of(const RunChart &chart, std::size_t index);
// The median a point is judged against: its phase's.
double median_at(const RunChart &chart, std::size_t index);
// How many of `points` (in date order) lie before `day`: a freeze for a baseline that ends the
// day before.
std::size_t points_before(const std::vector<Point> &points, Date day);

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
