// alearn experiment share ID [--for-whom TEXT] [--date D]: the group agreed that the lessons of
// a finished or stopped experiment go to the network (Falend Vooruit). Opt-in, one experiment at
// a time: alearn lessons shows nothing else.
#include "commands.hpp"
#include "experiment_change.hpp"

namespace alearn {

namespace {

struct ExperimentShareOptions {
  std::string id;
  std::string for_whom;
  std::string date;
};

Status run_experiment_share(Session &session, const ExperimentShareOptions &options) {
  auto change = experiment_change(session, options.id, options.date);
  TRY(change);
  auto writer = session.writer(*change->group);
  TRY(writer);
  auto shared = share_experiment(*change->group, *change->experiment,
                                 ShareLessons{change->date, (*writer)->name, options.for_whom});
  TRY(shared);
  session.report_saved(tr("De lessen van experiment {} worden gedeeld met het netwerk (alearn lessons)\n",
                          "The lessons of experiment {} are shared with the network (alearn lessons)\n",
                          shared->meta.id));
  if (shared->for_whom.empty()) {
    session.io.out << session.t(
        Text{"Tip: zeg erbij voor wie het bedoeld was, met --for-whom: dat helpt anderen "
             "het op hun eigen situatie te leggen.\n",
             "Tip: say who it was meant for, with --for-whom: that helps others hold it "
             "against their own situation.\n"});
  }
  return {};
}

} // namespace

Command bind_experiment_share(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExperimentShareOptions>();
  add_id_argument(*cmd, options->id, lang);
  cmd->add_option("--for-whom", options->for_whom,
                  help(lang, "Voor wie het bedoeld was: wie had er baat bij gehad",
                       "Who it was meant for: who would have benefited"));
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_experiment_share);
}

} // namespace alearn
