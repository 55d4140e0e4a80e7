// alearn log list [--member NAME] [--kind K] [--from D] [--to D] [--cycle N|all] [--json]: newest first.
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
  DateOptions dates;
  std::string cycle;
  Output output;
};

void print_entries(Session &session, const RecordList<LogEntry> &list) {
  if (list.records.empty()) {
    print_advice(session,
                 tr("Geen logboekregels. Schrijf er een met:", "No logbook entries. Write one with:"),
                 Advice{Action::log_add, {}, list.workgroup});
  }
  for (const auto &[entry, text] : list.records) {
    session.io.out << record_line(session, entry->meta) << "  (" << session.t(log_kind_label(entry->kind))
                   << ")\n    " << first_line(text, 72) << "\n";
  }
  print_other_cycles(session, list.in_other_cycles);
}

constexpr Renderers<RecordList<LogEntry>> log_list_renderers{print_entries, list_json<LogEntry>};

Status run_log_list(Session &session, const LogListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto dates = date_range(options.dates.from, options.dates.to);
  TRY(dates);
  auto entries =
      filter_log(**group, LogFilter{options.member, parse_log_kind(options.kind), dates->from, dates->to});
  TRY(entries);
  auto list = record_list(**group, *entries, options.cycle);
  TRY(list);
  return render(session, options.output, *list, log_list_renderers);
}

} // namespace

Command bind_log_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<LogListOptions>();
  cmd->add_option("--member", options->member, help(lang, "Alleen van dit lid", "Only this member's"));
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::log_kinds, lang));
  add_date_range_options(*cmd, options->dates, lang);
  add_cycle_option(*cmd, options->cycle, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_log_list);
}

} // namespace alearn
