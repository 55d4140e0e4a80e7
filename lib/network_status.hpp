#pragma once
// `alearn network status`: every workgroup of the network at a glance, with the totals a
// network coordinator reports, and a progress score on the IHI scale computed from the record
// (teams that type the score by hand do not know what it means; the record does).
#include "evaluation.hpp"
#include "json_values.hpp"
#include "network.hpp"
#include "privacy.hpp"
#include "report_page.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

// The IHI assessment scale, 1 to 5 in steps of 0.5, and the rule that gave the score.
struct ProgressScore {
  double value = 1.0;
  Text reason;
};

// The score of a workgroup, derived by the first rule that holds, from the top:
//   5.0  every indicator with a target has met it in its last three measurements, a change was adopted
//   4.5  an indicator has met its target in its last three measurements, with a signal of
//        improvement, and a change was adopted
//   4.0  an indicator shows a signal of improvement and its latest value meets its target
//   3.5  an indicator shows a signal of improvement (a run-chart shift or trend the right way)
//   3.0  an indicator's latest value is better than its baseline, without a signal yet
//   2.5  a change is being tested: an experiment has started
//   2.0  indicators are measured, no experiment has started
//   1.5  the problem, design and team are set (steps 1 to 4 done), nothing measured yet
//   1.0  the group is forming
ProgressScore progress_score(const Workgroup &group, const std::vector<IndicatorStatus> &indicators);

// One indicator at a glance: the latest value against baseline and target, and its signal.
struct IndicatorGlance {
  std::string slug;
  std::string name;
  std::string unit;
  std::optional<double> baseline;
  std::optional<double> target;
  std::optional<double> latest;
  std::optional<Date> latest_date;
  std::optional<Meaning> signal; // improvement if the chart has one, else concern if it has one
  bool target_met = false;
  bool overdue = false;
};

// One workgroup at a glance.
struct WorkgroupGlance {
  std::string repository; // the network's name of the repository that holds it
  std::string slug;
  std::string name;
  std::string organisation;
  std::vector<std::string> themes;
  int step = 0; // the current step; 0 when every step of the cycle is done
  int cycle = 1;
  int round = 1;
  std::optional<Date> end;
  bool end_passed = false;
  std::vector<IndicatorGlance> indicators;
  int overdue = 0;
  std::array<int, 4> experiments{}; // by ExperimentState
  std::array<int, 3> decisions{};   // by Decision
  int open_blockers = 0;            // rules in the way, noted or raised
  // The date of its newest step, measurement, source, experiment, sharing, blocker or evaluation
  // (the logbooks and meetings of steps 6 to 9 are not read for a view of the network).
  std::optional<Date> last_record;
  ProgressScore score;
  std::vector<PersonalDataInFile> personal_data; // in the files the glance tells from
};

// What a network coordinator reports.
struct NetworkTotals {
  std::size_t workgroups = 0;
  std::map<int, std::size_t> per_step; // the current step (0: all done) and how many are there
  std::size_t with_improvement = 0;    // with a signal of improvement in an indicator
  std::array<int, 4> experiments{};    // by ExperimentState
  std::array<int, 3> decisions{};      // by Decision
  int open_blockers = 0;
  double mean_score = 0;
};

struct NetworkStatus {
  std::string name;  // of the network: this repository's
  std::string theme; // the theme asked for, if any: grouped by theme, that theme alone
  Date today{};
  std::vector<NetworkRepository> repositories; // what was read, at which commit, with its problems
  std::vector<WorkgroupGlance> workgroups;     // by repository, then slug
  NetworkTotals totals;
};

struct NetworkStatusOptions {
  NetworkFilter filter;
  Date today{};
  bool scan_personal_data = true; // look for personal data in the files each glance tells from
};

Result<NetworkStatus> network_status(const std::filesystem::path &root, const Config &config,
                                     const NetworkStatusOptions &options, const Environment &env);

WorkgroupGlance glance_at(const Workgroup &group, const NetworkRepository &repository, Date today);

NetworkTotals network_totals(const std::vector<WorkgroupGlance> &workgroups);

// Every finding of personal data in the status's sources.
std::vector<PersonalDataInFile> personal_data_in(const NetworkStatus &status);

// A repository of the network as read: its name, path, commit and problems.
Json repository_json(const NetworkRepository &repository);

Json network_status_json(const NetworkStatus &status);

// How a page groups the workgroups.
enum class Grouping { organisation, theme };

// The workgroups by organisation or by theme (a workgroup with two themes under both), the
// groups sorted by name.
using GlanceGroup = std::pair<std::string, std::vector<const WorkgroupGlance *>>;
std::vector<GlanceGroup> group_glances(const NetworkStatus &status, Grouping grouping, Lang lang);

// The status as a page (Markdown and HTML render it).
std::vector<PageBlock> network_status_page(const NetworkStatus &status, Grouping grouping, Lang lang);

// "3.5" with the IHI words: "3.5 verbetering" / "3.5 improvement".
Text score_label(double score);

} // namespace alearn
