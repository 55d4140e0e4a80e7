#include "report.hpp"

#include "enums.hpp"
#include "ids.hpp"

#include <algorithm>

namespace alearn {

namespace fs = std::filesystem;

namespace {

template <typename T> std::vector<const T *> all_of(const std::vector<T> &records) {
  std::vector<const T *> pointers;
  pointers.reserve(records.size());
  for (const T &record : records) {
    pointers.push_back(&record);
  }
  return pointers;
}

template <typename T> Result<std::vector<WithBody<T>>> read_all(const std::vector<T> &records) {
  return with_bodies(all_of(records));
}

std::vector<const Experiment *> experiments_in(const Workgroup &group, std::optional<int> cycle) {
  std::vector<const Experiment *> chosen;
  for (const Experiment &experiment : group.experiments) {
    if (!cycle || experiment.cycle == *cycle) {
      chosen.push_back(&experiment);
    }
  }
  // By cycle and round; within a round in the order they were planned.
  std::ranges::stable_sort(chosen, [](const Experiment *a, const Experiment *b) {
    return std::tie(a->cycle, a->round) < std::tie(b->cycle, b->round);
  });
  return chosen;
}

Status read_records(const Workgroup &group, const ReportOptions &options, Report &report) {
  auto narrowing = read_all(group.problem_statements);
  TRY(narrowing);
  auto exploration = read_all(group.exploration);
  TRY(exploration);
  auto assumptions = read_all(group.assumptions);
  TRY(assumptions);
  auto feedback = read_all(group.feedback);
  TRY(feedback);
  auto resources = read_all(group.resources);
  TRY(resources);
  auto experiments = with_bodies(experiments_in(group, options.cycle));
  TRY(experiments);
  auto sharing = read_all(group.sharing);
  TRY(sharing);
  report.sharing = std::move(*sharing);
  report.narrowing = std::move(*narrowing);
  report.exploration = std::move(*exploration);
  report.assumptions = std::move(*assumptions);
  report.feedback = std::move(*feedback);
  report.resources = std::move(*resources);
  report.experiments = std::move(*experiments);
  return {};
}

Status read_evaluations(const Workgroup &group, Report &report) {
  for (const Evaluation &evaluation : group.evaluations) {
    auto conclusion = read_body(evaluation.file);
    TRY(conclusion);
    report.evaluations.push_back({&evaluation, clean_text(*conclusion)});
  }
  return {};
}

void add_steps(const Workgroup &group, Report &report) {
  for (const StepEvent &event : group.step_events) {
    if (event.action == StepAction::done) {
      report.timeline.push_back(&event);
    }
    if ((event.action == StepAction::done && event.step == step_count) ||
        event.action == StepAction::new_cycle) {
      report.closing.push_back(&event);
    }
  }
}

void add_lessons(Report &report) {
  for (const auto &[experiment, notes] : report.experiments) {
    if (!experiment->reflection.lessons.empty()) {
      report.lessons.push_back({experiment, experiment->reflection.lessons});
    }
  }
}

} // namespace

namespace {

template <typename T>
void add_sources(std::vector<fs::path> &files, const std::vector<WithBody<T>> &records) {
  for (const auto &shown : records) {
    files.push_back(shown.record->meta.file);
  }
}

} // namespace

std::vector<fs::path> report_sources(const Report &report) {
  std::vector<fs::path> files{report.group->file(), report.cycle.file};
  add_sources(files, report.narrowing);
  add_sources(files, report.exploration);
  add_sources(files, report.assumptions);
  add_sources(files, report.feedback);
  add_sources(files, report.resources);
  add_sources(files, report.experiments);
  add_sources(files, report.sharing);
  for (const ReportIndicator &indicator : report.indicators) {
    files.push_back(indicator.status.indicator->file);
  }
  for (const ReportEvaluation &evaluation : report.evaluations) {
    files.push_back(evaluation.evaluation->file);
  }
  for (const auto *events : {&report.timeline, &report.closing}) {
    for (const StepEvent *event : *events) {
      files.push_back(event->file);
    }
  }
  std::ranges::sort(files);
  const auto [first, last] = std::ranges::unique(files);
  files.erase(first, last);
  return files;
}

Result<Report> build_report(const Repository &repository, const Workgroup &group,
                            const ReportOptions &options) {
  Report report;
  report.group = &group;
  report.progress = replay(group.step_events);
  auto cycle = options.cycle ? find_cycle(group, *options.cycle) : Result<Cycle>(current_cycle(group));
  TRY(cycle);
  report.cycle = std::move(*cycle);
  report.rules = repository.config.run_chart_rules;
  TRY(read_records(group, options, report));
  TRY(read_evaluations(group, report));
  add_steps(group, report);
  add_lessons(report);
  // One cycle: its indicators; the whole journey: every indicator it had.
  const CycleChoice indicators = options.cycle ? CycleChoice{options.cycle} : CycleChoice{};
  for (IndicatorStatus &status : indicator_statuses(group, report.rules, options.today, indicators)) {
    ChartFigure figure = chart_figure(group, status, options.lang);
    std::vector<ChartRow> rows = chart_rows(status.chart);
    report.indicators.push_back({std::move(status), std::move(figure), std::move(rows)});
  }
  return report;
}

const Experiment *follow_up(const Report &report, const Experiment &experiment) {
  for (const Experiment &other : report.group->experiments) {
    if (!other.follows.empty() && experiment.meta.id.starts_with(other.follows)) {
      return &other;
    }
  }
  return nullptr;
}

std::string chart_file_name(const std::string &report_stem, const Indicator &indicator) {
  return report_stem + "-" + indicator.slug + ".svg";
}

namespace {

template <typename T>
Json bodies_json(const std::vector<WithBody<T>> &records, const std::filesystem::path &root) {
  return json_list(records,
                   [&](const WithBody<T> &shown) { return record_json(*shown.record, shown.body, root); });
}

Json timeline_json(const Report &report, Lang lang) {
  return json_list(report.timeline, [&](const StepEvent *event) {
    const StaticText title = step_info(event->step).title;
    return Json{{"step", event->step}, {"title", lang == Lang::nl ? title.nl : title.en},
                {"at", event->at},     {"cycle", event->cycle},
                {"by", event->by},     {"note", event->note}};
  });
}

Json experiments_json(const Report &report) {
  return json_list(report.experiments, [&](const WithBody<Experiment> &shown) {
    Json json = record_json(*shown.record, shown.body, report.group->root);
    const Experiment *next = follow_up(report, *shown.record);
    json["followed_by"] = next ? Json(next->meta.id) : Json(nullptr);
    return json;
  });
}

Json indicators_json(const Report &report, Lang lang) {
  return json_list(report.indicators, [&](const ReportIndicator &indicator) {
    Json json = status_json(indicator.status, lang);
    json["experiments"] = json_list(indicator.figure.experiments, [](const ChartExperiment &experiment) {
      return Json{{"name", experiment.name},
                  {"start", format_date(experiment.start)},
                  {"end", date_json(experiment.end)}};
    });
    return json;
  });
}

Json evaluations_json(const Report &report) {
  return json_list(report.evaluations, [&](const ReportEvaluation &shown) {
    return Json{{"id", shown.evaluation->id},
                {"date", format_date(shown.evaluation->date)},
                {"author", shown.evaluation->author},
                {"cycle", shown.evaluation->cycle},
                {"conclusion", shown.conclusion}};
  });
}

} // namespace

Json report_json(const Report &report, Lang lang) {
  const Workgroup &group = *report.group;
  Json json = workgroup_json(group);
  json["problem"] = report.cycle.problem;
  json["design"] = {{"goal", report.cycle.design.goal},
                    {"means", report.cycle.design.means},
                    {"preconditions", report.cycle.design.preconditions},
                    {"approach", report.cycle.design.approach}};
  json["start"] = date_json(report.cycle.start);
  json["end"] = date_json(report.cycle.end);
  json["cycle"] = report.progress.cycle;
  json["shown_cycle"] = report.cycle.number;
  json["current_step"] = report.progress.current();
  json["narrowing"] = bodies_json(report.narrowing, group.root);
  json["timeline"] = timeline_json(report, lang);
  json["exploration"] = bodies_json(report.exploration, group.root);
  json["assumptions"] = bodies_json(report.assumptions, group.root);
  json["feedback"] = bodies_json(report.feedback, group.root);
  json["resources"] = bodies_json(report.resources, group.root);
  json["experiments"] = experiments_json(report);
  json["indicators"] = indicators_json(report, lang);
  json["evaluations"] = evaluations_json(report);
  json["lessons"] = json_list(report.lessons, [](const ReportLesson &lesson) {
    return Json{{"experiment", lesson.experiment->meta.id}, {"lessons", lesson.lessons}};
  });
  json["sharing"] = bodies_json(report.sharing, group.root);
  json["closing"] = json_list(report.closing, [](const StepEvent *event) {
    return Json{
        {"action", action_name(event->action)}, {"at", event->at}, {"by", event->by}, {"note", event->note}};
  });
  return json;
}

} // namespace alearn
