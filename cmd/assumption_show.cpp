// alearn assumption show ID [--json]
#include "assumption.hpp"
#include "commands.hpp"
#include "render_records.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct ShownAssumption {
  std::string workgroup; // named in the advice to challenge it
  WithBody<Assumption> assumption;
};

void print_challenges(Session &session, const std::string &workgroup, const Assumption &assumption) {
  if (assumption.challenges.empty()) {
    session.io.out << session.t(Text{"Nog niet uitgedaagd.", "Not challenged yet."}) << " "
                   << spell(session, challenge_advice(workgroup, assumption)) << "\n";
  }
  for (const Challenge *in_order : challenges_in_order(assumption)) {
    const Challenge &challenge = *in_order;
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

constexpr Renderers<ShownAssumption> assumption_show_renderers{
    print_assumption, [](const Session &session, const ShownAssumption &shown) {
      return shown_json(session, shown.assumption);
    }};

Result<ShownAssumption> find_assumption(const Workgroup &group, std::string_view id) {
  auto shown = find_with_body(group.assumptions, id, Text{"aanname", "assumption"});
  TRY(shown);
  return ShownAssumption{group.slug, *shown};
}

} // namespace

Command bind_assumption_show(CLI::App *cmd, Lang lang) {
  return bind_show<ShownAssumption>(*cmd, lang, find_assumption, assumption_show_renderers);
}

} // namespace alearn
