#pragma once
// The actions agreed at meetings (step 6): each has an owner, may have a day it is due, and stays
// open until someone marks it done. Open ones are shown where the group looks next (workgroup
// show, step next); one past its due day is a warning of check.
#include "advice.hpp"
#include "dates.hpp"
#include "error.hpp"
#include "records.hpp"

#include <filesystem>
#include <vector>

namespace alearn {

struct Workgroup;

// An action that is not done yet, with where it was agreed.
struct OpenAction {
  const Meeting *meeting = nullptr;
  std::size_t number = 0; // 1-based, as `meeting show` numbers the meeting's actions
  const MeetingAction *action = nullptr;
  bool overdue = false; // its due day has passed
};

// Open, and due before `today`.
bool is_overdue(const MeetingAction &action, Date today);

// The workgroup's open actions, the first due first (those without a due day last), then by the
// day of their meeting and their place in it.
std::vector<OpenAction> open_actions(const Workgroup &group, Date today);

// Marks action `number` (1-based) of `meeting` done on `date`, writing only its `done` field, and
// returns the meeting as read back. Refused for a number the meeting has no action for, an
// action done already, and a day before the meeting.
Result<Meeting> close_action(const Workgroup &group, const Meeting &meeting, int number, Date date);

// What marks an open action done.
Advice close_action_advice(const std::string &slug, const Meeting &meeting, std::size_t number);

} // namespace alearn
