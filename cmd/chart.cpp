#include "chart.hpp"

#include "chart_grid.hpp"
#include "ids.hpp"
#include "render_indicators.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <map>

namespace alearn {

namespace {

constexpr std::size_t plot_height = 10;
constexpr std::size_t axis_width = 8; // the value labels left of the axis
constexpr std::size_t narrowest_plot = 10;

struct Glyphs {
  std::string_view point, signal_point, median, baseline, target, axis, corner, rule, phase, start, stop,
      span;
};

constexpr Glyphs unicode_glyphs{"●", "◆", "─", "┄", "═", "│", "└", "─", "┴", "├", "┤", "─"};
constexpr Glyphs ascii_glyphs{"*", "#", "-", ".", "=", "|", "+", "-", "^", "[", "]", "="};

// A grid of cells, each one character (which may take several bytes).
class Grid {
public:
  Grid(std::size_t width, std::size_t height) : cells_(height, std::vector<std::string>(width, " ")) {}
  void put(std::size_t row, std::size_t column, std::string_view glyph) {
    if (row < cells_.size() && column < cells_[row].size()) {
      cells_[row][column] = glyph;
    }
  }
  void line(std::size_t row, std::size_t from, std::size_t to, std::string_view glyph) {
    for (std::size_t column = from; column <= to; ++column) {
      put(row, column, glyph);
    }
  }
  std::string row(std::size_t row) const {
    std::string text;
    for (const auto &cell : cells_[row]) {
      text += cell;
    }
    return text;
  }
  std::size_t width() const { return cells_.empty() ? 0 : cells_.front().size(); }
  std::size_t height() const { return cells_.size(); }

private:
  std::vector<std::vector<std::string>> cells_;
};

bool in_signal(const RunChart &chart, std::size_t index) {
  return std::ranges::any_of(chart.signals, [&](const Signal &signal) {
    return signal.kind != SignalKind::too_few_runs && signal.kind != SignalKind::too_many_runs &&
           signal.kind != SignalKind::too_few_crossings && index >= signal.first && index <= signal.last;
  });
}

std::string number(double value) { return fmt::format("{:.4g}", value); }

struct ChartText {
  const Session &session;
  const IndicatorStatus &status;
  const Glyphs &glyph;

  const Indicator &indicator() const { return *status.indicator; }
  const RunChart &chart() const { return status.chart; }

  std::string shown(double value) const {
    return indicator().type == IndicatorType::yes_no ? session.t(readable_value(indicator(), value))
                                                     : number(value);
  }

  std::vector<double> lines() const {
    std::vector<double> values;
    for (const auto &line : {indicator().baseline, indicator().target}) {
      if (line) {
        values.push_back(*line);
      }
    }
    return values;
  }

  // The labels right of the chart, one string per row: the lines that lie on it.
  std::vector<std::string> legend(const ChartGrid &grid) const {
    std::vector<std::string> labels(grid.height);
    const auto label = [&](std::size_t row, const Text &name, double value) {
      labels[row] += fmt::format(" {} {}", session.t(name), shown(value));
    };
    if (indicator().baseline) {
      label(grid.row_of(*indicator().baseline), Text{"begin", "baseline"}, *indicator().baseline);
    }
    if (indicator().target) {
      label(grid.row_of(*indicator().target), Text{"doel", "target"}, *indicator().target);
    }
    const auto &phases = chart().phases;
    for (std::size_t p = 0; p < phases.size(); ++p) {
      label(grid.median_row[p], Text{"mediaan", "median"}, phases[p].analysis.median);
      if (phases.size() > 1) {
        labels[grid.median_row[p]] += fmt::format(" ({} {})", session.t(Text{"fase", "phase"}), p + 1);
      }
    }
    return labels;
  }

  // The widest plot the line width leaves room for beside the axis and the legend.
  std::size_t plot_width() const {
    const ChartGrid rows_only = lay_out_chart(chart(), lines(), 1, plot_height);
    std::size_t widest_label = 0;
    for (const std::string &label : legend(rows_only)) {
      widest_label = std::max(widest_label, utf8_length(label));
    }
    const std::size_t taken = axis_width + 1 + widest_label;
    const std::size_t width = session.line_width();
    return width > taken + narrowest_plot ? width - taken : narrowest_plot;
  }

  // Each phase's median from its first point's column to the column before the next phase.
  void draw_lines(Grid &grid, const ChartGrid &layout) const {
    if (indicator().baseline) {
      grid.line(layout.row_of(*indicator().baseline), 0, layout.width - 1, glyph.baseline);
    }
    if (indicator().target) {
      grid.line(layout.row_of(*indicator().target), 0, layout.width - 1, glyph.target);
    }
    const auto &phases = chart().phases;
    for (std::size_t p = 0; p < phases.size(); ++p) {
      // Phases can share a column when points do: the median then takes that one column.
      const std::size_t from = p == 0 ? 0 : layout.points[phases[p].first].column;
      const std::size_t next =
          p + 1 < phases.size() ? layout.points[phases[p + 1].first].column : layout.width;
      grid.line(layout.median_row[p], from, next > from ? next - 1 : from, glyph.median);
    }
  }

  // A point alone shows as a point; points that share a cell as their number.
  void draw_points(Grid &grid, const ChartGrid &layout) const {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> sharing;
    for (const GridCell &cell : layout.points) {
      ++sharing[{cell.row, cell.column}];
    }
    for (std::size_t i = 0; i < layout.points.size(); ++i) {
      const GridCell &cell = layout.points[i];
      const std::size_t count = sharing[{cell.row, cell.column}];
      const std::string digit = std::to_string(std::min<std::size_t>(count, 9));
      grid.put(cell.row, cell.column,
               count > 1               ? std::string_view{digit}
               : in_signal(chart(), i) ? glyph.signal_point
                                       : glyph.point);
    }
  }

  std::string axis(const ChartGrid &layout) const {
    std::vector<std::string_view> rule(layout.width, glyph.rule);
    for (std::size_t p = 1; p < chart().phases.size(); ++p) {
      rule[layout.points[chart().phases[p].first].column] = glyph.phase;
    }
    std::string text = std::string(axis_width, ' ') + std::string(glyph.corner);
    for (const auto cell : rule) {
      text += cell;
    }
    const std::string first = format_date(chart().points.front().date);
    const std::string last = format_date(chart().points.back().date);
    const std::size_t gap =
        layout.width > first.size() + last.size() ? layout.width - first.size() - last.size() + 1 : 2;
    return text + "\n" + std::string(axis_width, ' ') + first + std::string(gap, ' ') + last + "\n";
  }

  // Where a date falls: at the first point measured on or after it.
  std::size_t column_from(const ChartGrid &layout, Date date) const {
    const std::size_t index = points_before(chart().points, date);
    return index < layout.points.size() ? layout.points[index].column : layout.width - 1;
  }
  // Up to where a period runs: the last point measured on or before its end.
  std::size_t column_to(const ChartGrid &layout, Date date) const {
    const std::size_t index =
        points_before(chart().points, Date{std::chrono::sys_days{date} + std::chrono::days{1}});
    return index > 0 ? layout.points[index - 1].column : 0;
  }

  std::string experiment_bars(const ChartGrid &layout,
                              const std::vector<const Experiment *> &experiments) const {
    std::string text;
    for (const Experiment *experiment : experiments) {
      if (!experiment->started) {
        continue;
      }
      const Date end =
          experiment->finished.value_or(experiment->stopped.value_or(chart().points.back().date));
      // A bar takes two cells at least, so one that starts on the last column starts a column earlier.
      const std::size_t from = std::min(column_from(layout, *experiment->started), layout.width - 2);
      const std::size_t to = std::max(column_to(layout, end), from + 1);
      std::string bar = std::string(axis_width + 1 + from, ' ') + std::string(glyph.start);
      for (std::size_t column = from + 1; column < to; ++column) {
        bar += glyph.span;
      }
      text += bar + std::string(glyph.stop) + " " + experiment->meta.id + " " + experiment->title + "\n";
    }
    return text;
  }

  std::string crowding_note(const ChartGrid &layout) const {
    if (layout.per_column == 1) {
      return "";
    }
    return session.t(tr("  {} metingen in {} kolommen: tot {} per kolom, op volgorde; een cijfer telt de "
                        "metingen in één vak.\n",
                        "  {} measurements in {} columns: up to {} a column, in order; a digit counts the "
                        "measurements in one cell.\n",
                        layout.points.size(), layout.width, layout.per_column));
  }
};

} // namespace

std::string render_chart(const Session &session, const IndicatorStatus &status,
                         const std::vector<const Experiment *> &experiments, bool unicode) {
  if (status.chart.points.empty()) {
    return session.t(tr("  (nog geen metingen)\n", "  (no measurements yet)\n"));
  }
  const ChartText chart{session, status, unicode ? unicode_glyphs : ascii_glyphs};
  const ChartGrid layout = lay_out_chart(status.chart, chart.lines(), chart.plot_width(), plot_height);
  Grid grid(layout.width, layout.height);
  chart.draw_lines(grid, layout);
  chart.draw_points(grid, layout);
  const std::vector<std::string> legend = chart.legend(layout);
  std::string text;
  for (std::size_t row = 0; row < grid.height(); ++row) {
    const bool labelled = row == 0 || row + 1 == grid.height();
    const double value = layout.high - (layout.high - layout.low) * static_cast<double>(row) /
                                           static_cast<double>(grid.height() - 1);
    const std::string label = labelled ? chart.shown(value) : "";
    text +=
        fmt::format("{:>{}} {}{}{}\n", label, axis_width - 1, chart.glyph.axis, grid.row(row), legend[row]);
  }
  return text + chart.axis(layout) + chart.experiment_bars(layout, experiments) + chart.crowding_note(layout);
}

bool unicode_terminal(const Session &session) {
  for (const char *name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const std::string value = fold_for_matching(session.env(name));
    if (!value.empty()) {
      return value.find("utf-8") != std::string::npos || value.find("utf8") != std::string::npos;
    }
  }
  return false;
}

} // namespace alearn
