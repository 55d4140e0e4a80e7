// alearn step done [N] [--note TEXT] [--force] [--again] [--date D]
//   [--new-cycle [--keep-indicator SLUG|all]...]
#include "commands.hpp"
#include "cycle.hpp"
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
  std::vector<std::string> keep; // --keep-indicator: slugs or names, or all
};

KeepIndicators keep_of(const DoneOptions &options) {
  KeepIndicators keep;
  for (const auto &name : options.keep) {
    if (name == "all" || name == "alle") {
      keep.all = true;
    } else {
      keep.names.push_back(name);
    }
  }
  return keep;
}

// What the new cycle begins with: its own file, and the indicators carried over.
void print_new_cycle(Session &session, const Workgroup &group, const StepEvent &event,
                     const std::vector<std::string> &kept, const std::optional<Date> &dated) {
  const std::string when = dated ? fmt::format(" ({})", format_date(*dated)) : "";
  session.report_saved(tr("Cyclus {} is afgerond{}. Cyclus {} begint bij stap 1.\n",
                          "Cycle {} is finished{}. Cycle {} starts at step 1.\n", event.cycle, when,
                          event.cycle + 1));
  if (group.schema < 2) {
    return;
  }
  auto &out = session.io.out;
  const std::string file =
      cycle_file_path(group, event.cycle + 1).lexically_relative(group.root).generic_string();
  out << session.t(
      tr("Het probleem, het ontwerp en de datums van cyclus {}: {}\nCyclus {} blijft te zien met "
         "--cycle {}.\n",
         "The problem, design and dates of cycle {}: {}\nCycle {} stays readable with --cycle {}.\n",
         event.cycle + 1, file, event.cycle, event.cycle));
  if (kept.empty()) {
    out << session.t(tr("Geen indicatoren meegenomen.\n", "No indicators carried over.\n"));
  } else {
    std::string names;
    for (const auto &slug : kept) {
      names += (names.empty() ? "" : ", ") + slug;
    }
    out << session.t(tr("Indicatoren meegenomen: {}\n", "Indicators carried over: {}\n", names));
  }
  out << session.t(
      tr("Wat nu? {}\n", "What now? {}\n", spell(session, Advice{Action::step_next, {}, group.slug})));
}

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
  request.keep = keep_of(options);
  request.lang = session.lang;
  auto event = mark_step_done(**group, request, session.io.context);
  if (!event) {
    return std::unexpected(refusal_error(session, std::move(event).error()));
  }
  if (event->action == StepAction::new_cycle) {
    const auto kept = indicators_to_keep(**group, request.keep);
    print_new_cycle(session, **group, *event, kept.value_or(std::vector<std::string>{}), request.date);
    return {};
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
  cmd->add_option("--keep-indicator", options->keep,
                  help(lang,
                       "Met --new-cycle: neem deze indicator mee naar de nieuwe cyclus (naam of korte naam; "
                       "herhaalbaar; all voor allemaal). Zonder: geen",
                       "With --new-cycle: carry this indicator over into the new cycle (name or short name; "
                       "repeatable; all for every one). Without: none"))
      ->allow_extra_args(false);
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_done);
}

} // namespace alearn
