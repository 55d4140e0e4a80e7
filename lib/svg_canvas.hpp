#pragma once
// The canvas of a run chart's SVG: its layout, the writing of elements, the scales and the
// axes. svg_draw.cpp draws the chart's own parts on it.
#include "svg_chart.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace alearn::svg {

// The canvas, in the units of the viewBox; the SVG itself is as wide as its container.
inline constexpr double width = 800;
inline constexpr double height = 460;
inline constexpr double plot_left = 64;
inline constexpr double plot_right = 650; // the labels of the lines go to its right
inline constexpr double plot_bottom = 370;
inline constexpr double lanes_top = 52; // the experiments' names, above the plot
inline constexpr double lane_height = 16;
inline constexpr std::size_t max_lanes = 3;
// A point not on its median is drawn at least this far from it, on its own side: a value a
// hair below the median must never look as if it were on it.
inline constexpr double min_gap_to_median = 3;

inline constexpr std::string_view ink = "#222";
inline constexpr std::string_view muted = "#666";
inline constexpr std::string_view point_colour = "#3b4a5a";
inline constexpr std::string_view median_colour = "#444";
inline constexpr std::string_view baseline_colour = "#6b6b6b";
inline constexpr std::string_view target_colour = "#2e7d32";
inline constexpr std::string_view band_colour = "#dde6f2";
inline constexpr std::string_view band_edge = "#8aa5c8";

struct Svg {
  std::string text;
  void add(std::string_view element) {
    text += element;
    text += '\n';
  }
};

// A coordinate, to a tenth: enough for any screen, and the same every time.
std::string n(double value);

// A label that stays readable over lines and points: a white halo under its letters.
std::string label(double x, double y, std::string_view content, std::string_view anchor, double size,
                  std::string_view colour, std::string_view extra = {});
std::string line(std::string_view klass, double x1, double y1, double x2, double y2, std::string_view colour,
                 double stroke, std::string_view dashes = {});

double days_of(Date date);

struct Scales {
  double first_day = 0;
  double last_day = 1;
  double low = 0;
  double high = 1;
  double plot_top = lanes_top;
  double step = 1; // between the value axis's ticks
  double tick_low = 0;

  double x(Date date) const {
    return plot_left + (days_of(date) - first_day) / (last_day - first_day) * (plot_right - plot_left);
  }
  double y(double value) const {
    return plot_bottom - (value - low) / (high - low) * (plot_bottom - plot_top);
  }
};

// The scales of a figure with points, the plot below `lanes` lanes of experiments' names.
Scales scales_of(const ChartFigure &figure, std::size_t lanes);

void draw_date_axis(Svg &svg, const Scales &scales, Lang lang);
void draw_value_axis(Svg &svg, const ChartFigure &figure, const Scales &scales);

} // namespace alearn::svg
