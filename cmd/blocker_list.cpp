// alearn blocker list [--state noted|raised|resolved|withdrawn|open] [--json]: the rules in the
// workgroup's way, newest first.
#include "blocker.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct BlockerListOptions {
  std::string state;
  Output output;
};

std::vector<Choice> blocker_state_or_open() {
  std::vector<Choice> values = choices_of<BlockerState>();
  values.push_back({"open", "open"});
  return values;
}

bool shows(const Blocker &blocker, const std::string &state) {
  if (state == "open") {
    return is_open(blocker.state());
  }
  return state.empty() || blocker_state_name(blocker.state()) == state;
}

struct BlockerList {
  RecordList<Blocker> list;
  bool filtered_out = false; // the workgroup has blockers, but none in the state asked for
};

void print_blocker_list(Session &session, const BlockerList &shown) {
  if (shown.filtered_out) {
    session.io.out << session.t(tr("Geen knellende regels die hieraan voldoen.\n", "No blockers match.\n"));
  } else if (shown.list.records.empty()) {
    print_advice(session,
                 tr("Geen knellende regels. Staat een regel een experiment in de weg? Leg hem vast met:",
                    "No blockers. Does a rule stand in an experiment's way? Record it with:"),
                 Advice{Action::blocker_add,
                        {placeholder(Param::rule, "<de regel>", "<the rule>"),
                         word(Param::kind, alternatives<BlockerKind>())},
                        shown.list.workgroup});
  }
  for (const auto &[blocker, analysis] : shown.list.records) {
    session.io.out << record_line(session, blocker->meta) << "  ("
                   << session.t(blocker_kind_label(blocker->kind)) << " · "
                   << session.t(blocker_state_label(blocker->state())) << ")\n    "
                   << first_line(blocker->rule, 72) << "\n";
  }
}

constexpr Renderers<BlockerList> blocker_list_renderers{
    print_blocker_list,
    [](const Session &session, const BlockerList &shown) { return list_json(session, shown.list); }};

Status run_blocker_list(Session &session, const BlockerListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const auto &all = (*group)->blockers;
  auto list =
      record_list(**group, newest_first(all, [&](const Blocker &b) { return shows(b, options.state); }));
  TRY(list);
  const bool filtered_out = list->records.empty() && !all.empty();
  return render(session, options.output, BlockerList{std::move(*list), filtered_out}, blocker_list_renderers);
}

} // namespace

Command bind_blocker_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<BlockerListOptions>();
  cmd->add_option("--state", options->state,
                  help(lang,
                       "noted (genoteerd), raised (aangekaart), resolved (opgelost), withdrawn "
                       "(ingetrokken), of open (genoteerd of aangekaart)",
                       "noted, raised, resolved, withdrawn, or open (noted or raised)"))
      ->transform(one_of(blocker_state_or_open(), lang));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_blocker_list);
}

} // namespace alearn
