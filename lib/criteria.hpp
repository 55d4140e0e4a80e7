#pragma once
// What each step needs before it can be called done, as far as alearn can see it in the
// repository, and the commands that provide it.
#include "progress.hpp"
#include "text.hpp"
#include "workgroup.hpp"

#include <string>
#include <vector>

namespace alearn {

struct Requirement {
  Text description;
  bool met = false;
  std::vector<Text> commands; // what fills it in, runnable as shown
  bool operator==(const Requirement &) const = default;
};

struct StepCriteria {
  int step = 0;
  // Empty when alearn cannot see the step's result: then the group decides.
  std::vector<Requirement> requirements;
  bool all_met() const;
  std::vector<Requirement> unmet() const;
};

// `alearn` is how commands are written in the advice, e.g. "alearn -w zorg" when the
// workgroup must be named.
StepCriteria criteria_for(int step, const Workgroup &group, std::string_view alearn);

} // namespace alearn
