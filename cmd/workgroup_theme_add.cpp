// alearn workgroup theme add THEME: one of the network's themes (alearn.yaml), did-you-mean otherwise.
#include "commands.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct ThemeAddOptions {
  std::string theme;
};

Status run_theme_add(Session &session, const ThemeAddOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto added = add_theme(**group, session.repository().config.themes, options.theme);
  TRY(added);
  session.report_saved(
      tr("Thema '{}' toegevoegd aan {}\n", "Theme '{}' added to {}\n", *added, (*group)->slug));
  return {};
}

} // namespace

Command bind_workgroup_theme_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ThemeAddOptions>();
  cmd->add_option("theme", options->theme,
                  help(lang, "Een thema van het netwerk (hoofdletters en accenten tellen niet)",
                       "A theme of the network (case and accents do not matter)"))
      ->required();
  return command_for(options, run_theme_add);
}

} // namespace alearn
