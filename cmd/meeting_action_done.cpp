// alearn meeting action done MEETING NUMBER [--date D]
#include "commands.hpp"
#include "meeting_actions.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct MeetingActionDoneOptions {
  std::string meeting;
  int number = 0;
  std::string date;
};

Status run_meeting_action_done(Session &session, const MeetingActionDoneOptions &options) {
  auto writing = session.start_writing(options.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto meeting = find_by_id(group.meetings, options.meeting, Text{"verslag", "report"});
  TRY(meeting);
  auto closed = close_action(group, **meeting, options.number, writing->date);
  TRY(closed);
  const MeetingAction &action = closed->actions.at(static_cast<std::size_t>(options.number - 1));
  session.report_saved(tr("Actie {} van {} is af: {}\n", "Action {} of {} done: {}\n", options.number,
                          closed->meta.id, action_line(session, action)));
  return {};
}

} // namespace

Command bind_meeting_action_done(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<MeetingActionDoneOptions>();
  cmd->add_option("meeting", options->meeting,
                  help(lang, "Het verslag: de id, of een uniek begin ervan",
                       "The report: its id, or a unique start of it"))
      ->required();
  cmd->add_option("number", options->number,
                  help(lang, "Het nummer van de actie, zoals meeting show ze nummert",
                       "The action's number, as meeting show numbers them"))
      ->required();
  add_date_option(*cmd, options->date, lang);
  return command_for(options, run_meeting_action_done);
}

} // namespace alearn
