// alearn log show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

void print_entry(Session &session, const WithBody<LogEntry> &shown) {
  print_text_record(session, shown.record->meta, log_kind_label(shown.record->kind), shown.body);
}

} // namespace

Command bind_log_show(CLI::App *cmd, Lang lang) {
  return bind_show(*cmd, lang, &Workgroup::logbook, Text{"logboekregel", "logbook entry"}, print_entry);
}

} // namespace alearn
