// alearn blockers [--network [NAME]] [--theme T] [--organisation O] [--format text|md] [--json]
//                 [--allow-personal-data]
// The open blockers of every workgroup in the repository (or the network), by workgroup, ready
// to hand in at the desk ("Ruimte in de Regels").
#include "blocker.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "network_views.hpp"
#include "page_output.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct BlockersOptions {
  std::string format = "text";
  NetworkFilter filter;
  bool allow_personal_data = false;
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
                   << group.slug
                   << (group.repository == session.repository().config.name ? "" : ", " + group.repository)
                   << ")\n";
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
  const bool exported = options.format == "md" || options.output.format == OutputFormat::json;
  const bool scan = exported && !options.allow_personal_data;
  auto desk = network_blockers(session.repository_root, session.repository().config, options.filter, scan,
                               session.io.env);
  TRY(desk);
  TRY(refuse_personal_data(session, desk->personal_data));
  for (const auto &repository : desk->repositories) {
    for (const auto &problem : repository.problems) {
      session.io.err << session.t(
          tr("waarschuwing: {}: {}\n", "warning: {}: {}\n", repository.name, session.t(problem.message)));
    }
  }
  if (options.format == "md" && options.output.format == OutputFormat::text) {
    session.io.out << desk_markdown(desk->groups, session.lang) << "\n";
    return {};
  }
  return render(session, options.output, desk->groups, blockers_renderers);
}

} // namespace

Command bind_blockers(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<BlockersOptions>();
  cmd->add_option("--format", options->format,
                  help(lang, "text (standaard) of md (Markdown, om in te leveren bij het meldpunt)",
                       "text (the default) or md (Markdown, to hand in at the desk)"))
      ->transform(one_of(plain_choices({"text", "md"}), lang));
  add_network_scope_options(*cmd, options->filter, lang);
  cmd->add_flag("--allow-personal-data", options->allow_personal_data,
                help(lang, "Exporteer ook als er iets in staat dat op persoonsgegevens lijkt",
                     "Export even when something in it looks like personal data"));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_blockers);
}

} // namespace alearn
