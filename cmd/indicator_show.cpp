// alearn indicator show ID [--ascii] [--json]: the indicator, its run chart and the signals.
#include "chart.hpp"
#include "commands.hpp"
#include "enums.hpp"
#include "measure.hpp"
#include "output.hpp"
#include "render_indicators.hpp"

namespace alearn {

namespace {

struct IndicatorShowOptions {
  std::string indicator;
  bool ascii = false;
  Output output;
};

std::string better_label(const Session &session, const Indicator &indicator) {
  if (!indicator.direction) {
    return session.t(Text{"richting niet afgesproken", "no better direction agreed"});
  }
  return session.t(label_of(*indicator.direction));
}

struct ShownIndicator {
  const Workgroup *group = nullptr; // its experiments are marked on the chart
  IndicatorStatus status;
  bool unicode = false; // the chart is drawn with Unicode's box and block characters
};

void print_indicator(Session &session, const ShownIndicator &shown) {
  const IndicatorStatus &status = shown.status;
  const Indicator &indicator = *status.indicator;
  const RuleSet rules = session.repository().config.run_chart_rules;
  auto &out = session.io.out;
  out << session.paint(Style::bold, indicator.name) << "  (" << indicator.slug << ")\n";
  if (!indicator.question.empty()) {
    out << wrap(session.t(tr("Hoe merken we het? {}", "How do we notice? {}", indicator.question)), 78, "");
  }
  std::string facts = indicator.unit.empty() ? "" : indicator.unit + " · ";
  facts += better_label(session, indicator);
  if (!indicator.frequency.empty()) {
    facts += " · " + session.t(frequency_label(indicator.frequency));
  }
  if (!indicator.owner.empty()) {
    facts += session.t(tr(" · gemeten door {}", " · measured by {}", indicator.owner));
  }
  out << facts << "\n" << session.t(values_summary(status)) << "\n" << due_line(session, status) << "\n\n";
  out << render_chart(session, status, experiments_for(*shown.group, indicator), shown.unicode) << "\n";
  print_signals(session, status, rules);
  for (const Date date : status.duplicates) {
    out << session.paint(Style::yellow, session.t(tr("Let op", "Note")))
        << session.t(tr(": twee metingen op {}; de grafiek neemt de eerste. Verwijder de verkeerde.\n",
                        ": two measurements on {}; the chart takes the first. Remove the wrong one.\n",
                        format_date(date)));
  }
}

Json shown_json(const Session &session, const ShownIndicator &shown) {
  const Indicator &indicator = *shown.status.indicator;
  Json json = status_json(shown.status, session.lang);
  json["measurements"] = json_list(indicator.measurements, [&](const Measurement &measurement) {
    return Json{{"id", measurement.id},
                {"date", format_date(measurement.date)},
                {"value", value_json(indicator, measurement.value)},
                {"by", measurement.by},
                {"note", measurement.note}};
  });
  return json;
}

constexpr Renderers<ShownIndicator> indicator_show_renderers{print_indicator, shown_json};

Status run_indicator_show(Session &session, const IndicatorShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto indicator = find_indicator(**group, options.indicator);
  TRY(indicator);
  const ShownIndicator shown{*group,
                             indicator_status(**group, **indicator,
                                              session.repository().config.run_chart_rules,
                                              session.io.context.today),
                             !options.ascii && unicode_terminal(session)};
  return render(session, options.output, shown, indicator_show_renderers);
}

} // namespace

Command bind_indicator_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<IndicatorShowOptions>();
  cmd->add_option("indicator", options->indicator,
                  help(lang, "De indicator (korte naam, of een uniek begin ervan)",
                       "The indicator (short name, or a unique start of it)"))
      ->required();
  cmd->add_flag("--ascii", options->ascii,
                help(lang, "Teken de grafiek met gewone tekens", "Draw the chart in plain ASCII"));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_indicator_show);
}

} // namespace alearn
