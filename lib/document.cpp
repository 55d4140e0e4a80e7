#include "document.hpp"

#include "files.hpp"
#include "ids.hpp"

#include <charconv>

namespace alearn {
namespace fs = std::filesystem;

std::string_view Document::yaml() const {
  return std::string_view(text).substr(yaml_begin, yaml_end - yaml_begin);
}

std::string_view Document::body() const {
  if (format == Format::yaml) {
    return {};
  }
  std::string_view rest = std::string_view(text).substr(yaml_end);
  // Skip the closing "---" line.
  const auto eol = rest.find('\n');
  return eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
}

std::string_view Document::newline() const {
  const auto eol = text.find('\n');
  return eol != std::string::npos && eol > 0 && text[eol - 1] == '\r' ? "\r\n" : "\n";
}

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

int line_of(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

// The offset of the first byte that is not valid UTF-8, or npos.
std::size_t invalid_utf8_at(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    if (byte < 0x80) {
      length = byte == 0 ? 0 : 1;
    } else if (byte >= 0xC2 && byte < 0xE0) {
      length = 2;
    } else if (byte >= 0xE0 && byte < 0xF0) {
      length = 3;
    } else if (byte >= 0xF0 && byte < 0xF5) {
      length = 4;
    }
    if (length == 0 || i + length > text.size()) {
      return i;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0u) != 0x80u) {
        return i;
      }
    }
    i += length;
  }
  return std::string_view::npos;
}

bool is_delimiter_line(std::string_view text, std::size_t at, std::string_view marker) {
  if (text.substr(at, marker.size()) != marker) {
    return false;
  }
  const auto rest = text.substr(at + marker.size());
  return rest.empty() || rest.starts_with("\n") || rest.starts_with("\r\n");
}

// Finds the front matter between a first line "---" and the next line "---" (or "...").
Status locate_front_matter(Document &doc, std::size_t start) {
  const std::string_view text = doc.text;
  if (!is_delimiter_line(text, start, "---")) {
    return fail(ErrorKind::input,
                tr("de front matter ontbreekt: het bestand moet beginnen met een regel '---'",
                   "front matter is missing: the file must start with a line '---'"),
                doc.file, 1);
  }
  const auto first = text.find('\n', start);
  doc.yaml_begin = first == std::string_view::npos ? text.size() : first + 1;
  doc.yaml_line = 2;
  std::size_t at = doc.yaml_begin;
  while (at < text.size()) {
    if (is_delimiter_line(text, at, "---") || is_delimiter_line(text, at, "...")) {
      doc.yaml_end = at;
      return {};
    }
    const auto eol = text.find('\n', at);
    if (eol == std::string_view::npos) {
      break;
    }
    at = eol + 1;
  }
  return fail(ErrorKind::input,
              tr("de front matter wordt niet afgesloten met een regel '---'",
                 "front matter is not closed by a line '---'"),
              doc.file, 1);
}

} // namespace

Result<Document> parse_document(fs::path file, std::string text, Format format) {
  Document doc;
  doc.file = std::move(file);
  doc.text = std::move(text);
  doc.format = format;
  if (const auto bad = invalid_utf8_at(doc.text); bad != std::string_view::npos) {
    return fail(ErrorKind::input,
                tr("geen geldige UTF-8-tekst (is dit een binair bestand?)",
                   "not valid UTF-8 text (is this a binary file?)"),
                doc.file, line_of(doc.text, bad));
  }
  const std::size_t start = doc.text.starts_with(byte_order_mark) ? byte_order_mark.size() : 0;
  if (format == Format::markdown) {
    if (auto located = locate_front_matter(doc, start); !located) {
      return std::unexpected(located.error());
    }
  } else {
    doc.yaml_begin = start;
    doc.yaml_end = doc.text.size();
  }
  try {
    doc.root = YAML::Load(std::string(doc.yaml()));
  } catch (const YAML::Exception &e) {
    return fail(ErrorKind::input, tr("ongeldige YAML: {}", "invalid YAML: {}", e.msg), doc.file,
                doc.yaml_line + e.mark.line, e.mark.column + 1);
  }
  return doc;
}

Result<Document> load_document(const fs::path &file, Format format) {
  auto text = read_text_file(file);
  if (!text) {
    return std::unexpected(text.error());
  }
  return parse_document(file, std::move(*text), format);
}

Error error_at(const Document &doc, const YAML::Node &node, Text message) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return Error{ErrorKind::input, std::move(message), doc.file, 0, 0};
  }
  return Error{ErrorKind::input, std::move(message), doc.file, doc.yaml_line + mark.line, mark.column + 1};
}

Status require_map(const Document &doc, const YAML::Node &node) {
  if (node.IsMap()) {
    return {};
  }
  if (node.IsNull() || !node.IsDefined()) {
    return fail(ErrorKind::input, tr("het bestand is leeg", "the file is empty"), doc.file, doc.yaml_line);
  }
  return std::unexpected(error_at(
      doc, node,
      tr("hier wordt een lijst van 'sleutel: waarde' verwacht", "expected a mapping of 'key: value' here")));
}

Status check_keys(const Document &doc, const YAML::Node &map, std::span<const std::string_view> known) {
  if (auto is_map = require_map(doc, map); !is_map) {
    return is_map;
  }
  for (const auto &entry : map) {
    const auto key = entry.first.Scalar();
    if (std::ranges::find(known, key) != known.end()) {
      continue;
    }
    const auto suggestion = closest_match(key, {known.begin(), known.end()});
    if (suggestion.empty()) {
      return std::unexpected(
          error_at(doc, entry.first, tr("onbekende sleutel '{}'", "unknown key '{}'", key)));
    }
    return std::unexpected(error_at(doc, entry.first,
                                    tr("onbekende sleutel '{}'; bedoel je '{}'?",
                                       "unknown key '{}'; did you mean '{}'?", key, suggestion)));
  }
  return {};
}

namespace {

Error missing_key(const Document &doc, const YAML::Node &map, std::string_view key) {
  return error_at(doc, map, tr("de sleutel '{}' ontbreekt", "the key '{}' is missing", key));
}

// The value under `key`, or an undefined node. Null values count as absent.
YAML::Node value_of(const YAML::Node &map, std::string_view key) {
  const YAML::Node value = map[std::string(key)];
  return value && !value.IsNull() ? value : YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

Result<std::string> get_text(const Document &doc, const YAML::Node &map, std::string_view key, Need need) {
  const YAML::Node value = value_of(map, key);
  if (!value.IsDefined()) {
    if (need == Need::required) {
      return std::unexpected(missing_key(doc, map, key));
    }
    return std::string{};
  }
  if (!value.IsScalar()) {
    return std::unexpected(error_at(doc, value, tr("'{}' moet een tekst zijn", "'{}' must be a text", key)));
  }
  if (need == Need::required && value.Scalar().empty()) {
    return std::unexpected(
        error_at(doc, value, tr("'{}' mag niet leeg zijn", "'{}' must not be empty", key)));
  }
  return value.Scalar();
}

Result<std::optional<Date>> get_date(const Document &doc, const YAML::Node &map, std::string_view key,
                                     Need need) {
  auto text = get_text(doc, map, key, need);
  if (!text) {
    return std::unexpected(text.error());
  }
  if (text->empty()) {
    return std::optional<Date>{};
  }
  const auto date = parse_date(*text);
  if (!date) {
    return std::unexpected(error_at(doc, map[std::string(key)],
                                    tr("'{}' is geen geldige datum (JJJJ-MM-DD): {}",
                                       "'{}' is not a valid date (YYYY-MM-DD): {}", key, *text)));
  }
  return date;
}

Result<std::optional<long long>> get_integer(const Document &doc, const YAML::Node &map, std::string_view key,
                                             Need need) {
  auto text = get_text(doc, map, key, need);
  if (!text) {
    return std::unexpected(text.error());
  }
  if (text->empty()) {
    return std::optional<long long>{};
  }
  long long value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc{} || end != text->data() + text->size()) {
    return std::unexpected(
        error_at(doc, map[std::string(key)],
                 tr("'{}' moet een geheel getal zijn: {}", "'{}' must be a whole number: {}", key, *text)));
  }
  return std::optional<long long>{value};
}

Result<std::optional<double>> get_number(const Document &doc, const YAML::Node &map, std::string_view key,
                                         Need need) {
  auto text = get_text(doc, map, key, need);
  if (!text) {
    return std::unexpected(text.error());
  }
  if (text->empty()) {
    return std::optional<double>{};
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc{} || end != text->data() + text->size()) {
    return std::unexpected(
        error_at(doc, map[std::string(key)],
                 tr("'{}' moet een getal zijn: {}", "'{}' must be a number: {}", key, *text)));
  }
  return std::optional<double>{value};
}

Result<bool> get_flag(const Document &doc, const YAML::Node &map, std::string_view key) {
  auto text = get_text(doc, map, key);
  if (!text) {
    return std::unexpected(text.error());
  }
  if (text->empty() || *text == "false") {
    return false;
  }
  if (*text == "true") {
    return true;
  }
  return std::unexpected(error_at(doc, map[std::string(key)],
                                  tr("'{}' moet true of false zijn", "'{}' must be true or false", key)));
}

Result<std::vector<std::string>> get_text_list(const Document &doc, const YAML::Node &map,
                                               std::string_view key) {
  const YAML::Node value = value_of(map, key);
  std::vector<std::string> items;
  if (!value.IsDefined()) {
    return items;
  }
  if (!value.IsSequence()) {
    return std::unexpected(error_at(doc, value, tr("'{}' moet een lijst zijn", "'{}' must be a list", key)));
  }
  for (const auto &item : value) {
    if (!item.IsScalar()) {
      return std::unexpected(error_at(
          doc, item, tr("elk item van '{}' moet een tekst zijn", "every item of '{}' must be a text", key)));
    }
    items.push_back(item.Scalar());
  }
  return items;
}

} // namespace alearn
