#pragma once
// Edits to a YAML document (a YAML file or a Markdown file's front matter) that change only the
// value asked for: comments, key order, quoting elsewhere and the Markdown body keep every byte.
// yaml-cpp loses comments when it emits, so these edits work on the text, located by the marks
// yaml-cpp records while parsing.
#include "document.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alearn {

// A path of mapping keys from the root: {"design", "goal"}.
using KeyPath = std::vector<std::string>;

// One "key: value" pair of a new list item; values are plain text.
using Field = std::pair<std::string, std::string>;

// Sets the scalar at `path` to `value`, adding the key (and missing parents) at the end of its
// mapping when absent. Returns the new text of the whole file.
Result<std::string> set_scalar(const Document &doc, const KeyPath &path, std::string_view value);

// Appends a mapping item (e.g. a member) to the block list at `path`, creating the list if needed.
Result<std::string> append_map_item(const Document &doc, const KeyPath &path,
                                    const std::vector<Field> &fields);

// Appends a text item (e.g. an agreement) to the list at `path`, creating the list if needed.
Result<std::string> append_text_item(const Document &doc, const KeyPath &path, std::string_view value);

// Removes item `index` of the block list at `path`, with its lines.
Result<std::string> remove_item(const Document &doc, const KeyPath &path, std::size_t index);

// A value as a YAML scalar: plain where that reads back the same, quoted otherwise, and a
// literal block for text with line breaks. `indent` is the indentation of block lines.
std::string render_scalar(std::string_view value, int indent, std::string_view newline = "\n");

} // namespace alearn
