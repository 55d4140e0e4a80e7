#include "yaml_edit.hpp"

#include "safe_text.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace alearn {

namespace {

struct Line {
  std::size_t begin = 0; // first byte
  std::size_t end = 0;   // one past the last byte before the line break
  std::size_t next = 0;  // first byte of the next line
  int indent = 0;
  bool blank_or_comment = false;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    Line line;
    line.begin = at;
    const auto eol = text.find('\n', at);
    line.next = eol == std::string_view::npos ? text.size() : eol + 1;
    line.end = eol == std::string_view::npos ? text.size() : eol;
    if (line.end > line.begin && text[line.end - 1] == '\r') {
      --line.end;
    }
    const auto content = text.substr(line.begin, line.end - line.begin);
    const auto first = content.find_first_not_of(' ');
    line.indent = first == std::string_view::npos ? 0 : static_cast<int>(first);
    line.blank_or_comment = first == std::string_view::npos || content[first] == '#';
    lines.push_back(line);
    at = line.next;
  }
  return lines;
}

// The YAML part of a document under edit, and the pieces around it. The edits need yaml-cpp's
// nodes: they record where each key and value starts in the text.
struct Editor {
  const Document &doc;
  std::string yaml;
  std::vector<Line> lines;
  YAML::Node root;

  // A YAML::Node is a handle: copying it shares the tree.
  Editor(const Document &d, const YAML::Node &tree)
      : doc(d), yaml(d.yaml()), lines(split_lines(yaml)), root(tree) {}

  std::string finish() const {
    return doc.text.substr(0, doc.yaml_begin) + yaml + doc.text.substr(doc.yaml_end);
  }
  std::string_view nl() const { return doc.newline(); }

  std::size_t line_at(std::size_t pos) const {
    const auto found = std::ranges::upper_bound(lines, pos, {}, &Line::begin);
    return static_cast<std::size_t>(std::distance(lines.begin(), found)) - 1;
  }

  // The last line of the block that starts on line `first` and holds every following line
  // indented deeper than `column`; trailing blank and comment lines stay outside.
  std::size_t block_end(std::size_t first, int column, std::size_t limit) const {
    std::size_t last = first;
    for (std::size_t i = first + 1; i < limit; ++i) {
      if (lines[i].blank_or_comment) {
        continue;
      }
      if (lines[i].indent <= column) {
        break;
      }
      last = i;
    }
    return last;
  }
};

Error edit_error(const Document &doc, Text message) {
  return Error{ErrorKind::input, std::move(message), doc.file, doc.yaml_line, 0};
}

// An error at the place of a yaml-cpp node.
Error node_error(const Document &doc, const YAML::Node &node, Text message) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return edit_error(doc, std::move(message));
  }
  return Error{ErrorKind::input, std::move(message), doc.file, doc.yaml_line + mark.line, mark.column + 1};
}

struct Entry {
  YAML::Node key;
  YAML::Node value;
};

// The key and value of `key` in `map`; undefined nodes when absent.
Entry find_entry(const YAML::Node &map, std::string_view key) {
  if (map.IsMap()) {
    for (const auto &entry : map) {
      if (entry.first.Scalar() == key) {
        return {entry.first, entry.second};
      }
    }
  }
  return {YAML::Node(YAML::NodeType::Undefined), YAML::Node(YAML::NodeType::Undefined)};
}

// The position just after the ':' that follows a key.
std::size_t after_colon(std::string_view yaml, const YAML::Node &key) {
  std::size_t at = static_cast<std::size_t>(key.Mark().pos) + key.Scalar().size();
  while (at < yaml.size()) {
    if (yaml[at] == ':' &&
        (at + 1 == yaml.size() || yaml[at + 1] == ' ' || yaml[at + 1] == '\n' || yaml[at + 1] == '\r')) {
      return at + 1;
    }
    ++at;
  }
  return yaml.size();
}

std::size_t closing_quote(std::string_view yaml, std::size_t open) {
  const char quote = yaml[open];
  for (std::size_t at = open + 1; at < yaml.size(); ++at) {
    if (quote == '"' && yaml[at] == '\\') {
      ++at;
    } else if (yaml[at] == quote) {
      if (quote == '\'' && at + 1 < yaml.size() && yaml[at + 1] == '\'') {
        ++at;
        continue;
      }
      return at;
    }
  }
  return yaml.size() - 1;
}

std::size_t trim_right(std::string_view yaml, std::size_t begin, std::size_t end) {
  while (end > begin && (yaml[end - 1] == ' ' || yaml[end - 1] == '\t')) {
    --end;
  }
  return end;
}

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Where the scalar value of an entry stands in the text: quoted, block or plain (which may
// continue on deeper-indented lines). A null value is an empty span just after the colon.
Span scalar_span(const Editor &ed, const Entry &entry) {
  const std::string_view yaml = ed.yaml;
  const int key_column = entry.key.Mark().column;
  const std::size_t key_line = ed.line_at(static_cast<std::size_t>(entry.key.Mark().pos));
  if (entry.value.IsNull() || entry.value.Mark().is_null() ||
      entry.value.Mark().pos <= entry.key.Mark().pos) {
    const auto at = after_colon(yaml, entry.key);
    return {at, at};
  }
  const auto begin = static_cast<std::size_t>(entry.value.Mark().pos);
  const char first = yaml[begin];
  if (first == '"' || first == '\'') {
    return {begin, closing_quote(yaml, begin) + 1};
  }
  const std::size_t last = ed.block_end(key_line, key_column, ed.lines.size());
  if (first == '|' || first == '>') {
    return {begin, ed.lines[last].end};
  }
  const Line &line = ed.lines[key_line];
  const auto rest = yaml.substr(begin, line.end - begin);
  const auto comment = rest.find(" #");
  std::size_t end = trim_right(yaml, begin, comment == std::string_view::npos ? line.end : begin + comment);
  if (last > key_line) {
    end = trim_right(yaml, begin, ed.lines[last].end);
  }
  return {begin, end};
}

std::string spaces(int count) {
  std::string text(static_cast<std::size_t>(std::max(count, 0)), ' ');
  return text;
}

// Replaces `span` by a rendered scalar. A block scalar's lines go below the key line, after
// whatever comment stood behind the old value.
void replace_scalar(Editor &ed, Span span, std::string_view value, int indent) {
  std::string rendered = render_scalar(value, indent, ed.nl());
  const bool was_empty = span.begin == span.end;
  const std::string lead = was_empty && (span.begin == 0 || ed.yaml[span.begin - 1] != ' ') ? " " : "";
  const auto header_end = rendered.find('\n');
  if (header_end == std::string::npos) {
    ed.yaml.replace(span.begin, span.end - span.begin, lead + rendered);
    return;
  }
  const std::size_t header_length = rendered[header_end - 1] == '\r' ? header_end - 1 : header_end;
  const std::string header = rendered.substr(0, header_length);
  const std::string body = rendered.substr(header_end + 1);
  const Line &line = ed.lines[ed.line_at(span.end == 0 ? 0 : span.end - 1)];
  const std::size_t line_end = std::max(line.end, span.end);
  const std::string tail = ed.yaml.substr(span.end, line_end - span.end);
  std::string replacement = lead + header + tail + std::string(ed.nl()) + body;
  ed.yaml.replace(span.begin, line_end - span.begin, replacement);
}

// Text for the keys path[from..] nested under each other, the last one holding `leaf`
// (already rendered, starting after "key:").
std::string nested_keys(const KeyPath &path, std::size_t from, int indent, std::string_view leaf,
                        std::string_view nl) {
  std::string text;
  for (std::size_t i = from; i < path.size(); ++i) {
    const int here = indent + 2 * static_cast<int>(i - from);
    text += spaces(here) + path[i] + ":";
    if (i + 1 < path.size()) {
      text += nl;
    }
  }
  text += leaf;
  return text;
}

void ensure_final_newline(Editor &ed) {
  if (!ed.yaml.empty() && ed.yaml.back() != '\n') {
    ed.yaml += ed.nl();
  }
}

// Inserts the missing tail of `path` (from index `from`) with `leaf` as the value of its last key,
// under the mapping that `parent` (an entry, or none for the root) holds.
Status insert_missing(Editor &ed, const KeyPath &path, std::size_t from, const Entry *parent,
                      const std::function<std::string(int)> &leaf) {
  if (parent == nullptr) {
    ensure_final_newline(ed);
    ed.yaml += nested_keys(path, from, 0, leaf(2 * static_cast<int>(path.size() - from)), ed.nl()) +
               std::string(ed.nl());
    return {};
  }
  const YAML::Node &map = parent->value;
  const int parent_column = parent->key.Mark().column;
  const std::size_t parent_line = ed.line_at(static_cast<std::size_t>(parent->key.Mark().pos));
  if (map.IsDefined() && !map.IsNull() && !map.IsMap()) {
    return std::unexpected(
        edit_error(ed.doc, tr("'{}' is geen lijst van sleutels", "'{}' is not a mapping", path[from - 1])));
  }
  if (map.IsMap() && map.Style() == YAML::EmitterStyle::Flow) {
    return std::unexpected(
        edit_error(ed.doc, tr("'{}' staat in de {{...}}-vorm; pas het met de hand aan",
                              "'{}' is written as {{...}}; edit it by hand", path[from - 1])));
  }
  int indent = parent_column + 2;
  std::size_t after = parent_line;
  if (map.IsMap() && map.size() > 0) {
    indent = map.begin()->first.Mark().column;
    after = ed.block_end(parent_line, parent_column, ed.lines.size());
  }
  const int leaf_indent = indent + 2 * static_cast<int>(path.size() - from);
  std::string text = std::string(ed.nl()) + nested_keys(path, from, indent, leaf(leaf_indent), ed.nl());
  ed.yaml.insert(ed.lines[after].end, text);
  return {};
}

// Walks `path` as far as it exists. Returns the number of keys found; `found` holds the entries.
std::size_t walk(const YAML::Node &root, const KeyPath &path, std::vector<Entry> &found) {
  YAML::Node map = root;
  for (const auto &key : path) {
    Entry entry = find_entry(map, key);
    if (!entry.key.IsDefined()) {
      break;
    }
    found.push_back(entry);
    map = entry.value;
  }
  return found.size();
}

// Reads the document's YAML again with yaml-cpp, for the positions of its nodes. Only a whole
// file can be edited; the root must be a mapping (or empty).
Result<Editor> open_editor(const Document &doc) {
  if (doc.extent != Extent::whole) {
    throw std::logic_error("only a document read whole can be edited");
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(doc.yaml()));
  } catch (const YAML::Exception &e) {
    return fail(ErrorKind::input, tr("ongeldige YAML: {}", "invalid YAML: {}", e.msg), doc.file,
                doc.yaml_line + e.mark.line, e.mark.column + 1);
  }
  if (!root.IsMap() && !root.IsNull()) {
    return std::unexpected(node_error(doc, root,
                                      tr("hier wordt een lijst van 'sleutel: waarde' verwacht",
                                         "expected a mapping of 'key: value' here")));
  }
  return Editor(doc, root);
}

std::string render_item(const std::vector<Field> &fields, int dash_column, std::string_view nl) {
  std::string text;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const int column = dash_column + 2;
    text += i == 0 ? spaces(dash_column) + "- " : std::string(nl) + spaces(column);
    text += fields[i].first + ": " + render_scalar(fields[i].second, column + 2, nl);
  }
  return text;
}

using ItemRenderer = std::function<std::string(int dash_column)>;

Result<std::string> append_item(const Document &doc, const KeyPath &path, const ItemRenderer &item) {
  auto editor = open_editor(doc);
  if (!editor) {
    return std::unexpected(editor.error());
  }
  Editor &ed = *editor;
  std::vector<Entry> found;
  const std::size_t depth = walk(ed.root, path, found);
  const auto as_new_list = [&](int indent) { return std::string(ed.nl()) + item(indent); };
  if (depth < path.size()) {
    if (auto ok = insert_missing(ed, path, depth, depth == 0 ? nullptr : &found.back(), as_new_list); !ok) {
      return std::unexpected(ok.error());
    }
    return ed.finish();
  }
  const Entry &entry = found.back();
  const YAML::Node &list = entry.value;
  const int key_column = entry.key.Mark().column;
  const std::size_t key_line = ed.line_at(static_cast<std::size_t>(entry.key.Mark().pos));
  if (list.IsNull() || (list.IsSequence() && list.size() == 0)) {
    // "key:" or "key: []": the list starts on the next line, after any comment.
    Span value = scalar_span(ed, entry);
    if (!list.IsNull()) {
      value.begin = static_cast<std::size_t>(list.Mark().pos);
      value.end = ed.yaml.find(']', value.begin) + 1;
    }
    const std::size_t value_begin = value.begin;
    const std::size_t value_end = value.end;
    const std::string new_list = std::string(ed.nl()) + item(key_column + 2);
    const std::size_t line_end = ed.lines[key_line].end;
    const std::string tail = ed.yaml.substr(value_end, line_end - value_end);
    std::size_t cut = value_begin;
    while (cut > 0 && ed.yaml[cut - 1] == ' ') {
      --cut;
    }
    ed.yaml.replace(cut, line_end - cut, tail + new_list);
    return ed.finish();
  }
  if (!list.IsSequence()) {
    return std::unexpected(
        node_error(doc, list, tr("'{}' moet een lijst zijn", "'{}' must be a list", path.back())));
  }
  if (list.Style() == YAML::EmitterStyle::Flow) {
    return std::unexpected(node_error(doc, list,
                                      tr("'{}' staat in de [...]-vorm; pas het met de hand aan",
                                         "'{}' is written as [...]; edit it by hand", path.back())));
  }
  const int dash_column = list.Mark().column;
  const std::size_t first = ed.line_at(static_cast<std::size_t>(list.Mark().pos));
  const std::size_t last = ed.block_end(first, std::min(dash_column, key_column), ed.lines.size());
  ed.yaml.insert(ed.lines[last].end, std::string(ed.nl()) + item(dash_column));
  return ed.finish();
}

} // namespace

std::string render_scalar(std::string_view value, int indent, std::string_view newline) {
  // A control character cannot stand in a literal block: the emitter escapes it in quotes, and
  // the writer then says which field holds it (safe_text.hpp).
  if (value.find('\n') != std::string_view::npos && !value.starts_with(' ') &&
      !find_control(value, Lines::many)) {
    std::string text = value.ends_with('\n') ? "|" : "|-";
    std::string_view rest = value;
    if (rest.ends_with('\n')) {
      rest.remove_suffix(1);
    }
    while (true) {
      const auto eol = rest.find('\n');
      const auto line = rest.substr(0, eol);
      text += newline;
      if (!line.empty()) {
        text += spaces(indent) + std::string(line);
      }
      if (eol == std::string_view::npos) {
        break;
      }
      rest.remove_prefix(eol + 1);
    }
    return text;
  }
  YAML::Emitter emitter;
  if (!reads_as_text(value)) {
    emitter << YAML::SingleQuoted; // "007" and "true" stay text
  }
  emitter << std::string(value);
  return emitter.c_str();
}

Result<std::string> set_scalar(const Document &doc, const KeyPath &path, std::string_view value) {
  auto editor = open_editor(doc);
  if (!editor) {
    return std::unexpected(editor.error());
  }
  Editor &ed = *editor;
  std::vector<Entry> found;
  const std::size_t depth = walk(ed.root, path, found);
  const auto leaf = [&](int indent) { return " " + render_scalar(value, indent, ed.nl()); };
  if (depth < path.size()) {
    if (auto ok = insert_missing(ed, path, depth, depth == 0 ? nullptr : &found.back(), leaf); !ok) {
      return std::unexpected(ok.error());
    }
    return ed.finish();
  }
  const Entry &entry = found.back();
  if (!entry.value.IsNull() && !entry.value.IsScalar()) {
    return std::unexpected(node_error(
        doc, entry.value, tr("'{}' is geen enkele waarde", "'{}' is not a single value", path.back())));
  }
  replace_scalar(ed, scalar_span(ed, entry), value, entry.key.Mark().column + 2);
  return ed.finish();
}

Result<std::string> append_map_item(const Document &doc, const KeyPath &path,
                                    const std::vector<Field> &fields) {
  return append_item(doc, path,
                     [&](int dash_column) { return render_item(fields, dash_column, doc.newline()); });
}

Result<std::string> append_text_item(const Document &doc, const KeyPath &path, std::string_view value) {
  return append_item(doc, path, [&](int dash_column) {
    return spaces(dash_column) + "- " + render_scalar(value, dash_column + 2, doc.newline());
  });
}

Result<std::string> remove_item(const Document &doc, const KeyPath &path, std::size_t index) {
  auto editor = open_editor(doc);
  if (!editor) {
    return std::unexpected(editor.error());
  }
  Editor &ed = *editor;
  std::vector<Entry> found;
  if (walk(ed.root, path, found) < path.size() || !found.back().value.IsSequence() ||
      index >= found.back().value.size()) {
    return std::unexpected(
        edit_error(doc, tr("geen item {} in '{}'", "no item {} in '{}'", index + 1, path.back())));
  }
  const YAML::Node &list = found.back().value;
  if (list.Style() == YAML::EmitterStyle::Flow) {
    return std::unexpected(node_error(doc, list,
                                      tr("'{}' staat in de [...]-vorm; pas het met de hand aan",
                                         "'{}' is written as [...]; edit it by hand", path.back())));
  }
  const int dash_column = list.Mark().column;
  const auto item_line = [&](std::size_t i) {
    return ed.line_at(static_cast<std::size_t>(list[i].Mark().pos));
  };
  const std::size_t first = item_line(index);
  const std::size_t limit = index + 1 < list.size() ? item_line(index + 1) : ed.lines.size();
  const std::size_t last = ed.block_end(first, dash_column, limit);
  ed.yaml.erase(ed.lines[first].begin, ed.lines[last].next - ed.lines[first].begin);
  return ed.finish();
}

} // namespace alearn
