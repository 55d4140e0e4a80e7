// alearn blocker raise ID --with WHOM [--date D]
#include "blocker.hpp"
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct BlockerRaiseOptions {
  std::string id;
  std::string with;
  std::string date;
};

Status run_blocker_raise(Session &session, const BlockerRaiseOptions &options) {
  auto writing = session.start_writing(options.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto blocker = find_by_id(group.blockers, options.id, Text{"knellende regel", "blocker"});
  TRY(blocker);
  auto raised = raise_blocker(group, **blocker, Raise{writing->author->name, writing->date, options.with});
  TRY(raised);
  session.report_saved(tr("Knellende regel {} aangekaart bij {} op {}\n", "Blocker {} raised with {} on {}\n",
                          raised->meta.id, raised_with(*raised), format_date(writing->date)));
  return {};
}

} // namespace

Command bind_blocker_raise(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<BlockerRaiseOptions>();
  add_id_argument(*cmd, options->id, lang);
  cmd->add_option("--with", options->with,
                  help(lang,
                       "Bij wie de regel is aangekaart: een ministerie, een brancheorganisatie, de raad "
                       "van bestuur…",
                       "Whom the rule was raised with: a ministry, a branch organisation, the board…"))
      ->required();
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_blocker_raise);
}

} // namespace alearn
