// alearn experiment show ID [--json]: the experiment, its reflection and its chain of rounds.
#include "commands.hpp"
#include "experiment.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExperimentShowOptions {
  std::string id;
  bool json = false;
};

void print_plan(Session &session, const Experiment &experiment) {
  const Plan &plan = experiment.plan;
  if (plan == Plan{}) {
    return;
  }
  session.io.out << session.paint(Style::bold, session.t(Text{"Plan", "Plan"})) << ":\n";
  for (const auto &[label, value] :
       {std::pair{Text{"Wie", "Who"}, &plan.who}, std::pair{Text{"Wat", "What"}, &plan.what},
        std::pair{Text{"Wanneer", "When"}, &plan.when}, std::pair{Text{"Waar", "Where"}, &plan.where}}) {
    if (!value->empty()) {
      session.io.out << wrap(session.t(label) + ": " + *value, 78, "  ");
    }
  }
}

void print_reflection(Session &session, const Reflection &reflection) {
  print_block(session, Text{"Resultaat", "Result"}, reflection.result);
  print_block(session, Text{"Observaties", "Observations"}, reflection.observations);
  print_block(session, Text{"Vergeleken met de voorspelling", "Compared with the prediction"},
              reflection.comparison);
  print_block(session, Text{"Succesfactoren", "Success factors"}, reflection.success_factors);
  print_block(session, Text{"Knelpunten", "Bottlenecks"}, reflection.bottlenecks);
  print_block(session, Text{"Lessen", "Lessons"}, reflection.lessons);
}

void print_chain(Session &session, const Workgroup &group, const Experiment &experiment) {
  const auto chain = experiment_chain(group, experiment);
  if (chain.size() < 2) {
    return;
  }
  session.io.out << session.paint(Style::bold, session.t(Text{"Reeks", "Chain"})) << ":\n";
  for (const Experiment *link : chain) {
    const std::string marker = link == &experiment ? "→" : " ";
    session.io.out << fmt::format("  {} {}  {} ({}, {})\n", marker, link->meta.id, link->title,
                                  session.t(tr("ronde {}", "round {}", link->round)),
                                  session.t(state_label(link->state())));
  }
}

void print_experiment(Session &session, const Workgroup &group, const Experiment &experiment,
                      const std::string &notes) {
  auto &out = session.io.out;
  out << session.paint(Style::bold, experiment.title) << "  (" << experiment.meta.id << ")\n";
  std::string state = session.t(state_label(experiment.state()));
  if (experiment.decision) {
    state += ": " + session.t(decision_label(*experiment.decision));
  }
  out << session.t(tr("Eigenaar: {} · cyclus {}, ronde {} · {}\n", "Owner: {} · cycle {}, round {} · {}\n",
                      experiment.owner, experiment.cycle, experiment.round, state));
  out << session.t(tr("Gepland {}", "Planned {}", format_date(experiment.meta.date)));
  for (const auto &[label, date] : {std::pair{Text{"gestart", "started"}, &experiment.started},
                                    std::pair{Text{"afgerond", "finished"}, &experiment.finished},
                                    std::pair{Text{"gestopt", "stopped"}, &experiment.stopped}}) {
    if (*date) {
      out << " · " << session.t(label) << " " << format_date(**date);
    }
  }
  out << "\n";
  print_block(session, Text{"Vraag", "Question"}, experiment.question);
  print_block(session, Text{"Voorspelling", "Prediction"}, experiment.prediction);
  print_plan(session, experiment);
  if (!experiment.indicators.empty()) {
    std::string list;
    for (const auto &slug : experiment.indicators) {
      list += (list.empty() ? "" : ", ") + slug;
    }
    out << session.t(tr("Indicatoren: {}\n", "Indicators: {}\n", list));
  }
  print_reflection(session, experiment.reflection);
  print_block(session, Text{"Reden van stoppen", "Why it stopped"}, experiment.stop_reason);
  print_block(session, Text{"Aantekeningen", "Notes"}, notes);
  print_chain(session, group, experiment);
}

Status run_experiment_show(Session &session, const ExperimentShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto experiment = find_by_id((*group)->experiments, options.id, Text{"experiment", "experiment"});
  TRY(experiment);
  auto notes = record_body((*experiment)->meta);
  TRY(notes);
  if (options.json) {
    Json json = experiment_json(session, **experiment, *notes);
    Json chain = Json::array();
    for (const Experiment *link : experiment_chain(**group, **experiment)) {
      chain.push_back(link->meta.id);
    }
    json["chain"] = chain;
    return print_json(session, json);
  }
  print_experiment(session, **group, **experiment, *notes);
  return {};
}

} // namespace

Command bind_experiment_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_experiment_show);
}

} // namespace alearn
