#include "network_status.hpp"

#include "blocker.hpp"
#include "cycle.hpp"
#include "records.hpp"

#include <algorithm>
#include <numeric>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// The better way for an indicator: its direction, else the way from its baseline to its target.
std::optional<Direction> better_way(const Indicator &indicator) {
  if (indicator.direction) {
    return indicator.direction;
  }
  if (indicator.baseline && indicator.target && *indicator.baseline != *indicator.target) {
    return *indicator.target > *indicator.baseline ? Direction::up : Direction::down;
  }
  return std::nullopt;
}

bool meets_target(const Indicator &indicator, double value) {
  if (!indicator.target) {
    return false;
  }
  const auto way = better_way(indicator);
  if (!way) {
    return value == *indicator.target;
  }
  return *way == Direction::up ? value >= *indicator.target : value <= *indicator.target;
}

bool better_than_baseline(const Indicator &indicator, double value) {
  const auto way = better_way(indicator);
  if (!indicator.baseline || !way) {
    return false;
  }
  return *way == Direction::up ? value > *indicator.baseline : value < *indicator.baseline;
}

bool has_improvement(const IndicatorStatus &status) {
  return std::ranges::any_of(status.chart.signals,
                             [](const Signal &signal) { return signal.meaning == Meaning::improvement; });
}

bool has_concern(const IndicatorStatus &status) {
  return std::ranges::any_of(status.chart.signals,
                             [](const Signal &signal) { return signal.meaning == Meaning::concern; });
}

// The target met by each of the last three measurements: the improvement held.
bool target_sustained(const IndicatorStatus &status) {
  const auto &points = status.chart.points;
  if (!status.indicator->target || points.size() < 3) {
    return false;
  }
  return std::all_of(points.end() - 3, points.end(),
                     [&](const Point &point) { return meets_target(*status.indicator, point.value); });
}

bool target_met(const IndicatorStatus &status) {
  return status.latest && meets_target(*status.indicator, status.latest->value);
}

const IndicatorStatus *first_where(const std::vector<IndicatorStatus> &indicators,
                                   const std::function<bool(const IndicatorStatus &)> &holds) {
  const auto found = std::ranges::find_if(indicators, holds);
  return found == indicators.end() ? nullptr : &*found;
}

ProgressScore scored(double value, Text reason) { return ProgressScore{value, std::move(reason)}; }

} // namespace

ProgressScore progress_score(const Workgroup &group, const std::vector<IndicatorStatus> &indicators) {
  const bool adopted = std::ranges::any_of(
      group.experiments, [](const Experiment &experiment) { return experiment.decision == Decision::adopt; });
  const bool with_target = std::ranges::any_of(
      indicators, [](const IndicatorStatus &status) { return status.indicator->target.has_value(); });
  if (adopted && with_target && std::ranges::all_of(indicators, [](const IndicatorStatus &status) {
        return !status.indicator->target || target_sustained(status);
      })) {
    return scored(5.0, tr("elke indicator haalt zijn doel in de laatste drie metingen, en een verandering is "
                          "ingevoerd",
                          "every indicator meets its target in its last three measurements, and a change was "
                          "adopted"));
  }
  if (const auto *held =
          first_where(indicators, [](const auto &s) { return has_improvement(s) && target_sustained(s); });
      held && adopted) {
    return scored(4.5, tr("{}: verbeterd en drie metingen op rij op doel, en een verandering is ingevoerd",
                          "{}: improved and on target three measurements running, and a change was adopted",
                          held->indicator->name));
  }
  if (const auto *met =
          first_where(indicators, [](const auto &s) { return has_improvement(s) && target_met(s); })) {
    return scored(4.0, tr("{}: een signaal van verbetering, en de laatste meting haalt het doel",
                          "{}: a signal of improvement, and the latest measurement meets the target",
                          met->indicator->name));
  }
  if (const auto *signal = first_where(indicators, has_improvement)) {
    return scored(3.5, tr("{}: een signaal van verbetering in de run chart",
                          "{}: a signal of improvement in the run chart", signal->indicator->name));
  }
  if (const auto *better = first_where(indicators, [](const IndicatorStatus &s) {
        return s.latest && better_than_baseline(*s.indicator, s.latest->value);
      })) {
    return scored(3.0, tr("{}: de laatste meting is beter dan de nulmeting, nog zonder signaal",
                          "{}: the latest measurement is better than the baseline, without a signal yet",
                          better->indicator->name));
  }
  if (std::ranges::any_of(group.experiments, [](const Experiment &e) { return e.started.has_value(); })) {
    return scored(2.5, tr("er loopt of liep een experiment; nog geen verbetering te zien",
                          "an experiment is or was running; no improvement shows yet"));
  }
  if (std::ranges::any_of(indicators, [](const IndicatorStatus &s) { return !s.chart.points.empty(); })) {
    return scored(
        2.0, tr("er wordt gemeten; nog geen experiment gestart", "measuring; no experiment started yet"));
  }
  const Progress progress = replay(group.step_events);
  if (progress.is_done(1) && progress.is_done(2) && progress.is_done(3) && progress.is_done(4)) {
    return scored(1.5,
                  tr("probleem, ontwerp, groep en afspraken staan (stap 1 t/m 4); nog niets gemeten",
                     "problem, design, group and agreements are set (steps 1 to 4); nothing measured yet"));
  }
  return scored(1.0, tr("de groep is in vorming (stap 1 t/m 4 nog niet rond)",
                        "the group is forming (steps 1 to 4 not yet done)"));
}

Text score_label(double score) {
  struct Label {
    double score;
    Text words;
  };
  static const std::array<Label, 9> labels{{
      {1.0, {"team in vorming", "forming team"}},
      {1.5, {"plannen begonnen", "planning has begun"}},
      {2.0, {"activiteit, nog geen verandering", "activity, no changes yet"}},
      {2.5, {"veranderingen getest, nog geen verbetering", "changes tested, no improvement yet"}},
      {3.0, {"bescheiden verbetering", "modest improvement"}},
      {3.5, {"verbetering", "improvement"}},
      {4.0, {"duidelijke verbetering", "significant improvement"}},
      {4.5, {"blijvende verbetering", "sustainable improvement"}},
      {5.0, {"uitmuntende, blijvende resultaten", "outstanding sustainable results"}},
  }};
  for (const auto &label : labels) {
    if (score <= label.score) {
      return Text{fmt::format("{:.1f} {}", label.score, label.words.nl),
                  fmt::format("{:.1f} {}", label.score, label.words.en)};
    }
  }
  return Text{fmt::format("{:.1f}", score), fmt::format("{:.1f}", score)};
}

namespace {

std::optional<Date> newest(std::optional<Date> a, std::optional<Date> b) {
  if (!a) {
    return b;
  }
  return b && *b > *a ? b : a;
}

template <typename Records> std::optional<Date> newest_record(const Records &records) {
  std::optional<Date> found;
  for (const auto &record : records) {
    found = newest(found, record.meta.date);
  }
  return found;
}

std::optional<Date> last_record_date(const Workgroup &group) {
  std::optional<Date> last;
  for (const auto &event : group.step_events) {
    last = newest(last, parse_date(std::string_view(event.at).substr(0, 10)));
  }
  for (const auto &indicator : group.indicators) {
    if (!indicator.measurements.empty()) {
      last = newest(last, indicator.measurements.back().date);
    }
  }
  for (const auto &evaluation : group.evaluations) {
    last = newest(last, evaluation.date);
  }
  for (const auto date :
       {newest_record(group.logbook), newest_record(group.meetings), newest_record(group.exploration),
        newest_record(group.problem_statements), newest_record(group.assumptions),
        newest_record(group.feedback), newest_record(group.resources), newest_record(group.experiments),
        newest_record(group.sharing)}) {
    last = newest(last, date);
  }
  return last;
}

IndicatorGlance glance_at(const IndicatorStatus &status) {
  const Indicator &indicator = *status.indicator;
  IndicatorGlance glance;
  glance.slug = indicator.slug;
  glance.name = indicator.name;
  glance.unit = indicator.unit;
  glance.baseline = indicator.baseline;
  glance.target = indicator.target;
  if (status.latest) {
    glance.latest = status.latest->value;
    glance.latest_date = status.latest->date;
  }
  if (has_improvement(status)) {
    glance.signal = Meaning::improvement;
  } else if (has_concern(status)) {
    glance.signal = Meaning::concern;
  }
  glance.target_met = target_met(status);
  glance.overdue = status.overdue;
  return glance;
}

} // namespace

WorkgroupGlance glance_at(const Workgroup &group, const NetworkRepository &repository, Date today) {
  WorkgroupGlance glance;
  glance.repository = repository.name;
  glance.slug = group.slug;
  glance.name = group.name;
  glance.organisation = organisation_of(group, repository);
  glance.themes = group.themes;
  const Progress progress = replay(group.step_events);
  glance.step = progress.current();
  glance.cycle = progress.cycle;
  glance.round = progress.round;
  glance.end = current_cycle(group).end;
  glance.end_passed = glance.end && *glance.end < today;
  const auto statuses = indicator_statuses(group, repository.config.run_chart_rules, today);
  for (const auto &status : statuses) {
    glance.indicators.push_back(glance_at(status));
    glance.overdue += status.overdue ? 1 : 0;
  }
  for (const auto &experiment : group.experiments) {
    ++glance.experiments.at(static_cast<std::size_t>(experiment.state()));
    if (experiment.decision) {
      ++glance.decisions.at(static_cast<std::size_t>(*experiment.decision));
    }
  }
  glance.open_blockers = static_cast<int>(
      std::ranges::count_if(group.blockers, [](const Blocker &blocker) { return is_open(blocker.state()); }));
  glance.last_record = last_record_date(group);
  glance.score = progress_score(group, statuses);
  return glance;
}

NetworkTotals network_totals(const std::vector<WorkgroupGlance> &workgroups) {
  NetworkTotals totals;
  totals.workgroups = workgroups.size();
  double scores = 0;
  for (const auto &glance : workgroups) {
    ++totals.per_step[glance.step];
    if (std::ranges::any_of(glance.indicators, [](const IndicatorGlance &indicator) {
          return indicator.signal == Meaning::improvement;
        })) {
      ++totals.with_improvement;
    }
    for (std::size_t i = 0; i < totals.experiments.size(); ++i) {
      totals.experiments.at(i) += glance.experiments.at(i);
    }
    for (std::size_t i = 0; i < totals.decisions.size(); ++i) {
      totals.decisions.at(i) += glance.decisions.at(i);
    }
    totals.open_blockers += glance.open_blockers;
    scores += glance.score.value;
  }
  totals.mean_score = workgroups.empty() ? 0 : scores / static_cast<double>(workgroups.size());
  return totals;
}

Result<NetworkStatus> network_status(const fs::path &root, const Config &config,
                                     const NetworkStatusOptions &options, const Environment &env) {
  auto network = open_network(root, config, options.filter, env);
  TRY(network);
  TRY(check_theme_filter(*network, options.filter));
  NetworkStatus status;
  status.name = config.name;
  status.theme = options.filter.theme;
  status.today = options.today;
  status.workgroups = map_workgroups<WorkgroupGlance>(
      *network, options.filter, Depth::progress, Extent::front_matter,
      [&](const NetworkRepository &repository, const Workgroup &group) {
        WorkgroupGlance glance = glance_at(group, repository, options.today);
        if (options.scan_personal_data && repository.config.privacy != Severity::off) {
          std::vector<fs::path> sources{group.file()};
          for (const auto &cycle : group.cycle_files) {
            sources.push_back(cycle.file);
          }
          for (const auto &indicator : group.indicators) {
            sources.push_back(indicator.file);
          }
          glance.personal_data = personal_data_in_files(sources, member_emails(group));
        }
        return glance;
      });
  status.repositories = std::move(network->repositories);
  status.totals = network_totals(status.workgroups);
  return status;
}

std::vector<PersonalDataInFile> personal_data_in(const NetworkStatus &status) {
  std::vector<PersonalDataInFile> found;
  for (const auto &glance : status.workgroups) {
    found.insert(found.end(), glance.personal_data.begin(), glance.personal_data.end());
  }
  return found;
}

} // namespace alearn
