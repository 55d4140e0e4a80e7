// alearn workgroup agreement add TEXT
#include "commands.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct AgreementAddOptions {
  std::string text;
};

Status run_agreement_add(Session &session, const AgreementAddOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  if (auto added = add_agreement(**group, options.text); !added) {
    return added;
  }
  session.report_saved(tr("Afspraak toegevoegd aan {} ({} in totaal)\n",
                          "Agreement added to {} ({} in all)\n", (*group)->slug,
                          (*group)->agreements.size() + 1));
  return {};
}

} // namespace

void setup_workgroup_agreement_add(CLI::App &agreement, Registry &registry, Lang lang) {
  auto options = std::make_shared<AgreementAddOptions>();
  CLI::App *cmd = agreement.add_subcommand("add", help(lang, "Leg een afspraak vast", "Record an agreement"));
  cmd->add_option("text", options->text, help(lang, "De afspraak", "The agreement"))->required();
  cmd->fallthrough();
  register_writer(registry, cmd, options, run_agreement_add);
}

} // namespace alearn
