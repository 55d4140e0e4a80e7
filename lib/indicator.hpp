#pragma once
#include "document.hpp"
#include "error.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace alearn {

enum class Direction { up, down };

struct Indicator {
  std::string slug;
  std::filesystem::path file;
  std::string name;
  std::string question; // how do we notice?
  std::string unit;
  std::optional<Direction> direction;
  std::optional<double> baseline;
  std::optional<double> target;
  std::string frequency; // weekly | monthly | quarterly | "N days"
  std::string owner;
  bool operator==(const Indicator &) const = default;
};

Parsed<Indicator> parse_indicator(const Document &doc, std::string slug);
bool is_valid_frequency(std::string_view frequency);
// "monthly" -> "maandelijks" / "monthly"; "14 days" -> "elke 14 dagen" / "every 14 days".
Text frequency_label(std::string_view frequency);
std::string_view direction_name(Direction direction);

struct NewIndicator {
  std::string name;
  std::string question;
  std::string unit;
  std::optional<Direction> direction;
  std::optional<double> baseline;
  std::optional<double> target;
  std::string frequency;
  std::string owner;
};
std::string render_new_indicator(const NewIndicator &indicator, Lang lang);

} // namespace alearn
