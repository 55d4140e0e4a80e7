// alearn experiment list [--state S] [--owner MEMBER] [--decision D] [--cycle N|all] [--json]
#include "choices.hpp"
#include "commands.hpp"
#include "experiment.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExperimentListOptions {
  std::string state;
  std::string owner;
  std::string decision;
  std::string cycle;
  Output output;
};

std::string status_of(const Session &session, const Experiment &experiment) {
  std::string status = session.t(state_label(experiment.state()));
  if (experiment.decision) {
    status += ": " + session.t(decision_label(*experiment.decision));
  }
  return status;
}

void print_experiments(Session &session, const RecordList<Experiment> &list) {
  if (list.records.empty()) {
    print_advice(session, tr("Geen experimenten. Plan er een met:", "No experiments. Plan one with:"),
                 Advice{Action::experiment_new,
                        {placeholder(Param::text, "<titel>", "<title>"),
                         placeholder(Param::owner, "<lid>", "<member>")},
                        list.workgroup});
  }
  for (const auto &[experiment, notes] : list.records) {
    session.io.out << session.paint(Style::cyan, experiment->meta.id) << "  "
                   << session.paint(Style::bold, experiment->title) << "\n    "
                   << session.t(tr("{} · cyclus {}, ronde {} · {}", "{} · cycle {}, round {} · {}",
                                   experiment->owner, experiment->cycle, experiment->round,
                                   status_of(session, *experiment)));
    if (!experiment->follows.empty()) {
      session.io.out << session.t(tr(" · volgt op {}", " · follows {}", experiment->follows));
    }
    session.io.out << "\n";
  }
  print_other_cycles(session, list.in_other_cycles);
}

constexpr Renderers<RecordList<Experiment>> experiment_list_renderers{print_experiments,
                                                                      list_json<Experiment>};

Status run_experiment_list(Session &session, const ExperimentListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const ExperimentFilter filter{parse_state(options.state), options.owner, parse_decision(options.decision)};
  auto experiments = filter_experiments(**group, filter);
  TRY(experiments);
  auto list = record_list(**group, *experiments, options.cycle);
  TRY(list);
  return render(session, options.output, *list, experiment_list_renderers);
}

} // namespace

Command bind_experiment_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentListOptions>();
  cmd->add_option(
         "--state", options->state,
         help(lang, "planned, running, finished of stopped", "planned, running, finished or stopped"))
      ->transform(one_of(choices::states, lang));
  cmd->add_option("--owner", options->owner, help(lang, "Alleen van deze eigenaar", "Only this owner's"));
  cmd->add_option("--decision", options->decision,
                  help(lang, "adopt, adapt of abandon", "adopt, adapt or abandon"))
      ->transform(one_of(choices::decisions, lang));
  add_cycle_option(*cmd, options->cycle, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_experiment_list);
}

} // namespace alearn
