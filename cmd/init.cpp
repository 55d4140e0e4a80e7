// alearn init [DIR] [--name NAME] [--lang nl|en] [--organisation ORG]... [--theme T]... [--no-themes]
#include "commands.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct InitCommandOptions {
  std::string dir = ".";
  std::string name;
  std::vector<std::string> organisations;
  std::vector<std::string> themes;
  bool no_themes = false;
  bool pages = false;
};

Status run_init(Session &session, const InitCommandOptions &options) {
  InitOptions init;
  init.dir = std::filesystem::path(options.dir).is_absolute() ? std::filesystem::path(options.dir)
                                                              : session.io.context.cwd / options.dir;
  init.name = options.name;
  init.language = session.lang;
  init.organisations = options.organisations;
  if (options.no_themes) {
    init.themes = std::vector<std::string>{};
  } else if (!options.themes.empty()) {
    init.themes = options.themes;
  }
  init.ci_check_command = "alearn check --format github";
  init.pages = options.pages;
  // A repository inside another is allowed (commands below it will use the inner one), but
  // rarely meant.
  const auto outer = find_repository_root(init.dir.parent_path());
  auto root = init_repository(init);
  TRY(root);
  if (outer) {
    session.io.out << session.paint(Style::yellow, session.t(tr("Let op", "Note")))
                   << session.t(tr(": deze map ligt binnen de alearn-repository in {}\n",
                                   ": this folder lies inside the alearn repository in {}\n",
                                   outer->string()));
  }
  const auto dir = root->string();
  // The next command runs in the new repository: --repo names it unless it is the current folder.
  const std::string repo = options.dir == "." ? std::string() : options.dir;
  session.report_saved(with_advice_in(
      session,
      tr("Nieuwe alearn-repository in {}\n"
         "CI: .github/workflows/alearn.yml en .pre-commit-hooks.yaml draaien alearn "
         "check (zet ALEARN_SOURCE in de workflow)\n"
         "Volgende stap:",
         "New alearn repository in {}\n"
         "CI: .github/workflows/alearn.yml and .pre-commit-hooks.yaml run alearn "
         "check (set ALEARN_SOURCE in the workflow)\n"
         "Next:",
         dir),
      Advice{Action::workgroup_new, {placeholder(Param::text, "<naam>", "<name>")}, {}}, repo));
  return {};
}

} // namespace

Command bind_init(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<InitCommandOptions>();
  cmd->add_option("dir", options->dir,
                  help(lang, "De map (standaard: de huidige)", "The directory (default: the current one)"));
  cmd->add_option(
      "--name", options->name,
      help(lang, "De naam van het netwerk of de organisatie", "The name of the network or organisation"));
  cmd->add_option(
         "--organisation", options->organisations,
         help(lang, "Een deelnemende organisatie (mag vaker)", "A participating organisation (repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--theme", options->themes,
                  help(lang, "Een thema van het netwerk (mag vaker; standaard de zes landelijke thema's)",
                       "A theme of the network (repeatable; default: the six national themes)"))
      ->allow_extra_args(false);
  cmd->add_flag("--pages", options->pages,
                help(lang, "De workflow zet ook de site van het netwerk op GitHub Pages (alearn site)",
                     "The workflow also publishes the network's site on GitHub Pages (alearn site)"));
  cmd->add_flag("--no-themes", options->no_themes,
                help(lang, "Begin zonder lijst met thema's", "Start without a list of themes"));
  return command_for(options, run_init);
}

} // namespace alearn
