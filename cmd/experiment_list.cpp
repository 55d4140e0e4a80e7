// alearn experiment list [--state S] [--owner MEMBER] [--decision D] [--json]
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
  bool json = false;
};

std::string status_of(const Session &session, const Experiment &experiment) {
  std::string status = session.t(state_label(experiment.state()));
  if (experiment.decision) {
    status += ": " + session.t(decision_label(*experiment.decision));
  }
  return status;
}

Status run_experiment_list(Session &session, const ExperimentListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const ExperimentFilter filter{parse_state(options.state), options.owner, parse_decision(options.decision)};
  auto experiments = filter_experiments(**group, filter);
  TRY(experiments);
  if (options.json) {
    auto shown = with_bodies(*experiments);
    TRY(shown);
    return print_records_json(session, *shown, experiment_json);
  }
  if (experiments->empty()) {
    session.io.out << session.t(
        tr("Geen experimenten. Plan er een met: alearn experiment new \"<titel>\" --owner \"<lid>\"\n",
           "No experiments. Plan one with: alearn experiment new \"<title>\" --owner \"<member>\"\n"));
    return {};
  }
  for (const Experiment *experiment : *experiments) {
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
  return {};
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
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_experiment_list);
}

} // namespace alearn
