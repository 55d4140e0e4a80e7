#include "render_records.hpp"

namespace alearn {

std::string first_line(std::string_view text, std::size_t width) {
  std::string_view line = text.substr(0, text.find('\n'));
  if (line.ends_with('\r')) {
    line.remove_suffix(1);
  }
  std::size_t characters = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U && ++characters > width) {
      return std::string(line.substr(0, i)) + "…";
    }
  }
  const bool more = line.size() < text.size() &&
                    text.substr(line.size()).find_first_not_of("\r\n ") != std::string_view::npos;
  return std::string(line) + (more ? " …" : "");
}

std::string record_line(const Session &session, const RecordMeta &meta) {
  return fmt::format("{}  {}  {}", session.paint(Style::cyan, meta.id), format_date(meta.date), meta.author);
}

void print_text_record(Session &session, const RecordMeta &meta, const Text &label, std::string_view body) {
  session.io.out << record_line(session, meta) << "  (" << session.t(label) << ")\n\n"
                 << wrap(body, 78, "  ");
}

void print_block(Session &session, const Text &label, std::string_view text) {
  if (text.empty()) {
    return;
  }
  session.io.out << session.paint(Style::bold, session.t(label)) << ":\n" << wrap(text, 78, "  ");
}

std::string action_line(const Session &session, const MeetingAction &action) {
  std::string line = fmt::format("{} ({})", action.what, action.owner);
  if (action.due) {
    line += session.t(tr(", uiterlijk {}", ", due {}", format_date(*action.due)));
  }
  if (action.done) {
    line += session.t(tr(" · af op {}", " · done on {}", format_date(*action.done)));
  }
  return line;
}

void print_open_actions(Session &session, const Workgroup &group, const std::vector<OpenAction> &open,
                        std::size_t limit) {
  if (open.empty()) {
    return;
  }
  auto &out = session.io.out;
  out << session.paint(Style::bold, session.t(tr("Open acties", "Open actions")))
      << fmt::format(" ({}):\n", open.size());
  const std::size_t shown = limit == 0 ? open.size() : std::min(limit, open.size());
  for (std::size_t i = 0; i < shown; ++i) {
    const OpenAction &item = open[i];
    const std::string where = fmt::format("{} {}", item.meeting->meta.id, item.number);
    std::string line = action_line(session, *item.action);
    if (item.overdue) {
      line += session.t(tr(" · te laat", " · overdue"));
    }
    const std::string indent(2 + where.size() + 2, ' ');
    const std::string wrapped = wrap(line, 78, indent);
    out << "  " << session.paint(Style::cyan, where) << "  "
        << (item.overdue ? session.paint(Style::red, wrapped.substr(indent.size()))
                         : wrapped.substr(indent.size()));
  }
  if (shown < open.size()) {
    out << session.t(tr("  en nog {}: {}\n", "  and {} more: {}\n", open.size() - shown,
                        spell(session, Advice{Action::workgroup_show, {}, group.slug})));
  }
  print_advice(session, tr("Actie af?", "Action done?"),
               Advice{Action::meeting_action_done,
                      {placeholder(Param::word, "<verslag>", "<meeting>"),
                       placeholder(Param::word, "<nummer>", "<number>")},
                      group.slug});
}

} // namespace alearn
