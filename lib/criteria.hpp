#pragma once
// What each step needs before it can be called done, as far as alearn can see it in the
// repository, and the commands that provide it (as advice, which cmd/ spells).
#include "advice.hpp"
#include "progress.hpp"
#include "text.hpp"
#include "workgroup.hpp"

#include <string>
#include <vector>

namespace alearn {

struct Requirement {
  Text description;
  bool met = false;
  std::vector<Advice> advice; // the commands that fill it in
  std::vector<Text> notes;    // what to do by hand where no command does it
  bool operator==(const Requirement &) const = default;
};

struct StepCriteria {
  int step = 0;
  // Empty when alearn cannot see the step's result: then the group decides.
  std::vector<Requirement> requirements;
  bool all_met() const;
  std::vector<Requirement> unmet() const;
};

StepCriteria criteria_for(int step, const Workgroup &group);

} // namespace alearn
