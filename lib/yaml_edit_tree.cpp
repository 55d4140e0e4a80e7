#include "yaml_edit_tree.hpp"

#include <algorithm>

#include <yaml.h>

namespace alearn::yaml_edit_internal {

namespace {

class EventParser {
public:
  explicit EventParser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libyaml reads bytes
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char *>(text.data()), text.size());
  }
  ~EventParser() {
    yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  EventParser(const EventParser &) = delete;
  EventParser &operator=(const EventParser &) = delete;

  // The next event, or null when the text is not valid YAML.
  const yaml_event_t *next() {
    yaml_event_delete(&event_);
    event_ = {};
    return yaml_parser_parse(&parser_, &event_) != 0 ? &event_ : nullptr;
  }
  YamlProblem problem() const {
    const char *what = parser_.problem != nullptr ? parser_.problem : "unknown problem";
    return YamlProblem{tr("ongeldige YAML: {}", "invalid YAML: {}", what),
                       static_cast<int>(parser_.problem_mark.line) + 1,
                       static_cast<int>(parser_.problem_mark.column) + 1};
  }

private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
};

// libyaml counts characters, and a byte-order mark at the very start not at all; edits need bytes.
// Marks arrive nearly in order, so a cursor that walks from the last answer is enough.
class ByteOffsets {
public:
  explicit ByteOffsets(std::string_view text) : text_(text) {
    if (text.starts_with("\xEF\xBB\xBF")) {
      first_ = byte_ = 3;
    }
  }
  std::size_t operator()(std::size_t index) {
    while (index_ < index && byte_ < text_.size()) {
      byte_ += sequence_length(static_cast<unsigned char>(text_[byte_]));
      ++index_;
    }
    while (index_ > index && byte_ > first_) {
      do {
        --byte_;
      } while (byte_ > first_ && (static_cast<unsigned char>(text_[byte_]) & 0xC0U) == 0x80U);
      --index_;
    }
    return std::min(byte_, text_.size());
  }

private:
  static std::size_t sequence_length(unsigned char lead) {
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  std::string_view text_;
  std::size_t first_ = 0;
  std::size_t byte_ = 0;
  std::size_t index_ = 0;
};

bool is_blank_or_break(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The end of a block scalar's last line of text: libyaml's end comes after the empty lines that
// follow it. The header line ends the search ("key: |" with no text at all).
std::size_t block_text_end(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t header_end = std::min(text.find_first_of("\r\n", begin), end);
  while (end > header_end && is_blank_or_break(text[end - 1])) {
    --end;
  }
  return end;
}

class TreeBuilder {
public:
  explicit TreeBuilder(std::string_view text) : text_(text), offsets_(text) {}

  std::optional<YamlProblem> scalar(const yaml_event_t &event) {
    YamlNode node = start_node(NodeKind::scalar, event);
    node.end = node.lines_end = offsets_(event.end_mark.index);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libyaml hands out bytes
    node.value.assign(reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length);
    const auto style = event.data.scalar.style;
    if (style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE) {
      node.end = block_text_end(text_, node.begin, node.end);
    }
    return place(std::move(node), event);
  }

  std::optional<YamlProblem> open(NodeKind kind, const yaml_event_t &event) {
    if (open_.size() >= static_cast<std::size_t>(max_yaml_depth)) {
      return problem(event, tr("te diep genest", "nested too deeply"));
    }
    YamlNode node = start_node(kind, event);
    node.flow = kind == NodeKind::mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                          : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    // Without an anchor or tag the event starts at the collection's own text; with them it ends
    // there, except that a '-' list at its key's indentation has an event that ends after the '-'.
    const char first = node.begin < text_.size() ? text_[node.begin] : '\0';
    const bool own_text_first =
        event.start_mark.index == event.end_mark.index || first == '-' || first == '{' || first == '[';
    node.content = own_text_first ? node.begin : offsets_(event.end_mark.index);
    node.column = static_cast<int>(own_text_first ? event.start_mark.column : event.end_mark.column);
    if (!own_text_first && node.content > 0 && (node.flow || text_[node.content - 1] == '-')) {
      // The event ends after the '{' or '[', and after the '-' of a list at its key's indentation.
      --node.content;
      --node.column;
    }
    open_.push_back(std::move(node));
    return std::nullopt;
  }

  std::optional<YamlProblem> close(const yaml_event_t &event) {
    YamlNode node = std::move(open_.back());
    open_.pop_back();
    if (node.flow) {
      node.end = node.lines_end = offsets_(event.end_mark.index);
    } else if (node.children.empty()) {
      node.end = node.lines_end = node.content;
    } else {
      node.end = node.children.back().end;
      node.lines_end = node.children.back().lines_end;
    }
    return place(std::move(node), event);
  }

  std::optional<YamlProblem> document(const yaml_event_t &event) {
    if (++documents_ > 1) {
      return problem(event, tr("een bestand mag maar één YAML-document bevatten",
                               "a file may hold only one YAML document"));
    }
    return std::nullopt;
  }

  static YamlProblem problem(const yaml_event_t &event, Text message) {
    return YamlProblem{std::move(message), static_cast<int>(event.start_mark.line) + 1,
                       static_cast<int>(event.start_mark.column) + 1};
  }

  YamlTree take() { return std::move(root_); }

private:
  YamlNode start_node(NodeKind kind, const yaml_event_t &event) {
    YamlNode node;
    node.kind = kind;
    node.begin = offsets_(event.start_mark.index);
    node.content = node.begin;
    node.line = static_cast<int>(event.start_mark.line);
    node.column = static_cast<int>(event.start_mark.column);
    node.in_flow = !open_.empty() && (open_.back().flow || open_.back().in_flow);
    return node;
  }

  std::optional<YamlProblem> place(YamlNode node, const yaml_event_t &event) {
    if (!open_.empty()) {
      open_.back().children.push_back(std::move(node));
      return std::nullopt;
    }
    if (root_) {
      return problem(event, tr("een bestand mag maar één YAML-document bevatten",
                               "a file may hold only one YAML document"));
    }
    root_ = std::move(node);
    return std::nullopt;
  }

  std::string_view text_;
  ByteOffsets offsets_;
  std::vector<YamlNode> open_;
  YamlTree root_;
  int documents_ = 0;
};

} // namespace

std::expected<YamlTree, YamlProblem> read_yaml_tree(std::string_view text) {
  EventParser parser(text);
  TreeBuilder builder(text);
  while (true) {
    const yaml_event_t *event = parser.next();
    if (event == nullptr) {
      return std::unexpected(parser.problem());
    }
    std::optional<YamlProblem> problem;
    switch (event->type) {
    case YAML_SCALAR_EVENT:
      problem = builder.scalar(*event);
      break;
    case YAML_MAPPING_START_EVENT:
      problem = builder.open(NodeKind::mapping, *event);
      break;
    case YAML_SEQUENCE_START_EVENT:
      problem = builder.open(NodeKind::sequence, *event);
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      problem = builder.close(*event);
      break;
    case YAML_DOCUMENT_START_EVENT:
      problem = builder.document(*event);
      break;
    case YAML_ALIAS_EVENT:
      problem = TreeBuilder::problem(*event, tr("verwijzingen als '*naam' worden niet ondersteund",
                                                "aliases such as '*name' are not supported"));
      break;
    case YAML_STREAM_END_EVENT:
      return builder.take();
    default:
      break;
    }
    if (problem) {
      return std::unexpected(std::move(*problem));
    }
  }
}

std::size_t break_length(std::string_view text, std::size_t at) {
  const std::string_view rest = text.substr(std::min(at, text.size()));
  if (rest.starts_with("\r\n") || rest.starts_with("\xC2\x85")) {
    return 2;
  }
  if (rest.starts_with("\n") || rest.starts_with("\r")) {
    return 1;
  }
  return rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") ? 3 : 0;
}

std::size_t break_length_before(std::string_view text, std::size_t at) {
  for (std::size_t length = 3; length > 0; --length) { // "\r\n" before its "\n" alone
    if (length <= at && break_length(text, at - length) == length) {
      return length;
    }
  }
  return 0;
}

bool at_line_start(std::string_view text, std::size_t at) {
  return at == 0 || break_length_before(text, at) > 0;
}

std::size_t line_end(std::string_view text, std::size_t at) {
  for (std::size_t back = 1; back <= 2 && back <= at; ++back) {
    if (break_length(text, at - back) > back) {
      return at - back; // `at` is inside a line break of two or three bytes
    }
  }
  while (at < text.size() && break_length(text, at) == 0) {
    ++at;
  }
  return std::min(at, text.size());
}

std::size_t line_begin(std::string_view text, std::size_t at) {
  at = line_end(text, at);
  while (at > 0 && break_length_before(text, at) == 0) {
    --at;
  }
  return at;
}

std::size_t line_next(std::string_view text, std::size_t at) {
  const std::size_t end = line_end(text, at);
  return end + break_length(text, end);
}

} // namespace alearn::yaml_edit_internal
