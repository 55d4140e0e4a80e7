#pragma once
// Steps 11 and 12: experiments, each with one owner, from planned through running to finished
// (with a reflection and a decision) or stopped. An experiment that adapts an earlier one
// names it, so that the rounds of steps 11 and 12 form a chain.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<Experiment> parse_experiment(const Document &doc);

struct NewExperiment {
  std::string author; // who plans it: a member
  Date date{};
  std::string title;
  std::string owner; // a member
  std::string question;
  std::string prediction;
  Plan plan;
  std::vector<std::string> indicators; // slugs or unique starts of them
  std::string follows;                 // an experiment id or a unique start of it
  std::string notes;                   // the body
};
// The experiment belongs to the workgroup's current cycle, and to its current round of steps 11
// and 12; once step 11 of that round is done, to the next round.
Result<Experiment> plan_experiment(const Workgroup &group, const NewExperiment &experiment,
                                   const Context &context);

// Whether the experiment's state allows a change; if not, why. Commands ask this before they
// open an editor, so that nobody writes a reflection for nothing.
Status may_start(const Workgroup &group, const Experiment &experiment);
Status may_finish(const Workgroup &group, const Experiment &experiment);
Status may_stop(const Workgroup &group, const Experiment &experiment);

Result<Experiment> start_experiment(const Workgroup &group, const Experiment &experiment, Date date);

struct Finish {
  Date date{};
  Reflection reflection; // the result is required
  Decision decision = Decision::adopt;
  std::string for_whom; // who would have benefited; may be empty
};
Result<Experiment> finish_experiment(const Workgroup &group, const Experiment &experiment,
                                     const Finish &finish);

Result<Experiment> stop_experiment(const Workgroup &group, const Experiment &experiment, Date date,
                                   std::string_view reason, std::string_view for_whom = {});

// The group agrees that a finished or stopped experiment's lessons go to the network
// (Falend Vooruit): recorded once, with who recorded it and when.
struct ShareLessons {
  Date date{};
  std::string by; // the member who records the agreement
  std::string for_whom;
};
Result<Experiment> share_experiment(const Workgroup &group, const Experiment &experiment,
                                    const ShareLessons &share);

struct ExperimentFilter {
  std::optional<ExperimentState> state;
  std::string owner; // empty: any
  std::optional<Decision> decision;
};
Result<std::vector<const Experiment *>> filter_experiments(const Workgroup &group,
                                                           const ExperimentFilter &filter);

// The experiments before this one (following `follows`) and after it (those that follow it),
// oldest first, this one included.
std::vector<const Experiment *> experiment_chain(const Workgroup &group, const Experiment &experiment);

// Whether a finished experiment carries its reflection: the result and the lessons.
bool has_reflection(const Experiment &experiment);

} // namespace alearn
