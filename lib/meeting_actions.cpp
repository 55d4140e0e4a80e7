#include "meeting_actions.hpp"

#include "meeting.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

#include <algorithm>

namespace alearn {

bool is_overdue(const MeetingAction &action, Date today) {
  return !action.done && action.due && *action.due < today;
}

std::vector<OpenAction> open_actions(const Workgroup &group, Date today) {
  std::vector<OpenAction> open;
  for (const auto &meeting : group.meetings) {
    for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
      const MeetingAction &action = meeting.actions[i];
      if (!action.done) {
        open.push_back(OpenAction{&meeting, i + 1, &action, is_overdue(action, today)});
      }
    }
  }
  // The meetings are in date order already: a stable sort by due day keeps that order within it.
  std::ranges::stable_sort(open, [](const OpenAction &a, const OpenAction &b) {
    if (a.action->due.has_value() != b.action->due.has_value()) {
      return a.action->due.has_value();
    }
    return a.action->due && *a.action->due < *b.action->due;
  });
  return open;
}

namespace {

std::string numbered_actions(const Meeting &meeting) {
  std::string lines;
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    lines += fmt::format("\n  {}. {} ({})", i + 1, meeting.actions[i].what, meeting.actions[i].owner);
  }
  return lines;
}

} // namespace

Result<Meeting> close_action(const Workgroup &group, const Meeting &meeting, int number, Date date) {
  if (meeting.actions.empty()) {
    return fail(ErrorKind::not_found,
                tr("het verslag {} ({}) heeft geen acties", "the report {} ({}) has no actions",
                   meeting.meta.id, meeting.title));
  }
  if (number < 1 || static_cast<std::size_t>(number) > meeting.actions.size()) {
    return fail(ErrorKind::not_found, tr("het verslag {} heeft geen actie {}; de acties zijn:{}",
                                         "the report {} has no action {}; its actions are:{}",
                                         meeting.meta.id, number, numbered_actions(meeting)));
  }
  const auto index = static_cast<std::size_t>(number - 1);
  const MeetingAction &action = meeting.actions[index];
  if (action.done) {
    return fail(ErrorKind::refused, tr("actie {} van {} ('{}') is al afgerond op {}",
                                       "action {} of {} ('{}') was done already on {}", number,
                                       meeting.meta.id, action.what, format_date(*action.done)));
  }
  if (date < meeting.meta.date) {
    return fail_input(tr("de bijeenkomst was op {}; een actie kan niet eerder af zijn",
                         "the meeting was on {}; an action cannot be done before it",
                         format_date(meeting.meta.date)),
                      {Param::date});
  }
  TRY(set_record_item_value(group.root, meeting.meta.file, {"actions"}, index, "done", format_date(date),
                            reads_as(parse_meeting)));
  return reread_record<Meeting>(meeting.meta.file, parse_meeting);
}

Advice close_action_advice(const std::string &slug, const Meeting &meeting, std::size_t number) {
  return Advice{Action::meeting_action_done,
                {word(Param::word, meeting.meta.id), word(Param::word, std::to_string(number))},
                slug};
}

} // namespace alearn
