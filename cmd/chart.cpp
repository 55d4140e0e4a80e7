#include "chart.hpp"

#include "ids.hpp"
#include "render_indicators.hpp"

#include <algorithm>
#include <cmath>

namespace alearn {

namespace {

constexpr int plot_height = 10;
constexpr std::size_t plot_width = 56;
constexpr std::size_t axis_width = 8; // the value labels left of the axis

struct Glyphs {
  std::string_view point, signal_point, median, baseline, target, axis, corner, rule, start, stop, span;
};

constexpr Glyphs unicode_glyphs{"●", "◆", "─", "┄", "═", "│", "└", "─", "├", "┤", "─"};
constexpr Glyphs ascii_glyphs{"*", "#", "-", ".", "=", "|", "+", "-", "[", "]", "="};

// A grid of cells, each one character (which may take several bytes).
class Grid {
public:
  Grid(std::size_t width, std::size_t height) : cells_(height, std::vector<std::string>(width, " ")) {}
  void put(std::size_t row, std::size_t column, std::string_view glyph) {
    if (row < cells_.size() && column < cells_[row].size()) {
      cells_[row][column] = glyph;
    }
  }
  void line(std::size_t row, std::string_view glyph) {
    for (std::size_t column = 0; row < cells_.size() && column < cells_[row].size(); ++column) {
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
  std::size_t height() const { return cells_.size(); }

private:
  std::vector<std::vector<std::string>> cells_;
};

// Where values and dates land on the grid.
struct Scale {
  double low = 0;
  double high = 1;
  Date first{};
  Date last{};
  std::size_t width = plot_width;

  std::size_t row(double value) const {
    const double share = high > low ? (high - value) / (high - low) : 0.5;
    return static_cast<std::size_t>(std::lround(std::clamp(share, 0.0, 1.0) * (plot_height - 1)));
  }
  std::size_t column(Date date) const {
    const auto span = (std::chrono::sys_days{last} - std::chrono::sys_days{first}).count();
    if (span <= 0) {
      return 0;
    }
    const auto offset = (std::chrono::sys_days{date} - std::chrono::sys_days{first}).count();
    const double share = std::clamp(static_cast<double>(offset) / static_cast<double>(span), 0.0, 1.0);
    return static_cast<std::size_t>(std::lround(share * static_cast<double>(width - 1)));
  }
};

Scale scale_of(const IndicatorStatus &status) {
  const auto &points = status.chart.points;
  std::vector<double> values;
  values.reserve(points.size() + 3);
  for (const auto &point : points) {
    values.push_back(point.value);
  }
  values.push_back(status.chart.median);
  for (const auto &extra : {status.indicator->baseline, status.indicator->target}) {
    if (extra) {
      values.push_back(*extra);
    }
  }
  const auto [low, high] = std::ranges::minmax(values);
  Scale scale{low, high, points.front().date, points.back().date,
              std::min(plot_width, std::max<std::size_t>(points.size() * 4, 12))};
  if (scale.high == scale.low) {
    scale.high += 1;
    scale.low -= 1;
  }
  return scale;
}

bool in_signal(const RunChart &chart, std::size_t index) {
  return std::ranges::any_of(chart.signals, [&](const Signal &signal) {
    return signal.kind != SignalKind::too_few_runs && signal.kind != SignalKind::too_many_runs &&
           signal.kind != SignalKind::too_few_crossings && index >= signal.first && index <= signal.last;
  });
}

std::string number(double value) { return fmt::format("{:.4g}", value); }

} // namespace

std::string render_chart(const Session &session, const IndicatorStatus &status,
                         const std::vector<const Experiment *> &experiments, bool unicode) {
  const Glyphs &glyph = unicode ? unicode_glyphs : ascii_glyphs;
  const RunChart &chart = status.chart;
  if (chart.points.empty()) {
    return session.t(tr("  (nog geen metingen)\n", "  (no measurements yet)\n"));
  }
  const Indicator &indicator = *status.indicator;
  const Scale scale = scale_of(status);
  const auto shown = [&](double value) {
    return indicator.type == IndicatorType::yes_no ? shown_value(session, indicator, value) : number(value);
  };
  Grid grid(scale.width, plot_height);
  std::vector<std::string> legend(plot_height);
  const auto line = [&](std::optional<double> value, std::string_view mark, const Text &label) {
    if (value) {
      const std::size_t row = scale.row(*value);
      grid.line(row, mark);
      legend[row] += fmt::format(" {} {}", session.t(label), shown(*value));
    }
  };
  line(indicator.baseline, glyph.baseline, Text{"begin", "baseline"});
  line(indicator.target, glyph.target, Text{"doel", "target"});
  line(chart.median, glyph.median, Text{"mediaan", "median"});
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    const Point &point = chart.points[i];
    grid.put(scale.row(point.value), scale.column(point.date),
             in_signal(chart, i) ? glyph.signal_point : glyph.point);
  }
  std::string text;
  for (std::size_t row = 0; row < grid.height(); ++row) {
    const bool labelled = row == 0 || row == plot_height - 1;
    const double value = scale.high - (scale.high - scale.low) * static_cast<double>(row) / (plot_height - 1);
    const std::string label = labelled ? shown(value) : "";
    text += fmt::format("{:>{}} {}{}{}\n", label, axis_width - 1, glyph.axis, grid.row(row), legend[row]);
  }
  std::string rule;
  for (std::size_t column = 0; column < scale.width; ++column) {
    rule += glyph.rule;
  }
  text += std::string(axis_width, ' ') + std::string(glyph.corner) + rule + "\n";
  const std::string first = format_date(scale.first);
  const std::string last = format_date(scale.last);
  const std::size_t gap =
      scale.width > first.size() + last.size() ? scale.width - first.size() - last.size() + 1 : 2;
  text += std::string(axis_width, ' ') + first + std::string(gap, ' ') + last + "\n";
  for (const Experiment *experiment : experiments) {
    if (!experiment->started) {
      continue;
    }
    const Date end = experiment->finished.value_or(experiment->stopped.value_or(scale.last));
    const std::size_t from = scale.column(*experiment->started);
    const std::size_t to = std::max(scale.column(end), from + 1);
    std::string bar = std::string(axis_width + 1 + from, ' ') + std::string(glyph.start);
    for (std::size_t column = from + 1; column < to; ++column) {
      bar += glyph.span;
    }
    bar += std::string(glyph.stop) + " " + experiment->meta.id + " " + experiment->title;
    text += bar + "\n";
  }
  return text;
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
