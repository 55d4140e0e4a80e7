// alearn log show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct LogShowOptions {
  std::string id;
  bool json = false;
};

Status run_log_show(Session &session, const LogShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto entry = find_by_id((*group)->logbook, options.id, Text{"logboekregel", "logbook entry"});
  TRY(entry);
  return show_text_record(session, **entry, log_kind_label((*entry)->kind), options.json, log_entry_json);
}

} // namespace

Command bind_log_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<LogShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_log_show);
}

} // namespace alearn
