#include "indicator.hpp"

#include "schema.hpp"
#include "yaml_edit.hpp"

#include <array>
#include <charconv>

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

std::string_view direction_name(Direction direction) { return direction == Direction::up ? "up" : "down"; }

Parsed<Indicator> parse_indicator(const Document &doc, std::string slug) {
  if (auto errors = schema_errors(doc, "indicator"); !errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  Indicator indicator;
  indicator.slug = std::move(slug);
  indicator.file = doc.file;
  indicator.name = text_field(data, "name");
  indicator.question = text_field(data, "question");
  indicator.unit = text_field(data, "unit");
  const std::string direction = text_field(data, "direction");
  if (!direction.empty()) {
    indicator.direction = direction == "up" ? Direction::up : Direction::down;
  }
  indicator.baseline = number_field(data, "baseline");
  indicator.target = number_field(data, "target");
  indicator.frequency = text_field(data, "frequency");
  indicator.owner = text_field(data, "owner");
  return indicator;
}

namespace {

std::string number_line(std::string_view key, std::optional<double> value) {
  return value ? fmt::format("{}: {}\n", key, *value) : fmt::format("{}:\n", key);
}

std::string line(std::string_view key, std::string_view value) {
  return value.empty() ? std::string(key) + ":\n" : std::string(key) + ": " + render_scalar(value, 2) + "\n";
}

} // namespace

std::string render_new_indicator(const NewIndicator &indicator, Lang lang) {
  std::string text = "---\n";
  text += line("name", indicator.name);
  text += line("question", indicator.question);
  text += line("unit", indicator.unit);
  text += line("direction", indicator.direction ? direction_name(*indicator.direction) : "");
  text += number_line("baseline", indicator.baseline);
  text += number_line("target", indicator.target);
  text += line("frequency", indicator.frequency);
  text += line("owner", indicator.owner);
  text += "---\n";
  text += lang == Lang::nl ? "Hoe we dit meten, en waarom.\n" : "How we measure this, and why.\n";
  return text;
}

} // namespace alearn
