// alearn experiment finish ID --decision adopt|adapt|abandon [--result R] [--observations O]
//   [--comparison C] [--success-factors S] [--bottlenecks B] [--lessons L] [--date D]
#include "choices.hpp"
#include "commands.hpp"
#include "experiment_change.hpp"
#include "render_records.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ExperimentFinishOptions {
  std::string id;
  std::string decision;
  Reflection reflection;
  std::string for_whom;
  std::string date;
};

Form reflection_form(const Experiment &experiment, const Reflection &given, const std::string &for_whom) {
  const auto section = [](std::string key, Text heading, Text hint, std::string value) {
    return FormSection{std::move(key), std::move(heading), std::move(hint), false, std::move(value)};
  };
  return Form{tr("Reflectie op {}: {}", "Reflection on {}: {}", experiment.meta.id, experiment.title),
              {section("result", Text{"Resultaat", "Result"}, Text{"Wat kwam eruit?", "What came of it?"},
                       given.result),
               section("observations", Text{"Observaties", "Observations"},
                       Text{"Wat zagen jullie gebeuren?", "What did you see happen?"}, given.observations),
               section("comparison", Text{"Vergeleken met de voorspelling", "Compared with the prediction"},
                       tr("De voorspelling was: {}", "The prediction was: {}", experiment.prediction),
                       given.comparison),
               section("success_factors", Text{"Succesfactoren", "Success factors"},
                       Text{"Wat hielp?", "What helped?"}, given.success_factors),
               section("bottlenecks", Text{"Knelpunten", "Bottlenecks"},
                       Text{"Wat zat in de weg?", "What stood in the way?"}, given.bottlenecks),
               section("lessons", Text{"Lessen", "Lessons"},
                       Text{"Wat leert de groep ervan? Ook een mislukking leert iets.",
                            "What does the group learn from it? A failure teaches too."},
                       given.lessons),
               section("for_whom", Text{"Voor wie", "For whom"},
                       Text{"Voor wie was het bedoeld: wie had er baat bij gehad?",
                            "Who was it meant for: who would have benefited?"},
                       for_whom)}};
}

Status fill_in_finish(Session &session, Reflection &reflection, std::string &for_whom,
                      const Experiment &experiment) {
  if (!reflection.result.empty() && !reflection.lessons.empty()) {
    return {};
  }
  auto values = edit_form(session, reflection_form(experiment, reflection, for_whom));
  TRY(values);
  reflection = Reflection{(*values)["result"],          (*values)["observations"], (*values)["comparison"],
                          (*values)["success_factors"], (*values)["bottlenecks"],  (*values)["lessons"]};
  for_whom = (*values)["for_whom"];
  return {};
}

void print_next_round(Session &session, const Workgroup &group, const Experiment &experiment) {
  const Decision decision = experiment.decision.value_or(Decision::adopt);
  session.report_saved(tr("Experiment {} afgerond: {}\n", "Experiment {} finished: {}\n", experiment.meta.id,
                          session.t(decision_label(decision))));
  if (decision == Decision::adapt) {
    print_advice(session, Text{"Plan de aangepaste versie:", "Plan the adapted version:"},
                 Advice{Action::experiment_new,
                        {placeholder(Param::text, "<titel>", "<title>"), word(Param::owner, experiment.owner),
                         word(Param::follows, experiment.meta.id)},
                        group.slug});
  }
}

Status run_experiment_finish(Session &session, const ExperimentFinishOptions &options) {
  auto change = experiment_change(session, options.id, options.date);
  TRY(change);
  const Experiment &experiment = *change->experiment;
  if (auto ok = may_finish(*change->group, experiment); !ok) {
    return ok;
  }
  Reflection reflection = options.reflection;
  std::string for_whom = options.for_whom;
  if (auto ok = fill_in_finish(session, reflection, for_whom, experiment); !ok) {
    return ok;
  }
  const Decision decision = parse_decision(options.decision).value_or(Decision::adopt);
  auto finished =
      finish_experiment(*change->group, experiment, Finish{change->date, reflection, decision, for_whom});
  TRY(finished);
  print_next_round(session, *change->group, *finished);
  return {};
}

} // namespace

Command bind_experiment_finish(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentFinishOptions>();
  add_id_argument(*cmd, options->id, lang);
  cmd->add_option(
         "--decision", options->decision,
         help(lang, "adopt (overnemen), adapt (aanpassen) of abandon (stoppen)", "adopt, adapt or abandon"))
      ->required()
      ->transform(one_of(choices::decisions, lang));
  Reflection &reflection = options->reflection;
  cmd->add_option("--result", reflection.result, help(lang, "Wat kwam eruit", "What came of it"));
  cmd->add_option("--observations", reflection.observations,
                  help(lang, "Wat jullie zagen gebeuren", "What you saw happen"));
  cmd->add_option("--comparison", reflection.comparison,
                  help(lang, "Vergeleken met de voorspelling", "Compared with the prediction"));
  cmd->add_option("--success-factors", reflection.success_factors, help(lang, "Wat hielp", "What helped"));
  cmd->add_option("--bottlenecks", reflection.bottlenecks,
                  help(lang, "Wat in de weg zat", "What stood in the way"));
  cmd->add_option("--lessons", reflection.lessons,
                  help(lang, "Wat de groep ervan leert", "What the group learns"));
  cmd->add_option("--for-whom", options->for_whom,
                  help(lang, "Voor wie het bedoeld was: wie had er baat bij gehad",
                       "Who it was meant for: who would have benefited"));
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_experiment_finish);
}

} // namespace alearn
