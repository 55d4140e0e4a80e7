// alearn workgroup member remove NAME
#include "commands.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct MemberRemoveOptions {
  std::string name;
};

Status run_member_remove(Session &session, const MemberRemoveOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto removed = remove_member(**group, options.name, session.io.context.today);
  TRY(removed);
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
  return command_for(options, run_member_remove);
}

} // namespace alearn
