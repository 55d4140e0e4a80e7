#pragma once
// A record file as read from disk: the exact text (so that edits can keep every other byte)
// and the parsed YAML, either the whole file or the front matter of a Markdown file.
#include "dates.hpp"
#include "error.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class Format { yaml, markdown };

struct Document {
  std::filesystem::path file;
  std::string text; // the whole file, byte for byte
  Format format = Format::yaml;
  std::size_t yaml_begin = 0; // the YAML part of `text`
  std::size_t yaml_end = 0;
  int yaml_line = 1; // 1-based line in the file where the YAML part starts
  YAML::Node root;

  std::string_view yaml() const;
  std::string_view body() const; // the Markdown after the front matter; empty for YAML files
  // The line ending the file uses ("\r\n" when a Windows editor wrote it), for inserted lines.
  std::string_view newline() const;
};

Result<Document> parse_document(std::filesystem::path file, std::string text, Format format);
Result<Document> load_document(const std::filesystem::path &file, Format format);

// Errors about a value point at the line and column where the value stands in the file.
Error error_at(const Document &doc, const YAML::Node &node, Text message);

enum class Need { optional, required };

Status require_map(const Document &doc, const YAML::Node &node);
// Every key of `map` must be one of `known`; an unknown key is reported with the closest known one.
Status check_keys(const Document &doc, const YAML::Node &map, std::span<const std::string_view> known);

Result<std::string> get_text(const Document &doc, const YAML::Node &map, std::string_view key,
                             Need need = Need::optional);
Result<std::optional<Date>> get_date(const Document &doc, const YAML::Node &map, std::string_view key,
                                     Need need = Need::optional);
Result<std::optional<long long>> get_integer(const Document &doc, const YAML::Node &map, std::string_view key,
                                             Need need = Need::optional);
Result<std::optional<double>> get_number(const Document &doc, const YAML::Node &map, std::string_view key,
                                         Need need = Need::optional);
Result<bool> get_flag(const Document &doc, const YAML::Node &map, std::string_view key);
Result<std::vector<std::string>> get_text_list(const Document &doc, const YAML::Node &map,
                                               std::string_view key);

} // namespace alearn
