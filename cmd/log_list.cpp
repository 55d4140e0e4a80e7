// alearn log list [--member NAME] [--kind K] [--from D] [--to D] [--json]: newest first.
#include "choices.hpp"
#include "commands.hpp"
#include "logbook.hpp"
#include "record_files.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct LogListOptions {
  std::string member;
  std::string kind;
  std::string from;
  std::string to;
  bool json = false;
};

Status run_log_list(Session &session, const LogListOptions &options) {
  auto group = session.workgroup();
  auto from = optional_date(options.from);
  auto to = optional_date(options.to);
  if (!group || !from || !to) {
    return std::unexpected(!group ? group.error() : !from ? from.error() : to.error());
  }
  const LogFilter filter{options.member, parse_log_kind(options.kind), *from, *to};
  auto entries = filter_log(**group, filter);
  TRY(entries);
  auto shown = with_bodies(*entries);
  TRY(shown);
  if (options.json) {
    return print_records_json(session, *shown, log_entry_json);
  }
  if (entries->empty()) {
    session.io.out << session.t(tr("Geen logboekregels. Schrijf er een met: alearn log add\n",
                                   "No logbook entries. Write one with: alearn log add\n"));
    return {};
  }
  for (const auto &[entry, text] : *shown) {
    session.io.out << record_line(session, entry->meta) << "  (" << session.t(log_kind_label(entry->kind))
                   << ")\n    " << first_line(text, 72) << "\n";
  }
  return {};
}

} // namespace

Command bind_log_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<LogListOptions>();
  cmd->add_option("--member", options->member, help(lang, "Alleen van dit lid", "Only this member's"));
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::log_kinds, lang));
  cmd->add_option("--from", options->from, help(lang, "Vanaf deze datum", "From this date"));
  cmd->add_option("--to", options->to, help(lang, "Tot en met deze datum", "Up to and including this date"));
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_log_list);
}

} // namespace alearn
