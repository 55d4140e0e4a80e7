#pragma once
// Edits to a YAML document (a YAML file or a Markdown file's front matter) that change only the
// value asked for: comments, key order, quoting elsewhere and the Markdown body keep every byte.
// The edits work on the text, at the places libyaml (the reader's parser) reports for each node.
// Every edit reads its result back before returning it: either the text holds the same data with
// just that value changed, or the edit returns an error that names the file and line, and the
// user edits by hand. It never returns text that means something else.
#include "document.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace alearn {

// A path of mapping keys from the root: {"design", "goal"}.
using KeyPath = std::vector<std::string>;

// One "key: value" pair of a new list item; values are plain text.
using Field = std::pair<std::string, std::string>;

// Sets the scalar at `path` to `value`, adding the key (and missing parents) at the end of its
// mapping when absent.
struct SetScalar {
  KeyPath path;
  std::string value;
};
// Appends a mapping item (e.g. a member) to the list at `path`, creating the list if needed.
struct AppendMapItem {
  KeyPath path;
  std::vector<Field> fields;
};
// Appends a text item (e.g. an agreement) to the list at `path`, creating the list if needed.
struct AppendTextItem {
  KeyPath path;
  std::string value;
};
// Removes item `index` of the list at `path`, with its lines.
struct RemoveItem {
  KeyPath path;
  std::size_t index = 0;
};
// Sets `key` of the mapping that is item `index` of the list at `path` (an action of a meeting),
// adding the key at the end of the item when absent.
struct SetItemScalar {
  KeyPath path;
  std::size_t index = 0;
  std::string key;
  std::string value;
};
using Edit = std::variant<SetScalar, AppendMapItem, AppendTextItem, RemoveItem, SetItemScalar>;

// Where an edit changed the file: bytes [begin, old_end) of the old text became bytes
// [begin, new_end) of the new one; every byte before and after is the same.
struct Change {
  std::size_t begin = 0;
  std::size_t old_end = 0;
  std::size_t new_end = 0;
};

struct Edited {
  std::string text; // the whole file
  Change change;
};

// Only a document read whole (Extent::whole) can be edited.
Result<Edited> apply_edit(const Document &doc, const Edit &edit);

// The edits above, returning the new text of the whole file.
Result<std::string> set_scalar(const Document &doc, const KeyPath &path, std::string_view value);
Result<std::string> append_map_item(const Document &doc, const KeyPath &path,
                                    const std::vector<Field> &fields);
Result<std::string> append_text_item(const Document &doc, const KeyPath &path, std::string_view value);
Result<std::string> remove_item(const Document &doc, const KeyPath &path, std::size_t index);
Result<std::string> set_item_scalar(const Document &doc, const KeyPath &path, std::size_t index,
                                    std::string_view key, std::string_view value);

// A value as a YAML scalar: plain where that reads back the same, quoted otherwise, and a
// literal block for text with line breaks. `indent` is the indentation of block lines.
std::string render_scalar(std::string_view value, int indent, std::string_view newline = "\n");

// One "key: value" line of a new file, indented by `indent`, with `comment` after it when the
// value fits on the line; an empty value leaves just "key:".
std::string field_line(std::string_view key, std::string_view value, std::string_view comment,
                       int indent = 0);

} // namespace alearn
