#include "render_indicators.hpp"

namespace alearn {

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
