#pragma once
// The edits of yaml_edit.hpp as splices of the document's text, made at the places of its nodes.
// Internal to the edits.
#include "yaml_edit.hpp"
#include "yaml_edit_render.hpp"
#include "yaml_edit_tree.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn::yaml_edit_internal {

// A new value: `inline_text` stands where the value goes; `below`, in block context, holds lines
// that follow the value's line (nested keys, list items, the lines of a literal block).
struct Piece {
  std::string inline_text;
  std::string below;
};

// Makes a new value for a key at `key_column`, in the context where it will stand.
using ValueMaker = std::function<Piece(NodeStyle context, int key_column)>;
// Makes a new list item: in block context the "- " line(s) at `dash_column`; in flow context the item.
using ItemMaker = std::function<std::string(NodeStyle context, int dash_column)>;

struct Splice {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

struct Entry {
  const YamlNode *key = nullptr;
  const YamlNode *value = nullptr;
};

// How an edit writes: the first way is tried first, and the others when the result would not
// read back right (a literal block that takes in a deeper comment below it; a line after a new key
// that libyaml reads differently, such as a blank line holding a tab).
struct EditStyle {
  bool one_line = false;       // values on one line, never as literal blocks
  bool after_comments = false; // new keys and items after the comment lines that follow a mapping
};

// The document's YAML as positioned nodes, and the splices an edit makes in it.
class Editor {
public:
  // Reads the document's YAML again, with the places of its nodes. Only a document read whole can
  // be edited.
  static Result<Editor> open(const Document &doc, EditStyle style);

  Status set(const SetScalar &edit);
  Status set_in_item(const SetItemScalar &edit);
  Status append(const KeyPath &path, const ItemMaker &item);
  Status remove(const RemoveItem &edit);
  Result<Edited> finish(const Data &expected) const;

  std::string_view nl() const { return nl_; }
  RenderedScalar render(std::string_view value, NodeStyle context, int indent) const {
    RenderedScalar rendered = render_value(value, style_.one_line ? NodeStyle::flow : context, indent, nl_);
    wrote_kept_break_ = wrote_kept_break_ || rendered.header == "|";
    return rendered;
  }
  std::string key_lines(std::string_view key, int column, const Piece &piece) const;

private:
  Editor(const Document &doc, YamlTree tree, EditStyle style)
      : doc_(doc), yaml_(doc.yaml()), tree_(std::move(tree)), nl_(doc.newline()), style_(style) {}

  Result<std::vector<Entry>> walk(const KeyPath &path);
  const Data &data_at(const KeyPath &path, std::size_t depth) const;
  Status add_path(const KeyPath &path, const std::vector<Entry> &found, const ValueMaker &leaf);
  ValueMaker nested(const KeyPath &path, std::size_t from, const ValueMaker &leaf) const;
  void add_key(const YamlNode &map, std::string_view key, const ValueMaker &make);
  void add_to_empty_root(std::string_view key, const ValueMaker &make);
  void insert_after(const YamlNode &node, const std::string &lines);
  void replace_value(const Entry &entry, const Piece &piece);
  std::string final_break(std::size_t at, std::string text) const;
  std::string value_prefix(const Entry &entry) const;
  std::size_t cut_spaces_before(std::size_t at) const;
  Result<const YamlNode *> list_item(const KeyPath &path, std::size_t index);
  Result<std::size_t> dash_of(const YamlNode &list, std::size_t index) const;
  void remove_flow_item(const YamlNode &list, std::size_t index);
  std::size_t after_properties(std::size_t at) const;
  void splice(std::size_t begin, std::size_t end, std::string text) {
    splices_.push_back({begin, end, std::move(text)});
  }
  Error error_at(int yaml_line, Text message) const {
    return Error{ErrorKind::input, std::move(message), doc_.file, doc_.yaml_line + yaml_line, 0};
  }

  const Document &doc_;
  std::string_view yaml_;
  YamlTree tree_;
  std::string nl_;
  EditStyle style_;
  mutable bool wrote_kept_break_ = false; // a literal block with '|' was rendered
  std::vector<Splice> splices_;
  int line_ = 0; // of the node edited, for an error after the edit
};

} // namespace alearn::yaml_edit_internal
