#pragma once
// Where the points of a run chart land on a grid of character cells, for a chart drawn in text.
// Two promises the drawing keeps: a point is never drawn on the wrong side of its phase's median
// (a point just below it lands on a row below the median's row, however close), and two points
// share a cell only when there are more points than columns, which the layout then says.
#include "run_chart.hpp"

#include <cstddef>
#include <vector>

namespace alearn {

struct GridCell {
  std::size_t column = 0;
  std::size_t row = 0; // 0 is the top row
  bool operator==(const GridCell &) const = default;
};

struct ChartGrid {
  std::size_t width = 0;  // columns used, at most the width asked for
  std::size_t height = 0; // rows
  double low = 0;         // the values of the bottom and top rows
  double high = 0;
  // The most points in one column: 1 when each point has a column of its own. Above 1 the
  // points are spread over all the columns in order, one or two more in some, and their dates
  // no longer set the gaps.
  std::size_t per_column = 1;
  std::vector<GridCell> points;        // one per point of the chart, in the chart's order
  std::vector<std::size_t> median_row; // one per phase of the chart (one when it has none)

  // The row of a line at `value` (a baseline or a target): the nearest row, no promise about points.
  std::size_t row_of(double value) const;
};

// Lays out `chart` (with points) on a grid at most `width` columns wide (at least 1) and
// `height` rows high (at least 3). `extra` are values that must fit on the grid too, such as
// the baseline and the target. While the points fit, each has a column of its own, placed by
// its date and moved aside just enough not to share one.
ChartGrid lay_out_chart(const RunChart &chart, const std::vector<double> &extra, std::size_t width,
                        std::size_t height);

} // namespace alearn
