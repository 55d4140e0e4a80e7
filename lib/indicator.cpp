#include "indicator.hpp"

#include "enums.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "safe_text.hpp"
#include "schema.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace alearn {

bool is_valid_frequency(std::string_view frequency) {
  if (frequency == "weekly" || frequency == "monthly" || frequency == "quarterly") {
    return true;
  }
  const auto space = frequency.find(' ');
  if (space == std::string_view::npos || frequency.substr(space) != " days" || space == 0 ||
      frequency[0] == '0') {
    return false;
  }
  const std::string_view number = frequency.substr(0, space);
  int days = 0;
  const auto [end, ec] = std::from_chars(number.begin(), number.end(), days);
  return ec == std::errc{} && end == number.end() && days > 0;
}

namespace {

struct FrequencyWord {
  std::string_view said;
  std::string_view stored;
};

constexpr std::array<FrequencyWord, 18> frequency_words = {{
    {"weekly", "weekly"},
    {"wekelijks", "weekly"},
    {"per week", "weekly"},
    {"elke week", "weekly"},
    {"every week", "weekly"},
    {"monthly", "monthly"},
    {"maandelijks", "monthly"},
    {"per maand", "monthly"},
    {"per month", "monthly"},
    {"elke maand", "monthly"},
    {"every month", "monthly"},
    {"quarterly", "quarterly"},
    {"per kwartaal", "quarterly"},
    {"kwartaal", "quarterly"},
    {"elk kwartaal", "quarterly"},
    {"driemaandelijks", "quarterly"},
    {"every quarter", "quarterly"},
    {"per quarter", "quarterly"},
}};

} // namespace

std::optional<std::string> parse_frequency(std::string_view text) {
  // The words of the text, folded, one space apart.
  std::string said;
  for (const char c : fold_for_matching(text)) {
    if (c != ' ' && c != '\t') {
      said += c;
    } else if (!said.empty() && said.back() != ' ') {
      said += ' ';
    }
  }
  if (!said.empty() && said.back() == ' ') {
    said.pop_back();
  }
  for (const auto &word : frequency_words) {
    if (said == word.said) {
      return std::string(word.stored);
    }
  }
  for (const std::string_view every : {"every ", "elke ", "om de "}) {
    if (said.starts_with(every)) {
      said.erase(0, every.size());
      break;
    }
  }
  for (const std::string_view unit : {" days", " day", " dagen", " dag"}) {
    if (said.ends_with(unit)) {
      std::string stored = said.substr(0, said.size() - unit.size()) + " days";
      if (is_valid_frequency(stored)) {
        return stored;
      }
    }
  }
  return std::nullopt;
}

Text frequency_label(std::string_view frequency) {
  if (frequency == "weekly") {
    return Text{"wekelijks", "weekly"};
  }
  if (frequency == "monthly") {
    return Text{"maandelijks", "monthly"};
  }
  if (frequency == "quarterly") {
    return Text{"per kwartaal", "quarterly"};
  }
  if (is_valid_frequency(frequency)) {
    const std::string days(frequency.substr(0, frequency.find(' ')));
    return tr("elke {} dagen", "every {} days", days);
  }
  return Text{std::string(frequency), std::string(frequency)};
}

std::string_view direction_name(Direction direction) { return word_of(direction); }

namespace {

// The schema has checked the form of the dates; date_field checks the calendar, at the line.
Result<ChartPeriods> parse_periods(const Document &doc) {
  ChartPeriods periods;
  if (text_field(doc.data, "baseline_until") == first_experiment_word) {
    periods.baseline_until_first_experiment = true;
  } else {
    auto until = date_field(doc, Data::json_pointer("/baseline_until"));
    TRY(until);
    periods.baseline_until = *until;
  }
  const std::size_t phases = doc.data.value("phases", Data::array()).size();
  for (std::size_t i = 0; i < phases; ++i) {
    auto start = date_field(doc, Data::json_pointer("/phases/" + std::to_string(i)));
    TRY(start);
    if (*start) {
      periods.phases.push_back(**start);
    }
  }
  periods.new_phase_when_adopted = flag_field(doc.data, "new_phase_when_adopted");
  return periods;
}

} // namespace

Parsed<Indicator> parse_indicator(const Document &doc, std::string slug) {
  Errors errors = name_errors(doc.file, slug, Text{"een indicator", "an indicator"});
  auto problems = schema_errors(doc, "indicator");
  errors.insert(errors.end(), problems.begin(), problems.end());
  if (!errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  Indicator indicator;
  indicator.slug = std::move(slug);
  indicator.file = doc.file;
  indicator.name = text_field(data, "name");
  indicator.question = text_field(data, "question");
  indicator.unit = text_field(data, "unit");
  indicator.type = parse_type(text_field(data, "type")).value_or(IndicatorType::number);
  indicator.direction = parse_word<Direction>(text_field(data, "direction"));
  indicator.frequency = text_field(data, "frequency");
  indicator.owner = text_field(data, "owner");
  // Baseline and target are written as values are: numbers, or yes and no.
  for (const auto &[key, field] :
       {std::pair{"baseline", &indicator.baseline}, std::pair{"target", &indicator.target}}) {
    const std::string text = text_field(data, key);
    if (text.empty()) {
      continue;
    }
    auto value = parse_value(indicator, text);
    if (!value) {
      return std::unexpected(
          Errors{error_at(doc, Data::json_pointer("/" + std::string(key)), value.error().message)});
    }
    *field = *value;
  }
  auto periods = parse_periods(doc);
  if (!periods) {
    return std::unexpected(Errors{periods.error()});
  }
  indicator.periods = std::move(*periods);
  return indicator;
}

Parsed<Measurement> parse_measurement(const Document &doc, const Indicator &indicator) {
  Errors errors = file_name_errors(doc.file);
  auto problems = schema_errors(doc, "measurement");
  errors.insert(errors.end(), problems.begin(), problems.end());
  if (!errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  Measurement measurement;
  measurement.id = doc.file.stem().string();
  measurement.file = doc.file;
  measurement.by = text_field(doc.data, "by");
  measurement.note = text_field(doc.data, "note");
  auto date = date_field(doc, Data::json_pointer("/date"));
  if (!date) {
    return std::unexpected(Errors{date.error()});
  }
  measurement.date = date->value_or(Date{});
  auto value = parse_value(indicator, text_field(doc.data, "value"));
  if (!value) {
    return std::unexpected(Errors{error_at(doc, Data::json_pointer("/value"), value.error().message)});
  }
  measurement.value = *value;
  return measurement;
}

std::string_view type_name(IndicatorType type) { return word_of(type); }

std::optional<IndicatorType> parse_type(std::string_view name) { return parse_word<IndicatorType>(name); }

namespace {

// 2,8 as the Dutch write 2.8.
std::string with_decimal_point(std::string_view text) {
  std::string number(text);
  if (number.find('.') == std::string::npos && std::ranges::count(number, ',') == 1) {
    number[number.find(',')] = '.';
  }
  return number;
}

std::optional<double> number_of(std::string_view text) {
  const std::string number = with_decimal_point(text);
  double value = 0;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec != std::errc{} || end != number.data() + number.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

} // namespace

Result<double> parse_value(const Indicator &indicator, std::string_view text) {
  const std::string word = fold_for_matching(text);
  switch (indicator.type) {
  case IndicatorType::yes_no:
    if (word == "yes" || word == "ja" || word == "true" || word == "1") {
      return 1.0;
    }
    if (word == "no" || word == "nee" || word == "false" || word == "0") {
      return 0.0;
    }
    return fail(ErrorKind::usage,
                tr("'{}' is een ja/nee-indicator: geef yes of no (ja of nee), niet '{}'",
                   "'{}' is a yes/no indicator: give yes or no, not '{}'", indicator.slug, text));
  case IndicatorType::rating: {
    const auto value = number_of(text);
    if (!value || *value < 1 || *value > 5 || *value != std::floor(*value)) {
      return fail(ErrorKind::usage, tr("'{}' is een score van 1 tot en met 5, niet '{}'",
                                       "'{}' is a rating from 1 to 5, not '{}'", indicator.slug, text));
    }
    return *value;
  }
  case IndicatorType::number:
    break;
  }
  const auto value = number_of(text);
  if (!value) {
    return fail(ErrorKind::usage, tr("'{}' meet getallen; '{}' is geen getal",
                                     "'{}' measures numbers; '{}' is not a number", indicator.slug, text));
  }
  if (std::abs(*value) > max_value) {
    return fail(ErrorKind::usage,
                tr("{} is groter dan een meting van '{}' kan zijn: alearn neemt getallen van -1e12 tot en "
                   "met 1e12 (een miljoen miljoen)",
                   "{} is larger than a measurement of '{}' can be: alearn takes numbers from -1e12 to "
                   "1e12 (a million million)",
                   text, indicator.slug));
  }
  return *value;
}

std::string stored_value(const Indicator &indicator, std::string_view text) {
  if (indicator.type == IndicatorType::yes_no) {
    return format_value(indicator, parse_value(indicator, text).value_or(0));
  }
  return with_decimal_point(text);
}

std::string format_value(const Indicator &indicator, double value) {
  if (indicator.type == IndicatorType::yes_no) {
    return value >= 0.5 ? "yes" : "no";
  }
  return fmt::format("{}", value);
}

Text readable_value(const Indicator &indicator, double value) {
  if (indicator.type != IndicatorType::yes_no) {
    const std::string number = format_value(indicator, value);
    return Text{number, number};
  }
  // Measurements are 1 or 0; a median can lie between them when the answers are split evenly.
  if (value > 0 && value < 1) {
    return Text{"half om half", "halfway"};
  }
  return value >= 0.5 ? Text{"ja", "yes"} : Text{"nee", "no"};
}

namespace {

Date add_months(Date date, int months) {
  const std::chrono::year_month_day moved = date + std::chrono::months{months};
  if (moved.ok()) {
    return moved;
  }
  // 31 January plus a month: the last day of February.
  return moved.year() / moved.month() / std::chrono::last;
}

} // namespace

std::optional<Date> next_due(const Indicator &indicator, std::optional<Date> since) {
  const std::optional<Date> from =
      indicator.measurements.empty() ? since : indicator.measurements.back().date;
  if (!from || indicator.frequency.empty()) {
    return std::nullopt;
  }
  if (indicator.frequency == "weekly") {
    return std::chrono::sys_days{*from} + std::chrono::days{7};
  }
  if (indicator.frequency == "monthly") {
    return add_months(*from, 1);
  }
  if (indicator.frequency == "quarterly") {
    return add_months(*from, 3);
  }
  int days = 0;
  std::from_chars(indicator.frequency.data(), indicator.frequency.data() + indicator.frequency.size(), days);
  return std::chrono::sys_days{*from} + std::chrono::days{days};
}

std::vector<Date> duplicate_dates(const Indicator &indicator) {
  std::vector<Date> dates;
  for (std::size_t i = 1; i < indicator.measurements.size(); ++i) {
    const Date date = indicator.measurements[i].date;
    if (date == indicator.measurements[i - 1].date && (dates.empty() || dates.back() != date)) {
      dates.push_back(date);
    }
  }
  return dates;
}

namespace {

std::string line(std::string_view key, std::string_view value) {
  return value.empty() ? std::string(key) + ":\n" : std::string(key) + ": " + render_scalar(value, 2) + "\n";
}

std::string value_line(const NewIndicator &indicator, std::string_view key, std::string_view value) {
  if (value.empty()) {
    return std::string(key) + ":\n";
  }
  Indicator shape;
  shape.type = indicator.type;
  return fmt::format("{}: {}\n", key, stored_value(shape, value));
}

} // namespace

std::string render_new_indicator(const NewIndicator &indicator, Lang lang) {
  std::string text = "---\n";
  text += line("name", indicator.name);
  text += line("question", indicator.question);
  text += line("unit", indicator.unit);
  if (indicator.type != IndicatorType::number) {
    text += line("type", type_name(indicator.type));
  }
  text += line("direction", indicator.direction ? direction_name(*indicator.direction) : "");
  text += value_line(indicator, "baseline", indicator.baseline);
  text += value_line(indicator, "target", indicator.target);
  text += line("frequency", indicator.frequency);
  text += line("owner", indicator.owner);
  text += "---\n";
  text += lang == Lang::nl ? "Hoe we dit meten, en waarom.\n" : "How we measure this, and why.\n";
  return text;
}

} // namespace alearn
