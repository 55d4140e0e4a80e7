// alearn meeting list [--from D] [--to D] [--json]: newest first.
#include "commands.hpp"
#include "meeting.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct MeetingListOptions {
  DateOptions dates;
  Output output;
};

void print_meetings(Session &session, const RecordList<Meeting> &list) {
  if (list.records.empty()) {
    print_advice(
        session, tr("Nog geen verslagen. Leg er een vast met:", "No reports yet. Record one with:"),
        Advice{Action::meeting_new, {placeholder(Param::title, "<titel>", "<title>")}, list.workgroup});
  }
  for (const auto &[meeting, discussed] : list.records) {
    const auto open = std::ranges::count_if(meeting->actions, [](const MeetingAction &a) { return !a.done; });
    session.io.out << session.paint(Style::cyan, meeting->meta.id) << "  " << format_date(meeting->meta.date)
                   << "  " << meeting->title << "\n    "
                   << session.t(tr("aanwezig: {} · besluiten: {} · acties: {}",
                                   "present: {} · decisions: {} · actions: {}", meeting->present.size(),
                                   meeting->decisions.size(), meeting->actions.size()))
                   << (open > 0 ? session.t(tr(" ({} open)", " ({} open)", open)) : std::string()) << "\n";
  }
}

constexpr Renderers<RecordList<Meeting>> meeting_list_renderers{print_meetings, list_json<Meeting>};

Status run_meeting_list(Session &session, const MeetingListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto dates = date_range(options.dates.from, options.dates.to);
  TRY(dates);
  auto list = record_list(**group, meetings_between(**group, dates->from, dates->to));
  TRY(list);
  return render(session, options.output, *list, meeting_list_renderers);
}

} // namespace

Command bind_meeting_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<MeetingListOptions>();
  add_date_range_options(*cmd, options->dates, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_meeting_list);
}

} // namespace alearn
