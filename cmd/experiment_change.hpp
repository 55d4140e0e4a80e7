#pragma once
// What `experiment start`, `stop` and `finish` settle first.
#include "experiment.hpp"
#include "session.hpp"

namespace alearn {

struct ExperimentChange {
  const Workgroup *group = nullptr;
  const Experiment *experiment = nullptr;
  Date date{};
};

// The experiment that `id` names (a unique prefix will do) in the session's workgroup, and the
// date of the change (--date, default today); the first that fails is the error.
Result<ExperimentChange> experiment_change(const Session &session, std::string_view id,
                                           std::string_view date);

} // namespace alearn
