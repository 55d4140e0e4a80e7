// alearn step reopen N [--note TEXT]
#include "commands.hpp"
#include "step_actions.hpp"

namespace alearn {

namespace {

struct ReopenOptions {
  int step = 0;
  std::string note;
};

Status run_reopen(Session &session, const ReopenOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto event = reopen_step(**group, ReopenRequest{options.step, options.note, session.acting_user()},
                           session.io.context);
  TRY(event);
  session.report_saved(tr("Stap {} staat weer open.\n", "Step {} is open again.\n", options.step));
  return {};
}

} // namespace

Command bind_step_reopen(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ReopenOptions>();
  cmd->add_option("step", options->step, help(lang, "Het stapnummer", "The step number"))->required();
  cmd->add_option("--note", options->note, help(lang, "Waarom", "Why"));
  return command_for(options, run_reopen);
}

} // namespace alearn
