#pragma once
// Where the parts of a run chart's SVG go: the scales, the axes, the lines, the points and the
// labels. svg_chart.cpp decides what the chart says; this file only draws it.
#include "svg_chart.hpp"

#include <string>
#include <string_view>

namespace alearn {

// The SVG of `figure`, with `description` (plain text, not yet escaped) as its <desc>.
std::string draw_svg_chart(const ChartFigure &figure, std::string_view description);

// A number as a chart shows it: whole numbers without decimals, else at most two (trailing
// zeros left off), and tiny ones in three significant digits.
std::string chart_number(double value);

// A value as the chart's labels and table show it: yes or no for a yes/no indicator.
std::string chart_value(const ChartFigure &figure, double value);

} // namespace alearn
