#pragma once
// Step 14: evaluating regularly against the indicators agreed in step 5. Per indicator: where
// it started, where it is, where it should go, what the run chart says, and when the next
// measurement is due. An evaluation can be recorded, with what the group concluded.
#include "context.hpp"
#include "document.hpp"
#include "indicator.hpp"
#include "run_chart.hpp"

namespace alearn {

struct Workgroup;

struct IndicatorStatus {
  const Indicator *indicator = nullptr;
  RunChart chart;
  std::optional<Measurement> latest;
  std::optional<Date> due; // when the next measurement is due
  bool overdue = false;    // `due` has passed while the workgroup is active
  bool lapsed = false;     // the workgroup has ended: nothing is owed, whenever `due` falls
  std::vector<Date> duplicates;
};

// The freeze and the phases of an indicator's run chart (`points` in date order), as its file
// asks (ChartPeriods): the baseline period ends after `baseline_until`, or the day the
// workgroup's first experiment started (any experiment: every change ends "before"); phases
// start on the indicator's `phases`, and, with `new_phase_when_adopted`, on the finish day of
// each adopted experiment that names the indicator (only a change aimed at it says that its
// process changed for good). Nothing asked: no freeze and one phase, the chart of before.
ChartOptions chart_options(const Workgroup &group, const Indicator &indicator,
                           const std::vector<Point> &points);

// The run chart takes one measurement per date (the first, by file name); a second one on the
// same date is reported in `duplicates`.
IndicatorStatus indicator_status(const Workgroup &group, const Indicator &indicator, RuleSet rules,
                                 Date today);
std::vector<IndicatorStatus> indicator_statuses(const Workgroup &group, RuleSet rules, Date today);
// The workgroup as it stood on `day`, so that an evaluation dated in the past sees what the
// group saw then: step events and measurements after it left out, and indicators first
// measured after it too (an indicator carries no date of its own; one first measured later
// most likely did not exist yet).
Workgroup as_it_stood(const Workgroup &group, Date day);

// Whether the workgroup has started (step 5 done, or its start date reached) and whether it has
// ended (its end date passed, or step 15 of its cycle done). Only the indicators of a workgroup
// that has started and not ended can be overdue.
bool has_started(const Workgroup &group, Date today);
bool has_ended(const Workgroup &group, Date today);
bool is_active(const Workgroup &group, Date today);

// The day the group agreed on its indicators: when step 5 was done, else the start date.
std::optional<Date> indicators_agreed(const Workgroup &group);

struct EvaluationItem {
  std::string indicator;
  std::optional<double> latest;
  std::optional<double> median;
  int points = 0;
  std::vector<std::pair<SignalKind, Meaning>> signals;
  bool operator==(const EvaluationItem &) const = default;
};

struct Evaluation {
  std::string id;
  std::filesystem::path file;
  Date date{};
  std::string author;
  int cycle = 1;
  std::vector<EvaluationItem> items;
  bool operator==(const Evaluation &) const = default;
};

Parsed<Evaluation> parse_evaluation(const Document &doc);

// A signal in words: "verschuiving: 6 punten onder de mediaan" / "shift: 6 points below the
// median", and what it means: "verbetering" / "improvement".
Text signal_text(const Signal &signal, const RunChart &chart);
// "baseline 33 · latest 27 on 2026-11-02 · target 20 (unit)"
Text values_summary(const IndicatorStatus &status);
Text meaning_label(Meaning meaning);
Text rules_label(RuleSet rules);

struct NewEvaluation {
  std::string author;
  Date date{};
  std::string conclusion; // the body
};
// Records the picture of every indicator as of the evaluation's date (later measurements left
// out), with the group's conclusion.
Result<Evaluation> record_evaluation(const Workgroup &group, const NewEvaluation &evaluation, RuleSet rules,
                                     const Context &context);

} // namespace alearn
