// alearn meeting list [--from D] [--to D] [--json]: newest first.
#include "commands.hpp"
#include "meeting.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct MeetingListOptions {
  std::string from;
  std::string to;
  bool json = false;
};

Status run_meeting_list(Session &session, const MeetingListOptions &options) {
  auto group = session.workgroup();
  auto from = optional_date(options.from);
  auto to = optional_date(options.to);
  if (!group || !from || !to) {
    return std::unexpected(!group ? group.error() : !from ? from.error() : to.error());
  }
  const auto meetings = meetings_between(**group, *from, *to);
  if (options.json) {
    auto shown = with_bodies(meetings);
    TRY(shown);
    return print_records_json(session, *shown, meeting_json);
  }
  if (meetings.empty()) {
    session.io.out << session.t(
        tr("Nog geen verslagen. Leg er een vast met: alearn meeting new --title \"<titel>\"\n",
           "No reports yet. Record one with: alearn meeting new --title \"<title>\"\n"));
    return {};
  }
  for (const Meeting *meeting : meetings) {
    session.io.out << session.paint(Style::cyan, meeting->meta.id) << "  " << format_date(meeting->meta.date)
                   << "  " << meeting->title << "\n    "
                   << session.t(tr("aanwezig: {} · besluiten: {} · acties: {}",
                                   "present: {} · decisions: {} · actions: {}", meeting->present.size(),
                                   meeting->decisions.size(), meeting->actions.size()))
                   << "\n";
  }
  return {};
}

} // namespace

Command bind_meeting_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<MeetingListOptions>();
  cmd->add_option("--from", options->from, help(lang, "Vanaf deze datum", "From this date"));
  cmd->add_option("--to", options->to, help(lang, "Tot en met deze datum", "Up to and including this date"));
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_meeting_list);
}

} // namespace alearn
