#include "svg_chart.hpp"

#include "enums.hpp"
#include "svg_draw.hpp"
#include "svg_text.hpp"
#include "workgroup.hpp"

#include <algorithm>

namespace alearn {

namespace {

bool names(const Experiment &experiment, std::string_view slug) {
  return std::ranges::find(experiment.indicators, slug) != experiment.indicators.end();
}

} // namespace

ChartFigure chart_figure(const Workgroup &group, const IndicatorStatus &status, Lang lang) {
  const Indicator &indicator = *status.indicator;
  ChartFigure figure;
  figure.id = "chart-" + indicator.slug;
  figure.name = indicator.name;
  figure.unit = indicator.unit;
  figure.type = indicator.type;
  if (indicator.direction) {
    figure.better = *indicator.direction == Direction::up ? Better::up : Better::down;
  }
  figure.chart = status.chart;
  figure.baseline = indicator.baseline;
  figure.target = indicator.target;
  figure.lang = lang;
  const bool any_named = std::ranges::any_of(group.experiments, [&](const Experiment &experiment) {
    return experiment.started && names(experiment, indicator.slug);
  });
  for (const auto &experiment : group.experiments) {
    if (experiment.started && (!any_named || names(experiment, indicator.slug))) {
      figure.experiments.push_back(
          ChartExperiment{experiment.title, *experiment.started,
                          experiment.finished ? experiment.finished : experiment.stopped});
    }
  }
  std::ranges::stable_sort(figure.experiments, {}, &ChartExperiment::start);
  return figure;
}

std::optional<Meaning> point_signal(const RunChart &chart, std::size_t index) {
  std::optional<Meaning> found;
  const auto rank = [](Meaning meaning) {
    return meaning == Meaning::concern ? 3 : meaning == Meaning::improvement ? 2 : 1;
  };
  for (const auto &signal : chart.signals) {
    const bool about_points = signal.kind == SignalKind::shift || signal.kind == SignalKind::trend ||
                              signal.kind == SignalKind::astronomical;
    if (about_points && index >= signal.first && index <= signal.last &&
        (!found || rank(signal.meaning) > rank(*found))) {
      found = signal.meaning;
    }
  }
  return found;
}

std::vector<ChartRow> chart_rows(const RunChart &chart) {
  std::vector<ChartRow> rows;
  rows.reserve(chart.points.size());
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    const ChartPhase &phase = phase_of(chart, i);
    const auto number = static_cast<std::size_t>(&phase - chart.phases.data()) + 1;
    rows.push_back(ChartRow{chart.points[i].date, chart.points[i].value, phase.analysis.median, number,
                            phase.frozen_through.has_value(),
                            phase.frozen_through.has_value() && i <= *phase.frozen_through,
                            point_signal(chart, i)});
  }
  return rows;
}

std::vector<Text> chart_row_headers() {
  return {Text{"datum", "date"}, Text{"waarde", "value"}, Text{"mediaan", "median"},
          Text{"signaal", "signal"}};
}

namespace {

// The sentences of the description: what a reader who cannot see the chart needs from it.
Text phase_sentence(const ChartFigure &figure, const ChartPhase &phase, std::size_t number) {
  const RunChart &chart = figure.chart;
  const std::string median = chart_value(figure, phase.analysis.median);
  Text sentence = chart.phases.size() == 1
                      ? tr("Mediaan {}.", "Median {}.", median)
                      : tr("Fase {} vanaf {}: mediaan {}.", "Phase {} from {}: median {}.", number,
                           format_date(chart.points[phase.first].date), median);
  if (phase.frozen_through) {
    const std::size_t count = *phase.frozen_through - phase.first + 1;
    const Text frozen = tr(" Bevroren: berekend uit de {} metingen tot en met {} en doorgetrokken.",
                           " Frozen: computed from the {} measurements up to {} and extended.", count,
                           format_date(chart.points[*phase.frozen_through].date));
    sentence.nl += frozen.nl;
    sentence.en += frozen.en;
  }
  if (!phase.analysis.enough) {
    const Text few = tr(" Te weinig punten om te beoordelen ({} van de {}).",
                        " Too few points to judge ({} of {}).", phase.analysis.useful, min_useful_points);
    sentence.nl += few.nl;
    sentence.en += few.en;
  }
  return sentence;
}

Text signals_sentence(const ChartFigure &figure) {
  const RunChart &chart = figure.chart;
  if (chart.signals.empty()) {
    return Text{"Geen signalen.", "No signals."};
  }
  Text sentence{"Signalen: ", "Signals: "};
  for (std::size_t i = 0; i < chart.signals.size(); ++i) {
    const Signal &signal = chart.signals[i];
    const Text words = signal_text(signal, chart);
    const Text meaning = meaning_label(signal.meaning);
    const std::string_view end = i + 1 == chart.signals.size() ? "." : "; ";
    sentence.nl += fmt::format("{} ({}, {} tot {}){}", words.nl, meaning.nl,
                               format_date(chart.points[signal.first].date),
                               format_date(chart.points[signal.last].date), end);
    sentence.en +=
        fmt::format("{} ({}, {} to {}){}", words.en, meaning.en, format_date(chart.points[signal.first].date),
                    format_date(chart.points[signal.last].date), end);
  }
  return sentence;
}

Text experiments_sentence(const ChartFigure &figure) {
  Text sentence{"Experimenten: ", "Experiments: "};
  for (std::size_t i = 0; i < figure.experiments.size(); ++i) {
    const ChartExperiment &experiment = figure.experiments[i];
    const std::string name = clipped(experiment.name, 120);
    const std::string from = format_date(experiment.start);
    const std::string_view end = i + 1 == figure.experiments.size() ? "." : "; ";
    sentence.nl += fmt::format("{} ({} tot {}){}", name, from,
                               experiment.end ? format_date(*experiment.end) : "nu", end);
    sentence.en += fmt::format("{} ({} to {}){}", name, from,
                               experiment.end ? format_date(*experiment.end) : "now", end);
  }
  return sentence;
}

std::string description(const ChartFigure &figure) {
  const RunChart &chart = figure.chart;
  const Lang lang = figure.lang;
  const std::string name = clipped(figure.name, 120);
  if (chart.points.empty()) {
    return tr("Run chart van {}: nog geen metingen.", "Run chart of {}: no measurements yet.", name).in(lang);
  }
  std::vector<std::string> sentences;
  const std::size_t count = chart.points.size();
  sentences.push_back(tr("Run chart van {}: {} metingen van {} tot en met {}.",
                         "Run chart of {}: {} measurements from {} to {}.", name, count,
                         format_date(chart.points.front().date), format_date(chart.points.back().date))
                          .in(lang));
  if (figure.better) {
    sentences.push_back((*figure.better == Better::up ? Text{"Hoger is beter.", "Higher is better."}
                                                      : Text{"Lager is beter.", "Lower is better."})
                            .in(lang));
  }
  for (std::size_t k = 0; k < chart.phases.size(); ++k) {
    sentences.push_back(phase_sentence(figure, chart.phases[k], k + 1).in(lang));
  }
  if (figure.baseline) {
    sentences.push_back(tr("Begin {}.", "Baseline {}.", chart_value(figure, *figure.baseline)).in(lang));
  }
  if (figure.target) {
    sentences.push_back(tr("Doel {}.", "Target {}.", chart_value(figure, *figure.target)).in(lang));
  }
  sentences.push_back(signals_sentence(figure).in(lang));
  if (!figure.experiments.empty()) {
    sentences.push_back(experiments_sentence(figure).in(lang));
  }
  std::string text;
  for (const auto &sentence : sentences) {
    text += (text.empty() ? "" : " ") + sentence;
  }
  return text;
}

} // namespace

std::string render_svg_chart(const ChartFigure &figure) {
  return draw_svg_chart(figure, description(figure));
}

} // namespace alearn
