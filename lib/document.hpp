#pragma once
// A record file as read from disk: the exact text (so that edits can keep every other byte)
// and its data, either the whole YAML file or the front matter of a Markdown file.
#include "dates.hpp"
#include "error.hpp"
#include "yaml_reader.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class Format { yaml, markdown };

// How much of a Markdown file to read. Most commands need only the front matter, and reading
// just that keeps memory flat however long the Markdown bodies grow.
enum class Extent { whole, front_matter };

struct Document {
  std::filesystem::path file;
  std::string text; // the file byte for byte: the whole of it, or up to the end of the front matter
  Format format = Format::yaml;
  Extent extent = Extent::whole;
  std::size_t yaml_begin = 0; // the YAML part of `text`
  std::size_t yaml_end = 0;
  int yaml_line = 1; // 1-based line in the file where the YAML part starts
  Data data;

  std::string_view yaml() const;
  std::string_view body() const; // the Markdown after the front matter; empty for YAML files
  // The line ending the file uses ("\r\n" when a Windows editor wrote it), for inserted lines.
  std::string_view newline() const;
};

Result<Document> parse_document(std::filesystem::path file, std::string text, Format format,
                                Extent extent = Extent::whole);
Result<Document> load_document(const std::filesystem::path &file, Format format,
                               Extent extent = Extent::whole);

// The line of the first leftover git conflict marker in `text`, if any.
std::optional<int> conflict_marker_line(std::string_view text);

// An error about a value (or a key) of the document, at the line and column where it stands.
Error error_at(const Document &doc, const Data::json_pointer &pointer, Text message, Spot spot = Spot::value);

// Typed reads of data that has passed its schema; absent and null read as empty.
std::string text_field(const Data &object, std::string_view key);
std::vector<std::string> text_list(const Data &object, std::string_view key);
std::optional<double> number_field(const Data &object, std::string_view key);
long long integer_field(const Data &object, std::string_view key);
bool flag_field(const Data &object, std::string_view key);

// The schema checks a date's form; the calendar (no 30 February) is checked here.
Result<std::optional<Date>> date_field(const Document &doc, const Data::json_pointer &pointer);

} // namespace alearn
