// alearn network add PATH [--name NAME] [--organisation ORG] [--remote URL]: another
// organisation's repository, cloned beside this one, joins the network's views.
#include "commands.hpp"
#include "network.hpp"

namespace alearn {

namespace {

Status run_network_add(Session &session, const NewNetworkEntry &options) {
  auto added = add_network_entry(session.repository_root, session.io.context.cwd, options, session.io.env);
  TRY(added);
  session.report_saved(tr("'{}' ({}) hoort nu bij het netwerk; alearn leest het en schrijft er nooit in\n",
                          "'{}' ({}) is part of the network now; alearn reads it and never writes it\n",
                          added->name, added->path));
  return {};
}

} // namespace

Command bind_network_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NewNetworkEntry>();
  cmd->add_option("path", options->path,
                  help(lang, "De lokale kloon van de repository (met git clone gehaald)",
                       "The repository's local clone (made with git clone)"))
      ->required();
  cmd->add_option("--name", options->name,
                  help(lang, "Hoe het netwerk hem noemt (standaard: de naam in zijn alearn.yaml)",
                       "What the network calls it (default: the name in its alearn.yaml)"));
  cmd->add_option("--organisation", options->organisation,
                  help(lang, "Van welke organisatie hij is", "The organisation it belongs to"));
  cmd->add_option("--remote", options->remote,
                  help(lang, "Waar de kloon vandaan komt (standaard: git's origin), alleen om te tonen",
                       "Where the clone comes from (default: git's origin), only shown"));
  return command_for(options, run_network_add);
}

} // namespace alearn
