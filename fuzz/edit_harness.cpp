#include "edit_harness.hpp"

#include "yaml_edit.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn::fuzz {

namespace {

[[noreturn]] void broken(std::string_view what, std::string_view old_text, std::string_view new_text,
                         std::string_view detail = {}) {
  std::fprintf(stderr, "edit broke its promise: %.*s\n--- old text ---\n%.*s\n--- new text ---\n%.*s\n%.*s\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(old_text.size()), old_text.data(),
               static_cast<int>(new_text.size()), new_text.data(), static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

struct Input {
  Format format = Format::yaml;
  unsigned path = 0;
  unsigned ending = 0;
  unsigned extra = 0;
  std::string value;
  std::string document;
};

unsigned parameter(std::uint8_t byte) {
  return byte >= '0' && byte <= '9' ? static_cast<unsigned>(byte - '0') : byte;
}

std::string unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char next = text[++i];
    out += next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next;
  }
  return out;
}

std::optional<Input> split(std::span<const std::uint8_t> bytes) {
  const std::string_view text(reinterpret_cast<const char *>(bytes.data()), bytes.size());
  const auto eol = text.find('\n');
  if (eol == std::string_view::npos || eol < 4) {
    return std::nullopt;
  }
  Input input;
  const auto format = static_cast<std::uint8_t>(text[0]);
  input.format = format == 'y'                         ? Format::yaml
                 : format == 'm' || (format & 1U) != 0 ? Format::markdown
                                                       : Format::yaml;
  input.path = parameter(static_cast<std::uint8_t>(text[1]));
  input.ending = parameter(static_cast<std::uint8_t>(text[2])) % 4;
  input.extra = parameter(static_cast<std::uint8_t>(text[3]));
  input.value = unescape(text.substr(4, eol - 4));
  input.document = std::string(text.substr(eol + 1));
  return input;
}

// Every path of mapping keys in `data`, parents before children.
void key_paths(const Data &data, KeyPath &prefix, std::vector<KeyPath> &out) {
  if (!data.is_object()) {
    return;
  }
  for (const auto &[key, value] : data.items()) {
    prefix.push_back(key);
    out.push_back(prefix);
    key_paths(value, prefix, out);
    prefix.pop_back();
  }
}

// The path to edit. Most inputs pick a path where the edit makes sense (a value to set, a list to
// change, a mapping to add keys to); a path byte of 128 or more picks from every path, so that
// refusals are tried too.
KeyPath choose_path(const Data &data, const Input &input, Operation operation) {
  std::vector<KeyPath> paths;
  KeyPath prefix;
  key_paths(data, prefix, paths);
  const unsigned ending = input.ending;
  std::vector<KeyPath> pool;
  if (ending != 0) {
    pool.emplace_back(); // the root
  }
  for (const auto &path : paths) {
    Data::json_pointer pointer;
    for (const auto &key : path) {
      pointer /= key;
    }
    const Data &value = data.at(pointer);
    const bool fits = ending != 0                           ? value.is_object() || value.is_null()
                      : operation == Operation::set_scalar  ? !value.is_object() && !value.is_array()
                      : operation == Operation::remove_item ? value.is_array()
                                                            : value.is_array() || value.is_null();
    if (fits || input.path >= 128) {
      pool.push_back(path);
    }
  }
  KeyPath path = pool.empty() ? KeyPath{} : pool[input.path % pool.size()];
  if (path.empty() || ending == 1 || ending == 2) {
    path.emplace_back("nieuw");
  }
  if (ending == 2) {
    path.emplace_back("sleutel");
  }
  if (ending == 3) {
    path.push_back(input.value.substr(0, 16));
  }
  return path;
}

std::vector<Field> fields_of(const Input &input) {
  std::vector<Field> fields = {{"name", input.value}};
  if ((input.extra & 1U) != 0) {
    fields.emplace_back("organisation", "De Linde");
  }
  if ((input.extra & 2U) != 0) {
    fields.emplace_back("role", input.value + "\n" + input.value);
  }
  if ((input.extra & 4U) != 0) {
    fields.emplace_back(input.value.substr(0, 8), "x"); // may repeat "name": must then fail
  }
  return fields;
}

Edit make_edit(Operation operation, const KeyPath &path, const Input &input) {
  switch (operation) {
  case Operation::set_scalar:
    return SetScalar{path, input.value};
  case Operation::append_map_item:
    return AppendMapItem{path, fields_of(input)};
  case Operation::append_text_item:
    return AppendTextItem{path, input.value};
  case Operation::remove_item:
    break;
  }
  return RemoveItem{path, input.extra};
}

// The data after the edit, worked out here independently of the library; none when the edit is
// impossible (a path through a value that is not a mapping, a list that is not one, no such item,
// a map item with a key twice).
std::optional<Data> expected_after(const Data &before, const Edit &edit) {
  Data data = before;
  const KeyPath &path = std::visit([](const auto &e) -> const KeyPath & { return e.path; }, edit);
  Data *at = &data;
  for (const auto &key : path) {
    if (at->is_null()) {
      *at = Data::object();
    }
    if (!at->is_object()) {
      return std::nullopt;
    }
    at = &(*at)[key];
  }
  if (const auto *set = std::get_if<SetScalar>(&edit)) {
    if (at->is_object() || at->is_array()) {
      return std::nullopt;
    }
    *at = set->value;
  } else if (const auto *remove = std::get_if<RemoveItem>(&edit)) {
    if (!at->is_array() || remove->index >= at->size()) {
      return std::nullopt;
    }
    at->erase(remove->index);
  } else {
    if (at->is_null()) {
      *at = Data::array();
    }
    if (!at->is_array()) {
      return std::nullopt;
    }
    if (const auto *text = std::get_if<AppendTextItem>(&edit)) {
      at->push_back(text->value);
    } else {
      Data item = Data::object();
      for (const auto &[key, value] : std::get<AppendMapItem>(edit).fields) {
        if (item.contains(key)) {
          return std::nullopt;
        }
        item[key] = value;
      }
      at->push_back(std::move(item));
    }
  }
  return data;
}

// Whether every string of the edit is UTF-8 (checked here by hand, not with the library's check).
bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80              ? 1
                               : (lead & 0xE0U) == 0xC0 ? 2
                               : (lead & 0xF0U) == 0xE0 ? 3
                               : (lead & 0xF8U) == 0xF0 ? 4
                                                        : 0;
    if (length == 0 || i + length > text.size()) {
      return false;
    }
    unsigned long code = length == 1 ? lead : lead & (0x7FU >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0U) != 0x80) {
        return false;
      }
      code = (code << 6U) | (next & 0x3FU);
    }
    const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < least[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

bool all_utf8(const Edit &edit) {
  bool ok = true;
  std::visit(
      [&](const auto &e) {
        for (const auto &key : e.path) {
          ok = ok && is_utf8(key);
        }
      },
      edit);
  if (const auto *set = std::get_if<SetScalar>(&edit)) {
    ok = ok && is_utf8(set->value);
  } else if (const auto *text = std::get_if<AppendTextItem>(&edit)) {
    ok = ok && is_utf8(text->value);
  } else if (const auto *item = std::get_if<AppendMapItem>(&edit)) {
    for (const auto &[key, value] : item->fields) {
      ok = ok && is_utf8(key) && is_utf8(value);
    }
  }
  return ok;
}

// ALEARN_FUZZ_VERBOSE=1 prints each edit's outcome: which edits are refused, and why; =2 also
// the document and the edit of each refusal.
void report(std::string_view outcome, const Document &doc, const Edit &edit, const Error *error = nullptr) {
  static const char *verbose = std::getenv("ALEARN_FUZZ_VERBOSE");
  if (verbose == nullptr) {
    return;
  }
  std::fprintf(stderr, "edit: %.*s%s%s\n", static_cast<int>(outcome.size()), outcome.data(),
               error != nullptr ? ": " : "", error != nullptr ? error->message.en.c_str() : "");
  if (error != nullptr && std::string_view(verbose) == "2") {
    std::string what = "path:";
    std::visit(
        [&](const auto &e) {
          for (const auto &key : e.path) {
            what += " [" + key + "]";
          }
        },
        edit);
    if (const auto *set = std::get_if<SetScalar>(&edit)) {
      what += " value: [" + set->value + "]";
    } else if (const auto *text = std::get_if<AppendTextItem>(&edit)) {
      what += " item: [" + text->value + "]";
    } else if (const auto *remove = std::get_if<RemoveItem>(&edit)) {
      what += " index: " + std::to_string(remove->index);
    }
    std::fprintf(stderr, "%s (line %d)\n--- document ---\n%s\n--- end ---\n", what.c_str(), error->line,
                 doc.text.c_str());
  }
}

// A map item with the same key twice.
bool repeats_a_key(const Edit &edit) {
  const auto *item = std::get_if<AppendMapItem>(&edit);
  if (item == nullptr) {
    return false;
  }
  for (std::size_t i = 0; i < item->fields.size(); ++i) {
    for (std::size_t k = 0; k < i; ++k) {
      if (item->fields[k].first == item->fields[i].first) {
        return true;
      }
    }
  }
  return false;
}

void check_failure(const Error &error, const Document &doc, const Edit &edit) {
  const std::string_view old_text = doc.text;
  if (!all_utf8(edit) || repeats_a_key(edit)) {
    if (error.kind != ErrorKind::usage) {
      broken("a value that is not UTF-8 or an item with a key twice is not refused as such", old_text, "",
             error.message.en);
    }
    return;
  }
  if (error.file != doc.file || error.line < 1 || error.message.en.empty() || error.message.nl.empty()) {
    broken("an error that does not name the file and a line", old_text, "", error.message.en);
  }
}

void check_success(const Document &doc, const Edited &edited, const std::optional<Data> &expected) {
  const std::string_view old_text = doc.text;
  const std::string_view new_text = edited.text;
  if (!expected) {
    broken("an impossible edit succeeded", old_text, new_text);
  }
  auto reread = parse_document(doc.file, edited.text, doc.format);
  if (!reread) {
    broken("the edited text does not parse", old_text, new_text, reread.error().message.en);
  }
  if (reread->data != *expected) {
    broken("the edited data is not the data expected", old_text, new_text,
           "expected: " + expected->dump() + "\nfound:    " + reread->data.dump());
  }
  const Change &change = edited.change;
  if (change.begin > change.old_end || change.old_end > old_text.size() || change.begin > change.new_end ||
      change.new_end > new_text.size() || change.begin < doc.yaml_begin || change.old_end > doc.yaml_end) {
    broken("the change reported lies outside the YAML", old_text, new_text);
  }
  if (old_text.substr(0, change.begin) != new_text.substr(0, change.begin) ||
      old_text.substr(change.old_end) != new_text.substr(change.new_end)) {
    broken("bytes outside the change reported differ", old_text, new_text);
  }
}

} // namespace

void run_edit_input(Operation operation, std::span<const std::uint8_t> bytes) {
  const auto input = split(bytes);
  if (!input) {
    return;
  }
  const std::string file = input->format == Format::yaml ? "fuzz.yaml" : "fuzz.md";
  const auto doc = parse_document(file, input->document, input->format);
  if (!doc) {
    return;
  }
  const KeyPath path = choose_path(doc->data, *input, operation);
  const Edit edit = make_edit(operation, path, *input);
  const auto edited = apply_edit(*doc, edit);
  if (!edited) {
    report("refused", *doc, edit, &edited.error());
    check_failure(edited.error(), *doc, edit);
    return;
  }
  report("done", *doc, edit);
  if (!all_utf8(edit)) {
    broken("a value that is not UTF-8 was written", doc->text, edited->text);
  }
  check_success(*doc, *edited, expected_after(doc->data, edit));
  // The edited value reads back as written.
  if (const auto *set = std::get_if<SetScalar>(&edit)) {
    const auto reread = parse_document(doc->file, edited->text, doc->format);
    const Data *value = &reread->data;
    for (const auto &key : path) {
      value = &value->at(key);
    }
    if (!value->is_string() || value->get<std::string>() != set->value) {
      broken("the value set does not read back", doc->text, edited->text);
    }
  }
}

} // namespace alearn::fuzz
