#pragma once
// Step 6: the members' personal logbooks, one file per entry.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<LogEntry> parse_log_entry(const Document &doc);

struct NewLogEntry {
  std::string author; // a member's name; matched without regard to case and accents
  Date date{};
  LogKind kind = LogKind::action;
  std::string text;
};

Result<LogEntry> add_log_entry(const Workgroup &group, const NewLogEntry &entry, const Context &context);

struct LogFilter {
  std::string member; // empty: everyone
  std::optional<LogKind> kind;
  std::optional<Date> from;
  std::optional<Date> to;
};

// The entries that pass the filter, newest first.
Result<std::vector<const LogEntry *>> filter_log(const Workgroup &group, const LogFilter &filter);

} // namespace alearn
