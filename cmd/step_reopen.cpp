// alearn step reopen N [--note TEXT] [--date D]
#include "commands.hpp"
#include "record_files.hpp"
#include "step_actions.hpp"

namespace alearn {

namespace {

struct ReopenOptions {
  int step = 0;
  std::string note;
  std::string date;
};

Status run_reopen(Session &session, const ReopenOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto writer = session.writer(**group);
  TRY(writer);
  auto date = optional_date(options.date);
  TRY(date);
  ReopenRequest request;
  request.step = options.step;
  request.note = options.note;
  request.by = (*writer)->name;
  request.date = *date;
  auto event = reopen_step(**group, request, session.io.context);
  TRY(event);
  if (request.date) {
    session.report_saved(tr("Stap {} staat weer open (sinds {}).\n", "Step {} is open again (since {}).\n",
                            options.step, format_date(*request.date)));
  } else {
    session.report_saved(tr("Stap {} staat weer open.\n", "Step {} is open again.\n", options.step));
  }
  return {};
}

} // namespace

Command bind_step_reopen(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ReopenOptions>();
  cmd->add_option("step", options->step, help(lang, "Het stapnummer", "The step number"))->required();
  cmd->add_option("--note", options->note, help(lang, "Waarom", "Why"));
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_reopen);
}

} // namespace alearn
