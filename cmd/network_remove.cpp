// alearn network remove NAME: the repository leaves the network's views; its clone stays.
#include "commands.hpp"
#include "network.hpp"

namespace alearn {

namespace {

struct NetworkRemoveOptions {
  std::string name;
};

Status run_network_remove(Session &session, const NetworkRemoveOptions &options) {
  auto removed = remove_network_entry(session.repository_root, options.name);
  TRY(removed);
  session.report_saved(tr("'{}' hoort niet meer bij het netwerk; de kloon in {} is blijven staan\n",
                          "'{}' is no longer part of the network; its clone at {} is still there\n",
                          removed->name, removed->path));
  return {};
}

} // namespace

Command bind_network_remove(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NetworkRemoveOptions>();
  cmd->add_option("name", options->name, help(lang, "De naam in het netwerk", "Its name in the network"))
      ->required();
  return command_for(options, run_network_remove);
}

} // namespace alearn
