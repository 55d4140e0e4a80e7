// alearn meeting show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

#include <fmt/ranges.h>

namespace alearn {

namespace {

void print_meeting(Session &session, const WithBody<Meeting> &shown) {
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
    for (const auto &action : meeting.actions) {
      std::string line = fmt::format("{} ({})", action.what, action.owner);
      if (action.due) {
        line += session.t(tr(", uiterlijk {}", ", due {}", format_date(*action.due)));
      }
      out << wrap_item(line, 78, "  ");
    }
  }
  if (!meeting.visual.empty()) {
    out << session.t(tr("Beeldverslag: {}\n", "Visual report: {}\n", meeting.visual));
  }
}

} // namespace

Command bind_meeting_show(CLI::App *cmd, Lang lang) {
  return bind_show(*cmd, lang, &Workgroup::meetings, Text{"verslag", "report"}, print_meeting);
}

} // namespace alearn
