// alearn log show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct LogShowOptions {
  std::string id;
  Output output;
};

void print_entry(Session &session, const WithBody<LogEntry> &shown) {
  print_text_record(session, shown.record->meta, log_kind_label(shown.record->kind), shown.body);
}

constexpr Renderers<WithBody<LogEntry>> renderers{print_entry, shown_json<LogEntry>};

Status run_log_show(Session &session, const LogShowOptions &options) {
  return show_record(session, options.output, &Workgroup::logbook, options.id,
                     Text{"logboekregel", "logbook entry"}, renderers);
}

} // namespace

Command bind_log_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<LogShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_log_show);
}

} // namespace alearn
