#include "yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <yaml.h>

namespace alearn {

namespace {

// libyaml's parser and event, released on every path out.
class Parser {
public:
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libyaml reads bytes
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char *>(text.data()), text.size());
  }
  ~Parser() { yaml_parser_delete(&parser_); }
  Parser(const Parser &) = delete;
  Parser &operator=(const Parser &) = delete;

  bool next(yaml_event_t &event) { return yaml_parser_parse(&parser_, &event) != 0; }
  const yaml_parser_t &state() const { return parser_; }

private:
  yaml_parser_t parser_{};
};

class Event {
public:
  Event() = default;
  ~Event() { yaml_event_delete(&event_); }
  Event(const Event &) = delete;
  Event &operator=(const Event &) = delete;
  yaml_event_t &get() { return event_; }
  const yaml_event_t *operator->() const { return &event_; }
  void reset() {
    yaml_event_delete(&event_);
    event_ = {};
  }

private:
  yaml_event_t event_{};
};

YamlProblem problem_at(const yaml_mark_t &mark, Text message) {
  return YamlProblem{std::move(message), static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

// libyaml's messages in Dutch, for the ones a person editing by hand meets most.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> dutch_problems = {{
    {"mapping values are not allowed in this context",
     "hier mag geen 'sleutel: waarde' staan (staat er een dubbele punt in een tekst? zet die tekst tussen "
     "aanhalingstekens)"},
    {"did not find expected key", "hier werd een sleutel verwacht (klopt het inspringen?)"},
    {"did not find expected ',' or ']'", "een lijst [...] wordt niet goed afgesloten"},
    {"did not find expected ',' or '}'", "een {...} wordt niet goed afgesloten"},
    {"did not find expected '-' indicator", "hier werd een lijstitem '- ' verwacht (klopt het inspringen?)"},
    {"found character that cannot start any token",
     "een teken dat hier niet mag (zet de tekst tussen aanhalingstekens)"},
    {"could not find expected ':'", "de ':' achter een sleutel ontbreekt"},
    {"found unexpected end of stream",
     "het bestand houdt onverwacht op (een aanhalingsteken niet gesloten?)"},
    {"found a tab character that violates indentation", "een tab in het inspringen; gebruik spaties"},
    {"found a tab character where an indentation space is expected",
     "een tab in het inspringen; gebruik spaties"},
    {"block sequence entries are not allowed in this context", "hier mag geen lijstitem '- ' staan"},
    {"found unknown escape character",
     "onbekende escape met \\ in een tekst tussen dubbele aanhalingstekens"},
    {"control characters are not allowed", "stuurtekens zijn niet toegestaan"},
    {"found unexpected ':'", "een onverwachte ':'"},
}};

Text syntax_problem(const yaml_parser_t &parser) {
  const std::string_view english = parser.problem != nullptr ? parser.problem : "unknown problem";
  std::string_view dutch = english;
  for (const auto &[en, nl] : dutch_problems) {
    if (en == english) {
      dutch = nl;
    }
  }
  return Text{fmt::format("ongeldige YAML: {}", dutch), fmt::format("invalid YAML: {}", english)};
}

YamlProblem parse_failure(const Parser &parser) {
  const yaml_parser_t &state = parser.state();
  return problem_at(state.problem_mark, syntax_problem(state));
}

std::string_view scalar_of(const yaml_event_t &event) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libyaml hands out bytes
  return {reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length};
}

bool all_of_class(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

std::optional<Data> core_integer(std::string_view text) {
  std::string_view digits = text;
  int base = 10;
  if (digits.starts_with("0o")) {
    digits.remove_prefix(2);
    base = 8;
  } else if (digits.starts_with("0x")) {
    digits.remove_prefix(2);
    base = 16;
  } else if (digits.starts_with('-') || digits.starts_with('+')) {
    digits.remove_prefix(1);
  }
  const std::string_view allowed = base == 8    ? "01234567"
                                   : base == 16 ? "0123456789abcdefABCDEF"
                                                : "0123456789";
  if (!all_of_class(digits, allowed)) {
    return std::nullopt;
  }
  const std::string_view number = base == 10 ? (text.starts_with('+') ? text.substr(1) : text) : digits;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value, base);
  if (ec == std::errc{} && end == number.data() + number.size()) {
    return Data(value);
  }
  return std::nullopt; // too large for 64 bits: stays text
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_core_float(std::string_view text) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++i;
    }
    return i - start;
  };
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    ++i;
  }
  const std::size_t whole = digits();
  std::size_t fraction = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    fraction = digits();
  }
  if (whole == 0 && fraction == 0) {
    return false;
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
      ++i;
    }
    if (digits() == 0) {
      return false;
    }
  }
  return i == text.size();
}

Data resolve_plain(std::string_view text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
    return Data(nullptr);
  }
  if (text == "true" || text == "True" || text == "TRUE") {
    return Data(true);
  }
  if (text == "false" || text == "False" || text == "FALSE") {
    return Data(false);
  }
  if (auto integer = core_integer(text)) {
    return *integer;
  }
  if (is_core_float(text)) {
    const std::string_view number = text.starts_with('+') ? text.substr(1) : text;
    double value = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec == std::errc{} && std::isfinite(value)) {
      return Data(value);
    }
  }
  return Data(std::string(text));
}

constexpr std::string_view core_tag_prefix = "tag:yaml.org,2002:";

// A tag a person might write (!!str, !!int, ...) is honoured; any other is refused, since
// alearn's files never need one.
std::optional<std::string_view> known_tag(const yaml_char_t *tag) {
  if (tag == nullptr) {
    return std::string_view{};
  }
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libyaml hands out bytes
  const std::string_view text = reinterpret_cast<const char *>(tag);
  if (text == "!") {
    return std::string_view{}; // the non-specific tag of quoted scalars
  }
  if (!text.starts_with(core_tag_prefix)) {
    return std::nullopt;
  }
  const std::string_view name = text.substr(core_tag_prefix.size());
  constexpr std::array<std::string_view, 7> names = {"str", "int", "float", "bool", "null", "map", "seq"};
  if (std::ranges::find(names, name) == names.end()) {
    return std::nullopt;
  }
  return name;
}

std::expected<Data, YamlProblem> scalar_value(const yaml_event_t &event) {
  const auto tag = known_tag(event.data.scalar.tag);
  if (!tag) {
    return std::unexpected(problem_at(event.start_mark, tr("tags als '!...' worden niet ondersteund",
                                                           "tags such as '!...' are not supported")));
  }
  const std::string_view text = scalar_of(event);
  if (*tag == "str" || (tag->empty() && event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)) {
    return Data(std::string(text));
  }
  return resolve_plain(text);
}

// Builds the value from parser events. Each open mapping or sequence is a frame; a mapping's
// frame holds the key whose value comes next.
class Builder {
public:
  std::optional<YamlProblem> scalar(const yaml_event_t &event) {
    if (expecting_key()) {
      return key(event);
    }
    auto value = scalar_value(event);
    if (!value) {
      return value.error();
    }
    if (auto placed = place(std::move(*value), event.start_mark); !placed) {
      return placed.error();
    }
    return std::nullopt;
  }

  std::optional<YamlProblem> open(const yaml_event_t &event, Data empty) {
    if (expecting_key()) {
      return problem_at(event.start_mark,
                        tr("een sleutel moet een eenvoudige tekst zijn", "a key must be plain text"));
    }
    if (stack_.size() >= static_cast<std::size_t>(max_yaml_depth)) {
      return problem_at(event.start_mark, tr("te diep genest (meer dan {} niveaus)",
                                             "nested too deeply (more than {} levels)", max_yaml_depth));
    }
    auto placed = place(std::move(empty), event.start_mark);
    if (!placed) {
      return placed.error();
    }
    stack_.push_back(Frame{*placed, std::nullopt});
    return std::nullopt;
  }

  void close() { stack_.pop_back(); }
  Data take() { return std::move(root_); }

private:
  struct Frame {
    Data *node;
    std::optional<std::string> key;
  };

  bool expecting_key() const {
    return !stack_.empty() && stack_.back().node->is_object() && !stack_.back().key;
  }

  std::optional<YamlProblem> key(const yaml_event_t &event) {
    std::string name(scalar_of(event));
    if (stack_.back().node->contains(name)) {
      return problem_at(event.start_mark,
                        tr("de sleutel '{}' staat er twee keer", "the key '{}' appears twice", name));
    }
    stack_.back().key = std::move(name);
    return std::nullopt;
  }

  std::expected<Data *, YamlProblem> place(Data value, const yaml_mark_t &mark) {
    if (stack_.empty()) {
      if (has_root_) {
        return std::unexpected(problem_at(mark, tr("een bestand mag maar één YAML-document bevatten",
                                                   "a file may hold only one YAML document")));
      }
      has_root_ = true;
      root_ = std::move(value);
      return &root_;
    }
    Frame &top = stack_.back();
    if (top.node->is_array()) {
      top.node->push_back(std::move(value));
      return &top.node->back();
    }
    Data &slot = (*top.node)[*top.key];
    slot = std::move(value);
    top.key.reset();
    return &slot;
  }

  Data root_;
  bool has_root_ = false;
  std::vector<Frame> stack_;
};

} // namespace

std::expected<Data, YamlProblem> read_yaml(std::string_view text) {
  Parser parser(text);
  Builder builder;
  Event event;
  for (bool done = false; !done; event.reset()) {
    if (!parser.next(event.get())) {
      return std::unexpected(parse_failure(parser));
    }
    std::optional<YamlProblem> problem;
    switch (event->type) {
    case YAML_SCALAR_EVENT:
      problem = builder.scalar(event.get());
      break;
    case YAML_MAPPING_START_EVENT:
      problem = builder.open(event.get(), Data::object());
      break;
    case YAML_SEQUENCE_START_EVENT:
      problem = builder.open(event.get(), Data::array());
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      builder.close();
      break;
    case YAML_ALIAS_EVENT:
      problem = problem_at(event->start_mark, tr("verwijzingen als '*naam' worden niet ondersteund",
                                                 "aliases such as '*name' are not supported"));
      break;
    case YAML_STREAM_END_EVENT:
      done = true;
      break;
    default:
      break;
    }
    if (problem) {
      return std::unexpected(std::move(*problem));
    }
  }
  return builder.take();
}

namespace {

std::vector<std::string> tokens_of(Data::json_pointer pointer) {
  std::vector<std::string> tokens;
  while (!pointer.empty()) {
    tokens.push_back(pointer.back());
    pointer.pop_back();
  }
  std::ranges::reverse(tokens);
  return tokens;
}

// The path to the node being read, kept while replaying the events.
struct PathFrame {
  bool is_map = false;
  bool expecting_key = true; // maps: the next scalar is a key
  std::string key;           // maps: the key of the value being read
  std::size_t index = 0;     // sequences: the index of the next item
};

std::vector<std::string> path_of(const std::vector<PathFrame> &frames) {
  std::vector<std::string> path;
  path.reserve(frames.size());
  for (const auto &frame : frames) {
    path.push_back(frame.is_map ? frame.key : std::to_string(frame.index));
  }
  return path;
}

Position position_of(const yaml_mark_t &mark) {
  return {static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

} // namespace

Position locate(std::string_view text, const Data::json_pointer &pointer, Spot spot) {
  const std::vector<std::string> target = tokens_of(pointer);
  Parser parser(text);
  Event event;
  std::vector<PathFrame> frames;
  // A node starts: is it the one sought? Then the containing frame moves on.
  const auto node_starts = [&](const yaml_mark_t &mark) -> std::optional<Position> {
    std::optional<Position> found;
    if (spot == Spot::value && path_of(frames) == target) {
      found = position_of(mark);
    }
    return found;
  };
  const auto node_ends = [&] {
    if (frames.empty()) {
      return;
    }
    if (frames.back().is_map) {
      frames.back().expecting_key = true;
    } else {
      ++frames.back().index;
    }
  };
  for (bool done = false; !done; event.reset()) {
    if (!parser.next(event.get())) {
      break;
    }
    const auto type = event->type;
    if (type == YAML_SCALAR_EVENT && !frames.empty() && frames.back().is_map && frames.back().expecting_key) {
      frames.back().key = std::string(scalar_of(event.get()));
      frames.back().expecting_key = false;
      if (spot == Spot::key && path_of(frames) == target) {
        return position_of(event->start_mark);
      }
      continue;
    }
    if (type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT || type == YAML_MAPPING_START_EVENT ||
        type == YAML_SEQUENCE_START_EVENT) {
      if (auto found = node_starts(event->start_mark)) {
        return *found;
      }
      if (type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT) {
        frames.push_back(PathFrame{type == YAML_MAPPING_START_EVENT, true, {}, 0});
      } else {
        node_ends();
      }
    } else if (type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT) {
      frames.pop_back();
      node_ends();
    } else if (type == YAML_STREAM_END_EVENT) {
      done = true;
    }
  }
  return {};
}

bool reads_as_text(std::string_view text) { return resolve_plain(text).is_string(); }

std::string scalar_text(const Data &value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  if (value.is_null()) {
    return {};
  }
  return value.dump();
}

} // namespace alearn
