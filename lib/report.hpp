#pragma once
// Step 13: the learning journey of one workgroup, told from its record for a network meeting.
// One value, read whole before anything is rendered (bodies included), that the Markdown, HTML
// and JSON renderers turn into a page; a section without content is left out by them.
#include "cycle.hpp"
#include "evaluation.hpp"
#include "experiment.hpp"
#include "json_values.hpp"
#include "progress.hpp"
#include "record_files.hpp"
#include "repository.hpp"
#include "svg_chart.hpp"
#include "workgroup.hpp"

#include <optional>
#include <string>
#include <vector>

namespace alearn {

struct ReportOptions {
  std::optional<int> cycle; // the experiments of one cycle; all when not given
  Date today{};
  Lang lang = Lang::en; // of the charts' labels and descriptions
};

struct ReportIndicator {
  IndicatorStatus status;
  ChartFigure figure;
  std::vector<ChartRow> rows; // the chart's values, as a table under it
};

struct ReportEvaluation {
  const Evaluation *evaluation = nullptr;
  std::string conclusion; // its Markdown body
};

// A lesson learnt, with the experiment it came from.
struct ReportLesson {
  const Experiment *experiment = nullptr;
  std::string lessons;
};

struct Report {
  const Workgroup *group = nullptr;
  Progress progress;
  Cycle cycle; // whose problem, design and dates it shows: the one asked for, else the current one
  RuleSet rules = RuleSet::perla;
  std::vector<WithBody<ProblemStatement>> narrowing; // oldest first; the body says why
  std::vector<const StepEvent *> timeline;           // the steps done, in the order they happened
  std::vector<WithBody<ExplorationItem>> exploration;
  std::vector<WithBody<Assumption>> assumptions;
  std::vector<WithBody<Feedback>> feedback;
  std::vector<WithBody<Resource>> resources;
  std::vector<WithBody<Experiment>> experiments; // by cycle and round, then date
  std::vector<ReportIndicator> indicators;
  std::vector<ReportEvaluation> evaluations;
  std::vector<ReportLesson> lessons;
  std::vector<WithBody<Sharing>> sharing; // where the results were shared, and the reactions
  std::vector<const StepEvent *> closing; // step 15 done, and new cycles begun
};

Result<Report> build_report(const Repository &repository, const Workgroup &group,
                            const ReportOptions &options);

// The files the report tells from: the workgroup's own and each record it shows. What is
// exported is checked for personal data in them first.
std::vector<std::filesystem::path> report_sources(const Report &report);

// The experiment that `experiment` was adapted into, if the record has one.
const Experiment *follow_up(const Report &report, const Experiment &experiment);

// The report for anyone who builds a page of their own: the same value as the pages show.
Json report_json(const Report &report, Lang lang);

// The file name of an indicator's chart beside a Markdown report: "report-wachttijd.svg".
std::string chart_file_name(const std::string &report_stem, const Indicator &indicator);

// A Markdown page; `charts` says where each indicator's SVG is (beside the report), or is empty
// when there is no file to write them to (the values table stands in for the picture).
std::string report_markdown(const Report &report, Lang lang, const std::string &charts_stem);

// One self-contained HTML page: inline style and SVG, no script, nothing fetched, a print style
// for an A4 handout. Text written by people is Markdown, rendered by cmark-gfm in its safe mode.
std::string report_html(const Report &report, Lang lang);

} // namespace alearn
