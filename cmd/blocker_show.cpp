// alearn blocker show ID [--json]
#include "blocker.hpp"
#include "commands.hpp"
#include "render_records.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct ShownBlocker {
  std::string workgroup; // named in the advice to raise it
  WithBody<Blocker> blocker;
  std::vector<const Experiment *> blocks;
};

void print_course(Session &session, const ShownBlocker &shown) {
  const Blocker &blocker = *shown.blocker.record;
  if (blocker.course.empty()) {
    session.io.out << session.t(Text{"Nog niet aangekaart.", "Not raised yet."}) << " "
                   << spell(session, Advice{Action::blocker_raise,
                                            {word(Param::word, blocker.meta.id),
                                             placeholder(Param::with, "<bij wie>", "<with whom>")},
                                            shown.workgroup})
                   << "\n";
  }
  for (const auto &entry : blocker.course) {
    const std::string when = format_date(entry.date);
    if (entry.event == CourseEvent::raised) {
      session.io.out << wrap(session.t(tr("Aangekaart op {} door {} bij {}", "Raised on {} by {} with {}",
                                          when, entry.by, entry.with)),
                             78, "");
      continue;
    }
    session.io.out << session.paint(Style::bold, session.t(entry.event == CourseEvent::resolved
                                                               ? tr("Opgelost op {} door {}",
                                                                    "Resolved on {} by {}", when, entry.by)
                                                               : tr("Ingetrokken op {} door {}",
                                                                    "Withdrawn on {} by {}", when, entry.by)))
                   << "\n"
                   << wrap(entry.outcome, 78, "  ");
  }
}

void print_blocker(Session &session, const ShownBlocker &shown) {
  const Blocker &blocker = *shown.blocker.record;
  session.io.out << record_line(session, blocker.meta) << "  ("
                 << session.t(blocker_state_label(blocker.state())) << ")\n"
                 << session.paint(Style::bold, blocker.rule) << "\n";
  session.io.out << session.t(tr("Soort: {}", "Kind: {}", session.t(blocker_kind_label(blocker.kind))))
                 << "\n";
  if (!blocker.source.empty()) {
    session.io.out << session.t(tr("Bron: {}", "Source: {}", blocker.source)) << "\n";
  }
  if (!blocker.link.empty()) {
    session.io.out << session.t(tr("Link: {}", "Link: {}", blocker.link)) << "\n";
  }
  session.io.out << session.t(tr("Sinds: {}", "Since: {}", format_date(blocker.since))) << "\n";
  for (const Experiment *experiment : shown.blocks) {
    session.io.out << session.t(tr("Blokkeert: {} ({}, {})", "Blocks: {} ({}, {})", experiment->title,
                                   experiment->meta.id, session.t(state_label(experiment->state()))))
                   << "\n";
  }
  print_block(session, Text{"Analyse", "Analysis"}, shown.blocker.body);
  session.io.out << "\n";
  print_course(session, shown);
}

constexpr Renderers<ShownBlocker> blocker_show_renderers{
    print_blocker,
    [](const Session &session, const ShownBlocker &shown) { return shown_json(session, shown.blocker); }};

Result<ShownBlocker> find_blocker(const Workgroup &group, std::string_view id) {
  auto shown = find_with_body(group.blockers, id, Text{"knellende regel", "blocker"});
  TRY(shown);
  return ShownBlocker{group.slug, *shown, blocked_experiments(group, *shown->record)};
}

} // namespace

Command bind_blocker_show(CLI::App *cmd, Lang lang) {
  return bind_show<ShownBlocker>(*cmd, lang, find_blocker, blocker_show_renderers);
}

} // namespace alearn
