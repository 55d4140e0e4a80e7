// alearn blocker resolve ID --outcome TEXT [--withdrawn] [--date D]
#include "blocker.hpp"
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct BlockerResolveOptions {
  std::string id;
  std::string outcome;
  bool withdrawn = false;
  std::string date;
};

Status run_blocker_resolve(Session &session, const BlockerResolveOptions &options) {
  auto writing = session.start_writing(options.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto blocker = find_by_id(group.blockers, options.id, Text{"knellende regel", "blocker"});
  TRY(blocker);
  const CourseEvent end = options.withdrawn ? CourseEvent::withdrawn : CourseEvent::resolved;
  auto closed =
      close_blocker(group, **blocker, Closing{writing->author->name, writing->date, options.outcome, end});
  TRY(closed);
  session.report_saved(end == CourseEvent::withdrawn
                           ? tr("Knellende regel {} ingetrokken op {}\n", "Blocker {} withdrawn on {}\n",
                                closed->meta.id, format_date(writing->date))
                           : tr("Knellende regel {} opgelost op {}\n", "Blocker {} resolved on {}\n",
                                closed->meta.id, format_date(writing->date)));
  return {};
}

} // namespace

Command bind_blocker_resolve(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<BlockerResolveOptions>();
  add_id_argument(*cmd, options->id, lang);
  cmd->add_option("--outcome", options->outcome,
                  help(lang, "Wat het opleverde: wat is er veranderd, of waarom trekt de groep hem in",
                       "What came of it: what changed, or why the group withdraws it"))
      ->required();
  cmd->add_flag("--withdrawn", options->withdrawn,
                help(lang,
                     "De groep trekt de regel in (hij bleek niet te knellen, of het experiment gaat "
                     "anders)",
                     "The group withdraws it (the rule turned out not to block, or the experiment goes "
                     "another way)"));
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_blocker_resolve);
}

} // namespace alearn
