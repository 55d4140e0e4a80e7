// alearn assumption show ID [--json]
#include "assumption.hpp"
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct AssumptionShowOptions {
  std::string id;
  bool json = false;
};

void print_challenges(Session &session, const Assumption &assumption) {
  if (assumption.challenges.empty()) {
    session.io.out << session.t(tr(
        "Nog niet uitgedaagd. alearn assumption challenge {} --how \"<hoe>\" --verdict "
        "held|revised|dropped\n",
        "Not challenged yet. alearn assumption challenge {} --how \"<how>\" --verdict held|revised|dropped\n",
        assumption.meta.id));
    return;
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

Status run_assumption_show(Session &session, const AssumptionShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto assumption = find_by_id((*group)->assumptions, options.id, Text{"aanname", "assumption"});
  TRY(assumption);
  const Text about = about_label((*assumption)->about);
  if (auto ok = show_text_record(session, **assumption, about, options.json, assumption_json);
      !ok || options.json) {
    return ok;
  }
  session.io.out << "\n";
  print_challenges(session, **assumption);
  return {};
}

} // namespace

Command bind_assumption_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<AssumptionShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_assumption_show);
}

} // namespace alearn
