#include "evaluation.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "enums.hpp"
#include "progress.hpp"
#include "record_files.hpp"
#include "schema.hpp"
#include "workgroup.hpp"

namespace alearn {

std::optional<Date> indicators_agreed(const Workgroup &group) {
  const Progress progress = replay(group.step_events);
  if (const auto &event = progress.done_by.at(4)) {
    if (const auto at = parse_timestamp(event->at)) {
      return date_of(*at);
    }
  }
  return current_cycle(group).start;
}

// Of the current cycle: a new cycle has a start and an end of its own.
bool has_started(const Workgroup &group, Date today) {
  const auto start = current_cycle(group).start;
  return replay(group.step_events).is_done(5) || (start && *start <= today);
}

bool has_ended(const Workgroup &group, Date today) {
  const auto end = current_cycle(group).end;
  return (end && *end < today) || replay(group.step_events).is_done(step_count);
}

bool is_active(const Workgroup &group, Date today) {
  return has_started(group, today) && !has_ended(group, today);
}

namespace {

// The first day after the baseline period, if the indicator has one.
std::optional<Date> baseline_end(const Workgroup &group, const ChartPeriods &periods) {
  if (periods.baseline_until) {
    return std::chrono::sys_days{*periods.baseline_until} + std::chrono::days{1};
  }
  std::optional<Date> first;
  if (periods.baseline_until_first_experiment) {
    for (const auto &experiment : group.experiments) {
      if (experiment.started && (!first || *experiment.started < *first)) {
        first = experiment.started;
      }
    }
  }
  return first;
}

bool aims_at(const Experiment &experiment, const Indicator &indicator) {
  return std::ranges::find(experiment.indicators, indicator.slug) != experiment.indicators.end();
}

} // namespace

ChartOptions chart_options(const Workgroup &group, const Indicator &indicator,
                           const std::vector<Point> &points) {
  ChartOptions options{std::nullopt, indicator.periods.phases};
  if (const auto end = baseline_end(group, indicator.periods)) {
    options.freeze = points_before(points, *end);
  }
  if (indicator.periods.new_phase_when_adopted) {
    for (const auto &experiment : group.experiments) {
      if (experiment.finished && experiment.decision == Decision::adopt && aims_at(experiment, indicator)) {
        options.phase_starts.push_back(*experiment.finished);
      }
    }
  }
  return options;
}

IndicatorStatus indicator_status(const Workgroup &group, const Indicator &indicator, RuleSet rules,
                                 Date today) {
  IndicatorStatus status;
  status.indicator = &indicator;
  status.duplicates = duplicate_dates(indicator);
  std::vector<Point> points;
  for (const auto &measurement : indicator.measurements) {
    if (points.empty() || points.back().date != measurement.date) {
      points.push_back(Point{measurement.date, measurement.value});
    }
  }
  std::optional<Better> better;
  if (indicator.direction) {
    better = *indicator.direction == Direction::up ? Better::up : Better::down;
  }
  const ChartOptions options = chart_options(group, indicator, points);
  status.chart = analyse(std::move(points), better, rules, options);
  if (!indicator.measurements.empty()) {
    // On a day with two values the chart keeps the first by file name (check flags the other),
    // and so does "latest", so that the header and the chart never disagree.
    const Date last_day = indicator.measurements.back().date;
    status.latest = *std::ranges::find(indicator.measurements, last_day, &Measurement::date);
  }
  status.due = next_due(indicator, indicators_agreed(group));
  const bool past_due = status.due && *status.due < today;
  // An indicator of an earlier cycle that the current one did not carry over owes nothing.
  const bool ended = has_ended(group, today) || !belongs_to(indicator, current_cycle(group).number);
  status.overdue = past_due && !ended && has_started(group, today);
  // A group that has ended owes nothing, however recent its last measurement.
  status.lapsed = status.due.has_value() && ended;
  return status;
}

std::vector<IndicatorStatus> indicator_statuses(const Workgroup &group, RuleSet rules, Date today) {
  return indicator_statuses(group, rules, today, CycleChoice{current_cycle(group).number});
}

namespace {

Meaning meaning_of(std::string_view name) { return parse_word<Meaning>(name).value_or(Meaning::neutral); }

} // namespace

Text values_summary(const IndicatorStatus &status) {
  const Indicator &indicator = *status.indicator;
  const auto in = [&](Lang lang) {
    const auto shown = [&](const std::optional<double> &value) {
      return value ? readable_value(indicator, *value).in(lang) : std::string("-");
    };
    std::string line = tr("begin {}", "baseline {}", shown(indicator.baseline)).in(lang);
    if (status.latest) {
      line += tr(" · laatste {} op {}", " · latest {} on {}", shown(status.latest->value),
                 format_date(status.latest->date))
                  .in(lang);
    }
    line += tr(" · doel {}", " · target {}", shown(indicator.target)).in(lang);
    return indicator.unit.empty() ? line : line + " (" + indicator.unit + ")";
  };
  return Text{in(Lang::nl), in(Lang::en)};
}

Text signal_text(const Signal &signal, const RunChart &chart) {
  const bool above = chart.points.at(signal.first).value > median_at(chart, signal.first);
  switch (signal.kind) {
  case SignalKind::shift:
    return above ? tr("verschuiving: {} punten boven de mediaan", "shift: {} points above the median",
                      signal.count)
                 : tr("verschuiving: {} punten onder de mediaan", "shift: {} points below the median",
                      signal.count);
  case SignalKind::trend: {
    const bool up = chart.points.at(signal.last).value > chart.points.at(signal.first).value;
    return up ? tr("trend: {} punten achter elkaar omhoog", "trend: {} points in a row going up",
                   signal.count)
              : tr("trend: {} punten achter elkaar omlaag", "trend: {} points in a row going down",
                   signal.count);
  }
  case SignalKind::too_few_runs:
    return tr("te weinig runs: {} (bij toeval minstens {}; dit wijst op een verandering)",
              "too few runs: {} (by chance at least {}; this points to a change)", signal.count,
              signal.limit);
  case SignalKind::too_many_runs:
    return tr("te veel runs: {} (bij toeval hoogstens {}; wisselen de metingen steeds af?)",
              "too many runs: {} (by chance at most {}; do the measurements alternate?)", signal.count,
              signal.limit);
  case SignalKind::astronomical:
    return tr("uitschieter: {} op {}", "astronomical point: {} on {}", chart.points.at(signal.first).value,
              format_date(chart.points.at(signal.first).date));
  case SignalKind::too_few_crossings:
    break;
  }
  return tr("te weinig kruisingen van de mediaan: {} (minder dan {})",
            "too few crossings of the median: {} (fewer than {})", signal.count, signal.limit);
}

Text meaning_label(Meaning meaning) { return label_of(meaning); }

Text rules_label(RuleSet rules) { return label_of(rules); }

Parsed<Evaluation> parse_evaluation(const Document &doc) {
  auto meta = parse_record_meta(doc, "evaluation");
  TRY(meta);
  Evaluation evaluation{
      meta->id, meta->file, meta->date, meta->author, static_cast<int>(integer_field(doc.data, "cycle")), {}};
  for (const auto &item : doc.data.value("indicators", Data::array())) {
    EvaluationItem entry{text_field(item, "indicator"),
                         number_field(item, "latest"),
                         number_field(item, "median"),
                         static_cast<int>(integer_field(item, "points")),
                         {}};
    for (const auto &signal : item.value("signals", Data::array())) {
      entry.signals.emplace_back(
          parse_word<SignalKind>(text_field(signal, "kind")).value_or(SignalKind::shift),
          meaning_of(text_field(signal, "meaning")));
    }
    evaluation.items.push_back(std::move(entry));
  }
  return evaluation;
}

namespace {

// The evaluation's front matter, written by hand: a list of indicators, each with a list of
// signals, is more than FrontMatter's flat lists hold.
std::string render_items(const std::vector<IndicatorStatus> &statuses) {
  std::string text = "indicators:\n";
  for (const auto &status : statuses) {
    const Indicator &indicator = *status.indicator;
    text += fmt::format("  - indicator: {}\n", indicator.slug);
    if (status.latest) {
      text += fmt::format("    latest: {}\n", format_value(indicator, status.latest->value));
    }
    if (!status.chart.points.empty()) {
      text += fmt::format("    median: {}\n", status.chart.median);
    }
    text += fmt::format("    points: {}\n", status.chart.useful);
    if (!status.chart.signals.empty()) {
      text += "    signals:\n";
      for (const auto &signal : status.chart.signals) {
        text += fmt::format("      - kind: {}\n        meaning: {}\n", signal_name(signal.kind),
                            meaning_name(signal.meaning));
      }
    }
  }
  return text;
}

} // namespace

Workgroup as_it_stood(const Workgroup &group, Date day) {
  Workgroup then = group;
  std::erase_if(then.step_events, [&](const StepEvent &event) {
    const auto at = parse_timestamp(event.at);
    return at && date_of(*at) > day;
  });
  std::erase_if(then.indicators, [&](const Indicator &indicator) {
    return !indicator.measurements.empty() && indicator.measurements.front().date > day;
  });
  for (auto &indicator : then.indicators) {
    std::erase_if(indicator.measurements, [&](const Measurement &m) { return m.date > day; });
  }
  return then;
}

Result<Evaluation> record_evaluation(const Workgroup &group, const NewEvaluation &evaluation, RuleSet rules,
                                     const Context &context) {
  auto author = require_acting_member(group, evaluation.author);
  TRY(author);
  if (group.indicators.empty()) {
    return fail(ErrorKind::refused, tr("{} heeft nog geen indicatoren om aan te toetsen (stap 5)",
                                       "{} has no indicators to evaluate against yet (step 5)", group.slug));
  }
  const Workgroup then = as_it_stood(group, evaluation.date);
  const Progress progress = replay(then.step_events);
  FrontMatter head;
  head.date("date", evaluation.date).text("author", (*author)->name).number("cycle", progress.cycle);
  std::string text =
      "---\n" + head.yaml() + render_items(indicator_statuses(then, rules, evaluation.date)) + "---\n";
  text += evaluation.conclusion;
  if (!evaluation.conclusion.empty() && !evaluation.conclusion.ends_with('\n')) {
    text += '\n';
  }
  return create_record<Evaluation>(group.root, group.dir / folders::evaluations, text, parse_evaluation,
                                   context);
}

} // namespace alearn
