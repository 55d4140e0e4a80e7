#pragma once
// Changes to an indicator after the group agreed on it (step 5): another owner when the one who
// measured leaves, a sharper question, another frequency. Each changes one value of its file;
// the rest of the file keeps every byte.
#include "advice.hpp"
#include "error.hpp"
#include "workgroup.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace alearn {

// The keys `indicator set` may change, in the order an indicator's file has them.
const std::vector<std::string_view> &settable_indicator_keys();

// Sets `key` (one of settable_indicator_keys()) of `indicator` to `value` and returns the
// indicator as its file now reads. The owner must be a member (see require_acting_member) and is
// written as the workgroup spells the name; a frequency is weekly, monthly, quarterly or
// 'N days'; a name is not empty.
Result<Indicator> set_indicator_value(const Workgroup &group, const Indicator &indicator,
                                      std::string_view key, std::string_view value);

// An indicator whose owner has left the group: nobody measures it until a member takes it over.
struct OwnerGone {
  const Indicator *indicator = nullptr;
  const Member *former = nullptr;
  Text message;  // ends in ":", for the advice to follow
  Advice advice; // indicator set SLUG owner <member>
};

// Whether the owner of `indicator` is a former member, and what to do about it.
std::optional<OwnerGone> owner_gone(const Workgroup &group, const Indicator &indicator);
// Every indicator of the group whose owner has left, in the order of the indicators.
std::vector<OwnerGone> owners_gone(const Workgroup &group);

} // namespace alearn
