#include "document.hpp"

#include "files.hpp"
#include "utf8.hpp"

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

std::string_view Document::yaml() const {
  return std::string_view(text).substr(yaml_begin, yaml_end - yaml_begin);
}

std::string_view Document::body() const {
  if (format == Format::yaml) {
    return {};
  }
  const std::string_view rest = std::string_view(text).substr(yaml_end);
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

// The offset of the first byte that is not valid UTF-8, or is a NUL (a binary file); npos if none.
std::size_t invalid_utf8_at(std::string_view text) {
  return std::min(first_invalid_utf8(text), text.find('\0'));
}

Status locate_front_matter(Document &doc, std::size_t start) {
  const std::string_view text = doc.text;
  if (!is_front_matter_delimiter(text.substr(start), "---")) {
    return fail(ErrorKind::input,
                tr("de front matter ontbreekt: het bestand moet beginnen met een regel '---'",
                   "front matter is missing: the file must start with a line '---'"),
                doc.file, 1);
  }
  const auto first = text.find('\n', start);
  doc.yaml_begin = first == std::string_view::npos ? text.size() : first + 1;
  doc.yaml_line = 2;
  if (const auto end = front_matter_end(text, doc.yaml_begin)) {
    doc.yaml_end = *end;
    return {};
  }
  return fail(ErrorKind::input,
              tr("de front matter wordt niet afgesloten met een regel '---'",
                 "front matter is not closed by a line '---'"),
              doc.file, 1);
}

} // namespace

namespace {

bool is_marker_line(std::string_view text, std::size_t at, std::string_view marker) {
  if (text.substr(at, marker.size()) != marker) {
    return false;
  }
  const std::size_t after = at + marker.size();
  return after == text.size() || text[after] == ' ' || text[after] == '\n' || text[after] == '\r';
}

} // namespace

std::optional<int> conflict_marker_line(std::string_view text) {
  // A conflict starts with "<<<<<<< ours" and ends with ">>>>>>> theirs". "=======" alone can
  // be a Markdown heading underline, so only the outer markers are looked for.
  for (std::size_t at = 0; at < text.size();) {
    if (is_marker_line(text, at, "<<<<<<<") || is_marker_line(text, at, ">>>>>>>")) {
      return line_of(text, at);
    }
    const auto eol = text.find('\n', at);
    if (eol == std::string_view::npos) {
      break;
    }
    at = eol + 1;
  }
  return std::nullopt;
}

Result<Document> parse_document(fs::path file, std::string text, Format format, Extent extent) {
  Document doc;
  doc.file = std::move(file);
  doc.text = std::move(text);
  doc.format = format;
  doc.extent = format == Format::yaml ? Extent::whole : extent;
  if (const auto bad = invalid_utf8_at(doc.text); bad != std::string_view::npos) {
    return fail(ErrorKind::input,
                tr("geen geldige UTF-8-tekst (is dit een binair bestand?)",
                   "not valid UTF-8 text (is this a binary file?)"),
                doc.file, line_of(doc.text, bad));
  }
  if (const auto line = conflict_marker_line(doc.text)) {
    return fail(
        ErrorKind::conflict,
        tr("een git-conflict is niet opgelost (de regels <<<<<<<, ======= en >>>>>>>): houd wat klopt en "
           "haal de markeringen weg",
           "an unresolved git conflict (the lines <<<<<<<, ======= and >>>>>>>): keep what is right and "
           "remove the markers"),
        doc.file, *line, 1);
  }
  const std::size_t start = doc.text.starts_with(byte_order_mark) ? byte_order_mark.size() : 0;
  if (format == Format::markdown) {
    TRY(locate_front_matter(doc, start));
  } else {
    doc.yaml_begin = start;
    doc.yaml_end = doc.text.size();
  }
  auto data = read_yaml(doc.yaml());
  if (!data) {
    const YamlProblem &problem = data.error();
    return fail(ErrorKind::input, problem.message, doc.file,
                problem.line > 0 ? doc.yaml_line + problem.line - 1 : doc.yaml_line, problem.column);
  }
  doc.data = std::move(*data);
  return doc;
}

Result<Document> load_document(const fs::path &file, Format format, Extent extent) {
  auto text = format == Format::markdown && extent == Extent::front_matter ? read_front_matter_text(file)
                                                                           : read_text_file(file);
  TRY(text);
  auto doc = parse_document(file, std::move(*text), format, extent);
  // Commands read a Markdown file no further than this; a reader of the whole file (check) must
  // not accept what they refuse.
  if (doc && format == Format::markdown && doc->yaml_end > max_front_matter_size) {
    return fail(ErrorKind::input,
                tr("de front matter is niet afgesloten binnen de eerste {} bytes",
                   "the front matter is not closed within the first {} bytes", max_front_matter_size),
                file, 1);
  }
  return doc;
}

Error error_at(const Document &doc, const Data::json_pointer &pointer, Text message, Spot spot) {
  const Position position = locate(doc.yaml(), pointer, spot);
  if (position.line == 0) {
    return Error{ErrorKind::input, std::move(message), doc.file, doc.yaml_line, 0};
  }
  return Error{ErrorKind::input, std::move(message), doc.file, doc.yaml_line + position.line - 1,
               position.column};
}

namespace {

const Data *field(const Data &object, std::string_view key) {
  if (!object.is_object()) {
    return nullptr;
  }
  const auto found = object.find(key);
  return found == object.end() || found->is_null() ? nullptr : &*found;
}

} // namespace

std::string text_field(const Data &object, std::string_view key) {
  const Data *value = field(object, key);
  return value == nullptr ? std::string{} : scalar_text(*value);
}

std::vector<std::string> text_list(const Data &object, std::string_view key) {
  std::vector<std::string> items;
  if (const Data *value = field(object, key); value != nullptr && value->is_array()) {
    for (const auto &item : *value) {
      items.push_back(scalar_text(item));
    }
  }
  return items;
}

std::optional<double> number_field(const Data &object, std::string_view key) {
  const Data *value = field(object, key);
  if (value == nullptr || !value->is_number()) {
    return std::nullopt;
  }
  return value->get<double>();
}

long long integer_field(const Data &object, std::string_view key) {
  const Data *value = field(object, key);
  return value != nullptr && value->is_number_integer() ? value->get<long long>() : 0;
}

bool flag_field(const Data &object, std::string_view key) {
  const Data *value = field(object, key);
  return value != nullptr && value->is_boolean() && value->get<bool>();
}

Result<std::optional<Date>> date_field(const Document &doc, const Data::json_pointer &pointer) {
  if (!doc.data.contains(pointer) || doc.data.at(pointer).is_null()) {
    return std::optional<Date>{};
  }
  const std::string text = scalar_text(doc.data.at(pointer));
  if (auto date = parse_date(text)) {
    return date;
  }
  if (outside_years(text)) {
    return std::unexpected(error_at(doc, pointer,
                                    tr("'{}' ligt buiten de jaren {} tot en met {}: {}",
                                       "'{}' lies outside the years {} to {}: {}", pointer.back(), first_year,
                                       last_year, text)));
  }
  return std::unexpected(error_at(doc, pointer,
                                  tr("'{}' is geen bestaande datum (JJJJ-MM-DD): {}",
                                     "'{}' is not a real date (YYYY-MM-DD): {}", pointer.back(), text)));
}

} // namespace alearn
