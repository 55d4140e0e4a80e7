#pragma once
// How records look in --json and in text, shared by the list and show commands of every kind.
#include "record_files.hpp"
#include "records.hpp"
#include "render.hpp"

#include <string>

namespace alearn {

// The Markdown body of a record, without leading and trailing blank lines.

Json meta_json(const Session &session, const RecordMeta &meta);
Json log_entry_json(const Session &session, const LogEntry &entry, const std::string &text);
Json meeting_json(const Session &session, const Meeting &meeting, const std::string &discussed);
Json exploration_json(const Session &session, const ExplorationItem &item, const std::string &text);
Json problem_statement_json(const Session &session, const ProblemStatement &statement);
Json assumption_json(const Session &session, const Assumption &assumption, const std::string &text);
Json feedback_json(const Session &session, const Feedback &feedback, const std::string &text);
Json resource_json(const Session &session, const Resource &resource, const std::string &text);
Json experiment_json(const Session &session, const Experiment &experiment, const std::string &notes);

// The first line of a text, cut to `width` characters with "…", for one-line lists.
std::string first_line(std::string_view text, std::size_t width);

// "k3m9x2ab  2026-11-20  Sanne de Vries": the start of a record's line in a list.
std::string record_line(const Session &session, const RecordMeta &meta);

// Prints a labelled block of text, wrapped, when the text is not empty.
void print_block(Session &session, const Text &label, std::string_view text);

// A record in one line, for the candidates of an unknown or ambiguous identifier.
std::string describe(const LogEntry &entry);
std::string describe(const Meeting &meeting);
std::string describe(const ExplorationItem &item);
std::string describe(const Assumption &assumption);
std::string describe(const Feedback &feedback);
std::string describe(const Resource &resource);
std::string describe(const Experiment &experiment);
std::string describe(const ProblemStatement &statement);

// The record of `records` whose identifier starts with `prefix`; `kind` names it in errors.
template <typename T>
Result<const T *> find_by_id(const std::vector<T> &records, std::string_view prefix, const Text &kind) {
  return find_record<T>(records, prefix, kind, [](const T &record) { return describe(record); });
}

// Shows a record whose content is its Markdown body: a header line, then the text; or JSON.
template <typename T, typename Make>
Status show_text_record(Session &session, const T &record, const Text &label, bool json, Make make) {
  auto text = record_body(record.meta);
  TRY(text);
  if (json) {
    return print_json(session, make(session, record, *text));
  }
  session.io.out << record_line(session, record.meta) << "  (" << session.t(label) << ")\n\n"
                 << wrap(*text, 78, "  ");
  return {};
}

// Writes a list of records with their bodies as JSON: `make` turns one into JSON.
template <typename T, typename Make>
Status print_records_json(Session &session, const std::vector<WithBody<T>> &records, Make make) {
  Json list = Json::array();
  for (const auto &[record, body] : records) {
    list.push_back(make(session, *record, body));
  }
  return print_json(session, list);
}

} // namespace alearn
