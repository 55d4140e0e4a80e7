// alearn experiment show ID [--json]: the experiment, its reflection and its chain of rounds.
#include "commands.hpp"
#include "experiment.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ShownExperiment {
  WithBody<Experiment> experiment;
  std::vector<const Experiment *> chain; // its rounds, from the first
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

void print_chain(Session &session, const ShownExperiment &shown) {
  if (shown.chain.size() < 2) {
    return;
  }
  session.io.out << session.paint(Style::bold, session.t(Text{"Reeks", "Chain"})) << ":\n";
  for (const Experiment *link : shown.chain) {
    const std::string marker = link == shown.experiment.record ? "→" : " ";
    session.io.out << fmt::format("  {} {}  {} ({}, {})\n", marker, link->meta.id, link->title,
                                  session.t(tr("ronde {}", "round {}", link->round)),
                                  session.t(state_label(link->state())));
  }
}

void print_experiment(Session &session, const ShownExperiment &shown) {
  const Experiment &experiment = *shown.experiment.record;
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
  print_block(session, Text{"Voor wie het bedoeld was", "Who it was meant for"}, experiment.for_whom);
  if (experiment.shared) {
    out << session.t(tr("Gedeeld met het netwerk (Falend Vooruit) op {}, vastgelegd door {}\n",
                        "Shared with the network (Falend Vooruit) on {}, recorded by {}\n",
                        format_date(experiment.shared->date), experiment.shared->by));
  }
  print_block(session, Text{"Aantekeningen", "Notes"}, shown.experiment.body);
  print_chain(session, shown);
}

Json experiment_json(const Session &session, const ShownExperiment &shown) {
  Json json = shown_json(session, shown.experiment);
  json["chain"] = json_list(shown.chain, [](const Experiment *link) { return link->meta.id; });
  return json;
}

constexpr Renderers<ShownExperiment> experiment_show_renderers{print_experiment, experiment_json};

Result<ShownExperiment> find_experiment(const Workgroup &group, std::string_view id) {
  auto shown = find_with_body(group.experiments, id, Text{"experiment", "experiment"});
  TRY(shown);
  return ShownExperiment{*shown, experiment_chain(group, *shown->record)};
}

} // namespace

Command bind_experiment_show(CLI::App *cmd, Lang lang) {
  return bind_show<ShownExperiment>(*cmd, lang, find_experiment, experiment_show_renderers);
}

} // namespace alearn
