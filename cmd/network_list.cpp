// alearn network list [--json]: this repository and the others of its network, each with the
// commit it is at and what is wrong with it.
#include "commands.hpp"
#include "network.hpp"
#include "network_status.hpp"
#include "output.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct NetworkListOptions {
  Output output;
};

Json network_json(const Session & /*session*/, const Network &network) {
  return json_list(network.repositories, [&](const NetworkRepository &repository) {
    std::size_t workgroups = 0;
    for (const auto &folder : network.folders) {
      workgroups += &network.repositories[folder.repository] == &repository ? 1 : 0;
    }
    Json json = repository_json(repository);
    json["workgroups"] = workgroups;
    return json;
  });
}

void print_network(Session &session, const Network &network) {
  for (std::size_t i = 0; i < network.repositories.size(); ++i) {
    const NetworkRepository &repository = network.repositories[i];
    const auto workgroups = std::ranges::count(network.folders, i, &NetworkFolder::repository);
    session.io.out << fmt::format(
        "{}{}\n", session.paint(Style::bold, repository.name),
        repository.own ? session.t(Text{"  (deze repository)", "  (this repository)"}) : "");
    if (!repository.organisation.empty()) {
      session.io.out << "    " << repository.organisation << "\n";
    }
    session.io.out << "    " << repository.path;
    if (!repository.remote.empty()) {
      session.io.out << "  ← " << repository.remote;
    }
    session.io.out << "\n";
    if (repository.read) {
      session.io.out << "    "
                     << session.t(tr("{} werkgroepen · commit {}{}", "{} workgroups · commit {}{}",
                                     workgroups,
                                     repository.commit.empty() ? session.t(Text{"(geen git)", "(no git)"})
                                                               : repository.commit.substr(0, 12),
                                     repository.changed ? session.t(Text{" met niet-vastgelegde wijzigingen",
                                                                         " with uncommitted changes"})
                                                        : ""))
                     << "\n";
    }
    for (const auto &problem : repository.problems) {
      session.io.out << "    " << session.paint(Style::yellow, session.t(Text{"waarschuwing: ", "warning: "}))
                     << session.t(problem.message) << "\n";
    }
  }
}

constexpr Renderers<Network> network_list_renderers{print_network, network_json};

Status run_network_list(Session &session, const NetworkListOptions &options) {
  auto network = open_network(session.repository_root, session.repository().config, {}, session.io.env);
  TRY(network);
  return render(session, options.output, *network, network_list_renderers);
}

} // namespace

Command bind_network_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NetworkListOptions>();
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_network_list);
}

} // namespace alearn
