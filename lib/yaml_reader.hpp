#pragma once
// Reads YAML into a JSON value: quickly, because a repository holds many thousands of small
// files (libyaml's event parser is several times faster than building yaml-cpp nodes), and
// strictly, because the files come from people and from merges:
// - types follow the YAML 1.2 core schema, as JSON Schema validators elsewhere see them: plain
//   scalars that look like null, true/false, integers or floats become those; everything else,
//   and every quoted scalar, is a string (so a date stays the text "2026-11-24");
// - aliases are refused (no "billion laughs"), as are duplicate keys, keys that are not plain
//   text, several documents in one file and nesting deeper than `max_yaml_depth`.
// Positions are not stored: `locate` finds one again when a message needs it, so reading costs
// nothing extra for files without problems.
#include "text.hpp"

#include <nlohmann/json.hpp>

#include <expected>
#include <string_view>

namespace alearn {

using Data = nlohmann::json;

inline constexpr int max_yaml_depth = 32;

struct YamlProblem {
  Text message;
  int line = 0;   // 1-based within the text given; 0 when unknown
  int column = 0; // 1-based
};

std::expected<Data, YamlProblem> read_yaml(std::string_view text);

enum class Spot { value, key };

struct Position {
  int line = 0; // 1-based within the text; 0 when the pointer is not in the text
  int column = 0;
};

// Where the value (or the key) that `pointer` names stands in `text`.
Position locate(std::string_view text, const Data::json_pointer &pointer, Spot spot = Spot::value);

// Whether `text`, written as a plain scalar, reads back as that same text (and not as a
// number, true/false or null).
bool reads_as_text(std::string_view text);

// The text of a scalar as a person wrote it: strings as they are, numbers and booleans in
// their JSON form, null as "".
std::string scalar_text(const Data &value);

} // namespace alearn
