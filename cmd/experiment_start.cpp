// alearn experiment start ID [--date D]
#include "commands.hpp"
#include "enums.hpp"
#include "experiment_change.hpp"
#include "render_records.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct ExperimentStartOptions {
  std::string id;
  std::string date;
};

Status run_experiment_start(Session &session, const ExperimentStartOptions &options) {
  auto change = experiment_change(session, options.id, options.date);
  TRY(change);
  const Experiment &experiment = *change->experiment;
  auto started = start_experiment(*change->group, experiment, change->date);
  TRY(started);
  session.report_saved(with_advice(
      session,
      tr("Experiment {} loopt sinds {}: {}\nAfronden:", "Experiment {} running since {}: {}\nTo finish it:",
         started->meta.id, format_date(*started->started), started->title),
      Advice{Action::experiment_finish,
             {word(Param::word, started->meta.id), word(Param::decision, alternatives<Decision>())},
             change->group->slug}));
  return {};
}

} // namespace

Command bind_experiment_start(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentStartOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_experiment_start);
}

} // namespace alearn
