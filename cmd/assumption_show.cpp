// alearn assumption show ID [--json]
#include "assumption.hpp"
#include "commands.hpp"
#include "render_records.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct AssumptionShowOptions {
  std::string id;
  Output output;
};

struct ShownAssumption {
  std::string workgroup; // named in the advice to challenge it
  WithBody<Assumption> assumption;
};

void print_challenges(Session &session, const std::string &workgroup, const Assumption &assumption) {
  if (assumption.challenges.empty()) {
    session.io.out << session.t(Text{"Nog niet uitgedaagd.", "Not challenged yet."}) << " "
                   << spell(session, challenge_advice(workgroup, assumption)) << "\n";
  }
  for (const auto &challenge : assumption.challenges) {
    session.io.out << session.paint(Style::bold,
                                    session.t(tr("Uitgedaagd op {} door {}: {}", "Challenged on {} by {}: {}",
                                                 format_date(challenge.date), challenge.by,
                                                 session.t(verdict_label(challenge.verdict)))))
                   << "\n"
                   << wrap(challenge.how, 78, "  ");
    if (!challenge.revision.empty()) {
      print_block(session, Text{"Bijgesteld", "Revised"}, challenge.revision);
    }
  }
}

void print_assumption(Session &session, const ShownAssumption &shown) {
  const Assumption &assumption = *shown.assumption.record;
  print_text_record(session, assumption.meta, about_label(assumption.about), shown.assumption.body);
  session.io.out << "\n";
  print_challenges(session, shown.workgroup, assumption);
}

constexpr Renderers<ShownAssumption> renderers{print_assumption,
                                               [](const Session &session, const ShownAssumption &shown) {
                                                 return shown_json(session, shown.assumption);
                                               }};

Status run_assumption_show(Session &session, const AssumptionShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto shown = find_with_body((*group)->assumptions, options.id, Text{"aanname", "assumption"});
  TRY(shown);
  return render(session, options.output, ShownAssumption{(*group)->slug, *shown}, renderers);
}

} // namespace

Command bind_assumption_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<AssumptionShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_assumption_show);
}

} // namespace alearn
