// alearn init [DIR] [--name NAME] [--lang nl|en] [--organisation ORG]... [--theme T]... [--no-themes]
//             [--ci OWNER/REPO@REF [--pages]]
// In an existing repository, `init --ci` adds the workflow only.
#include "commands.hpp"
#include "spell.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace alearn {

namespace {

struct InitCommandOptions {
  std::string dir = ".";
  std::string name;
  std::vector<std::string> organisations;
  std::vector<std::string> themes;
  bool no_themes = false;
  std::string ci; // owner/repo@ref of alearn's GitHub Action
  bool pages = false;
};

// The folder as the shell takes it: as typed when it holds nothing special, else quoted.
std::string dir_word(std::string_view dir) {
  const bool plain = std::ranges::all_of(dir, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("-_./").find(c) != std::string_view::npos;
  });
  return plain ? std::string(dir) : shell_quoted(dir);
}

// The workflow in an existing repository: the only file written.
Status add_workflow(Session &session, const InitOptions &init) {
  TRY(add_ci_workflow(init.dir, init));
  std::filesystem::path shown = init.dir.lexically_normal();
  if (!shown.has_filename() && shown.has_parent_path()) {
    shown = shown.parent_path(); // "/tmp/net/" -> "/tmp/net"
  }
  session.report_saved(tr("In de alearn-repository in {} is alleen .github/workflows/alearn.yml toegevoegd "
                          "(controle met {}); alle andere bestanden zijn gebleven zoals ze waren\n",
                          "Only .github/workflows/alearn.yml was added to the alearn repository in {} "
                          "(checks with {}); every other file stayed as it was\n",
                          shown.string(), init.ci_action));
  return {};
}

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
  init.ci_action = options.ci;
  init.pages = options.pages;
  std::error_code ec;
  if (!options.ci.empty() && std::filesystem::exists(init.dir / config_file_name, ec)) {
    if (!options.name.empty() || !options.organisations.empty() || !options.themes.empty() ||
        options.no_themes) {
      // Said rather than ignored: whoever typed --name expects the network to be named.
      return fail(ErrorKind::usage,
                  tr("in een bestaande repository voegt init --ci alleen de workflow toe; --name, "
                     "--organisation, --theme en --no-themes zijn voor een nieuwe repository (pas ze "
                     "aan in {}). Er is niets geschreven",
                     "in an existing repository init --ci only adds the workflow; --name, "
                     "--organisation, --theme and --no-themes are for a new repository (change them "
                     "in {}). Nothing was written",
                     config_file_name));
    }
    return add_workflow(session, init);
  }
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
  const Text ci = options.ci.empty()
                      ? tr("CI: nog geen workflow; maak er een die de GitHub Action van alearn gebruikt met: "
                           "alearn init {}--ci <eigenaar>/<repository>@<ref>\n",
                           "CI: no workflow yet; write one that uses alearn's GitHub Action with: "
                           "alearn init {}--ci <owner>/<repository>@<ref>\n",
                           repo.empty() ? std::string() : dir_word(repo) + " ")
                      : tr("CI: .github/workflows/alearn.yml controleert met {}\n",
                           "CI: .github/workflows/alearn.yml checks with {}\n", options.ci);
  Text message = tr("Nieuwe alearn-repository in {}\n"
                    "pre-commit: .pre-commit-config.yaml draait alearn check voor elke commit, na pre-commit "
                    "install\n",
                    "New alearn repository in {}\n"
                    "pre-commit: .pre-commit-config.yaml runs alearn check before every commit, after "
                    "pre-commit install\n",
                    dir);
  message.nl += ci.nl + "Volgende stap:";
  message.en += ci.en + "Next:";
  session.report_saved(with_advice_in(
      session, message, Advice{Action::workgroup_new, {placeholder(Param::text, "<naam>", "<name>")}, {}},
      repo));
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
  cmd->add_option(
      "--ci", options->ci,
      help(lang,
           "Schrijf een GitHub Actions-workflow die de GitHub Action van alearn gebruikt, "
           "eigenaar/repository@ref (in een bestaande repository: alleen de workflow)",
           "Write a GitHub Actions workflow that uses alearn's GitHub Action, owner/repository@ref "
           "(in an existing repository: only the workflow)"));
  cmd->add_flag(
      "--pages", options->pages,
      help(lang, "De workflow zet ook de site van het netwerk op GitHub Pages (alearn site; met --ci)",
           "The workflow also publishes the network's site on GitHub Pages (alearn site; with --ci)"));
  cmd->add_flag("--no-themes", options->no_themes,
                help(lang, "Begin zonder lijst met thema's", "Start without a list of themes"));
  return command_for(options, run_init);
}

} // namespace alearn
