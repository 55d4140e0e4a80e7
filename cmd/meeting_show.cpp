// alearn meeting show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

#include <fmt/ranges.h>

namespace alearn {

namespace {

struct ShownMeeting {
  std::string workgroup; // named in the advice to close an action
  WithBody<Meeting> meeting;
};

void print_meeting(Session &session, const ShownMeeting &shown_meeting) {
  const WithBody<Meeting> &shown = shown_meeting.meeting;
  const Meeting &meeting = *shown.record;
  auto &out = session.io.out;
  out << session.paint(Style::bold, meeting.title) << "  (" << meeting.meta.id << ")\n";
  out << session.t(tr("Datum: {} · verslag: {}\n", "Date: {} · report by: {}\n",
                      format_date(meeting.meta.date),
                      meeting.meta.author.empty() ? "-" : meeting.meta.author));
  const std::string present = fmt::format("{}", fmt::join(meeting.present, ", "));
  out << wrap(session.t(tr("Aanwezig: {}", "Present: {}", present.empty() ? "-" : present)), 78, "");
  print_block(session, Text{"Besproken", "Discussed"}, shown.body);
  if (!meeting.decisions.empty()) {
    out << session.paint(Style::bold, session.t(Text{"Besluiten", "Decisions"})) << ":\n";
    for (const auto &decision : meeting.decisions) {
      out << wrap_item(decision, 78, "  ");
    }
  }
  if (!meeting.actions.empty()) {
    out << session.paint(Style::bold, session.t(Text{"Acties", "Actions"})) << ":\n";
    for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
      const std::string number = fmt::format("  {}. ", i + 1);
      out << number
          << wrap(action_line(session, meeting.actions[i]), 78, std::string(number.size(), ' '))
                 .substr(number.size());
    }
    if (std::ranges::any_of(meeting.actions, [](const MeetingAction &action) { return !action.done; })) {
      print_advice(
          session, tr("Actie af?", "Action done?"),
          Advice{Action::meeting_action_done,
                 {word(Param::word, meeting.meta.id), placeholder(Param::word, "<nummer>", "<number>")},
                 shown_meeting.workgroup});
    }
  }
  if (!meeting.visual.empty()) {
    out << session.t(tr("Beeldverslag: {}\n", "Visual report: {}\n", meeting.visual));
  }
}

} // namespace

Command bind_meeting_show(CLI::App *cmd, Lang lang) {
  return bind_show<ShownMeeting>(*cmd, lang,
                                 [](const Workgroup &group, std::string_view id) -> Result<ShownMeeting> {
                                   auto shown = find_with_body(group.meetings, id, Text{"verslag", "report"});
                                   TRY(shown);
                                   return ShownMeeting{group.slug, *shown};
                                 },
                                 {print_meeting, [](const Session &session, const ShownMeeting &shown) {
                                    return shown_json(session, shown.meeting);
                                  }});
}

} // namespace alearn
