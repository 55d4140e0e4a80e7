#pragma once
// Indicators (step 5): how a workgroup notices progress, what is better, where it starts and
// where it wants to be, how often it measures, and the measurements themselves, one file each.
#include "document.hpp"
#include "error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

enum class Direction { up, down };

// A number (a percentage, a count), a rating from 1 to 5, or yes/no (charted as 1 and 0).
enum class IndicatorType { number, rating, yes_no };

struct Measurement {
  std::string id;
  std::filesystem::path file;
  Date date{};
  double value = 0; // yes is 1, no is 0
  std::string by;
  std::string note;
  bool operator==(const Measurement &) const = default;
};

// How the indicator's run chart is split (see run_chart.hpp): the baseline period, whose median
// is frozen and extended over the later points, and the days on which new phases start. All
// optional: without them the chart has one phase and a median of all its points.
struct ChartPeriods {
  std::optional<Date> baseline_until;           // the last day of the baseline period
  bool baseline_until_first_experiment = false; // or: until the workgroup's first experiment started
  std::vector<Date> phases;                     // a new phase starts on each of these days
  bool new_phase_when_adopted = false;          // and on the day an adopted experiment aimed at it finished
  bool operator==(const ChartPeriods &) const = default;
};

// The word `baseline_until` takes instead of a date.
inline constexpr std::string_view first_experiment_word = "first-experiment";

struct Indicator {
  std::string slug;
  std::filesystem::path file;
  std::string name;
  std::string question; // how do we notice?
  std::string unit;
  IndicatorType type = IndicatorType::number;
  std::optional<Direction> direction;
  std::optional<double> baseline;
  std::optional<double> target;
  std::string frequency; // weekly | monthly | quarterly | "N days"
  std::string owner;
  ChartPeriods periods;
  std::vector<Measurement> measurements; // by date, then id
  bool operator==(const Indicator &) const = default;
};

Parsed<Indicator> parse_indicator(const Document &doc, std::string slug);
// A measurement file of `indicator`; its value must suit the indicator's type.
Parsed<Measurement> parse_measurement(const Document &doc, const Indicator &indicator);

bool is_valid_frequency(std::string_view frequency);
// A frequency as people type it, in English or Dutch, ignoring case and accents: "wekelijks",
// "per maand", "per kwartaal", "14 dagen", "every 14 days"; as the file keeps it ("weekly",
// "monthly", "quarterly", "14 days"). None for anything else.
std::optional<std::string> parse_frequency(std::string_view text);
// "monthly" -> "maandelijks" / "monthly"; "14 days" -> "elke 14 dagen" / "every 14 days".
Text frequency_label(std::string_view frequency);
std::string_view direction_name(Direction direction);
std::string_view type_name(IndicatorType type);
std::optional<IndicatorType> parse_type(std::string_view name);

// The largest a value may be, either way: a count, a percentage, hours or euros of a workgroup
// stay far below a million million, and every whole number up to it is exact in a double, so
// that a value is shown as it was typed and a chart's arithmetic never overflows.
inline constexpr double max_value = 1e12;

// A value as people write it: "31", "2,8" (a Dutch decimal comma), "yes"/"ja", "no"/"nee";
// checked against the indicator's type; numbers from -max_value to max_value.
Result<double> parse_value(const Indicator &indicator, std::string_view text);
// A value as it is written to a file, once parse_value has accepted it: the digits as typed
// (a decimal comma becomes a point), or yes or no.
std::string stored_value(const Indicator &indicator, std::string_view text);
// A value as it is written in data (JSON, a file): "31", "2.8", "yes".
std::string format_value(const Indicator &indicator, double value);
// A value as people read it, in both languages: the number, or ja/yes, nee/no, and for a
// median that lies between the answers of a yes/no indicator, half om half/halfway.
Text readable_value(const Indicator &indicator, double value);

// When the next measurement is due: one frequency after the last one, or after `since` (when
// the group agreed on its indicators) when there is none yet. None without a frequency.
std::optional<Date> next_due(const Indicator &indicator, std::optional<Date> since);

// The dates that have more than one measurement, e.g. after two branches both recorded one.
std::vector<Date> duplicate_dates(const Indicator &indicator);

struct NewIndicator {
  std::string name;
  std::string question;
  std::string unit;
  IndicatorType type = IndicatorType::number;
  std::optional<Direction> direction;
  std::string baseline; // as typed; empty when not given
  std::string target;
  std::string frequency;
  std::string owner;
};
// The file of a new indicator; its baseline and target must have passed parse_value.
std::string render_new_indicator(const NewIndicator &indicator, Lang lang);

} // namespace alearn
