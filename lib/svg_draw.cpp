#include "svg_draw.hpp"

#include "enums.hpp"
#include "svg_canvas.hpp"
#include "svg_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <ranges>

namespace alearn {

namespace {

using namespace svg;

// Blue and orange, told apart by most colour-blind readers too; the shapes say it as well.
std::string_view colour_of(Meaning meaning) {
  switch (meaning) {
  case Meaning::improvement:
    return "#1565c0";
  case Meaning::concern:
    return "#d84315";
  case Meaning::neutral:
    break;
  }
  return "#6a1b9a";
}

// --- Experiments ---------------------------------------------------------------------------

struct Band {
  const ChartExperiment *experiment = nullptr;
  double x1 = 0;
  double x2 = 0;
  std::optional<std::size_t> lane; // none: no room for its name
  std::string name;                // clipped to its room
};

// Each name on the first lane where it does not run into the name before it.
std::vector<Band> bands_of(const ChartFigure &figure, const Scales &scales) {
  std::vector<Band> bands;
  std::array<double, max_lanes> lane_end{};
  lane_end.fill(0);
  for (const auto &experiment : figure.experiments) {
    Band band{&experiment, scales.x(experiment.start),
              experiment.end ? scales.x(*experiment.end) : plot_right, std::nullopt, ""};
    band.x2 = std::max(band.x2, band.x1 + 2);
    const double room = std::min(std::max(band.x2 - band.x1, 200.0), width - 8 - band.x1) - 6;
    band.name = clipped(experiment.name, std::max(room, 24.0) / 11);
    const double end = band.x1 + 6 + text_width(band.name) * 11;
    for (std::size_t lane = 0; lane < max_lanes; ++lane) {
      if (lane_end.at(lane) <= band.x1) {
        band.lane = lane;
        lane_end.at(lane) = end + 6;
        break;
      }
    }
    bands.push_back(std::move(band));
  }
  return bands;
}

std::size_t lanes_used(const std::vector<Band> &bands) {
  std::size_t lanes = 0;
  for (const auto &band : bands) {
    lanes = band.lane ? std::max(lanes, *band.lane + 1) : lanes;
  }
  return lanes;
}

void draw_bands(Svg &svg, const std::vector<Band> &bands, const Scales &scales, Lang lang) {
  for (const auto &band : bands) {
    const ChartExperiment &experiment = *band.experiment;
    const std::string until = experiment.end ? format_date(*experiment.end) : Text{"nu", "now"}.in(lang);
    const std::string title =
        fmt::format("{}: {} – {}", clipped(experiment.name, 200), format_date(experiment.start), until);
    svg.add(fmt::format(R"(<g class="experiment"><title>{}</title>)", xml_escaped(title)));
    svg.add(fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.6"/>)",
                        n(band.x1), n(scales.plot_top), n(band.x2 - band.x1),
                        n(plot_bottom - scales.plot_top), band_colour));
    svg.add(line("experiment-start", band.x1, scales.plot_top, band.x1, plot_bottom, band_edge, 1));
    if (band.lane) {
      const double top = lanes_top + static_cast<double>(*band.lane) * lane_height;
      svg.add(fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)", n(band.x1), n(top),
                          n(band.x2 - band.x1), n(lane_height - 2), band_colour));
      svg.add(fmt::format(R"(<text x="{}" y="{}" font-size="11" fill="{}">{}</text>)", n(band.x1 + 3),
                          n(top + 11), ink, xml_escaped(band.name)));
    }
    svg.add("</g>");
  }
}

// --- Lines and points ----------------------------------------------------------------------

struct SideLabel {
  double y = 0; // where the line is
  std::string first;
  std::string second; // a second line, or empty
  std::string_view colour;
};

// The labels right of the plot, moved apart where lines lie close together.
void draw_side_labels(Svg &svg, std::vector<SideLabel> labels, const Scales &scales) {
  std::ranges::stable_sort(labels, {}, &SideLabel::y);
  constexpr double spacing = 13;
  std::vector<double> ys;
  double below = scales.plot_top - spacing;
  for (const auto &side : labels) {
    const double y = std::max(side.y, below + spacing);
    ys.push_back(y);
    below = y + (side.second.empty() ? 0 : spacing);
  }
  // Pushed past the bottom: push back up from there.
  double above = plot_bottom + 30;
  for (std::size_t i = labels.size(); i-- > 0;) {
    const double needed = labels[i].second.empty() ? 0 : spacing;
    ys[i] = std::min(ys[i], above - spacing - needed);
    above = ys[i];
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double room = (width - plot_right - 12) / 11;
    svg.add(label(plot_right + 8, ys[i] + 4, clipped(labels[i].first, room), "start", 11, labels[i].colour));
    if (!labels[i].second.empty()) {
      svg.add(label(plot_right + 8, ys[i] + 4 + spacing, clipped(labels[i].second, room), "start", 10,
                    labels[i].colour));
    }
  }
}

double x_of(const RunChart &chart, const Scales &scales, std::size_t index) {
  return scales.x(chart.points.at(index).date);
}

// Between two neighbouring points: where a phase or a baseline ends.
double x_between(const RunChart &chart, const Scales &scales, std::size_t index) {
  return (x_of(chart, scales, index) + x_of(chart, scales, index + 1)) / 2;
}

std::string median_words(const ChartFigure &figure, const ChartPhase &phase) {
  return Text{"mediaan ", "median "}.in(figure.lang) + chart_value(figure, phase.analysis.median);
}

void draw_medians(Svg &svg, const ChartFigure &figure, const Scales &scales, std::vector<SideLabel> &side) {
  const RunChart &chart = figure.chart;
  for (std::size_t k = 0; k < chart.phases.size(); ++k) {
    const ChartPhase &phase = chart.phases[k];
    const double y = scales.y(phase.analysis.median);
    double x1 = x_of(chart, scales, phase.first);
    double x2 = x_of(chart, scales, phase.last);
    if (x2 - x1 < 10) {
      x1 -= 5;
      x2 += 5;
    }
    const double frozen_x = phase.frozen_through ? x_of(chart, scales, *phase.frozen_through) : x2;
    svg.add(line("median", x1, y, frozen_x, y, median_colour, 2));
    if (phase.frozen_through) {
      svg.add(line("median frozen", frozen_x, y, x2, y, median_colour, 2, "7 4"));
      const double x = x_between(chart, scales, *phase.frozen_through);
      svg.add(line("freeze", x, scales.plot_top, x, plot_bottom, median_colour, 1, "1 3"));
      // Left of its line at the top, where a phase's label goes right of its own.
      svg.add(label(x - 4, scales.plot_top + 12,
                    Text{"einde basisperiode", "end of baseline period"}.in(figure.lang), "end", 10, muted));
    }
    if (k > 0) {
      const double x = x_between(chart, scales, phase.first - 1);
      svg.add(line("phase-boundary", x, scales.plot_top, x, plot_bottom, "#999", 1.5));
      svg.add(label(x + 4, scales.plot_top + 12, tr("fase {}", "phase {}", k + 1).in(figure.lang), "start",
                    10, muted));
    }
    const std::string frozen = phase.frozen_through ? Text{"bevroren", "frozen"}.in(figure.lang) : "";
    if (k + 1 == chart.phases.size()) {
      side.push_back(SideLabel{y, median_words(figure, phase), frozen, median_colour});
    } else {
      const std::string words = median_words(figure, phase) + (frozen.empty() ? "" : " (" + frozen + ")");
      svg.add(label(x1, y - 5, clipped(words, (x2 - x1 + 40) / 10), "start", 10, median_colour));
    }
  }
}

void draw_reference_lines(Svg &svg, const ChartFigure &figure, const Scales &scales,
                          std::vector<SideLabel> &side) {
  if (figure.baseline) {
    const double y = scales.y(*figure.baseline);
    svg.add(line("baseline", plot_left, y, plot_right, y, baseline_colour, 1.5, "2 3"));
    side.push_back(
        SideLabel{y, Text{"begin ", "baseline "}.in(figure.lang) + chart_value(figure, *figure.baseline), "",
                  baseline_colour});
  }
  if (figure.target) {
    const double y = scales.y(*figure.target);
    svg.add(line("target", plot_left, y, plot_right, y, target_colour, 1.5, "9 3 2 3"));
    side.push_back(SideLabel{y,
                             Text{"doel ", "target "}.in(figure.lang) + chart_value(figure, *figure.target),
                             "", target_colour});
  }
}

// The point's height, kept on its side of its median (see min_gap_to_median).
double point_y(const RunChart &chart, const Scales &scales, std::size_t index) {
  const double value = chart.points[index].value;
  const double median = median_at(chart, index);
  const double y = scales.y(value);
  const double median_y = scales.y(median);
  if (value < median) {
    return std::max(y, median_y + min_gap_to_median);
  }
  if (value > median) {
    return std::min(y, median_y - min_gap_to_median);
  }
  return median_y;
}

std::string marker(std::optional<Meaning> meaning, double radius) {
  if (!meaning) {
    return fmt::format(R"(<circle r="{}" fill="{}"/>)", n(radius), point_colour);
  }
  const std::string_view colour = colour_of(*meaning);
  switch (*meaning) {
  case Meaning::improvement: {
    const double s = radius * 1.7;
    return fmt::format(R"(<path d="M0,{} L{},0 L0,{} L{},0 Z" fill="{}" stroke="#fff" stroke-width="1"/>)",
                       n(-s), n(s), n(s), n(-s), colour);
  }
  case Meaning::concern: {
    const double s = radius * 1.3;
    return fmt::format(
        R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#fff" stroke-width="1"/>)", n(-s),
        n(-s), n(2 * s), n(2 * s), colour);
  }
  case Meaning::neutral:
    break;
  }
  return fmt::format(R"(<circle r="{}" fill="#fff" stroke="{}" stroke-width="2"/>)", n(radius * 1.4), colour);
}

void draw_points(Svg &svg, const ChartFigure &figure, const Scales &scales) {
  const RunChart &chart = figure.chart;
  const double spacing =
      (plot_right - plot_left) / static_cast<double>(std::max<std::size_t>(chart.points.size(), 2));
  const double radius = std::clamp(spacing * 0.4, 1.6, 4.0);
  for (const auto &phase : chart.phases) {
    std::string path;
    for (std::size_t i = phase.first; i <= phase.last; ++i) {
      path += fmt::format("{}{},{}", i == phase.first ? "" : " ", n(x_of(chart, scales, i)),
                          n(point_y(chart, scales, i)));
    }
    svg.add(fmt::format(
        R"(<polyline class="data" points="{}" fill="none" stroke="#9aa5b1" stroke-width="1.2"/>)", path));
  }
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    const Point &point = chart.points[i];
    const std::optional<Meaning> meaning = point_signal(chart, i);
    std::string title = format_date(point.date) + ": " + chart_value(figure, point.value);
    if (meaning) {
      title += " (" + label_of(*meaning).in(figure.lang) + ")";
    }
    const std::string klass = meaning ? fmt::format("point {}", meaning_name(*meaning)) : "point";
    svg.add(fmt::format(R"~(<g class="{}" transform="translate({},{})"><title>{}</title>{}</g>)~", klass,
                        n(x_of(chart, scales, i)), n(point_y(chart, scales, i)), xml_escaped(title),
                        marker(meaning, radius)));
  }
}

// --- Legend --------------------------------------------------------------------------------

struct LegendItem {
  std::string swatch; // drawn around (0, 0)
  std::string words;
};

std::vector<LegendItem> legend_items(const ChartFigure &figure) {
  const Lang lang = figure.lang;
  std::vector<LegendItem> items;
  items.push_back({marker(std::nullopt, 4), Text{"meting", "measurement"}.in(lang)});
  items.push_back({line("", -9, 0, 9, 0, median_colour, 2), Text{"mediaan", "median"}.in(lang)});
  if (std::ranges::any_of(figure.chart.phases,
                          [](const ChartPhase &phase) { return phase.frozen_through.has_value(); })) {
    items.push_back({line("", -9, 0, 9, 0, median_colour, 2, "7 4"),
                     Text{"mediaan, bevroren en doorgetrokken", "median, frozen and extended"}.in(lang)});
  }
  for (const Meaning meaning : {Meaning::improvement, Meaning::concern, Meaning::neutral}) {
    const auto in_chart = [&](std::size_t i) { return point_signal(figure.chart, i) == meaning; };
    const auto indices = std::views::iota(std::size_t{0}, figure.chart.points.size());
    if (std::ranges::any_of(indices, in_chart)) {
      const Text words = meaning == Meaning::neutral
                             ? Text{"signaal", "signal"}
                             : Text{"signaal: " + label_of(meaning).nl, "signal: " + label_of(meaning).en};
      items.push_back({marker(meaning, 4), words.in(lang)});
    }
  }
  if (!figure.experiments.empty()) {
    items.push_back({fmt::format(R"(<rect x="-9" y="-6" width="18" height="12" fill="{}"/>)", band_colour),
                     Text{"experiment", "experiment"}.in(lang)});
  }
  return items;
}

void draw_legend(Svg &svg, const ChartFigure &figure) {
  double x = plot_left;
  double y = plot_bottom + 58;
  for (const auto &item : legend_items(figure)) {
    // text_width errs on the wide side, which clipping wants and spacing does not.
    const double item_width = 26 + text_width(item.words) * 11 * 0.9 + 14;
    if (x + item_width > width - 8 && x > plot_left) {
      x = plot_left;
      y += 20;
    }
    svg.add(fmt::format(R"~(<g class="legend" transform="translate({},{})">{}</g>)~", n(x + 9), n(y),
                        item.swatch));
    svg.add(fmt::format(R"(<text x="{}" y="{}" font-size="11" fill="{}">{}</text>)", n(x + 24), n(y + 4), ink,
                        xml_escaped(item.words)));
    x += item_width;
  }
}

std::string safe_id(std::string_view id) {
  std::string kept;
  for (const char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
      kept += c;
    }
  }
  // An id starts with a letter.
  return kept.empty() || !std::isalpha(static_cast<unsigned char>(kept[0])) ? "run-chart-" + kept : kept;
}

// Bold letters are wider than text_width counts.
constexpr double bold = 1.2;

void draw_heading(Svg &svg, const ChartFigure &figure) {
  svg.add(fmt::format(R"(<text x="16" y="24" font-size="16" font-weight="bold" fill="{}">{}</text>)", ink,
                      xml_escaped(clipped(figure.name, (width - 32) / 16 / bold))));
  std::vector<std::string> parts;
  if (figure.better) {
    parts.push_back(label_of(*figure.better == Better::up ? Direction::up : Direction::down).in(figure.lang));
  }
  const std::size_t count = figure.chart.points.size();
  parts.push_back(count == 1 ? Text{"1 meting", "1 measurement"}.in(figure.lang)
                             : tr("{} metingen", "{} measurements", count).in(figure.lang));
  std::string subtitle;
  for (const auto &part : parts) {
    subtitle += (subtitle.empty() ? "" : " · ") + part;
  }
  svg.add(
      fmt::format(R"(<text x="16" y="42" font-size="12" fill="{}">{}</text>)", muted, xml_escaped(subtitle)));
}

} // namespace

std::string chart_number(double value) {
  if (value == std::floor(value) && std::abs(value) < 1e15) {
    return fmt::format("{:.0f}", value);
  }
  std::string text = fmt::format("{:.2f}", value);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') {
    text.pop_back();
  }
  if (text == "0" || text == "-0") {
    return fmt::format("{:.3g}", value);
  }
  return text;
}

std::string chart_value(const ChartFigure &figure, double value) {
  if (figure.type == IndicatorType::yes_no && (value == 0 || value == 1)) {
    return value == 1 ? Text{"ja", "yes"}.in(figure.lang) : Text{"nee", "no"}.in(figure.lang);
  }
  return chart_number(value);
}

std::string draw_svg_chart(const ChartFigure &figure, std::string_view description) {
  const std::string id = safe_id(figure.id);
  Svg svg;
  svg.add(
      fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" )"
                  R"(aria-labelledby="{}-title {}-desc" font-family="system-ui, -apple-system, 'Segoe UI', )"
                  R"(Roboto, 'Helvetica Neue', Arial, sans-serif">)",
                  width, height, id, id));
  svg.add(fmt::format(
      R"(<title id="{}-title">{}</title>)", id,
      xml_escaped(Text{"Run chart: ", "Run chart: "}.in(figure.lang) + clipped(figure.name, 120))));
  svg.add(fmt::format(R"(<desc id="{}-desc">{}</desc>)", id, xml_escaped(description)));
  svg.add(fmt::format(R"(<rect width="{}" height="{}" fill="#fff"/>)", width, height));
  draw_heading(svg, figure);
  if (figure.chart.points.empty()) {
    svg.add(label(width / 2, height / 2, Text{"nog geen metingen", "no measurements yet"}.in(figure.lang),
                  "middle", 14, muted));
    svg.add("</svg>");
    return svg.text;
  }
  const std::vector<Band> unplaced = bands_of(figure, scales_of(figure, 0));
  const Scales scales = scales_of(figure, lanes_used(unplaced));
  draw_bands(svg, bands_of(figure, scales), scales, figure.lang);
  draw_value_axis(svg, figure, scales);
  draw_date_axis(svg, scales, figure.lang);
  std::vector<SideLabel> side;
  draw_reference_lines(svg, figure, scales, side);
  draw_medians(svg, figure, scales, side);
  draw_points(svg, figure, scales);
  draw_side_labels(svg, side, scales);
  draw_legend(svg, figure);
  svg.add("</svg>");
  return svg.text;
}

} // namespace alearn
