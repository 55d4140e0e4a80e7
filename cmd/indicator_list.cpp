// alearn indicator list [--cycle N|all] [--json]: every indicator of the cycle with its latest value
// and when it is due.
#include "commands.hpp"
#include "render_indicators.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct IndicatorListOptions {
  std::string cycle;
  Output output;
};

struct IndicatorList {
  std::string workgroup;
  std::vector<IndicatorStatus> statuses;
  std::size_t in_other_cycles = 0;
};

void print_indicators(Session &session, const IndicatorList &list) {
  if (list.statuses.empty()) {
    print_advice(
        session,
        tr("{} heeft nog geen indicatoren. Voeg er een toe met:", "{} has no indicators yet. Add one with:",
           list.workgroup),
        Advice{Action::indicator_add, {placeholder(Param::text, "<naam>", "<name>")}, list.workgroup});
  }
  for (const auto &status : list.statuses) {
    const Indicator &indicator = *status.indicator;
    session.io.out << session.paint(Style::bold, indicator.slug) << "  " << indicator.name << "\n    "
                   << session.t(values_summary(status)) << "\n    " << due_line(session, status);
    if (!indicator.owner.empty()) {
      session.io.out << " · " << indicator.owner;
    }
    session.io.out << "\n";
  }
  print_other_cycles(session, list.in_other_cycles);
}

Json indicators_json(const Session &session, const IndicatorList &list) {
  return json_list(list.statuses,
                   [&](const IndicatorStatus &status) { return status_json(status, session.lang); });
}

constexpr Renderers<IndicatorList> indicator_list_renderers{print_indicators, indicators_json};

Status run_indicator_list(Session &session, const IndicatorListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto cycles = choose_cycle(**group, options.cycle);
  TRY(cycles);
  IndicatorList list{(*group)->slug,
                     indicator_statuses(**group, session.repository().config.run_chart_rules,
                                        session.io.context.today, *cycles),
                     0};
  list.in_other_cycles = (*group)->indicators.size() - list.statuses.size();
  return render(session, options.output, list, indicator_list_renderers);
}

} // namespace

Command bind_indicator_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<IndicatorListOptions>();
  add_cycle_option(*cmd, options->cycle, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_indicator_list);
}

} // namespace alearn
