#include "safe_text.hpp"

#include "files.hpp"
#include "utf8.hpp"

#include <algorithm>

namespace alearn {

std::optional<ControlCharacter> find_control(std::string_view text, Lines lines) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\t' || (byte == '\n' && lines == Lines::many)) {
      continue;
    }
    if (byte < 0x20 || byte == 0x7f) {
      return ControlCharacter{i, byte};
    }
    if (byte == 0xc2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) {
        return ControlCharacter{i, next};
      }
    }
  }
  return std::nullopt;
}

const std::vector<std::string_view> &one_line_fields() {
  static const std::vector<std::string_view> fields = {
      // alearn.yaml
      "name", "organisations[].name", "organisations[].place", "network[].name", "network[].organisation",
      "network[].path", "network[].remote",
      // workgroup.md
      "organisation", "members[].name", "members[].organisation", "members[].role", "members[].email",
      "former_members[].name", "former_members[].organisation", "former_members[].role",
      "former_members[].email", "themes[]",
      // members/<name>.yaml and agreements/<id>.yaml (format 2)
      "role", "email", "text",
      // indicators
      "unit", "owner",
      // records
      "author", "title", "by", "shared.by", "from", "link", "visual", "where", "present[]", "actions[].what",
      "actions[].owner", "challenges[].by", "indicators[].indicator", "indicators[].latest",
      // blockers
      "rule", "source", "course[].by", "course[].with"};
  return fields;
}

Lines lines_of(std::string_view path) {
  return std::ranges::find(one_line_fields(), path) == one_line_fields().end() ? Lines::many : Lines::one;
}

namespace {

// "members[].name" as a person reads it: "members.name".
std::string shown_field(std::string_view path) {
  std::string shown;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path.substr(i).starts_with("[]")) {
      ++i;
    } else {
      shown += path[i];
    }
  }
  return shown;
}

Status check_text(const Text &field, std::string_view value, Lines lines) {
  if (!is_valid_utf8(value)) {
    return fail(ErrorKind::usage, Text{fmt::format("{} is geen geldige UTF-8-tekst", field.nl),
                                       fmt::format("{} is not valid UTF-8 text", field.en)});
  }
  const auto control = find_control(value, lines);
  if (!control) {
    return {};
  }
  if (lines == Lines::one && (control->code == '\n' || control->code == '\r')) {
    return fail(ErrorKind::usage, Text{fmt::format("{} is één regel: er mag geen regeleinde in", field.nl),
                                       fmt::format("{} is one line: it cannot hold a line break", field.en)});
  }
  const auto code = static_cast<unsigned>(control->code);
  return fail(ErrorKind::usage,
              Text{fmt::format("{} bevat een stuurteken (U+{:04X}); alearn schrijft geen stuurtekens, want "
                               "die kunnen een terminal of een CI-log besturen",
                               field.nl, code),
                   fmt::format("{} holds a control character (U+{:04X}); alearn does not write control "
                               "characters, as they can take over a terminal or a CI log",
                               field.en, code)});
}

Status check_data(const Data &data, const std::string &path) {
  if (data.is_string()) {
    return check_new_value(path, data.get_ref<const std::string &>());
  }
  if (data.is_array()) {
    for (const auto &item : data) {
      if (auto ok = check_data(item, path + "[]"); !ok) {
        return ok;
      }
    }
  } else if (data.is_object()) {
    for (const auto &[key, value] : data.items()) {
      std::string child = path;
      if (!child.empty()) {
        child += '.';
      }
      child += key;
      if (auto ok = check_data(value, child); !ok) {
        return ok;
      }
    }
  }
  return {};
}

} // namespace

Status check_new_value(std::string_view path, std::string_view value) {
  const std::string field = "'" + shown_field(path) + "'";
  return check_text(Text{field, field}, value, lines_of(path));
}

Status check_new_text(std::string_view text) {
  if (is_valid_utf8(text)) {
    return {};
  }
  return fail(ErrorKind::usage,
              tr("de tekst is geen geldige UTF-8-tekst", "the text is not valid UTF-8 text"));
}

Status check_record_size(const Document &doc) {
  if (doc.text.size() > max_record_size) {
    return fail(ErrorKind::usage,
                tr("de tekst is te lang: het bestand zou {} bytes worden, en alearn leest er hooguit {}",
                   "the text is too long: the file would be {} bytes, and alearn reads at most {}",
                   doc.text.size(), max_record_size));
  }
  if (doc.yaml_end > max_front_matter_size) {
    return fail(ErrorKind::usage, tr("de velden zijn te lang: {} bytes, en alearn leest er hooguit {}",
                                     "the fields are too long: {} bytes, and alearn reads at most {}",
                                     doc.yaml_end, max_front_matter_size));
  }
  return {};
}

Status check_new_document(const Document &doc) {
  if (auto ok = check_record_size(doc); !ok) {
    return ok;
  }
  if (auto ok = check_data(doc.data, ""); !ok) {
    return ok;
  }
  return check_text(Text{"de tekst", "the text"}, doc.body(), Lines::many);
}

Errors name_errors(const std::filesystem::path &file, std::string_view name, const Text &what) {
  if (is_valid_utf8(name) && !find_control(name, Lines::one)) {
    return {};
  }
  const std::string shown = one_line(name);
  return {
      Error{ErrorKind::input,
            Text{fmt::format("'{}' kan niet de korte naam van {} zijn: er staat een stuurteken of regeleinde "
                             "in, of het is geen UTF-8; geef de map of het bestand een andere naam",
                             shown, what.nl),
                 fmt::format("'{}' cannot be the short name of {}: it holds a control character or a line "
                             "break, or is not UTF-8; rename the folder or file",
                             shown, what.en)},
            file, 0, 0}};
}

std::string field_path(const std::vector<std::string> &keys) {
  std::string path;
  for (const auto &key : keys) {
    path += (path.empty() ? "" : ".") + key;
  }
  return path;
}

} // namespace alearn
