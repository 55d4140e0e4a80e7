#pragma once
// Every record of a workgroup in one list, whatever its kind, for the commands that work on any
// record (`alearn edit ID`, `alearn delete ID`): finding one by the start of its identifier or
// of its title, checking a changed text as its kind reads it, and what refers to it.
#include "error.hpp"
#include "workgroup.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

struct RecordRef {
  std::string id;
  std::filesystem::path file;
  Text kind;           // "logboekregel" / "logbook entry"
  std::string title;   // where the kind has one (meeting, experiment, rule in the way)
  std::string summary; // a line that tells it apart among candidates
};

// Every record of the group: step events, measurements, agreements, the records of steps 6 to
// 14 and the rules in the way. Sorted by identifier.
std::vector<RecordRef> workgroup_records(const Workgroup &group);

// The record whose identifier starts with `key` (ignoring case), else the one whose title
// starts with it (ignoring case and accents); an error that lists the candidates otherwise.
Result<RecordRef> find_any_record(const Workgroup &group, std::string_view key);

// Whether `text` reads as a record of the kind of `record`, in the same file: the same checks
// as a new record gets (schema, dates, control characters, size). The first problem if not.
Status check_record_text(const Workgroup &group, const RecordRef &record, const std::string &text);

// Writes `text` over the record, after check_record_text.
Status replace_record(const Workgroup &group, const RecordRef &record, const std::string &text);

// The other records of the group whose file names the record's identifier.
std::vector<RecordRef> records_referring_to(const Workgroup &group, const RecordRef &record);

// Removes the record's file.
Status delete_record(const Workgroup &group, const RecordRef &record);

} // namespace alearn
