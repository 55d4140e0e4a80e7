#include "logbook.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

Parsed<LogEntry> parse_log_entry(const Document &doc) {
  auto meta = parse_record_meta(doc, "log-entry");
  TRY(meta);
  return LogEntry{*meta, parse_log_kind(text_field(doc.data, "kind")).value_or(LogKind::action)};
}

Result<LogEntry> add_log_entry(const Workgroup &group, const NewLogEntry &entry, const Context &context) {
  auto author = require_acting_member(group, entry.author);
  TRY(author);
  TRY(require_text(entry.text, Text{"de tekst", "the text"}));
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", entry.date)
                               .number("cycle", cycle_to_write(group, entry.date))
                               .text("kind", log_kind_name(entry.kind))
                               .markdown(entry.text);
  return create_record<LogEntry>(group.root, group.dir / "logbook", text, parse_log_entry, context);
}

Result<std::vector<const LogEntry *>> filter_log(const Workgroup &group, const LogFilter &filter) {
  std::string member;
  if (!filter.member.empty()) {
    auto found = require_person(group, filter.member);
    TRY(found);
    member = fold_for_matching((*found)->name);
  }
  return newest_first(group.logbook, [&](const LogEntry &entry) {
    return (member.empty() || fold_for_matching(entry.meta.author) == member) &&
           (!filter.kind || entry.kind == *filter.kind) &&
           (!filter.from || entry.meta.date >= *filter.from) && (!filter.to || entry.meta.date <= *filter.to);
  });
}

} // namespace alearn
