// alearn workgroup agreement add TEXT [--date DATE]
#include "commands.hpp"
#include "record_files.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct AgreementAddOptions {
  std::string text;
  std::string date;
};

Status run_agreement_add(Session &session, const AgreementAddOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto date = record_date(options.date, session.io.context);
  TRY(date);
  TRY(check_workgroup_date(**group, *date, session.io.context.today));
  NewAgreement agreement;
  agreement.text = options.text;
  agreement.date = *date;
  // Who wrote it down, when alearn knows who is at the keyboard: then it must be a member.
  if (!session.acting_user().empty()) {
    auto author = session.writer(**group);
    TRY(author);
    agreement.author = (*author)->name;
  }
  auto added = add_agreement(**group, agreement, session.io.context);
  TRY(added);
  session.report_saved(tr("Afspraak toegevoegd aan {} ({} in totaal)\n",
                          "Agreement added to {} ({} in all)\n", (*group)->slug,
                          (*group)->agreements.size() + 1));
  return {};
}

} // namespace

Command bind_workgroup_agreement_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<AgreementAddOptions>();
  cmd->add_option("text", options->text, help(lang, "De afspraak", "The agreement"))->required();
  cmd->add_option("--date", options->date,
                  help(lang, "Wanneer de groep het afsprak, JJJJ-MM-DD (standaard vandaag)",
                       "When the group agreed on it, YYYY-MM-DD (default today)"));
  return command_for(options, run_agreement_add);
}

} // namespace alearn
