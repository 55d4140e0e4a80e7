// alearn network pull: `git pull --ff-only` in each clone of the network, reported per clone.
// git stays the transport: alearn syncs nothing itself.
#include "commands.hpp"
#include "network.hpp"
#include "output.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct NetworkPullOptions {
  Output output;
};

Json pulls_json(const Session &session, const std::vector<PullResult> &results) {
  return json_list(results, [&](const PullResult &result) {
    return Json{{"name", result.name},
                {"path", result.root.generic_string()},
                {"ok", result.ok},
                {"before", text_or_null(result.before)},
                {"after", text_or_null(result.after)},
                {"output", result.output},
                {"problem", text_or_null(session.t(result.problem))}};
  });
}

void print_pulls(Session &session, const std::vector<PullResult> &results) {
  if (results.empty()) {
    session.io.out << session.t(
        Text{"Het netwerk heeft nog geen andere repository; voeg er een toe met: alearn network add PAD\n",
             "The network has no other repository yet; add one with: alearn network add PATH\n"});
  }
  for (const auto &result : results) {
    std::string verdict;
    if (!result.ok) {
      verdict = session.paint(Style::red, session.t(Text{"niet bijgewerkt", "not updated"}));
    } else if (result.before == result.after) {
      verdict = session.t(Text{"al bij", "up to date"});
    } else {
      verdict =
          session.paint(Style::green, session.t(tr("bijgewerkt {} → {}", "updated {} → {}",
                                                   result.before.substr(0, 12), result.after.substr(0, 12))));
    }
    session.io.out << fmt::format("{}  {}\n", session.paint(Style::bold, result.name), verdict);
    if (!session.t(result.problem).empty()) {
      session.io.out << "    " << session.t(result.problem) << "\n";
    }
    if (!result.ok && !result.output.empty()) {
      session.io.out << wrap(result.output, session.line_width(), "    ") << "\n";
    }
  }
}

constexpr Renderers<std::vector<PullResult>> network_pull_renderers{print_pulls, pulls_json};

Status run_network_pull(Session &session, const NetworkPullOptions &options) {
  const auto results = pull_network(session.repository_root, session.repository().config, session.io.env);
  TRY(render(session, options.output, results, network_pull_renderers));
  if (std::ranges::any_of(results, [](const PullResult &result) { return !result.ok; })) {
    session.exit_code = 1;
  }
  return {};
}

} // namespace

Command bind_network_pull(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NetworkPullOptions>();
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_network_pull);
}

} // namespace alearn
