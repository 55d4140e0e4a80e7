// alearn indicator list [--json]: every indicator with its latest value and when it is due.
#include "commands.hpp"
#include "render_indicators.hpp"

namespace alearn {

namespace {

struct IndicatorListOptions {
  bool json = false;
};

Status run_indicator_list(Session &session, const IndicatorListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const auto statuses =
      indicator_statuses(**group, session.repository().config.run_chart_rules, session.io.context.today);
  if (options.json) {
    Json list = Json::array();
    for (const auto &status : statuses) {
      list.push_back(status_json(session, status));
    }
    return print_json(session, list);
  }
  if (statuses.empty()) {
    session.io.out << session.t(
        tr("{} heeft nog geen indicatoren. Voeg er een toe met: alearn indicator add \"<naam>\"\n",
           "{} has no indicators yet. Add one with: alearn indicator add \"<name>\"\n", (*group)->slug));
    return {};
  }
  for (const auto &status : statuses) {
    const Indicator &indicator = *status.indicator;
    const std::string facts = values_line(session, status);
    session.io.out << session.paint(Style::bold, indicator.slug) << "  " << indicator.name << "\n    "
                   << facts << "\n    " << due_line(session, status);
    if (!indicator.owner.empty()) {
      session.io.out << " · " << indicator.owner;
    }
    session.io.out << "\n";
  }
  return {};
}

} // namespace

Command bind_indicator_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<IndicatorListOptions>();
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_indicator_list);
}

} // namespace alearn
