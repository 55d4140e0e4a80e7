#include "yaml_edit_editor.hpp"

#include <algorithm>
#include <stdexcept>

namespace alearn::yaml_edit_internal {

namespace {

constexpr auto npos = std::string_view::npos;

// Whether the line starting at `at` holds only blanks or a comment.
bool blank_or_comment(std::string_view yaml, std::size_t at) {
  const std::string_view line = yaml.substr(at, line_end(yaml, at) - at);
  const auto first = line.find_first_not_of(" \t");
  return first == npos || line[first] == '#';
}

// The last byte of a node's lines (see YamlNode::lines_end); an empty node's place.
std::size_t last_byte(const YamlNode &node) {
  return node.lines_end > node.begin ? node.lines_end - 1 : node.begin;
}

NodeStyle context_of(const YamlNode &node) { return node.in_flow ? NodeStyle::flow : NodeStyle::block; }

Entry find_entry(const YamlNode &map, std::string_view key) {
  for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
    if (map.children[i].kind == NodeKind::scalar && map.children[i].value == key) {
      return {&map.children[i], &map.children[i + 1]};
    }
  }
  return {};
}

// Whether a key is written in the explicit form "? key" (its value then follows on a line ": value",
// or is absent): the edits write "key: value" only.
bool is_explicit_key(std::string_view yaml, const YamlNode &key) {
  std::size_t at = key.begin;
  while (at > 0) {
    if (yaml[at - 1] == ' ' || yaml[at - 1] == '\t') {
      --at;
    } else if (const std::size_t length = break_length_before(yaml, at); length > 0) {
      at -= length; // "?" alone on its line, the key below it
    } else {
      break;
    }
  }
  if (at == 0 || yaml[at - 1] != '?') {
    return false;
  }
  return at_line_start(yaml, at - 1) || std::string_view(" \t{[,").find(yaml[at - 2]) != npos;
}

} // namespace

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
    if (is_explicit_key(yaml_, *entry.key)) {
      return std::unexpected(
          error_at(entry.key->line, tr("'{}' staat er als sleutel met '? '; pas het met de hand aan",
                                       "'{}' is written as a key with '? '; edit it by hand", key)));
    }
    found.push_back(entry);
    line_ = entry.key->line;
    node = entry.value;
    data = &*value;
  }
  return found;
}

// What goes before a value written where an entry has none: a space right after "key:", nothing
// further on, or ": " when the key has no colon ("{key}"). The colon is looked for from the key
// on, past blanks, line breaks and comments.
std::string Editor::value_prefix(const Entry &entry) const {
  const std::size_t at = entry.value->begin;
  std::size_t next = entry.key->end;
  while (next < at) {
    if (yaml_[next] == ':') {
      return next + 1 == at ? " " : "";
    }
    if (yaml_[next] == '#') {
      next = line_end(yaml_, next);
    } else {
      next += std::max<std::size_t>(break_length(yaml_, next), 1);
    }
  }
  return ": ";
}

// Text inserted at the end of the file ends with a line break when it holds a literal block with
// '|': the block keeps its final line break only when there is one.
std::string Editor::final_break(std::size_t at, std::string text) const {
  if (at == yaml_.size() && wrote_kept_break_) {
    text += nl_;
  }
  return text;
}

std::size_t Editor::cut_spaces_before(std::size_t at) const {
  while (at > 0 && (yaml_[at - 1] == ' ' || yaml_[at - 1] == '\t')) {
    --at;
  }
  return at;
}

// Writes `piece` in place of the value of an entry, a scalar or null. Lines below go after the rest of the
// value's last line (its comment), so that a comment never becomes part of a literal block.
void Editor::replace_value(const Entry &entry, const Piece &piece) {
  const YamlNode &value = *entry.value;
  const bool empty = value.begin == value.end;
  std::string lead = piece.inline_text;
  if (!lead.empty() && empty) {
    const std::string prefix = value_prefix(entry);
    if (value.in_flow && prefix == ": ") {
      // "{key}" or "{key\n, ...}": the value goes right after the key, with the ':' it lacks.
      splice(entry.key->end, entry.key->end, prefix + lead);
      return;
    }
    lead = prefix + lead;
  }
  std::size_t from = lead.empty() && !empty ? cut_spaces_before(value.begin) : value.begin;
  const std::size_t line = line_begin(yaml_, value.begin);
  if (!lead.empty() && !empty && !value.in_flow && value.line > entry.key->line &&
      yaml_.substr(line, value.begin - line).find_first_not_of(" \t") == npos) {
    // A value on a line of its own below its key: the new one is indented under the key, which
    // the old one (a block scalar) need not have been.
    from = line;
    lead = spaces(entry.key->column + 2) + lead;
  }
  if (piece.below.empty()) {
    splice(from, value.end, lead);
    return;
  }
  const std::size_t end = std::max(line_end(yaml_, value.end), value.end);
  const std::string tail(yaml_.substr(value.end, end - value.end));
  splice(from, end, lead + tail + final_break(end, nl_ + piece.below));
}

void Editor::add_key(const YamlNode &map, std::string_view key, const ValueMaker &make) {
  if (map.flow) {
    const std::string entry = render_key(key) + ": " + make(NodeStyle::flow, 0).inline_text;
    if (map.children.empty()) {
      splice(map.end - 1, map.end - 1, entry); // before the '}'
    } else {
      splice(map.children.back().end, map.children.back().end, ", " + entry);
    }
    return;
  }
  insert_after(map, key_lines(key, map.column, make(NodeStyle::block, map.column)));
}

// Inserts `lines` after the last line of a block mapping or list: right after it, or (the second
// way to try) after the blank and comment lines that follow it, before the next line of YAML.
void Editor::insert_after(const YamlNode &node, const std::string &lines) {
  const std::size_t at = line_end(yaml_, last_byte(node));
  if (!style_.after_comments) {
    splice(at, at, final_break(at, nl_ + lines));
    return;
  }
  std::size_t next = line_next(yaml_, at);
  while (next < yaml_.size() && blank_or_comment(yaml_, next)) {
    next = line_next(yaml_, next);
  }
  if (next == yaml_.size() && !at_line_start(yaml_, next)) { // the last line has no line break
    splice(next, next, final_break(next, nl_ + lines));
  } else {
    splice(next, next, lines + nl_);
  }
}

// The first key of a document that holds nothing (comments only) or null ("---", "~").
void Editor::add_to_empty_root(std::string_view key, const ValueMaker &make) {
  const std::string lines = key_lines(key, 0, make(NodeStyle::block, 0));
  if (!tree_) {
    const bool needs_break = !at_line_start(yaml_, yaml_.size());
    splice(yaml_.size(), yaml_.size(), (needs_break ? nl_ : "") + lines + nl_);
    return;
  }
  const YamlNode &root = *tree_;
  if (root.begin == root.end && at_line_start(yaml_, root.begin)) {
    splice(root.begin, root.begin, lines + nl_); // before "..." or at the end
    return;
  }
  // The null ("~", an anchor or tag, or nothing after "---") gives way to the key, which goes on
  // a line of its own; a comment after the null stays, before the key.
  const std::size_t end = std::max(line_end(yaml_, root.end), root.end);
  std::string_view comment = yaml_.substr(root.end, end - root.end);
  comment.remove_prefix(std::min(comment.find_first_not_of(" \t"), comment.size()));
  const std::string after = end == yaml_.size() ? std::string(nl_) : "";
  if (at_line_start(yaml_, root.begin)) {
    splice(root.begin, end, (comment.empty() ? "" : std::string(comment) + nl_) + lines + after);
  } else {
    const std::size_t from = root.begin == root.end ? root.begin : cut_spaces_before(root.begin);
    splice(from, end, (comment.empty() ? "" : " " + std::string(comment)) + nl_ + lines + after);
  }
}

ValueMaker Editor::nested(const KeyPath &path, std::size_t from, const ValueMaker &leaf) const {
  if (from == path.size()) {
    return leaf;
  }
  return [this, &path, from, leaf](NodeStyle context, int key_column) {
    const ValueMaker inner = nested(path, from + 1, leaf);
    if (context == NodeStyle::flow) {
      return Piece{"{" + render_key(path[from]) + ": " + inner(NodeStyle::flow, 0).inline_text + "}", ""};
    }
    const int column = key_column + 2;
    return Piece{"", key_lines(path[from], column, inner(NodeStyle::block, column))};
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
    replace_value(found.back(), nested(path, depth, leaf)(context_of(value), found.back().key->column));
  } else {
    add_key(depth == 0 ? *tree_ : *found.back().value, path[depth], nested(path, depth + 1, leaf));
  }
  return {};
}

Status Editor::set(const SetScalar &edit) {
  auto found = walk(edit.path);
  TRY(found);
  const ValueMaker leaf = [&](NodeStyle context, int key_column) {
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
  replace_value(entry, leaf(context_of(*entry.value), entry.key->column));
  return {};
}

Status Editor::append(const KeyPath &path, const ItemMaker &item) {
  auto found = walk(path);
  TRY(found);
  const ValueMaker new_list = [&](NodeStyle context, int key_column) {
    return context == NodeStyle::flow ? Piece{"[" + item(NodeStyle::flow, 0) + "]", ""}
                                      : Piece{"", item(NodeStyle::block, key_column + 2)};
  };
  if (found->size() < path.size()) {
    return add_path(path, *found, new_list);
  }
  const Entry &entry = found->back();
  const YamlNode &list = *entry.value;
  const Data &data = data_at(path, path.size());
  if (data.is_null()) {
    replace_value(entry, new_list(context_of(list), entry.key->column));
  } else if (!data.is_array() || list.kind != NodeKind::sequence) {
    return std::unexpected(
        error_at(list.line, tr("'{}' moet een lijst zijn", "'{}' must be a list", path.back())));
  } else if (list.flow && list.children.empty()) {
    // "[]": in block context the list becomes a block list, as alearn writes new ones.
    if (list.in_flow) {
      splice(list.end - 1, list.end - 1, item(NodeStyle::flow, 0));
    } else {
      replace_value(entry, new_list(NodeStyle::block, entry.key->column));
    }
  } else if (list.flow) {
    splice(list.children.back().end, list.children.back().end, ", " + item(NodeStyle::flow, 0));
  } else {
    insert_after(list, item(NodeStyle::block, list.column));
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
    } else if (yaml_[at] == ' ' || yaml_[at] == '\t') {
      ++at;
    } else if (const std::size_t length = break_length(yaml_, at); length > 0) {
      at += length;
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

// The end of the anchor and tag that start at `at` ("&a !!seq").
std::size_t Editor::after_properties(std::size_t at) const {
  const auto token_end = [&](std::size_t from) {
    while (from < yaml_.size() && yaml_[from] != ' ' && yaml_[from] != '\t' &&
           break_length(yaml_, from) == 0) {
      ++from;
    }
    return from;
  };
  at = token_end(at);
  std::size_t next = at;
  while (next < yaml_.size() && (yaml_[next] == ' ' || yaml_[next] == '\t')) {
    ++next;
  }
  return next < yaml_.size() && (yaml_[next] == '&' || yaml_[next] == '!') ? token_end(next) : at;
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

// The list at `path`, which must have an item `index`.
Result<const YamlNode *> Editor::list_item(const KeyPath &path, std::size_t index) {
  auto found = walk(path);
  TRY(found);
  const auto no_item = [&] {
    return std::unexpected(
        error_at(line_, tr("geen item {} in '{}'", "no item {} in '{}'", index + 1, path.back())));
  };
  if (found->size() < path.size()) {
    return no_item();
  }
  const Data &data = data_at(path, path.size());
  const YamlNode &list = *found->back().value;
  if (!data.is_array() || list.kind != NodeKind::sequence || index >= list.children.size()) {
    return no_item();
  }
  line_ = list.children[index].line;
  return &list;
}

Status Editor::set_in_item(const SetItemScalar &edit) {
  auto list = list_item(edit.path, edit.index);
  TRY(list);
  const YamlNode &item = (*list)->children[edit.index];
  const Data &data = data_at(edit.path, edit.path.size()).at(edit.index);
  if (!data.is_object() || item.kind != NodeKind::mapping) {
    return std::unexpected(
        error_at(line_, tr("item {} van '{}' is geen lijst van sleutels", "item {} of '{}' is not a mapping",
                           edit.index + 1, edit.path.back())));
  }
  const ValueMaker leaf = [&](NodeStyle context, int key_column) {
    auto rendered = render(edit.value, context, key_column + 2);
    return Piece{std::move(rendered.header), rendered.body.value_or("")};
  };
  const Entry entry = find_entry(item, edit.key);
  if (entry.key == nullptr || !data.contains(edit.key)) {
    add_key(item, edit.key, leaf);
    return {};
  }
  line_ = entry.key->line;
  if (is_explicit_key(yaml_, *entry.key)) {
    return std::unexpected(
        error_at(line_, tr("'{}' staat er als sleutel met '? '; pas het met de hand aan",
                           "'{}' is written as a key with '? '; edit it by hand", edit.key)));
  }
  if (data.at(edit.key).is_object() || data.at(edit.key).is_array()) {
    return std::unexpected(
        error_at(line_, tr("'{}' is geen enkele waarde", "'{}' is not a single value", edit.key)));
  }
  replace_value(entry, leaf(context_of(*entry.value), entry.key->column));
  return {};
}

Status Editor::remove(const RemoveItem &edit) {
  auto found = walk(edit.path);
  TRY(found);
  auto listed = list_item(edit.path, edit.index);
  TRY(listed);
  const YamlNode &list = **listed;
  if (list.flow) {
    remove_flow_item(list, edit.index);
    return {};
  }
  auto dash = dash_of(list, edit.index);
  TRY(dash);
  if (list.children.size() == 1) {
    // The last item goes: "key: []" keeps an empty list rather than null.
    const YamlNode &key = *found->back().key;
    std::size_t colon = key.end;
    while (colon < yaml_.size() && (yaml_[colon] == ' ' || yaml_[colon] == '\t')) {
      ++colon;
    }
    if (list.begin < list.content) {
      const std::size_t at = after_properties(list.begin); // "key: &anchor []"
      splice(at, at, " []");
    } else if (colon < yaml_.size() && yaml_[colon] == ':') {
      splice(colon + 1, colon + 1, " []");
    } else {
      return std::unexpected(
          error_at(key.line, tr("'{}' kan hier niet automatisch worden aangepast; pas het met de hand aan",
                                "'{}' cannot be changed automatically here; edit it by hand", key.value)));
    }
  }
  // The item's lines go with the line break before them: the one after them may be the "\n" that a
  // front matter's closing line needs, where the lines themselves end with "\r" or NEL. The second
  // way to try takes the blank and comment lines after the item too.
  const std::size_t first = line_begin(yaml_, *dash);
  std::size_t last = line_end(yaml_, last_byte(list.children[edit.index]));
  for (std::size_t next = line_next(yaml_, last);
       style_.after_comments && next < yaml_.size() && blank_or_comment(yaml_, next);
       next = line_next(yaml_, last)) {
    last = line_end(yaml_, next);
  }
  splice(first - break_length_before(yaml_, first), last, "");
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

Result<Editor> Editor::open(const Document &doc, EditStyle style) {
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
  return Editor(doc, std::move(*tree), style);
}

} // namespace alearn::yaml_edit_internal
