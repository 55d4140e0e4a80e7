// alearn step done [N] [--note TEXT] [--force] [--again] [--new-cycle] [--date D]
#include "commands.hpp"
#include "record_files.hpp"
#include "spell.hpp"
#include "step_actions.hpp"

namespace alearn {

namespace {

struct DoneOptions {
  std::optional<int> step;
  std::string note;
  bool force = false;
  bool again = false;
  bool new_cycle = false;
  std::string date;
};

// `dated`: the day the group gave with --date, said back after "done".
void print_result(Session &session, const Workgroup &group, const StepEvent &event,
                  const std::optional<Date> &dated) {
  auto &out = session.io.out;
  const StepInfo &info = step_info(event.step);
  const std::string when = dated ? fmt::format(" ({})", format_date(*dated)) : "";
  if (event.action == StepAction::again) {
    session.report_saved(
        tr("Ronde {} van de experimenten is afgesloten{}. Terug naar stap 11 voor ronde {}.\n",
           "Round {} of the experiments is closed{}. Back to step 11 for round {}.\n", event.round, when,
           event.round + 1));
    return;
  }
  if (event.action == StepAction::new_cycle) {
    session.report_saved(tr("Cyclus {} is afgerond{}. Cyclus {} begint bij stap 1.\n",
                            "Cycle {} is finished{}. Cycle {} starts at step 1.\n", event.cycle, when,
                            event.cycle + 1));
    return;
  }
  session.report_saved(
      tr("Stap {} is afgerond{}: {}\n", "Step {} is done{}: {}\n", event.step, when, session.t(info.title)));
  if (event.forced) {
    out << session.t(tr("De criteria zijn overschreven; de reden staat erbij.\n",
                        "The criteria were overridden; the reason is recorded.\n"));
  }
  out << session.t(
      tr("Wat nu? {}\n", "What now? {}\n", spell(session, Advice{Action::step_next, {}, group.slug})));
}

// The refusal in words: what the step still misses, each with the commands that fill it in, and
// how the group overrides that when it is sure.
Error refusal_error(const Session &session, DoneRefusal refusal) {
  if (refusal.missing.empty()) {
    return std::move(refusal.error);
  }
  std::string message = session.t(refusal.error.message);
  for (const auto &requirement : refusal.missing) {
    message += "\n  - " + session.t(requirement.description);
    for (const auto &line : what_to_do(session, requirement)) {
      message += "\n      " + line;
    }
  }
  message += session.t(tr("\nWeet de groep het zeker, gebruik dan --force --note \"<waarom>\".",
                          "\nIf the group is sure, use --force --note \"<why>\"."));
  refusal.error.message = Text{message, message};
  return std::move(refusal.error);
}

Status run_done(Session &session, const DoneOptions &options) {
  if (options.again && options.new_cycle) {
    return fail(ErrorKind::usage,
                tr("--again en --new-cycle gaan niet samen", "--again and --new-cycle exclude each other"));
  }
  auto group = session.workgroup();
  TRY(group);
  auto writer = session.writer(**group);
  TRY(writer);
  auto date = optional_date(options.date);
  TRY(date);
  DoneRequest request;
  request.step = options.step;
  request.note = options.note;
  request.force = options.force;
  request.mode = options.again ? DoneMode::again : options.new_cycle ? DoneMode::new_cycle : DoneMode::plain;
  request.by = (*writer)->name;
  request.date = *date;
  auto event = mark_step_done(**group, request, session.io.context);
  if (!event) {
    return std::unexpected(refusal_error(session, std::move(event).error()));
  }
  print_result(session, **group, *event, request.date);
  return {};
}

} // namespace

Command bind_step_done(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<DoneOptions>();
  cmd->add_option("step", options->step, help(lang, "Het stapnummer", "The step number"));
  cmd->add_option("--note", options->note, help(lang, "Een toelichting", "A note"));
  cmd->add_flag("--force", options->force,
                help(lang, "Rond af ook al ontbreekt er iets (met --note waarom)",
                     "Mark it done although something is missing (with --note why)"));
  cmd->add_flag("--again", options->again,
                help(lang, "Stap 12: nog een ronde experimenten (terug naar stap 11)",
                     "Step 12: another round of experiments (back to step 11)"));
  cmd->add_flag(
      "--new-cycle", options->new_cycle,
      help(lang, "Stap 15: begin een nieuwe cyclus bij stap 1", "Step 15: start a new cycle at step 1"));
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_done);
}

} // namespace alearn
