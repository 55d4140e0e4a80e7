// alearn indicator list [--json]
#include "commands.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct IndicatorListOptions {
  bool json = false;
};

std::string number_or_dash(const std::optional<double> &value) {
  return value ? fmt::format("{}", *value) : std::string("-");
}

Status run_indicator_list(Session &session, const IndicatorListOptions &options) {
  auto group = session.workgroup();
  if (!group) {
    return std::unexpected(group.error());
  }
  const auto &indicators = (*group)->indicators;
  if (options.json) {
    Json list = Json::array();
    for (const auto &indicator : indicators) {
      list.push_back(indicator_json(indicator));
    }
    return print_json(session, list);
  }
  if (indicators.empty()) {
    session.io.out << session.t(
        tr("{} heeft nog geen indicatoren. Voeg er een toe met: alearn indicator add \"<naam>\"\n",
           "{} has no indicators yet. Add one with: alearn indicator add \"<name>\"\n", (*group)->slug));
    return {};
  }
  for (const auto &indicator : indicators) {
    session.io.out
        << session.paint(Style::bold, indicator.slug) << "  " << indicator.name << "\n    "
        << session.t(tr("van {} naar {} {} · {} · {}", "from {} to {} {} · {} · {}",
                        number_or_dash(indicator.baseline), number_or_dash(indicator.target), indicator.unit,
                        indicator.frequency.empty() ? "-" : session.t(frequency_label(indicator.frequency)),
                        indicator.owner.empty() ? "-" : indicator.owner))
        << "\n";
  }
  return {};
}

} // namespace

void setup_indicator_list(CLI::App &indicator, Registry &registry, Lang lang) {
  auto options = std::make_shared<IndicatorListOptions>();
  CLI::App *cmd = indicator.add_subcommand(
      "list", help(lang, "Toon de indicatoren van de werkgroep", "List the workgroup's indicators"));
  cmd->add_flag("--json", options->json, help(lang, "Uitvoer als JSON", "Output as JSON"));
  cmd->fallthrough();
  registry[cmd] = Command{Needs::repository,
                          [options](Session &session) { return run_indicator_list(session, *options); }};
}

} // namespace alearn
