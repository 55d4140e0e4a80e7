#pragma once
// Who may act in a workgroup: write its records, or take on a role such as an indicator's owner.
// Only its members may; one function decides, so that every writer refuses the same people
// with the same words.
#include "error.hpp"
#include "workgroup.hpp"

#include <string_view>

namespace alearn {

// The member named `name` (matched as find_member matches). Anyone else is refused: a former
// member with the day they left, an unknown name with the members listed and, when it looks
// like a typo of one of them, that one ("did you mean ...?"). In a group without members yet
// the refusal comes with the advice to join.
Result<const Member *> require_acting_member(const Workgroup &group, std::string_view name);

// The member whose name is closest to `name` (their whole name or their first name), when it
// is close enough to be a typo; none otherwise.
const Member *closest_member(const Workgroup &group, std::string_view name);

} // namespace alearn
