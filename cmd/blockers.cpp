// alearn blockers [--format text|md] [--json]: the open blockers of every workgroup in the
// repository, by workgroup, ready to hand in at the desk ("Ruimte in de Regels").
#include "blocker.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct BlockersOptions {
  std::string format = "text";
  Output output;
};

// "  k3m9x2ab  intern beleid · aangekaart bij ... op ...", then the rule and its facts, indented.
void print_desk_blocker(Session &session, const DeskBlocker &desk) {
  const Blocker &blocker = desk.blocker;
  std::string state = session.t(blocker_state_label(blocker.state()));
  if (const std::string with = raised_with(blocker);
      blocker.state() == BlockerState::raised && !with.empty()) {
    state = session.t(
        tr("aangekaart bij {} op {}", "raised with {} on {}", with, format_date(state_since(blocker))));
  }
  session.io.out << "  " << session.paint(Style::cyan, blocker.meta.id) << "  "
                 << session.t(blocker_kind_label(blocker.kind)) << " · " << state << "\n"
                 << wrap(blocker.rule, 78, "    ");
  if (!blocker.source.empty()) {
    session.io.out << wrap(session.t(tr("bron: {}", "source: {}", blocker.source)), 78, "    ");
  }
  session.io.out << "    " << session.t(tr("sinds {}", "since {}", format_date(blocker.since))) << "\n";
  for (const Experiment &experiment : desk.blocks) {
    session.io.out << wrap(
        session.t(tr("blokkeert: {} ({})", "blocks: {} ({})", experiment.title, experiment.meta.id)), 78,
        "    ");
  }
}

void print_desk(Session &session, const std::vector<DeskGroup> &groups) {
  if (groups.empty()) {
    session.io.out << session.t(Text{"Geen open knellende regels.\n", "No open blockers.\n"});
    return;
  }
  for (const auto &group : groups) {
    session.io.out << session.paint(Style::bold, group.name.empty() ? group.slug : group.name) << "  ("
                   << group.slug << ")\n";
    for (const auto &blocker : group.blockers) {
      print_desk_blocker(session, blocker);
    }
  }
}

constexpr Renderers<std::vector<DeskGroup>> blockers_renderers{
    print_desk, [](const Session &session, const std::vector<DeskGroup> &groups) {
      return desk_json(groups, session.repository().root);
    }};

Status run_blockers(Session &session, const BlockersOptions &options) {
  auto groups = open_blockers(session.repository());
  TRY(groups);
  if (options.format == "md" && options.output.format == OutputFormat::text) {
    session.io.out << desk_markdown(*groups, session.lang) << "\n";
    return {};
  }
  return render(session, options.output, *groups, blockers_renderers);
}

} // namespace

Command bind_blockers(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<BlockersOptions>();
  cmd->add_option("--format", options->format,
                  help(lang, "text (standaard) of md (Markdown, om in te leveren bij het meldpunt)",
                       "text (the default) or md (Markdown, to hand in at the desk)"))
      ->transform(one_of(plain_choices({"text", "md"}), lang));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_blockers);
}

} // namespace alearn
