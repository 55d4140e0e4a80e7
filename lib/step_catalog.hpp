#pragma once
// The 15 steps of the action-learning method and the 4 phases of its spiral, as static data.
#include <array>
#include <string_view>

namespace alearn {

enum class Phase { explore, plan, act_observe, evaluate };

// A piece of static text in both languages of the product.
struct StaticText {
  std::string_view nl;
  std::string_view en;
};

struct StepInfo {
  int number;          // 1..15
  Phase phase;         // the spiral phase the step belongs to
  StaticText title;    // one line
  StaticText guidance; // a short paragraph: what the step means and how to do it well
};

inline constexpr int step_count = 15;

const std::array<StepInfo, step_count> &step_catalog();
const StepInfo &step_info(int number); // precondition: 1 <= number <= 15
StaticText phase_name(Phase phase);
// A stable identifier for JSON and files: explore, plan, act-observe, evaluate.
std::string_view phase_id(Phase phase);
StaticText phase_description(Phase phase);

} // namespace alearn
