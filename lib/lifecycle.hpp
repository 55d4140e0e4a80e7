#pragma once
// Dates that make sense for a workgroup's whole course: a process of at least three months, and
// one that is closed (step 15) by its end date, or given a later one.
#include "advice.hpp"
#include "dates.hpp"

#include <optional>
#include <vector>

namespace alearn {

struct Workgroup;

// A word when `start` and `end` lie closer together than the method's three months.
std::optional<Text> short_duration(std::optional<Date> start, std::optional<Date> end);

// A workgroup whose end date has passed while step 15 of its cycle is still open.
struct PastEnd {
  Date end{};
  Text message;
  std::vector<Advice> ways_out; // move the end date, or close step 15
};
std::optional<PastEnd> past_end(const Workgroup &group, Date today);

} // namespace alearn
