// alearn assumption list [--about problem|solution] [--verdict held|revised|dropped|open]
//   [--cycle N|all] [--json]
#include "assumption.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "enums.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct AssumptionListOptions {
  std::string about;
  std::string verdict;
  std::string cycle;
  Output output;
};

std::vector<Choice> verdict_or_open() {
  std::vector<Choice> values = choices::verdicts;
  values.push_back({"open", "open"});
  return values;
}

bool passes(const Assumption &assumption, const AssumptionListOptions &options) {
  const auto about = parse_about(options.about);
  const auto verdict = current_verdict(assumption);
  if (about && assumption.about != *about) {
    return false;
  }
  if (options.verdict == "open") {
    return !verdict;
  }
  return options.verdict.empty() || (verdict && verdict_name(*verdict) == options.verdict);
}

struct AssumptionList {
  RecordList<Assumption> list;
  bool filtered_out = false; // the workgroup has assumptions, but none passed the options
};

void print_assumptions(Session &session, const AssumptionList &shown) {
  if (shown.filtered_out) {
    session.io.out << session.t(tr("Geen aannames die hieraan voldoen.\n", "No assumptions match.\n"));
  } else if (shown.list.records.empty()) {
    print_advice(session, tr("Geen aannames. Leg er een vast met:", "No assumptions. Record one with:"),
                 Advice{Action::assumption_add,
                        {word(Param::about, std::string(word_of(AssumptionAbout::problem))),
                         placeholder(Param::text, "<aanname>", "<assumption>")},
                        shown.list.workgroup});
  }
  for (const auto &[assumption, text] : shown.list.records) {
    const auto verdict = current_verdict(*assumption);
    const std::string state = verdict ? session.t(verdict_label(*verdict))
                                      : session.t(Text{"nog niet uitgedaagd", "not challenged yet"});
    session.io.out << session.paint(Style::cyan, assumption->meta.id) << "  "
                   << session.t(about_label(assumption->about)) << " · " << state << "\n    "
                   << first_line(text, 72) << "\n";
  }
  print_other_cycles(session, shown.list.in_other_cycles);
}

constexpr Renderers<AssumptionList> assumption_list_renderers{
    print_assumptions,
    [](const Session &session, const AssumptionList &shown) { return list_json(session, shown.list); }};

Status run_assumption_list(Session &session, const AssumptionListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  std::vector<const Assumption *> assumptions;
  for (const auto &assumption : (*group)->assumptions) {
    if (passes(assumption, options)) {
      assumptions.push_back(&assumption);
    }
  }
  auto list = record_list(**group, assumptions, options.cycle);
  TRY(list);
  const bool filtered_out = assumptions.empty() && !(*group)->assumptions.empty();
  return render(session, options.output, AssumptionList{std::move(*list), filtered_out},
                assumption_list_renderers);
}

} // namespace

Command bind_assumption_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<AssumptionListOptions>();
  cmd->add_option("--about", options->about, help(lang, "problem of solution", "problem or solution"))
      ->transform(one_of(choices::abouts, lang));
  cmd->add_option("--verdict", options->verdict,
                  help(lang, "held, revised, dropped, of open (nog niet uitgedaagd)",
                       "held, revised, dropped, or open (not challenged yet)"))
      ->transform(one_of(verdict_or_open(), lang));
  add_cycle_option(*cmd, options->cycle, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_assumption_list);
}

} // namespace alearn
