#pragma once
// How records look in --json and in text, shared by the list and show commands of every kind.
#include "output.hpp"
#include "record_files.hpp"
#include "records.hpp"
#include "render.hpp"
#include "spell.hpp"

#include <string>

namespace alearn {

Json meta_json(const Session &session, const RecordMeta &meta);
// Each kind of record in --json, with its Markdown body.
Json record_json(const Session &session, const LogEntry &entry, const std::string &text);
Json record_json(const Session &session, const Meeting &meeting, const std::string &discussed);
Json record_json(const Session &session, const ExplorationItem &item, const std::string &text);
Json problem_statement_json(const Session &session, const ProblemStatement &statement);
Json record_json(const Session &session, const Assumption &assumption, const std::string &text);
Json record_json(const Session &session, const Feedback &feedback, const std::string &text);
Json record_json(const Session &session, const Resource &resource, const std::string &text);
Json record_json(const Session &session, const Experiment &experiment, const std::string &notes);

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

// The record whose identifier starts with `prefix`, with its body: what a show command shows.
template <typename T>
Result<WithBody<T>> find_with_body(const std::vector<T> &records, std::string_view prefix, const Text &kind) {
  auto record = find_by_id(records, prefix, kind);
  TRY(record);
  return with_body(**record);
}

// Shows the record of the chosen workgroup's `records` whose identifier starts with `id`.
template <typename T>
Status show_record(Session &session, const Output &output, std::vector<T> Workgroup::*records,
                   std::string_view id, const Text &kind, const Renderers<WithBody<T>> &renderers) {
  auto group = session.workgroup();
  TRY(group);
  auto shown = find_with_body((*group)->*records, id, kind);
  TRY(shown);
  return render(session, output, *shown, renderers);
}

// What a list command shows: the records with their bodies, and the slug of their workgroup,
// which the advice of an empty list names.
template <typename T> struct RecordList {
  std::string workgroup;
  std::vector<WithBody<T>> records;
};

// Reads the bodies of `records`, of `group`, into the value a list command shows.
template <typename T>
Result<RecordList<T>> record_list(const Workgroup &group, const std::vector<const T *> &records) {
  auto shown = with_bodies(records);
  TRY(shown);
  return RecordList<T>{group.slug, std::move(*shown)};
}

// A record whose content is its Markdown body: a header line, then the text.
void print_text_record(Session &session, const RecordMeta &meta, const Text &label, std::string_view body);

// A record with its body as JSON, and a list of them: the JSON renderers of show and list
// commands.
template <typename T> Json shown_json(const Session &session, const WithBody<T> &shown) {
  return record_json(session, *shown.record, shown.body);
}

template <typename T> Json list_json(const Session &session, const RecordList<T> &list) {
  return json_list(list.records, [&](const WithBody<T> &shown) { return shown_json(session, shown); });
}

} // namespace alearn
