#include "yaml_edit.hpp"

#include "yaml_edit_editor.hpp"

#include <algorithm>
#include <stdexcept>

namespace alearn {

// The splices, the tree and the renderer are this file's helpers, kept apart from the rest of lib/
// (they have short names such as Entry that other parts use too).
using namespace yaml_edit_internal;

namespace {

std::string block_item(const Editor &ed, const std::vector<Field> &fields, int dash) {
  if (fields.empty()) {
    return spaces(dash) + "- {}";
  }
  std::string text;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const int column = dash + 2;
    auto rendered = ed.render(fields[i].second, NodeStyle::block, column + 2);
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
            render_value(fields[i].second, NodeStyle::flow, 0, "\n").header;
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
        } else if constexpr (std::is_same_v<T, SetItemScalar>) {
          (*at(e.path))[e.index][e.key] = e.value;
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
        } else if constexpr (std::is_same_v<T, SetItemScalar>) {
          ok = ok && is_utf8(e.key) && is_utf8(e.value);
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
        } else if constexpr (std::is_same_v<T, SetItemScalar>) {
          return ed.set_in_item(e);
        } else if constexpr (std::is_same_v<T, AppendTextItem>) {
          return ed.append(e.path, [&](NodeStyle context, int dash) {
            auto rendered = ed.render(e.value, context, dash + 2);
            if (context == NodeStyle::flow) {
              return rendered.header;
            }
            return spaces(dash) + "- " + rendered.header +
                   (rendered.body ? std::string(ed.nl()) + *rendered.body : std::string());
          });
        } else if constexpr (std::is_same_v<T, AppendMapItem>) {
          return ed.append(e.path, [&](NodeStyle context, int dash) {
            return context == NodeStyle::flow ? flow_item(e.fields) : block_item(ed, e.fields, dash);
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
  if (const auto *item = std::get_if<AppendMapItem>(&edit)) {
    for (auto field = item->fields.begin(); field != item->fields.end(); ++field) {
      if (std::find_if(item->fields.begin(), field,
                       [&](const Field &f) { return f.first == field->first; }) != field) {
        return fail(ErrorKind::usage, tr("de sleutel '{}' staat twee keer in het nieuwe item",
                                         "the key '{}' appears twice in the new item", field->first));
      }
    }
  }
  Result<Edited> edited;
  for (const EditStyle style :
       {EditStyle{false, false}, EditStyle{true, false}, EditStyle{false, true}, EditStyle{true, true}}) {
    auto editor = Editor::open(doc, style);
    TRY(editor);
    TRY(run_edit(*editor, edit));
    edited = editor->finish(expected_after(doc, edit));
    if (edited) {
      break;
    }
  }
  return edited;
}

namespace {

Result<std::string> text_of(Result<Edited> edited) {
  TRY(edited);
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

Result<std::string> set_item_scalar(const Document &doc, const KeyPath &path, std::size_t index,
                                    std::string_view key, std::string_view value) {
  return text_of(apply_edit(doc, SetItemScalar{path, index, std::string(key), std::string(value)}));
}

std::string field_line(std::string_view key, std::string_view value, std::string_view comment, int indent) {
  std::string line = std::string(static_cast<std::size_t>(indent), ' ') + std::string(key) + ":";
  if (!value.empty()) {
    line += " " + render_scalar(value, indent + 2);
  }
  if (!comment.empty() && value.find('\n') == std::string_view::npos) {
    line += "  " + std::string(comment);
  }
  return line + "\n";
}

std::string render_scalar(std::string_view value, int indent, std::string_view newline) {
  auto rendered = render_value(value, NodeStyle::block, indent, newline);
  return rendered.body ? rendered.header + std::string(newline) + *rendered.body : rendered.header;
}

} // namespace alearn
