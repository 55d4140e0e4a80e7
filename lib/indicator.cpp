#include "indicator.hpp"

#include "yaml_edit.hpp"

#include <array>
#include <charconv>

namespace alearn {

namespace {

constexpr std::array<std::string_view, 8> indicator_keys = {"name",     "question", "unit",      "direction",
                                                            "baseline", "target",   "frequency", "owner"};

} // namespace

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

std::string_view direction_name(Direction direction) { return direction == Direction::up ? "up" : "down"; }

Result<Indicator> parse_indicator(const Document &doc, std::string slug) {
  if (auto ok = check_keys(doc, doc.root, indicator_keys); !ok) {
    return std::unexpected(ok.error());
  }
  Indicator indicator;
  indicator.slug = std::move(slug);
  indicator.file = doc.file;
  auto name = get_text(doc, doc.root, "name", Need::required);
  auto question = get_text(doc, doc.root, "question");
  auto unit = get_text(doc, doc.root, "unit");
  auto direction = get_text(doc, doc.root, "direction");
  auto frequency = get_text(doc, doc.root, "frequency");
  auto owner = get_text(doc, doc.root, "owner");
  for (auto *text : {&name, &question, &unit, &direction, &frequency, &owner}) {
    if (!*text) {
      return std::unexpected(text->error());
    }
  }
  auto baseline = get_number(doc, doc.root, "baseline");
  auto target = get_number(doc, doc.root, "target");
  if (!baseline || !target) {
    return std::unexpected(!baseline ? baseline.error() : target.error());
  }
  if (!direction->empty() && *direction != "up" && *direction != "down") {
    return std::unexpected(error_at(
        doc, doc.root["direction"],
        tr("'direction' is up of down, niet '{}'", "'direction' is up or down, not '{}'", *direction)));
  }
  if (!frequency->empty() && !is_valid_frequency(*frequency)) {
    return std::unexpected(
        error_at(doc, doc.root["frequency"],
                 tr("'frequency' is weekly, monthly, quarterly of 'N days', niet '{}'",
                    "'frequency' is weekly, monthly, quarterly or 'N days', not '{}'", *frequency)));
  }
  indicator.name = *name;
  indicator.question = *question;
  indicator.unit = *unit;
  if (!direction->empty()) {
    indicator.direction = *direction == "up" ? Direction::up : Direction::down;
  }
  indicator.baseline = *baseline;
  indicator.target = *target;
  indicator.frequency = *frequency;
  indicator.owner = *owner;
  return indicator;
}

namespace {

std::string number_text(double value) { return fmt::format("{}", value); }

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
  text += line("baseline", indicator.baseline ? number_text(*indicator.baseline) : "");
  text += line("target", indicator.target ? number_text(*indicator.target) : "");
  text += line("frequency", indicator.frequency);
  text += line("owner", indicator.owner);
  text += "---\n";
  text += lang == Lang::nl ? "Hoe we dit meten, en waarom.\n" : "How we measure this, and why.\n";
  return text;
}

} // namespace alearn
