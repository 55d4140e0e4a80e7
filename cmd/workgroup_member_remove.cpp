// alearn workgroup member remove NAME [--date DATE] [--mistake]
#include "commands.hpp"
#include "record_files.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct MemberRemoveOptions {
  std::string name;
  std::string date;
  bool mistake = false;
};

Status run_member_remove(Session &session, const MemberRemoveOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto date = record_date(options.date, session.io.context);
  TRY(date);
  if (!options.mistake) {
    TRY(check_member_date(**group, *date, session.io.context.today));
  }
  auto removed =
      remove_member(**group, options.name, *date, options.mistake ? Removal::mistake : Removal::left);
  TRY(removed);
  if (options.mistake) {
    session.report_saved(tr("{} is uit {} gehaald, als vergissing: geen oud-lid\n",
                            "{} is taken out of {} as a mistake: not a former member\n", removed->name,
                            (*group)->slug));
    return {};
  }
  session.report_saved(tr("{} is geen lid meer van {}\n", "{} left {}\n", removed->name, (*group)->slug));
  for (const auto &role : member_roles(**group, removed->name)) {
    session.io.out << session.paint(Style::yellow, session.t(tr("Let op", "Note"))) << ": " << session.t(role)
                   << "\n";
  }
  return {};
}

} // namespace

Command bind_workgroup_member_remove(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<MemberRemoveOptions>();
  cmd->add_option("name", options->name,
                  help(lang, "De naam (hoofdletters en accenten tellen niet)",
                       "The name (case and accents do not matter)"))
      ->required();
  cmd->add_option("--date", options->date,
                  help(lang, "Wanneer het lid vertrok, JJJJ-MM-DD (standaard vandaag)",
                       "When the member left, YYYY-MM-DD (default today)"));
  cmd->add_flag("--mistake", options->mistake,
                help(lang, "Per vergissing toegevoegd: helemaal weghalen, niet als oud-lid bewaren",
                     "Added by mistake: take out altogether, not kept as a former member"));
  return command_for(options, run_member_remove);
}

} // namespace alearn
