#include "chart_grid.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace alearn {

namespace {

// Fewer columns than this per point look cramped; a short series needs no full terminal.
constexpr std::size_t columns_per_point = 4;
constexpr std::size_t narrowest = 12;

std::size_t nearest_row(double value, double low, double high, std::size_t height) {
  const double share = high > low ? (high - value) / (high - low) : 0.5;
  return static_cast<std::size_t>(std::lround(std::clamp(share, 0.0, 1.0) * static_cast<double>(height - 1)));
}

// Each point at the column of its date, then moved right just enough to stand alone; the
// bounds keep room for the points still to come, so nobody is pushed off the grid.
std::vector<std::size_t> columns_by_date(const std::vector<Point> &points, std::size_t width) {
  const std::size_t count = points.size();
  const auto day = [](Date date) { return std::chrono::sys_days{date}.time_since_epoch().count(); };
  const auto span = day(points.back().date) - day(points.front().date);
  std::vector<std::size_t> columns(count);
  for (std::size_t i = 0; i < count; ++i) {
    const double share = span > 0 ? static_cast<double>(day(points[i].date) - day(points.front().date)) /
                                        static_cast<double>(span)
                                  : 0.0;
    const auto wanted = static_cast<std::size_t>(std::lround(share * static_cast<double>(width - 1)));
    const std::size_t earliest = i == 0 ? 0 : columns[i - 1] + 1;
    columns[i] = std::clamp(std::max(wanted, earliest), i, width - count + i);
  }
  return columns;
}

// More points than columns: spread over all of them in order, one or two more in some.
std::vector<std::size_t> columns_in_order(std::size_t count, std::size_t width) {
  std::vector<std::size_t> columns(count);
  for (std::size_t i = 0; i < count; ++i) {
    columns[i] = i * width / count;
  }
  return columns;
}

// The median's row, with a row free above it when a point lies above the median and one
// below it when a point lies below.
std::size_t median_row_of(const ChartGrid &grid, const RunChart &chart, const ChartPhase &phase) {
  const double median = phase.analysis.median;
  std::size_t row = nearest_row(median, grid.low, grid.high, grid.height);
  const auto begin = chart.points.begin() + static_cast<std::ptrdiff_t>(phase.first);
  const auto end = chart.points.begin() + static_cast<std::ptrdiff_t>(phase.last) + 1;
  if (std::any_of(begin, end, [&](const Point &point) { return point.value > median; })) {
    row = std::max<std::size_t>(row, 1);
  }
  if (std::any_of(begin, end, [&](const Point &point) { return point.value < median; })) {
    row = std::min(row, grid.height - 2);
  }
  return row;
}

std::size_t point_row(const ChartGrid &grid, double value, double median, std::size_t median_row) {
  const std::size_t row = nearest_row(value, grid.low, grid.high, grid.height);
  if (value > median) {
    return std::min(row, median_row - 1);
  }
  if (value < median) {
    return std::max(row, median_row + 1);
  }
  return median_row;
}

} // namespace

std::size_t ChartGrid::row_of(double value) const { return nearest_row(value, low, high, height); }

ChartGrid lay_out_chart(const RunChart &chart, const std::vector<double> &extra, std::size_t width,
                        std::size_t height) {
  ChartGrid grid;
  grid.height = std::max<std::size_t>(height, 3);
  width = std::max<std::size_t>(width, 1);
  const std::size_t count = chart.points.size();
  std::vector<double> values = extra;
  for (const Point &point : chart.points) {
    values.push_back(point.value);
  }
  for (const ChartPhase &phase : chart.phases) {
    values.push_back(phase.analysis.median);
  }
  if (!values.empty()) {
    const auto [low, high] = std::ranges::minmax(values);
    grid.low = low;
    grid.high = high;
  }
  if (grid.high == grid.low) {
    grid.high += 1;
    grid.low -= 1;
  }
  if (count == 0) {
    grid.width = std::min(width, narrowest);
    return grid;
  }
  std::vector<std::size_t> columns;
  if (count <= width) {
    grid.width = std::min(width, std::max(count * columns_per_point, narrowest));
    grid.width = std::max(grid.width, count);
    columns = columns_by_date(chart.points, grid.width);
  } else {
    grid.per_column = (count + width - 1) / width;
    grid.width = width;
    columns = columns_in_order(count, width);
  }
  // A chart from analyse() has its phases; one made by hand may not: then it is one phase.
  std::vector<ChartPhase> phases = chart.phases;
  if (phases.empty()) {
    phases.push_back(ChartPhase{0, count - 1, std::nullopt, static_cast<const RunsAnalysis &>(chart)});
  }
  for (const ChartPhase &phase : phases) {
    grid.median_row.push_back(median_row_of(grid, chart, phase));
  }
  grid.points.reserve(count);
  std::size_t phase = 0;
  for (std::size_t i = 0; i < count; ++i) {
    while (phase + 1 < phases.size() && i > phases[phase].last) {
      ++phase;
    }
    grid.points.push_back({columns[i], point_row(grid, chart.points[i].value, phases[phase].analysis.median,
                                                 grid.median_row[phase])});
  }
  return grid;
}

} // namespace alearn
