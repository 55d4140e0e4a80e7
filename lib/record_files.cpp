#include "record_files.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "safe_text.hpp"
#include "schema.hpp"

namespace alearn {
namespace fs = std::filesystem;

FrontMatter &FrontMatter::text(std::string_view key, std::string_view value) {
  const std::string cleaned = clean_text(value);
  if (!cleaned.empty()) {
    yaml_ += fmt::format("{}: {}\n", key, render_scalar(cleaned, 2));
  }
  return *this;
}

FrontMatter &FrontMatter::date(std::string_view key, const std::optional<Date> &value) {
  if (value) {
    yaml_ += fmt::format("{}: {}\n", key, format_date(*value));
  }
  return *this;
}

FrontMatter &FrontMatter::number(std::string_view key, long long value) {
  yaml_ += fmt::format("{}: {}\n", key, value);
  return *this;
}

FrontMatter &FrontMatter::list(std::string_view key, const std::vector<std::string> &items) {
  if (items.empty()) {
    return *this;
  }
  yaml_ += fmt::format("{}:\n", key);
  for (const auto &item : items) {
    yaml_ += fmt::format("  - {}\n", render_scalar(item, 4));
  }
  return *this;
}

FrontMatter &FrontMatter::maps(std::string_view key, const std::vector<std::vector<Field>> &items) {
  if (items.empty()) {
    return *this;
  }
  yaml_ += fmt::format("{}:\n", key);
  for (const auto &fields : items) {
    bool first = true;
    for (const auto &[name, value] : fields) {
      if (value.empty()) {
        continue;
      }
      yaml_ += fmt::format("{}{}: {}\n", first ? "  - " : "    ", name, render_scalar(value, 6));
      first = false;
    }
  }
  return *this;
}

FrontMatter &FrontMatter::map(std::string_view key, const std::vector<Field> &fields) {
  if (std::ranges::all_of(fields, [](const Field &field) { return field.second.empty(); })) {
    return *this;
  }
  yaml_ += fmt::format("{}:\n", key);
  for (const auto &[name, value] : fields) {
    if (!value.empty()) {
      yaml_ += fmt::format("  {}: {}\n", name, render_scalar(value, 4));
    }
  }
  return *this;
}

std::string FrontMatter::markdown(std::string_view body) const {
  const std::string cleaned = clean_text(body);
  return "---\n" + yaml_ + "---\n" + cleaned + (cleaned.empty() ? "" : "\n");
}

Errors file_name_errors(const fs::path &file) {
  if (is_valid_id(file.stem().string())) {
    return {};
  }
  return {Error{ErrorKind::input,
                tr("de bestandsnaam '{}' is geen alearn-id (8 tekens uit 0-9 en a-z zonder i, l, o, u); "
                   "laat alearn nieuwe bestanden maken",
                   "the file name '{}' is not an alearn id (8 characters of 0-9 and a-z without i, l, o, "
                   "u); let alearn make new files",
                   one_line(file.filename().string())),
                file, 0, 0}};
}

Parsed<RecordMeta> parse_record_meta(const Document &doc, std::string_view schema) {
  RecordMeta meta;
  meta.id = doc.file.stem().string();
  meta.file = doc.file;
  meta.author = text_field(doc.data, "author");
  Errors errors = file_name_errors(doc.file);
  auto problems = schema_errors(doc, schema);
  errors.insert(errors.end(), problems.begin(), problems.end());
  if (!errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  auto date = date_field(doc, Data::json_pointer("/date"));
  if (!date) {
    return std::unexpected(Errors{date.error()});
  }
  meta.date = date->value_or(Date{});
  return meta;
}

Result<std::string> write_new_record(const fs::path &root, const fs::path &dir, const std::string &text,
                                     const RecordCheck &check, const Context &context, Format format) {
  TRY(check_new_text(text));
  for (int attempt = 0; attempt < 5; ++attempt) {
    std::string id = new_id(context.random);
    const fs::path file = dir / (id + (format == Format::yaml ? ".yaml" : ".md"));
    auto doc = parse_document(file, text, format);
    TRY(doc);
    TRY(check_new_document(*doc));
    TRY(check(*doc));
    auto written = write_file_atomic(root, file, text, Overwrite::refuse);
    if (written) {
      return id;
    }
    if (written.error().kind != ErrorKind::refused) {
      return std::unexpected(written.error());
    }
  }
  return fail(ErrorKind::io, tr("kon geen nieuwe id vinden", "could not find a fresh identifier"), dir);
}

namespace {

Status check_and_write(const fs::path &root, const fs::path &file, const std::string &text,
                       const RecordCheck &check) {
  auto doc = parse_document(file, text, Format::markdown);
  TRY(doc);
  if (auto ok = check_record_size(*doc); !ok) {
    return ok;
  }
  if (auto ok = check(*doc); !ok) {
    return ok;
  }
  return write_file_atomic(root, file, text);
}

} // namespace

Status set_record_values(const fs::path &root, const fs::path &file,
                         const std::vector<std::pair<KeyPath, std::string>> &values,
                         const RecordCheck &check) {
  for (const auto &[path, value] : values) {
    if (auto ok = check_new_value(field_path(path), value); !ok) {
      return ok;
    }
  }
  auto doc = load_document(file, Format::markdown);
  TRY(doc);
  for (const auto &[path, value] : values) {
    auto text = set_scalar(*doc, path, value);
    TRY(text);
    doc = parse_document(file, std::move(*text), Format::markdown);
    TRY(doc);
  }
  return check_and_write(root, file, doc->text, check);
}

Status append_record_item(const fs::path &root, const fs::path &file, const KeyPath &path,
                          const std::vector<Field> &fields, const RecordCheck &check) {
  for (const auto &[key, value] : fields) {
    if (auto ok = check_new_value(field_path(path) + "[]." + key, value); !ok) {
      return ok;
    }
  }
  auto doc = load_document(file, Format::markdown);
  TRY(doc);
  auto text = append_map_item(*doc, path, fields);
  TRY(text);
  return check_and_write(root, file, *text, check);
}

Status set_record_item_value(const fs::path &root, const fs::path &file, const KeyPath &path,
                             std::size_t index, std::string_view key, std::string_view value,
                             const RecordCheck &check) {
  TRY(check_new_value(field_path(path) + "[]." + std::string(key), value));
  auto doc = load_document(file, Format::markdown);
  TRY(doc);
  auto text = set_item_scalar(*doc, path, index, key, value);
  TRY(text);
  return check_and_write(root, file, *text, check);
}

Result<std::string> read_body(const fs::path &file) {
  auto doc = load_document(file, Format::markdown);
  TRY(doc);
  return std::string(doc->body());
}

Result<std::string> record_body(const RecordMeta &meta) {
  auto body = read_body(meta.file);
  TRY(body);
  std::string text = clean_text(*body); // a hand-written file may have CRLF line endings
  const auto begin = text.find_first_not_of('\n');
  return begin == std::string::npos ? std::string{} : text.substr(begin);
}

std::string clean_text(std::string_view text) {
  constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
  if (text.starts_with(byte_order_mark)) {
    text.remove_prefix(byte_order_mark.size());
  }
  std::string cleaned;
  cleaned.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] == '\n')) {
      continue;
    }
    cleaned += text[i];
  }
  while (!cleaned.empty() && (cleaned.back() == ' ' || cleaned.back() == '\t' || cleaned.back() == '\n')) {
    cleaned.pop_back();
  }
  return cleaned;
}

Status require_text(std::string_view text, const Text &what, std::vector<Param> inputs) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return fail_input(Text{fmt::format("{} is leeg; er is niets geschreven", what.nl),
                           fmt::format("{} is empty; nothing was written", what.en)},
                      std::move(inputs));
  }
  return {};
}

Result<std::optional<Date>> optional_date(std::string_view text) {
  if (text.empty()) {
    return std::optional<Date>{};
  }
  if (auto date = parse_date(text)) {
    return date;
  }
  return fail(ErrorKind::usage, date_problem(text));
}

Result<DateRange> date_range(std::string_view from, std::string_view to) {
  auto first = optional_date(from);
  TRY(first);
  auto last = optional_date(to);
  TRY(last);
  return DateRange{*first, *last};
}

Result<Date> record_date(std::string_view text, const Context &context) {
  if (text.empty()) {
    return context.today;
  }
  const auto date = parse_date(text);
  if (!date) {
    return fail(ErrorKind::usage, date_problem(text));
  }
  if (*date > context.today) {
    return fail(ErrorKind::usage, tr("{} ligt in de toekomst", "{} lies in the future", text));
  }
  return *date;
}

namespace {

std::string candidate_lines(const std::vector<std::string> &candidates) {
  std::string lines;
  for (const auto &candidate : candidates) {
    lines += "\n  " + candidate;
  }
  return lines;
}

} // namespace

Error record_not_found(std::string_view prefix, const Text &kind,
                       const std::vector<std::string> &candidates) {
  if (candidates.empty()) {
    return Error{ErrorKind::not_found,
                 Text{fmt::format("er is geen {} '{}'; er zijn er nog geen", kind.nl, prefix),
                      fmt::format("there is no {} '{}'; there are none yet", kind.en, prefix)},
                 {},
                 0,
                 0};
  }
  return Error{ErrorKind::not_found,
               Text{fmt::format("er is geen {} '{}'; de laatste zijn:{}", kind.nl, prefix,
                                candidate_lines(candidates)),
                    fmt::format("there is no {} '{}'; the latest are:{}", kind.en, prefix,
                                candidate_lines(candidates))},
               {},
               0,
               0};
}

Error record_ambiguous(std::string_view prefix, const Text &kind,
                       const std::vector<std::string> &candidates) {
  return Error{ErrorKind::usage,
               Text{fmt::format("'{}' past bij meer dan één {}; typ meer tekens:{}", prefix, kind.nl,
                                candidate_lines(candidates)),
                    fmt::format("'{}' matches more than one {}; type more characters:{}", prefix, kind.en,
                                candidate_lines(candidates))},
               {},
               0,
               0};
}

} // namespace alearn
