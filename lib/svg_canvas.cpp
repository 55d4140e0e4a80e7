#include "svg_canvas.hpp"

#include "svg_draw.hpp"
#include "svg_text.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace alearn::svg {

std::string n(double value) { return fmt::format("{:.1f}", value); }

double days_of(Date date) {
  return static_cast<double>(std::chrono::sys_days{date}.time_since_epoch().count());
}

namespace {

Date date_of_days(double days) {
  return Date{std::chrono::sys_days{std::chrono::days{static_cast<int>(std::lround(days))}}};
}

// A round step near `span / count`: 1, 2 or 5 times a power of ten.
double nice_step(double span, double count) {
  const double raw = span / count;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double factor : {1.0, 2.0, 5.0}) {
    if (raw <= factor * power) {
      return factor * power;
    }
  }
  return 10 * power;
}

std::vector<double> dates_shown(const ChartFigure &figure) {
  std::vector<double> days;
  for (const auto &point : figure.chart.points) {
    days.push_back(days_of(point.date));
  }
  for (const auto &experiment : figure.experiments) {
    days.push_back(days_of(experiment.start));
    if (experiment.end) {
      days.push_back(days_of(*experiment.end));
    }
  }
  return days;
}

std::vector<double> values_shown(const ChartFigure &figure) {
  std::vector<double> values;
  for (const auto &point : figure.chart.points) {
    values.push_back(point.value);
  }
  for (const auto &phase : figure.chart.phases) {
    values.push_back(phase.analysis.median);
  }
  for (const auto &line : {figure.baseline, figure.target}) {
    if (line) {
      values.push_back(*line);
    }
  }
  return values;
}

} // namespace

Scales scales_of(const ChartFigure &figure, std::size_t lanes) {
  Scales scales;
  scales.plot_top = lanes_top + static_cast<double>(lanes) * lane_height + 10;
  const std::vector<double> days = dates_shown(figure);
  const auto [first, last] = std::ranges::minmax(days);
  // A margin on both sides, so that no point sits on the axis.
  const double margin = std::max(3.0, (last - first) * 0.03);
  scales.first_day = first - margin;
  scales.last_day = last + margin;
  const std::vector<double> values = values_shown(figure);
  auto [low, high] = std::ranges::minmax(values);
  if (figure.type == IndicatorType::yes_no) {
    low = 0;
    high = 1;
  }
  if (high == low) {
    low -= 1;
    high += 1;
  }
  scales.step = nice_step(high - low, 5);
  if (figure.type != IndicatorType::number) {
    scales.step = std::max(scales.step, 1.0);
  }
  scales.tick_low = std::floor(low / scales.step) * scales.step;
  const double tick_high = std::ceil(high / scales.step) * scales.step;
  // More room at the top: the labels of phases and of the baseline period's end go there.
  const double pad = (tick_high - scales.tick_low) * 0.04;
  scales.low = scales.tick_low - pad;
  scales.high = tick_high + 3 * pad;
  return scales;
}

std::string label(double x, double y, std::string_view content, std::string_view anchor, double size,
                  std::string_view colour, std::string_view extra) {
  return fmt::format(R"(<text x="{}" y="{}" text-anchor="{}" font-size="{}" fill="{}" stroke="#fff" )"
                     R"(stroke-width="3" stroke-linejoin="round" paint-order="stroke"{}>{}</text>)",
                     n(x), n(y), anchor, size, colour, extra, xml_escaped(content));
}

std::string line(std::string_view klass, double x1, double y1, double x2, double y2, std::string_view colour,
                 double stroke, std::string_view dashes) {
  const std::string dash = dashes.empty() ? "" : fmt::format(R"( stroke-dasharray="{}")", dashes);
  return fmt::format(R"(<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"{}/>)",
                     klass, n(x1), n(y1), n(x2), n(y2), colour, stroke, dash);
}

// --- The axes ------------------------------------------------------------------------------

namespace {

constexpr std::array<std::string_view, 12> months_nl = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                                        "jul", "aug", "sep", "okt", "nov", "dec"};
constexpr std::array<std::string_view, 12> months_en = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string_view month_name(Date date, Lang lang) {
  const auto index = static_cast<unsigned>(date.month()) - 1;
  return lang == Lang::nl ? months_nl.at(index) : months_en.at(index);
}

struct Tick {
  Date date{};
  std::string label;
  std::string year; // under the label, where the year begins or changes
};

constexpr double max_date_ticks = 8;

// Weeks for a short series, else months (1, 2, 3, 6 or 12 at a time), else years.
std::vector<Tick> date_ticks(const Scales &scales, Lang lang) {
  std::vector<Tick> ticks;
  const Date first = date_of_days(std::ceil(scales.first_day));
  const Date last = date_of_days(std::floor(scales.last_day));
  const double span = scales.last_day - scales.first_day;
  if (span <= 70) {
    const int step = span <= 42 ? 7 : 14;
    for (auto day = std::chrono::sys_days{first}; day <= std::chrono::sys_days{last};
         day += std::chrono::days{step}) {
      const Date date{day};
      ticks.push_back(Tick{date,
                           fmt::format("{} {}", static_cast<unsigned>(date.day()), month_name(date, lang)),
                           ticks.empty() ? fmt::format("{}", static_cast<int>(date.year())) : ""});
    }
    return ticks;
  }
  int step = 1;
  for (const int months : {1, 2, 3, 6, 12, 24, 60, 120}) {
    step = months;
    if (span / (30.44 * months) <= max_date_ticks) {
      break;
    }
  }
  std::chrono::year_month month = first.year() / first.month();
  if (first.day() != std::chrono::day{1}) {
    month += std::chrono::months{1};
  }
  for (; Date{month / 1} <= last; month += std::chrono::months{1}) {
    const int index =
        static_cast<int>(month.year()) * 12 + static_cast<int>(static_cast<unsigned>(month.month())) - 1;
    if (index % step != 0) {
      continue;
    }
    const Date date{month / 1};
    const bool new_year = ticks.empty() || month.month() == std::chrono::January;
    const std::string year = fmt::format("{}", static_cast<int>(date.year()));
    ticks.push_back(step >= 12 ? Tick{date, year, ""}
                               : Tick{date, std::string(month_name(date, lang)), new_year ? year : ""});
  }
  return ticks;
}

} // namespace

void draw_date_axis(Svg &svg, const Scales &scales, Lang lang) {
  svg.add(line("axis", plot_left, plot_bottom, plot_right, plot_bottom, muted, 1));
  for (const auto &tick : date_ticks(scales, lang)) {
    const double x = scales.x(tick.date);
    svg.add(line("tick", x, plot_bottom, x, plot_bottom + 5, muted, 1));
    svg.add(label(x, plot_bottom + 18, tick.label, "middle", 11, ink));
    if (!tick.year.empty()) {
      svg.add(label(x, plot_bottom + 32, tick.year, "middle", 11, muted));
    }
  }
}

void draw_value_axis(Svg &svg, const ChartFigure &figure, const Scales &scales) {
  svg.add(line("axis", plot_left, scales.plot_top, plot_left, plot_bottom, muted, 1));
  const int decimals = scales.step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(scales.step)));
  for (int k = 0;; ++k) {
    const double value = scales.tick_low + k * scales.step;
    if (value > scales.high) {
      break;
    }
    if (figure.type == IndicatorType::yes_no && value != 0 && value != 1) {
      continue;
    }
    const double y = scales.y(value);
    svg.add(line("grid", plot_left, y, plot_right, y, "#eee", 1));
    const std::string text = figure.type == IndicatorType::yes_no ? chart_value(figure, value)
                                                                  : fmt::format("{:.{}f}", value, decimals);
    svg.add(label(plot_left - 6, y + 4, text, "end", 11, ink));
  }
  if (!figure.unit.empty()) {
    const double middle = (scales.plot_top + plot_bottom) / 2;
    const std::string unit = clipped(figure.unit, (plot_bottom - scales.plot_top) / 11);
    svg.add(fmt::format(
        R"~(<text x="16" y="{}" transform="rotate(-90 16 {})" text-anchor="middle" font-size="11" )~"
        R"(fill="{}">{}</text>)",
        n(middle), n(middle), muted, xml_escaped(unit)));
  }
}

} // namespace alearn::svg
