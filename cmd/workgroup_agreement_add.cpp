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

Command bind_workgroup_agreement_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<AgreementAddOptions>();
  cmd->add_option("text", options->text, help(lang, "De afspraak", "The agreement"))->required();
  return command_for(options, run_agreement_add);
}

} // namespace alearn
