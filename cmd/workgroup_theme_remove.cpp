// alearn workgroup theme remove THEME
#include "commands.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct ThemeRemoveOptions {
  std::string theme;
};

Status run_theme_remove(Session &session, const ThemeRemoveOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto removed = remove_theme(**group, options.theme);
  TRY(removed);
  session.report_saved(
      tr("Thema '{}' verwijderd bij {}\n", "Theme '{}' removed from {}\n", *removed, (*group)->slug));
  return {};
}

} // namespace

Command bind_workgroup_theme_remove(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ThemeRemoveOptions>();
  cmd->add_option("theme", options->theme, help(lang, "Het thema", "The theme"))->required();
  return command_for(options, run_theme_remove);
}

} // namespace alearn
