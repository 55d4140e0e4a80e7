#include "yaml_edit.hpp"

#include "yaml_edit_render.hpp"
#include "yaml_edit_tree.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace alearn {

namespace {

constexpr auto npos = std::string_view::npos;

// Lines end at "\n", "\r\n" or a lone "\r", as libyaml reads them.
bool is_break(char c) { return c == '\n' || c == '\r'; }

// Where the line break that ends the line holding `at` starts (the text's size on the last line).
std::size_t line_end(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '\n' && at > 0 && text[at - 1] == '\r') {
    return at - 1;
  }
  const auto found = text.find_first_of("\r\n", at);
  return found == npos ? text.size() : found;
}

std::size_t line_begin(std::string_view text, std::size_t at) {
  const auto found = at == 0 ? npos : text.find_last_of("\r\n", at - 1);
  return found == npos ? 0 : found + 1;
}

// The first byte of the line after the one holding `at`.
std::size_t line_next(std::string_view text, std::size_t at) {
  const std::size_t end = line_end(text, at);
  if (end == text.size()) {
    return end;
  }
  return text.substr(end, 2) == "\r\n" ? end + 2 : end + 1;
}

bool at_line_start(std::string_view text, std::size_t at) { return at == 0 || is_break(text[at - 1]); }

// The last byte of a node; an empty node's place.
std::size_t last_byte(const YamlNode &node) { return node.end > node.begin ? node.end - 1 : node.begin; }

Context context_of(const YamlNode &node) { return node.in_flow ? Context::flow : Context::block; }

// A new value: `inline_text` stands where the value goes; `below`, in block context, holds lines
// that follow the value's line (nested keys, list items, the lines of a literal block).
struct Piece {
  std::string inline_text;
  std::string below;
};

// Makes a new value for a key at `key_column`, in the context where it will stand.
using ValueMaker = std::function<Piece(Context context, int key_column)>;
// Makes a new list item: in block context the "- " line(s) at `dash_column`; in flow context the item.
using ItemMaker = std::function<std::string(Context context, int dash_column)>;

struct Splice {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

struct Entry {
  const YamlNode *key = nullptr;
  const YamlNode *value = nullptr;
};

Entry find_entry(const YamlNode &map, std::string_view key) {
  for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
    if (map.children[i].kind == NodeKind::scalar && map.children[i].value == key) {
      return {&map.children[i], &map.children[i + 1]};
    }
  }
  return {};
}

// The document's YAML as positioned nodes, and the splices an edit makes in it.
class Editor {
public:
  // With `one_line`, values are written on one line, never as literal blocks.
  Editor(const Document &doc, YamlTree tree, bool one_line)
      : doc_(doc), yaml_(doc.yaml()), tree_(std::move(tree)), nl_(doc.newline()), one_line_(one_line) {}

  Status set(const SetScalar &edit);
  Status append(const KeyPath &path, const ItemMaker &item);
  Status remove(const RemoveItem &edit);
  Result<Edited> finish(const Data &expected) const;

  std::string_view nl() const { return nl_; }
  RenderedScalar render(std::string_view value, Context context, int indent) const {
    return render_value(value, one_line_ ? Context::flow : context, indent, nl_);
  }
  std::string key_lines(std::string_view key, int column, const Piece &piece) const;

private:
  Result<std::vector<Entry>> walk(const KeyPath &path);
  const Data &data_at(const KeyPath &path, std::size_t depth) const;
  Status add_path(const KeyPath &path, const std::vector<Entry> &found, const ValueMaker &leaf);
  ValueMaker nested(const KeyPath &path, std::size_t from, const ValueMaker &leaf) const;
  void add_key(const YamlNode &map, std::string_view key, const ValueMaker &make);
  void add_to_empty_root(std::string_view key, const ValueMaker &make);
  void replace_value(const YamlNode &value, const Piece &piece);
  std::string value_prefix(std::size_t at) const;
  std::size_t cut_spaces_before(std::size_t at) const;
  Result<std::size_t> dash_of(const YamlNode &list, std::size_t index) const;
  void remove_flow_item(const YamlNode &list, std::size_t index);
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
  bool one_line_ = false;
  std::vector<Splice> splices_;
  int line_ = 0; // of the node edited, for an error after the edit
};

std::string Editor::key_lines(std::string_view key, int column, const Piece &piece) const {
  std::string text = spaces(column) + render_key(key) + ":";
  if (!piece.inline_text.empty()) {
    text += " " + piece.inline_text;
  }
  if (!piece.below.empty()) {
    text += nl_ + piece.below;
  }
  return text;
}

const Data &Editor::data_at(const KeyPath &path, std::size_t depth) const {
  const Data *data = &doc_.data;
  for (std::size_t i = 0; i < depth; ++i) {
    data = &data->at(path[i]);
  }
  return *data;
}

// The entries of `path` as far as its keys exist. A value on the way that is neither a mapping nor
// null is an error: the path cannot be added under it.
Result<std::vector<Entry>> Editor::walk(const KeyPath &path) {
  std::vector<Entry> found;
  const YamlNode *node = tree_ ? &*tree_ : nullptr;
  const Data *data = &doc_.data;
  for (const auto &key : path) {
    if (node == nullptr || data->is_null()) {
      break;
    }
    if (node->kind != NodeKind::mapping || !data->is_object()) {
      return std::unexpected(
          error_at(node->line, tr("'{}' is geen lijst van sleutels", "'{}' is not a mapping",
                                  found.empty() ? key : found.back().key->value)));
    }
    const Entry entry = find_entry(*node, key);
    const auto value = data->find(key);
    if (entry.key == nullptr || value == data->end()) {
      break;
    }
    found.push_back(entry);
    line_ = entry.key->line;
    node = entry.value;
    data = &*value;
  }
  return found;
}

// What goes before a value written where there was none: a space after "key:", or ": " after a
// key without a colon ("{key}").
std::string Editor::value_prefix(std::size_t at) const {
  std::size_t before = at;
  while (before > 0 && (yaml_[before - 1] == ' ' || yaml_[before - 1] == '\t')) {
    --before;
  }
  if (before > 0 && yaml_[before - 1] == ':') {
    return before == at ? " " : "";
  }
  return ": ";
}

std::size_t Editor::cut_spaces_before(std::size_t at) const {
  while (at > 0 && (yaml_[at - 1] == ' ' || yaml_[at - 1] == '\t')) {
    --at;
  }
  return at;
}

// Writes `piece` in place of a scalar or null value. Lines below go after the rest of the value's
// last line (its comment), so that a comment never becomes part of a literal block.
void Editor::replace_value(const YamlNode &value, const Piece &piece) {
  const bool empty = value.begin == value.end;
  std::string lead = piece.inline_text;
  if (!lead.empty() && empty) {
    lead = value_prefix(value.begin) + lead;
  }
  const std::size_t from = lead.empty() && !empty ? cut_spaces_before(value.begin) : value.begin;
  if (!empty && at_line_start(yaml_, value.end)) {
    // A literal block kept with '+': its region ends after its last line break.
    splice(from, value.end, lead + (piece.below.empty() ? "" : nl_ + piece.below) + nl_);
    return;
  }
  if (piece.below.empty()) {
    splice(value.begin, value.end, lead);
    return;
  }
  const std::size_t end = std::max(line_end(yaml_, value.end), value.end);
  const std::string tail(yaml_.substr(value.end, end - value.end));
  splice(from, end, lead + tail + nl_ + piece.below);
}

void Editor::add_key(const YamlNode &map, std::string_view key, const ValueMaker &make) {
  if (map.flow) {
    const std::string entry = render_key(key) + ": " + make(Context::flow, 0).inline_text;
    if (map.children.empty()) {
      splice(map.end - 1, map.end - 1, entry); // before the '}'
    } else {
      splice(map.children.back().end, map.children.back().end, ", " + entry);
    }
    return;
  }
  const std::size_t at = line_end(yaml_, last_byte(map));
  splice(at, at, nl_ + key_lines(key, map.column, make(Context::block, map.column)));
}

// The first key of a document that holds nothing (comments only) or null ("---", "~").
void Editor::add_to_empty_root(std::string_view key, const ValueMaker &make) {
  const std::string lines = key_lines(key, 0, make(Context::block, 0));
  if (!tree_) {
    const bool needs_break = !yaml_.empty() && !is_break(yaml_.back());
    splice(yaml_.size(), yaml_.size(), (needs_break ? nl_ : "") + lines + nl_);
    return;
  }
  const YamlNode &root = *tree_;
  if (at_line_start(yaml_, root.begin)) {
    splice(root.begin, root.end, root.begin == root.end ? lines + nl_ : lines);
    return;
  }
  // "--- ~" or "---" at the end of the text: the key goes on a line of its own.
  const std::size_t from = root.begin == root.end ? root.begin : cut_spaces_before(root.begin);
  const std::size_t end = std::max(line_end(yaml_, root.end), root.end);
  splice(from, end, std::string(yaml_.substr(root.end, end - root.end)) + nl_ + lines);
}

ValueMaker Editor::nested(const KeyPath &path, std::size_t from, const ValueMaker &leaf) const {
  if (from == path.size()) {
    return leaf;
  }
  return [this, &path, from, leaf](Context context, int key_column) {
    const ValueMaker inner = nested(path, from + 1, leaf);
    if (context == Context::flow) {
      return Piece{"{" + render_key(path[from]) + ": " + inner(Context::flow, 0).inline_text + "}", ""};
    }
    const int column = key_column + 2;
    return Piece{"", key_lines(path[from], column, inner(Context::block, column))};
  };
}

// Adds the keys of `path` after those found, with `leaf` as the value of the last.
Status Editor::add_path(const KeyPath &path, const std::vector<Entry> &found, const ValueMaker &leaf) {
  const std::size_t depth = found.size();
  const bool parent_is_null = data_at(path, depth).is_null();
  if (depth == 0 && parent_is_null) {
    add_to_empty_root(path.front(), nested(path, 1, leaf));
  } else if (parent_is_null) {
    const YamlNode &value = *found.back().value;
    replace_value(value, nested(path, depth, leaf)(context_of(value), found.back().key->column));
  } else {
    add_key(depth == 0 ? *tree_ : *found.back().value, path[depth], nested(path, depth + 1, leaf));
  }
  return {};
}

Status Editor::set(const SetScalar &edit) {
  auto found = walk(edit.path);
  if (!found) {
    return std::unexpected(found.error());
  }
  const ValueMaker leaf = [&](Context context, int key_column) {
    auto rendered = render(edit.value, context, key_column + 2);
    return Piece{std::move(rendered.header), rendered.body.value_or("")};
  };
  if (found->size() < edit.path.size()) {
    return add_path(edit.path, *found, leaf);
  }
  const Entry &entry = found->back();
  const Data &data = data_at(edit.path, edit.path.size());
  if (data.is_object() || data.is_array()) {
    return std::unexpected(error_at(
        entry.value->line, tr("'{}' is geen enkele waarde", "'{}' is not a single value", edit.path.back())));
  }
  replace_value(*entry.value, leaf(context_of(*entry.value), entry.key->column));
  return {};
}

Status Editor::append(const KeyPath &path, const ItemMaker &item) {
  auto found = walk(path);
  if (!found) {
    return std::unexpected(found.error());
  }
  const ValueMaker new_list = [&](Context context, int key_column) {
    return context == Context::flow ? Piece{"[" + item(Context::flow, 0) + "]", ""}
                                    : Piece{"", item(Context::block, key_column + 2)};
  };
  if (found->size() < path.size()) {
    return add_path(path, *found, new_list);
  }
  const Entry &entry = found->back();
  const YamlNode &list = *entry.value;
  const Data &data = data_at(path, path.size());
  if (data.is_null()) {
    replace_value(list, new_list(context_of(list), entry.key->column));
  } else if (!data.is_array() || list.kind != NodeKind::sequence) {
    return std::unexpected(
        error_at(list.line, tr("'{}' moet een lijst zijn", "'{}' must be a list", path.back())));
  } else if (list.flow && list.children.empty()) {
    // "[]": in block context the list becomes a block list, as alearn writes new ones.
    if (list.in_flow) {
      splice(list.end - 1, list.end - 1, item(Context::flow, 0));
    } else {
      replace_value(list, new_list(Context::block, entry.key->column));
    }
  } else if (list.flow) {
    splice(list.children.back().end, list.children.back().end, ", " + item(Context::flow, 0));
  } else {
    const std::size_t at = line_end(yaml_, last_byte(list));
    splice(at, at, nl_ + item(Context::block, list.column));
  }
  return {};
}

// The '-' of item `index` of a block list: the list starts with the first; each other follows
// the item before it after blanks, line breaks and comments.
Result<std::size_t> Editor::dash_of(const YamlNode &list, std::size_t index) const {
  std::size_t at = index == 0 ? list.content : list.children[index - 1].end;
  while (index > 0 && at < yaml_.size() && yaml_[at] != '-') {
    if (yaml_[at] == '#') {
      at = line_end(yaml_, at);
    } else if (yaml_[at] == ' ' || yaml_[at] == '\t' || is_break(yaml_[at])) {
      ++at;
    } else {
      break;
    }
  }
  const std::size_t begin = line_begin(yaml_, at);
  if (at >= yaml_.size() || yaml_[at] != '-' ||
      yaml_.substr(begin, at - begin).find_first_not_of(' ') != npos) {
    return std::unexpected(error_at(list.children[index].line,
                                    tr("dit lijstitem staat niet op een eigen regel; pas het met de hand aan",
                                       "this list item is not on a line of its own; edit it by hand")));
  }
  return at;
}

void Editor::remove_flow_item(const YamlNode &list, std::size_t index) {
  const auto &items = list.children;
  if (items.size() == 1) {
    splice(items[index].begin, list.end - 1, ""); // up to the ']', with a trailing ','
  } else if (index + 1 < items.size()) {
    splice(items[index].begin, items[index + 1].begin, "");
  } else {
    splice(items[index - 1].end, items[index].end, "");
  }
}

Status Editor::remove(const RemoveItem &edit) {
  auto found = walk(edit.path);
  if (!found) {
    return std::unexpected(found.error());
  }
  const auto no_item = [&] {
    return std::unexpected(
        error_at(line_, tr("geen item {} in '{}'", "no item {} in '{}'", edit.index + 1, edit.path.back())));
  };
  if (found->size() < edit.path.size()) {
    return no_item();
  }
  const Data &data = data_at(edit.path, edit.path.size());
  const YamlNode &list = *found->back().value;
  if (!data.is_array() || list.kind != NodeKind::sequence || edit.index >= list.children.size()) {
    return no_item();
  }
  line_ = list.children[edit.index].line;
  if (list.flow) {
    remove_flow_item(list, edit.index);
    return {};
  }
  auto dash = dash_of(list, edit.index);
  if (!dash) {
    return std::unexpected(dash.error());
  }
  if (list.children.size() == 1) {
    // The last item goes: "key: []" keeps an empty list rather than null.
    const YamlNode &key = *found->back().key;
    std::size_t colon = key.end;
    while (colon < yaml_.size() && (yaml_[colon] == ' ' || yaml_[colon] == '\t')) {
      ++colon;
    }
    if (colon >= yaml_.size() || yaml_[colon] != ':') {
      return std::unexpected(
          error_at(key.line, tr("'{}' kan hier niet automatisch worden aangepast; pas het met de hand aan",
                                "'{}' cannot be changed automatically here; edit it by hand", key.value)));
    }
    splice(colon + 1, colon + 1, " []");
  }
  splice(line_begin(yaml_, *dash), line_next(yaml_, last_byte(list.children[edit.index])), "");
  return {};
}

// Applies the splices and reads the result back: it must hold `expected` and nothing else.
Result<Edited> Editor::finish(const Data &expected) const {
  std::vector<Splice> ordered = splices_;
  std::ranges::sort(ordered, {}, &Splice::begin);
  std::string yaml(yaml_);
  for (std::size_t i = ordered.size(); i-- > 0;) {
    if (i + 1 < ordered.size() && ordered[i].end > ordered[i + 1].begin) {
      throw std::logic_error("overlapping edits");
    }
    yaml.replace(ordered[i].begin, ordered[i].end - ordered[i].begin, ordered[i].text);
  }
  Change change;
  if (!ordered.empty()) {
    change.begin = doc_.yaml_begin + ordered.front().begin;
    change.old_end = doc_.yaml_begin + ordered.back().end;
    change.new_end = change.old_end + yaml.size() - yaml_.size();
  }
  std::string text = doc_.text.substr(0, doc_.yaml_begin) + yaml + doc_.text.substr(doc_.yaml_end);
  auto reread = parse_document(doc_.file, text, doc_.format);
  if (!reread || reread->data != expected) {
    return std::unexpected(error_at(
        line_, tr("deze waarde kan in deze vorm niet automatisch worden aangepast zonder iets anders te "
                  "veranderen; pas het bestand met de hand aan",
                  "this value cannot be changed automatically in this form without changing something "
                  "else; edit the file by hand")));
  }
  return Edited{std::move(text), change};
}

Result<Editor> open_editor(const Document &doc, bool one_line) {
  if (doc.extent != Extent::whole) {
    throw std::logic_error("only a document read whole can be edited");
  }
  auto tree = read_yaml_tree(doc.yaml());
  if (!tree) {
    const YamlProblem &problem = tree.error();
    return fail(ErrorKind::input, problem.message, doc.file, doc.yaml_line + problem.line - 1,
                problem.column);
  }
  if (*tree && (*tree)->kind != NodeKind::mapping && !doc.data.is_null()) {
    return fail(
        ErrorKind::input,
        tr("hier wordt een lijst van 'sleutel: waarde' verwacht", "expected a mapping of 'key: value' here"),
        doc.file, doc.yaml_line + (*tree)->line, (*tree)->column + 1);
  }
  return Editor(doc, std::move(*tree), one_line);
}

std::string block_item(const Editor &ed, const std::vector<Field> &fields, int dash) {
  if (fields.empty()) {
    return spaces(dash) + "- {}";
  }
  std::string text;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const int column = dash + 2;
    auto rendered = ed.render(fields[i].second, Context::block, column + 2);
    const Piece piece{std::move(rendered.header), rendered.body.value_or("")};
    const std::string line = ed.key_lines(fields[i].first, column, piece);
    text += i == 0 ? spaces(dash) + "- " + line.substr(static_cast<std::size_t>(column))
                   : std::string(ed.nl()) + line;
  }
  return text;
}

std::string flow_item(const std::vector<Field> &fields) {
  std::string text = "{";
  for (std::size_t i = 0; i < fields.size(); ++i) {
    text += (i == 0 ? "" : ", ") + render_key(fields[i].first) + ": " +
            render_value(fields[i].second, Context::flow, 0, "\n").header;
  }
  return text + "}";
}

// The data `doc` should hold after `edit`: the edits are checked against it.
Data expected_after(const Document &doc, const Edit &edit) {
  Data expected = doc.data;
  const auto at = [&](const KeyPath &path) {
    Data *data = &expected;
    for (const auto &key : path) {
      if (!data->is_object()) {
        *data = Data::object();
      }
      data = &(*data)[key];
    }
    return data;
  };
  const auto push = [&](const KeyPath &path, Data item) {
    Data *list = at(path);
    if (!list->is_array()) {
      *list = Data::array();
    }
    list->push_back(std::move(item));
  };
  std::visit(
      [&](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, SetScalar>) {
          *at(e.path) = e.value;
        } else if constexpr (std::is_same_v<T, AppendTextItem>) {
          push(e.path, e.value);
        } else if constexpr (std::is_same_v<T, AppendMapItem>) {
          Data item = Data::object();
          for (const auto &[key, value] : e.fields) {
            item[key] = value;
          }
          push(e.path, std::move(item));
        } else {
          at(e.path)->erase(e.index);
        }
      },
      edit);
  return expected;
}

bool all_utf8(const Edit &edit) {
  return std::visit(
      [](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        bool ok = std::ranges::all_of(e.path, [](const auto &key) { return is_utf8(key); });
        if constexpr (std::is_same_v<T, SetScalar> || std::is_same_v<T, AppendTextItem>) {
          ok = ok && is_utf8(e.value);
        } else if constexpr (std::is_same_v<T, AppendMapItem>) {
          ok = ok && std::ranges::all_of(
                         e.fields, [](const Field &f) { return is_utf8(f.first) && is_utf8(f.second); });
        }
        return ok;
      },
      edit);
}

Status run_edit(Editor &ed, const Edit &edit) {
  return std::visit(
      [&](const auto &e) -> Status {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, SetScalar>) {
          return ed.set(e);
        } else if constexpr (std::is_same_v<T, AppendTextItem>) {
          return ed.append(e.path, [&](Context context, int dash) {
            auto rendered = ed.render(e.value, context, dash + 2);
            if (context == Context::flow) {
              return rendered.header;
            }
            return spaces(dash) + "- " + rendered.header +
                   (rendered.body ? std::string(ed.nl()) + *rendered.body : std::string());
          });
        } else if constexpr (std::is_same_v<T, AppendMapItem>) {
          return ed.append(e.path, [&](Context context, int dash) {
            return context == Context::flow ? flow_item(e.fields) : block_item(ed, e.fields, dash);
          });
        } else {
          return ed.remove(e);
        }
      },
      edit);
}

} // namespace

Result<Edited> apply_edit(const Document &doc, const Edit &edit) {
  const KeyPath &path = std::visit([](const auto &e) -> const KeyPath & { return e.path; }, edit);
  if (path.empty()) {
    throw std::logic_error("an edit needs a key");
  }
  if (!all_utf8(edit)) {
    return fail(ErrorKind::usage,
                tr("een waarde is geen geldige UTF-8-tekst", "a value is not valid UTF-8 text"));
  }
  Result<Edited> edited;
  // A literal block can fail to read back where the lines after it are indented deeper (a comment
  // under the value): then the value is written on one line instead.
  for (const bool one_line : {false, true}) {
    auto editor = open_editor(doc, one_line);
    if (!editor) {
      return std::unexpected(editor.error());
    }
    if (auto done = run_edit(*editor, edit); !done) {
      return std::unexpected(done.error());
    }
    edited = editor->finish(expected_after(doc, edit));
    if (edited) {
      break;
    }
  }
  return edited;
}

namespace {

Result<std::string> text_of(Result<Edited> edited) {
  if (!edited) {
    return std::unexpected(edited.error());
  }
  return std::move(edited->text);
}

} // namespace

Result<std::string> set_scalar(const Document &doc, const KeyPath &path, std::string_view value) {
  return text_of(apply_edit(doc, SetScalar{path, std::string(value)}));
}

Result<std::string> append_map_item(const Document &doc, const KeyPath &path,
                                    const std::vector<Field> &fields) {
  return text_of(apply_edit(doc, AppendMapItem{path, fields}));
}

Result<std::string> append_text_item(const Document &doc, const KeyPath &path, std::string_view value) {
  return text_of(apply_edit(doc, AppendTextItem{path, std::string(value)}));
}

Result<std::string> remove_item(const Document &doc, const KeyPath &path, std::size_t index) {
  return text_of(apply_edit(doc, RemoveItem{path, index}));
}

std::string render_scalar(std::string_view value, int indent, std::string_view newline) {
  auto rendered = render_value(value, Context::block, indent, newline);
  return rendered.body ? rendered.header + std::string(newline) + *rendered.body : rendered.header;
}

} // namespace alearn
