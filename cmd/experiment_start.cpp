// alearn experiment start ID [--date D]
#include "commands.hpp"
#include "experiment_change.hpp"
#include "render_records.hpp"

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
  session.report_saved(
      tr("Experiment {} loopt sinds {}: {}\nAfronden: alearn experiment finish {} --decision "
         "adopt|adapt|abandon\n",
         "Experiment {} running since {}: {}\nTo finish it: alearn experiment finish {} "
         "--decision adopt|adapt|abandon\n",
         started->meta.id, format_date(*started->started), started->title, started->meta.id));
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
