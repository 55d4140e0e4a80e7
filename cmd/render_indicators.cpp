#include "render_indicators.hpp"

namespace alearn {

std::string shown_value(const Session &session, const Indicator &indicator, double value) {
  if (indicator.type == IndicatorType::yes_no) {
    // Measurements are 1 or 0; a median can lie between them when the answers are split evenly.
    if (value > 0 && value < 1) {
      return session.t(Text{"half om half", "halfway"});
    }
    return session.t(value >= 0.5 ? Text{"ja", "yes"} : Text{"nee", "no"});
  }
  return format_value(indicator, value);
}

std::string values_line(const Session &session, const IndicatorStatus &status) {
  const Indicator &indicator = *status.indicator;
  const auto shown = [&](const std::optional<double> &value) {
    return value ? shown_value(session, indicator, *value) : std::string("-");
  };
  std::string line = session.t(tr("begin {}", "baseline {}", shown(indicator.baseline)));
  if (status.latest) {
    line += session.t(tr(" · laatste {} op {}", " · latest {} on {}",
                         shown_value(session, indicator, status.latest->value),
                         format_date(status.latest->date)));
  }
  line += session.t(tr(" · doel {}", " · target {}", shown(indicator.target)));
  if (!indicator.unit.empty()) {
    line += " (" + indicator.unit + ")";
  }
  return line;
}

std::string due_line(const Session &session, const IndicatorStatus &status) {
  if (!status.due) {
    return session.t(tr("geen meetfrequentie afgesproken", "no measuring frequency agreed"));
  }
  if (status.overdue) {
    return session.paint(Style::red,
                         session.t(tr("te laat: de volgende meting was {}",
                                      "overdue: the next measurement was due {}", format_date(*status.due))));
  }
  if (status.lapsed) {
    return session.t(tr("geen meting meer nodig: de werkgroep is niet actief",
                        "no more measurements needed: the workgroup is not active"));
  }
  return session.t(tr("volgende meting {}", "next measurement {}", format_date(*status.due)));
}

void print_signals(Session &session, const IndicatorStatus &status, RuleSet rules) {
  const RunChart &chart = status.chart;
  auto &out = session.io.out;
  if (!chart.enough) {
    out << session.t(tr("  Te weinig punten om te beoordelen: {} van de {} nodig ({}).\n",
                        "  Too few points to judge: {} of the {} needed ({}).\n", chart.useful,
                        min_useful_points, session.t(rules_label(rules))));
    return;
  }
  if (chart.signals.empty()) {
    out << session.t(tr("  Geen signalen: de variatie lijkt toeval ({}).\n",
                        "  No signals: the variation looks like chance ({}).\n",
                        session.t(rules_label(rules))));
    return;
  }
  out << session.t(tr("  Signalen ({}):\n", "  Signals ({}):\n", session.t(rules_label(rules))));
  for (const auto &signal : chart.signals) {
    const Style style = signal.meaning == Meaning::improvement ? Style::green
                        : signal.meaning == Meaning::concern   ? Style::red
                                                               : Style::yellow;
    std::string when; // the runs rules are about the whole series; the others say where
    if (signal.kind == SignalKind::shift || signal.kind == SignalKind::trend) {
      when = session.t(tr(" ({} tot {})", " ({} to {})", format_date(chart.points.at(signal.first).date),
                          format_date(chart.points.at(signal.last).date)));
    }
    out << "  - " << session.t(signal_text(signal, chart)) << when << " — "
        << session.paint(style, session.t(meaning_label(signal.meaning))) << "\n";
  }
}

} // namespace alearn
