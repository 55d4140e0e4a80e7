#include "run_chart.hpp"

#include "enums.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <ranges>
#include <span>

namespace alearn {

namespace {

constexpr double tail = 0.05; // each tail of the runs test, as in Perla et al.'s table

double log_choose(int n, int k) {
  return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

// C(n1, k1) * C(n2, k2) / e^log_total, in logarithms so that long series do not overflow.
double term(int n1, int k1, int n2, int k2, double log_total) {
  if (k1 < 0 || k1 > n1 || k2 < 0 || k2 > n2) {
    return 0;
  }
  return std::exp(log_choose(n1, k1) + log_choose(n2, k2) - log_total);
}

// P(R = r) for r runs among `above` and `below` points in random order (Swed and Eisenhart).
double runs_probability(int r, int above, int below) {
  const double log_total = log_choose(above + below, above);
  const int k = r / 2;
  if (r % 2 == 0) {
    return 2 * term(above - 1, k - 1, below - 1, k - 1, log_total);
  }
  return term(above - 1, k, below - 1, k - 1, log_total) + term(above - 1, k - 1, below - 1, k, log_total);
}

} // namespace

RunsLimits runs_limits(int above, int below) {
  if (above == 0 || below == 0) {
    return {1, 1}; // one run, whatever happens
  }
  const int most = above == below ? 2 * above : 2 * std::min(above, below) + 1;
  // The critical values of the table: the most runs with P(R <= lower) <= 5%, and the fewest
  // with P(R >= upper) <= 5%. As in the table, only fewer or more runs than these signal.
  RunsLimits limits{1, most + 1};
  double low = 0;
  for (int r = 2; r <= most; ++r) {
    low += runs_probability(r, above, below);
    if (low > tail) {
      break;
    }
    limits.lower = r;
  }
  double high = 0;
  for (int r = most; r >= 2; --r) {
    high += runs_probability(r, above, below);
    if (high > tail) {
      break;
    }
    limits.upper = r;
  }
  return limits;
}

int binomial_quantile(int n, double q) {
  double cumulative = 0;
  for (int x = 0; x <= n; ++x) {
    cumulative += std::exp(log_choose(n, x) - n * std::numbers::ln2);
    if (cumulative >= q * (1 - 64 * std::numeric_limits<double>::epsilon())) {
      return x;
    }
  }
  return n;
}

double median_of(std::vector<double> values) {
  if (values.empty()) {
    return 0;
  }
  std::ranges::sort(values);
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

namespace {

// R's default quantile (type 7): linear between the order statistics.
double quantile(const std::vector<double> &sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

Meaning meaning_of(bool upwards, const std::optional<Better> &better) {
  if (!better) {
    return Meaning::neutral;
  }
  return upwards == (*better == Better::up) ? Meaning::improvement : Meaning::concern;
}

// A run: consecutive useful points on one side of the median.
struct Run {
  bool above = false;
  std::size_t first = 0; // indices into the points
  std::size_t last = 0;
  int length = 0;
};

std::vector<Run> runs_of(const std::vector<Point> &points, double median) {
  std::vector<Run> runs;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const double value = points[i].value;
    if (value == median) {
      continue; // on the median: neither counts nor breaks a run
    }
    const bool above = value > median;
    if (runs.empty() || runs.back().above != above) {
      runs.push_back(Run{above, i, i, 0});
    }
    runs.back().last = i;
    ++runs.back().length;
  }
  return runs;
}

void find_trends(RunChart &chart, const std::optional<Better> &better) {
  // Of equal neighbours only one counts: keep the index of the first of each group.
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    if (kept.empty() || chart.points[i].value != chart.points[kept.back()].value) {
      kept.push_back(i);
    }
  }
  constexpr int trend_length = 5;
  std::size_t start = 0;
  while (start + 1 < kept.size()) {
    const bool up = chart.points[kept[start + 1]].value > chart.points[kept[start]].value;
    std::size_t end = start + 1;
    while (end + 1 < kept.size() &&
           (chart.points[kept[end + 1]].value > chart.points[kept[end]].value) == up) {
      ++end;
    }
    const int length = static_cast<int>(end - start + 1);
    if (length >= trend_length) {
      // The trend ends at the last of its equal neighbours.
      std::size_t last = kept[end];
      while (last + 1 < chart.points.size() &&
             chart.points[last + 1].value == chart.points[kept[end]].value) {
        ++last;
      }
      chart.signals.push_back(
          Signal{SignalKind::trend, meaning_of(up, better), kept[start], last, length, trend_length});
    }
    start = end;
  }
}

// The fences come from the baseline points, as the median does: a frozen baseline judges the
// later points by its own spread.
void find_astronomical(RunChart &chart, std::size_t baseline, const std::optional<Better> &better) {
  std::vector<double> sorted;
  sorted.reserve(baseline);
  for (const auto &point : std::span(chart.points).first(baseline)) {
    sorted.push_back(point.value);
  }
  std::ranges::sort(sorted);
  const double q1 = quantile(sorted, 0.25);
  const double q3 = quantile(sorted, 0.75);
  const double spread = q3 - q1;
  if (spread <= 0) {
    return;
  }
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    const double value = chart.points[i].value;
    if (value < q1 - 3 * spread || value > q3 + 3 * spread) {
      chart.signals.push_back(Signal{SignalKind::astronomical, meaning_of(value > q3, better), i, i, 1, 0});
    }
  }
}

void apply_perla(RunChart &chart, const std::vector<Run> &runs, int above, int below, std::size_t baseline,
                 const std::optional<Better> &better) {
  constexpr int shift_length = 6;
  for (const auto &run : runs) {
    if (run.length >= shift_length) {
      chart.signals.push_back(Signal{SignalKind::shift, meaning_of(run.above, better), run.first, run.last,
                                     run.length, shift_length});
    }
  }
  find_trends(chart, better);
  const RunsLimits limits = runs_limits(above, below);
  chart.runs_lower = limits.lower;
  chart.runs_upper = limits.upper;
  const std::size_t last = chart.points.size() - 1;
  if (chart.runs < limits.lower) {
    chart.signals.push_back(Signal{SignalKind::too_few_runs, meaning_of(runs.back().above, better), 0, last,
                                   chart.runs, limits.lower});
  } else if (chart.runs > limits.upper) {
    chart.signals.push_back(
        Signal{SignalKind::too_many_runs, Meaning::neutral, 0, last, chart.runs, limits.upper});
  }
  find_astronomical(chart, baseline, better);
}

void apply_anhoej(RunChart &chart, const std::vector<Run> &runs, const std::optional<Better> &better) {
  const auto n = static_cast<double>(chart.useful);
  chart.longest_run_max = static_cast<int>(std::lround(std::log2(n) + 3));
  chart.crossings_min = binomial_quantile(static_cast<int>(chart.useful) - 1, 0.05);
  if (chart.longest_run > chart.longest_run_max) {
    // The latest of the longest runs: where the process stands now.
    const auto latest_first = std::views::reverse(runs);
    const Run &run = *std::ranges::find_if(
        latest_first, [&](const Run &candidate) { return candidate.length == chart.longest_run; });
    chart.signals.push_back(Signal{SignalKind::shift, meaning_of(run.above, better), run.first, run.last,
                                   run.length, chart.longest_run_max});
  }
  if (chart.crossings < chart.crossings_min) {
    chart.signals.push_back(Signal{SignalKind::too_few_crossings, meaning_of(runs.back().above, better), 0,
                                   chart.points.size() - 1, chart.crossings, chart.crossings_min});
  }
}

} // namespace

namespace {

// One phase as a chart of its own, its indices its own. Its median comes from its first
// `baseline` points.
RunChart analyse_phase(std::vector<Point> points, std::size_t baseline, const std::optional<Better> &better,
                       RuleSet rules) {
  RunChart chart;
  chart.points = std::move(points);
  std::vector<double> values;
  values.reserve(baseline);
  for (const auto &point : std::span(chart.points).first(baseline)) {
    values.push_back(point.value);
  }
  chart.median = median_of(values);
  const std::vector<Run> runs = runs_of(chart.points, chart.median);
  int above = 0;
  for (const auto &run : runs) {
    chart.useful += static_cast<std::size_t>(run.length);
    above += run.above ? run.length : 0;
    chart.longest_run = std::max(chart.longest_run, run.length);
  }
  chart.runs = static_cast<int>(runs.size());
  chart.crossings = std::max(chart.runs - 1, 0);
  chart.enough = chart.useful >= min_useful_points;
  if (!chart.enough) {
    return chart;
  }
  if (rules == RuleSet::perla) {
    apply_perla(chart, runs, above, static_cast<int>(chart.useful) - above, baseline, better);
  } else {
    apply_anhoej(chart, runs, better);
  }
  return chart;
}

// Where each phase begins, by index: 0, then the first point on or after each start date.
std::vector<std::size_t> phase_firsts(const std::vector<Point> &points, std::vector<Date> starts) {
  std::vector<std::size_t> firsts{0};
  std::ranges::sort(starts);
  for (const Date start : starts) {
    const std::size_t first = points_before(points, start);
    if (first > firsts.back() && first < points.size()) {
      firsts.push_back(first);
    }
  }
  return firsts;
}

// The baseline points of the phase [first, last]: those before `freeze`, when the phase holds
// some of them and later points too; else all its points.
std::size_t baseline_of(std::size_t first, std::size_t last, const std::optional<std::size_t> &freeze) {
  const std::size_t size = last - first + 1;
  if (!freeze || *freeze <= first || *freeze > last) {
    return size;
  }
  return *freeze - first;
}

} // namespace

RunChart analyse(std::vector<Point> points, std::optional<Better> better, RuleSet rules,
                 const ChartOptions &options) {
  RunChart chart;
  std::ranges::stable_sort(points, {}, &Point::date);
  chart.points = std::move(points);
  if (chart.points.empty()) {
    return chart;
  }
  std::vector<std::size_t> firsts = phase_firsts(chart.points, options.phase_starts);
  firsts.push_back(chart.points.size());
  for (std::size_t i = 0; i + 1 < firsts.size(); ++i) {
    const std::size_t first = firsts[i];
    const std::size_t last = firsts[i + 1] - 1;
    const std::size_t baseline = baseline_of(first, last, options.freeze);
    const auto begin = chart.points.begin() + static_cast<std::ptrdiff_t>(first);
    RunChart part =
        analyse_phase(std::vector<Point>(begin, begin + static_cast<std::ptrdiff_t>(last - first + 1)),
                      baseline, better, rules);
    ChartPhase phase{first, last, std::nullopt, static_cast<const RunsAnalysis &>(part)};
    if (baseline < last - first + 1) {
      phase.frozen_through = first + baseline - 1;
    }
    for (Signal signal : part.signals) {
      signal.first += first;
      signal.last += first;
      chart.signals.push_back(signal);
    }
    chart.phases.push_back(phase);
  }
  static_cast<RunsAnalysis &>(chart) = chart.phases.back().analysis;
  return chart;
}

const ChartPhase &phase_of(const RunChart &chart, std::size_t index) {
  const auto found =
      std::ranges::find_if(chart.phases, [&](const ChartPhase &phase) { return index <= phase.last; });
  return found != chart.phases.end() ? *found : chart.phases.back();
}

double median_at(const RunChart &chart, std::size_t index) { return phase_of(chart, index).analysis.median; }

std::size_t points_before(const std::vector<Point> &points, Date day) {
  return static_cast<std::size_t>(std::ranges::lower_bound(points, day, {}, &Point::date) - points.begin());
}

std::string_view signal_name(SignalKind kind) { return word_of(kind); }

std::string_view meaning_name(Meaning meaning) { return word_of(meaning); }

std::optional<RuleSet> parse_rule_set(std::string_view name) { return parse_word<RuleSet>(name); }

} // namespace alearn
