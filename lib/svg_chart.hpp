#pragma once
// A run chart as one self-contained SVG, for reports: no scripts, no styles that could leak into
// a page around it, nothing fetched. Every point on a time axis in date order; the median of
// each phase as a line (a frozen median solid over its baseline, dashed where it is extended);
// baseline and target as labelled lines; points in a signal larger, in the colour and the
// shape of their meaning; the experiments' periods shaded and named. role="img" with a title and
// a description that says in words what the chart shows; the values as a table come from
// chart_rows(), for the report to put under it.
#include "evaluation.hpp"
#include "indicator.hpp"
#include "run_chart.hpp"
#include "text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace alearn {

struct Workgroup;

// An experiment's period: from its start to its finish (or stop); while it runs, to the right
// edge of the chart.
struct ChartExperiment {
  std::string name;
  Date start{};
  std::optional<Date> end;
  bool operator==(const ChartExperiment &) const = default;
};

// Everything the picture shows.
struct ChartFigure {
  // The SVG's element ids start with it, so that several charts can share a page: letters,
  // digits and '-' are kept, the rest left out.
  std::string id;
  std::string name; // the indicator's
  std::string unit;
  IndicatorType type = IndicatorType::number;
  std::optional<Better> better;
  RunChart chart;
  std::optional<double> baseline;
  std::optional<double> target;
  std::vector<ChartExperiment> experiments;
  Lang lang = Lang::en;
};

// The figure of an indicator's status: its chart, and the started experiments that name the
// indicator (all started experiments when none names it, so that a group that does not link
// them still sees them).
ChartFigure chart_figure(const Workgroup &group, const IndicatorStatus &status, Lang lang);

// The SVG: deterministic, one line per element.
std::string render_svg_chart(const ChartFigure &figure);

// A point of the chart as a row of its table of values.
struct ChartRow {
  Date date{};
  double value = 0;
  double median = 0;             // of the point's phase
  std::size_t phase = 1;         // counted from 1
  bool frozen_median = false;    // the median of its phase is frozen
  bool in_baseline = false;      // ... and this point is one it was computed from
  std::optional<Meaning> signal; // the point is in a shift, a trend or is astronomical
  bool operator==(const ChartRow &) const = default;
};
std::vector<ChartRow> chart_rows(const RunChart &chart);

// The meaning of the signals a point is part of (shifts, trends, astronomical points; not the
// counts of runs or crossings, which are about a whole phase). Concern before improvement
// before neutral, when a point is in more than one.
std::optional<Meaning> point_signal(const RunChart &chart, std::size_t index);

// The headers of the table's columns: date, value, median, signal.
std::vector<Text> chart_row_headers();

} // namespace alearn
