// alearn experiment stop ID [--reason TEXT | -m TEXT|-] [--date D]
#include "commands.hpp"
#include "experiment_change.hpp"
#include "render_records.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ExperimentStopOptions {
  std::string id;
  std::string reason;
  std::string for_whom;
  std::string date;
  std::optional<std::string> message;
};

Status run_experiment_stop(Session &session, const ExperimentStopOptions &options) {
  auto change = experiment_change(session, options.id, options.date);
  TRY(change);
  const Experiment &experiment = *change->experiment;
  if (auto ok = may_stop(*change->group, experiment); !ok) {
    return ok;
  }
  const Form form{tr("Experiment {} stoppen", "Stopping experiment {}", experiment.meta.id),
                  {{"reason",
                    Text{"Reden", "Reason"},
                    Text{"Waarom stopt het? Ook dat is een resultaat om te delen.",
                         "Why does it stop? That too is a result to share."},
                    false,
                    {}}}};
  const std::vector<std::string> words =
      options.reason.empty() ? std::vector<std::string>{} : std::vector<std::string>{options.reason};
  auto reason = text_input(session, options.message, words, form);
  TRY(reason);
  auto stopped = stop_experiment(*change->group, experiment, change->date, *reason, options.for_whom);
  TRY(stopped);
  session.report_saved(tr("Experiment {} gestopt op {}\n", "Experiment {} stopped on {}\n", stopped->meta.id,
                          format_date(*stopped->stopped)));
  // What stopped is worth telling others (Falend Vooruit), once the group agrees.
  print_advice(
      session,
      Text{"Wil de groep de lessen delen met het netwerk (Falend Vooruit)? Spreek het af, en dan:",
           "Does the group want to share the lessons with the network (Falend Vooruit)? Agree on it, then:"},
      Advice{Action::experiment_share,
             {word(Param::word, stopped->meta.id),
              placeholder(Param::for_whom, "<voor wie het bedoeld was>", "<who it was meant for>")},
             change->group->slug});
  return {};
}

} // namespace

Command bind_experiment_stop(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentStopOptions>();
  add_id_argument(*cmd, options->id, lang);
  cmd->add_option("--reason", options->reason, help(lang, "Waarom het stopt", "Why it stops"));
  cmd->add_option("--for-whom", options->for_whom,
                  help(lang, "Voor wie het bedoeld was: wie had er baat bij gehad",
                       "Who it was meant for: who would have benefited"));
  add_date_option(*cmd, options->date, lang);
  add_message_option(*cmd, options->message, lang);
  return command_for(options, run_experiment_stop);
}

} // namespace alearn
