// alearn experiment new TITLE --owner MEMBER [--question Q] [--prediction P] [--who W] [--what W]
//                       [--when W] [--where W] [--indicator SLUG]... [--follows ID] [--date D] [-m NOTES|-]
#include "commands.hpp"
#include "experiment.hpp"
#include "record_files.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ExperimentNewOptions {
  std::string title;
  std::string owner;
  std::string question;
  std::string prediction;
  Plan plan;
  std::vector<std::string> indicators;
  std::string follows;
  std::string date;
  std::optional<std::string> message;
};

Form experiment_form(const ExperimentNewOptions &options) {
  const auto section = [](std::string key, Text heading, Text hint, std::string value) {
    return FormSection{std::move(key), std::move(heading), std::move(hint), false, std::move(value)};
  };
  return Form{
      tr("Experiment: {}", "Experiment: {}", options.title),
      {section("question", Text{"Vraag", "Question"},
               Text{"Welke vraag moet het experiment beantwoorden?",
                    "Which question should the experiment answer?"},
               options.question),
       section("prediction", Text{"Voorspelling", "Prediction"},
               Text{"Wat verwacht de groep dat er gebeurt?", "What does the group expect to happen?"},
               options.prediction),
       section("who", Text{"Wie", "Who"}, Text{"Wie doet wat?", "Who does what?"}, options.plan.who),
       section("what", Text{"Wat", "What"}, Text{"Wat gebeurt er precies?", "What happens exactly?"},
               options.plan.what),
       section("when", Text{"Wanneer", "When"}, Text{"Wanneer, en hoe lang?", "When, and for how long?"},
               options.plan.when),
       section("where", Text{"Waar", "Where"},
               Text{"Op welke afdeling of locatie?", "In which team or place?"}, options.plan.where),
       section("notes", Text{"Aantekeningen", "Notes"}, Text{"Verder nog iets?", "Anything else?"}, {})}};
}

Status fill_in_experiment(Session &session, NewExperiment &experiment, const ExperimentNewOptions &options) {
  if (options.message) {
    auto text = message_text(session, *options.message);
    TRY(text);
    experiment.notes = std::move(*text);
    return {};
  }
  if (!options.question.empty() && !options.prediction.empty()) {
    return {};
  }
  auto values = edit_form(session, experiment_form(options));
  TRY(values);
  experiment.question = (*values)["question"];
  experiment.prediction = (*values)["prediction"];
  experiment.plan = Plan{(*values)["who"], (*values)["what"], (*values)["when"], (*values)["where"]};
  experiment.notes = (*values)["notes"];
  return {};
}

Status run_experiment_new(Session &session, const ExperimentNewOptions &options) {
  auto writing = session.start_writing(options.date);
  TRY(writing);
  auto owner = require_member(*writing->group, options.owner);
  TRY(owner);
  NewExperiment experiment{
      writing->author->name, writing->date, options.title,      (*owner)->name,  options.question,
      options.prediction,    options.plan,  options.indicators, options.follows, {}};
  if (auto ok = fill_in_experiment(session, experiment, options); !ok) {
    return ok;
  }
  auto planned = plan_experiment(*writing->group, experiment, session.io.context);
  TRY(planned);
  session.report_saved(with_advice(
      session,
      tr("Experiment {} gepland: {} (eigenaar {}, ronde {})\nStarten:",
         "Experiment {} planned: {} (owner {}, round {})\nTo start it:", planned->meta.id, planned->title,
         planned->owner, planned->round),
      Advice{Action::experiment_start, {word(Param::word, planned->meta.id)}, writing->group->slug}));
  return {};
}

} // namespace

Command bind_experiment_new(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentNewOptions>();
  cmd->add_option("title", options->title, help(lang, "De titel", "The title"))->required();
  cmd->add_option("--owner", options->owner, help(lang, "Het lid dat eigenaar is", "The member who owns it"))
      ->required();
  cmd->add_option("--question", options->question,
                  help(lang, "De vraag die het moet beantwoorden", "The question it should answer"));
  cmd->add_option("--prediction", options->prediction,
                  help(lang, "Wat de groep verwacht", "What the group expects"));
  cmd->add_option("--who", options->plan.who, help(lang, "Plan: wie", "Plan: who"));
  cmd->add_option("--what", options->plan.what, help(lang, "Plan: wat", "Plan: what"));
  cmd->add_option("--when", options->plan.when, help(lang, "Plan: wanneer", "Plan: when"));
  cmd->add_option("--where", options->plan.where, help(lang, "Plan: waar", "Plan: where"));
  cmd->add_option("--indicator", options->indicators,
                  help(lang, "Een indicator die het moet bewegen (mag vaker)",
                       "An indicator it should move (repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--follows", options->follows,
                  help(lang, "Het experiment dat dit aanpast (id)", "The experiment this one adapts (id)"));
  add_date_option(*cmd, options->date, lang);
  add_message_option(*cmd, options->message, lang);
  return command_for(options, run_experiment_new);
}

} // namespace alearn
