#pragma once
// What all record kinds share: writing a new record file under a fresh identifier, finding a
// record by a unique start of its identifier, reading a record's Markdown body, and changing
// values of an existing record without touching the rest of its text.
#include "context.hpp"
#include "document.hpp"
#include "error.hpp"
#include "records.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// Front matter written key by key, in the order a person reads it. Values are rendered so that
// they read back as the same text; empty values and lists are left out.
class FrontMatter {
public:
  FrontMatter &text(std::string_view key, std::string_view value);
  FrontMatter &date(std::string_view key, const std::optional<Date> &value);
  FrontMatter &number(std::string_view key, long long value);
  FrontMatter &list(std::string_view key, const std::vector<std::string> &items);
  // A list of mappings, e.g. the actions of a meeting; empty fields of an item are left out.
  FrontMatter &maps(std::string_view key, const std::vector<std::vector<Field>> &items);
  // A mapping of texts, e.g. an experiment's plan; left out when every field is empty.
  FrontMatter &map(std::string_view key, const std::vector<Field> &fields);

  // The whole file: the front matter between "---" lines, then the body.
  std::string markdown(std::string_view body) const;
  // The fields alone, for a YAML file.
  const std::string &yaml() const { return yaml_; }

private:
  std::string yaml_;
};

// Checks a record's document against its schema and reads the fields every record has; the
// identifier is the file name, which must be an alearn identifier.
Parsed<RecordMeta> parse_record_meta(const Document &doc, std::string_view schema);
// An error when a record's file name is not an alearn id: the id is the name, so a file
// named by hand would dodge the rule that ids never collide.
Errors file_name_errors(const std::filesystem::path &file);

// Checks a new record's text by reading it back as its kind would be read.
using RecordCheck = std::function<Status(const Document &)>;

// Writes `text` as a new file `<id>.md` (or `<id>.yaml`) in `dir` under a fresh identifier,
// after `check` has read it back without problems. Returns the identifier.
Result<std::string> write_new_record(const std::filesystem::path &root, const std::filesystem::path &dir,
                                     const std::string &text, const RecordCheck &check,
                                     const Context &context, Format format = Format::markdown);

// A RecordCheck that reads the document with `parse` (a function returning Parsed<T>).
template <typename Parse> RecordCheck reads_as(Parse parse) {
  return [parse](const Document &doc) -> Status {
    if (auto read = parse(doc); !read) {
      return std::unexpected(read.error().front());
    }
    return {};
  };
}

// Writes a new record and returns it as read back from its file.
template <typename T, typename Parse>
Result<T> create_record(const std::filesystem::path &root, const std::filesystem::path &dir,
                        const std::string &text, Parse parse, const Context &context,
                        Format format = Format::markdown) {
  std::optional<T> created;
  const RecordCheck check = [&](const Document &doc) -> Status {
    auto read = parse(doc);
    if (!read) {
      return std::unexpected(read.error().front());
    }
    created = std::move(*read);
    return {};
  };
  TRY(write_new_record(root, dir, text, check, context, format));
  return std::move(*created);
}

// Reads a record file again after a change, as its kind reads it.
template <typename T, typename Parse>
Result<T> reread_record(const std::filesystem::path &file, Parse parse) {
  auto doc = load_document(file, Format::markdown, Extent::front_matter);
  TRY(doc);
  auto read = parse(*doc);
  if (!read) {
    return std::unexpected(read.error().front());
  }
  return std::move(*read);
}

// Text as alearn writes it: without a byte-order mark, with "\n" line endings (what a Windows
// editor or a pipe may bring in), and without trailing white space.
std::string clean_text(std::string_view text);

// Text given for a record must hold more than white space.
Status require_text(std::string_view text, const Text &what, std::vector<Param> inputs = {});

// Changes values of an existing record (each a key path and its new text) and writes it, once
// the new text has passed `check`. Every byte the changes do not concern stays as it was.
Status set_record_values(const std::filesystem::path &root, const std::filesystem::path &file,
                         const std::vector<std::pair<KeyPath, std::string>> &values,
                         const RecordCheck &check);

// Appends a mapping to the list at `path` of an existing record (a challenge of an assumption).
Status append_record_item(const std::filesystem::path &root, const std::filesystem::path &file,
                          const KeyPath &path, const std::vector<Field> &fields, const RecordCheck &check);

// Sets `key` of item `index` of the list at `path` of an existing record (an action of a
// meeting that is done), adding the key when the item lacks it.
Status set_record_item_value(const std::filesystem::path &root, const std::filesystem::path &file,
                             const KeyPath &path, std::size_t index, std::string_view key,
                             std::string_view value, const RecordCheck &check);

// The Markdown body of a record file, read when a command shows it.
Result<std::string> read_body(const std::filesystem::path &file);

// The Markdown body of a record as commands show it: "\n" line ends, no blank lines before it.
Result<std::string> record_body(const RecordMeta &meta);

// A record with its Markdown body. The loader keeps front matter only; a command that shows
// bodies reads them all into this value before it renders anything.
template <typename T> struct WithBody {
  const T *record = nullptr;
  std::string body;
};

template <typename T> Result<WithBody<T>> with_body(const T &record) {
  auto body = record_body(record.meta);
  TRY(body);
  return WithBody<T>{&record, std::move(*body)};
}

template <typename T> Result<std::vector<WithBody<T>>> with_bodies(const std::vector<const T *> &records) {
  std::vector<WithBody<T>> shown;
  shown.reserve(records.size());
  for (const T *record : records) {
    auto one = with_body(*record);
    TRY(one);
    shown.push_back(std::move(*one));
  }
  return shown;
}

// A date from the command line that may be left out.
Result<std::optional<Date>> optional_date(std::string_view text);

// The dates a list is limited to, from the command line: either may be left out.
struct DateRange {
  std::optional<Date> from;
  std::optional<Date> to; // included
};
Result<DateRange> date_range(std::string_view from, std::string_view to);

// A record's date from the command line: today when not given; never in the future.
Result<Date> record_date(std::string_view text, const Context &context);

// Finds the record whose identifier starts with `prefix`. None or several: an error that
// names the candidates, each described by `describe`.
template <typename T>
Result<const T *> find_record(const std::vector<T> &records, std::string_view prefix, const Text &kind,
                              const std::function<std::string(const T &)> &describe);

// Sorted in the order they happened: by date, then identifier.
template <typename T> void sort_by_date(std::vector<T> &records) {
  std::ranges::sort(records, [](const T &a, const T &b) {
    return std::tie(a.meta.date, a.meta.id) < std::tie(b.meta.date, b.meta.id);
  });
}

// The records that `keep` accepts, newest first: the order every list command shows.
template <typename T, typename Keep>
std::vector<const T *> newest_first(const std::vector<T> &records, Keep keep) {
  std::vector<const T *> kept;
  for (const T &record : std::views::reverse(records)) {
    if (keep(record)) {
      kept.push_back(&record);
    }
  }
  return kept;
}

// --- implementation of the template ---

Error record_not_found(std::string_view prefix, const Text &kind, const std::vector<std::string> &candidates);
Error record_ambiguous(std::string_view prefix, const Text &kind, const std::vector<std::string> &candidates);

template <typename T>
Result<const T *> find_record(const std::vector<T> &records, std::string_view given, const Text &kind,
                              const std::function<std::string(const T &)> &describe) {
  // Identifiers are lower case; someone reading one aloud may type it otherwise.
  std::string lowered(given);
  std::ranges::transform(lowered, lowered.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::string_view prefix = lowered;
  std::vector<const T *> matches;
  for (const auto &record : records) {
    if (record.meta.id == prefix) {
      return &record;
    }
    if (!prefix.empty() && record.meta.id.starts_with(prefix)) {
      matches.push_back(&record);
    }
  }
  if (matches.size() == 1) {
    return matches.front();
  }
  std::vector<std::string> candidates;
  for (const T *record : matches.empty() ? std::vector<const T *>{} : matches) {
    candidates.push_back(record->meta.id + "  " + describe(*record));
  }
  if (matches.empty()) {
    // Name the most recent ones, so that the user sees what the identifiers look like.
    for (auto it = records.rbegin(); it != records.rend() && candidates.size() < 10; ++it) {
      candidates.push_back(it->meta.id + "  " + describe(*it));
    }
    return std::unexpected(record_not_found(prefix, kind, candidates));
  }
  return std::unexpected(record_ambiguous(prefix, kind, candidates));
}

} // namespace alearn
