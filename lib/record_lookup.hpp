#pragma once
// Finding a record by the start of its identifier, as every show and change command does, and
// the one line that names a record among the candidates when the start fits none or several.
#include "assumption.hpp"
#include "experiment.hpp"
#include "record_files.hpp"
#include "records.hpp"

#include <string>

namespace alearn {

std::string describe(const LogEntry &entry);
std::string describe(const Meeting &meeting);
std::string describe(const ExplorationItem &item);
std::string describe(const Assumption &assumption);
std::string describe(const Feedback &feedback);
std::string describe(const Resource &resource);
std::string describe(const Sharing &sharing);
std::string describe(const Blocker &blocker);
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

} // namespace alearn
