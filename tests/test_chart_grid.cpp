// The run chart's layout on a grid of characters: a point keeps its side of the median and its
// own cell while there is room, and a crowded chart says so.
#include "chart_grid.hpp"
#include "helpers.hpp"
#include "utf8.hpp"

#include <doctest/doctest.h>

#include <map>
#include <ranges>
#include <set>
#include <sstream>

using namespace alearn;

namespace {

Date nth_day(int index) { return std::chrono::sys_days{test::week(0)} + std::chrono::days{index}; }

RunChart weekly(const std::vector<double> &values, const ChartOptions &options = {}) {
  return analyse(test::weekly_points(values), Better::up, RuleSet::perla, options);
}

std::vector<double> wave(std::size_t count) {
  std::vector<double> values;
  for (std::size_t i = 0; i < count; ++i) {
    values.push_back(static_cast<double>((i * 7) % 23));
  }
  return values;
}

std::size_t phase_index(const RunChart &chart, std::size_t point) {
  return static_cast<std::size_t>(&phase_of(chart, point) - chart.phases.data());
}

// Every point on its own side of the median of its phase.
void check_sides(const RunChart &chart, const ChartGrid &grid) {
  REQUIRE(grid.points.size() == chart.points.size());
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    const double median = median_at(chart, i);
    const std::size_t median_row = grid.median_row[phase_index(chart, i)];
    CAPTURE(i);
    if (chart.points[i].value > median) {
      CHECK(grid.points[i].row < median_row);
    } else if (chart.points[i].value < median) {
      CHECK(grid.points[i].row > median_row);
    } else {
      CHECK(grid.points[i].row == median_row);
    }
  }
}

std::size_t distinct_cells(const ChartGrid &grid) {
  std::set<std::pair<std::size_t, std::size_t>> cells;
  for (const GridCell &cell : grid.points) {
    cells.insert({cell.row, cell.column});
  }
  return cells.size();
}

} // namespace

TEST_SUITE("chart grid") {
  TEST_CASE("a point just below or above the median is drawn on its own side of the median line") {
    // Median 50; 49.99 and 50.01 would round onto the median's row of a ten-row grid.
    const RunChart chart = weekly({50, 49.99, 50.01, 0, 100, 50, 49.99, 50.01, 50, 50});
    const ChartGrid grid = lay_out_chart(chart, {}, 60, 10);
    CHECK(chart.median == 50);
    check_sides(chart, grid);
  }

  TEST_CASE("a median on the top or bottom row leaves a row for points beyond it") {
    // The median is the highest value but one: the point above it needs a row of its own.
    const RunChart chart = weekly({10, 10, 10, 10, 10.001, 0});
    const ChartGrid grid = lay_out_chart(chart, {}, 40, 3);
    check_sides(chart, grid);
    CHECK(grid.median_row.front() == 1);
  }

  TEST_CASE("while the points fit, each has a column of its own, in date order") {
    // Two measurements a day apart among weekly ones would share a column if placed by date alone.
    std::vector<Point> points;
    for (int i = 0; i < 30; ++i) {
      points.push_back(Point{nth_day(i * 7), static_cast<double>(i % 5)});
    }
    points.insert(points.begin() + 11, Point{nth_day(71), 2.5});
    const RunChart chart = analyse(points, Better::up, RuleSet::perla);
    for (const std::size_t width : {31, 40, 56, 200}) {
      CAPTURE(width);
      const ChartGrid grid = lay_out_chart(chart, {}, width, 10);
      CHECK(grid.per_column == 1);
      CHECK(grid.width <= width);
      for (std::size_t i = 1; i < grid.points.size(); ++i) {
        CHECK(grid.points[i].column > grid.points[i - 1].column);
      }
      CHECK(grid.points.back().column < grid.width);
      check_sides(chart, grid);
    }
  }

  TEST_CASE("a hundred points on 56 columns: two to a column, and the layout says so") {
    const RunChart chart = weekly(wave(100));
    const ChartGrid grid = lay_out_chart(chart, {}, 56, 10);
    CHECK(grid.per_column == 2);
    CHECK(grid.width == 56);
    CHECK(grid.points.back().column == 55);
    std::map<std::size_t, std::size_t> per_column;
    for (const GridCell &cell : grid.points) {
      ++per_column[cell.column];
    }
    CHECK(per_column.size() == 56); // every column used
    CHECK(std::ranges::max(per_column | std::views::values) == 2);
    check_sides(chart, grid);
    // On a wide terminal the same series gets a column per point.
    const ChartGrid wide = lay_out_chart(chart, {}, 150, 10);
    CHECK(wide.per_column == 1);
    CHECK(distinct_cells(wide) == 100);
  }

  TEST_CASE("each phase has its own median row, and points keep their side of it") {
    ChartOptions options;
    options.phase_starts = {nth_day(7 * 12)};
    const RunChart chart =
        weekly({1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9}, options);
    REQUIRE(chart.phases.size() == 2);
    const ChartGrid grid = lay_out_chart(chart, {}, 60, 10);
    REQUIRE(grid.median_row.size() == 2);
    CHECK(grid.median_row[0] > grid.median_row[1]); // the later median is higher, so on a row nearer the top
    check_sides(chart, grid);
  }

  TEST_CASE("the baseline and target fit on the grid with the points") {
    const RunChart chart = weekly({3, 4, 5});
    const ChartGrid grid = lay_out_chart(chart, {1, 9}, 40, 10);
    CHECK(grid.low == 1);
    CHECK(grid.high == 9);
    CHECK(grid.row_of(9) == 0);
    CHECK(grid.row_of(1) == 9);
  }

  TEST_CASE("a chart made without phases is laid out as one phase") {
    RunChart chart;
    chart.points = test::weekly_points({50, 49.99, 50.01, 0, 100});
    chart.median = 50;
    const ChartGrid grid = lay_out_chart(chart, {}, 40, 10);
    REQUIRE(grid.median_row.size() == 1);
    CHECK(grid.points[1].row > grid.median_row[0]);
    CHECK(grid.points[2].row < grid.median_row[0]);
    CHECK(grid.points[3].row < 10);
  }

  TEST_CASE("one point, or all points equal, still has a grid") {
    const RunChart one = weekly({4});
    const ChartGrid grid = lay_out_chart(one, {}, 1, 1);
    CHECK(grid.height == 3);
    CHECK(grid.width == 1);
    check_sides(one, grid);
    const RunChart flat = weekly({4, 4, 4, 4});
    check_sides(flat, lay_out_chart(flat, {}, 80, 10));
  }
}

namespace {

// The example workgroup "inwerken" with `count` weekly measurements of "welkom" instead of its own.
void measure_weekly(const test::CliRepo &repo, std::size_t count) {
  const auto folder = repo.root() / "workgroups/inwerken/measurements/welkom";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string id = fmt::format("wk{:06}", i);
    const Date date = std::chrono::sys_days{Date{std::chrono::year{2024} / 11 / 4}} +
                      std::chrono::days{7 * static_cast<int>(i)};
    test::write_file(folder / (id + ".yaml"),
                     fmt::format("date: {}\nvalue: {}\nby: Priya Ramdin\n", format_date(date),
                                 2 + static_cast<double>(i * 7 % 23) / 10));
  }
}

// The lines of the chart's plot (those with the axis), and the points drawn in them.
std::vector<std::string> plot_lines(const std::string &out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (line.find("│") != std::string::npos) {
      lines.push_back(line);
    }
  }
  return lines;
}

} // namespace

TEST_SUITE("chart grid") {
  TEST_CASE("indicator show draws every point in the terminal's width, and says when points share a column") {
    test::CliRepo repo;
    test::copy_examples(repo.root());
    measure_weekly(repo, 100);
    repo.env = {{"LANG", "en_GB.UTF-8"}, {"COLUMNS", "160"}};
    const test::Outcome wide = repo({"-w", "inwerken", "--lang", "en", "indicator", "show", "welkom"});
    REQUIRE(wide.code == 0);
    std::size_t points = 0;
    for (const std::string &line : plot_lines(wide.out)) {
      CHECK(utf8_length(line) <= 160);
      points += test::occurrences(line, "●") + test::occurrences(line, "◆");
    }
    CHECK(points == 100);
    CHECK(wide.out.find("columns") == std::string::npos);

    repo.env["COLUMNS"] = "70";
    const test::Outcome narrow = repo({"-w", "inwerken", "--lang", "en", "indicator", "show", "welkom"});
    REQUIRE(narrow.code == 0);
    for (const std::string &line : plot_lines(narrow.out)) {
      CHECK(utf8_length(line) <= 70);
    }
    test::contains(narrow.out,
                   "100 measurements in 48 columns: up to 3 a column, in order; a digit counts the "
                   "measurements in one cell.");

    // A phase that starts at the second point shares the first column with the first phase.
    const auto indicator = repo.root() / "workgroups/inwerken/indicators/welkom.md";
    const std::string text = test::read_file(indicator);
    test::write_file(indicator, text.substr(0, 4) + "phases: [2024-11-11]\n" + text.substr(4));
    repo.env["COLUMNS"] = "30";
    const test::Outcome phased = repo({"-w", "inwerken", "--lang", "en", "indicator", "show", "welkom"});
    CHECK(phased.code == 0);
    test::contains(phased.out, "(phase 2)");
  }
}
