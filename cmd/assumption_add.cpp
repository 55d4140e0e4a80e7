// alearn assumption add [TEXT...] --about problem|solution [--date D] [-m TEXT|-]
#include "assumption.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "record_files.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct AssumptionAddOptions {
  std::string about;
  TextOptions text;
};

Form assumption_form() {
  return one_text_form(
      Text{"Een aanname", "An assumption"}, Text{"Aanname", "Assumption"},
      Text{"Wat neemt de groep als vanzelfsprekend aan? Bijvoorbeeld: 'nieuwe collega's vertrekken om het "
           "salaris'.",
           "What does the group take for granted? For example: 'new colleagues leave because of the pay'."});
}

Status run_assumption_add(Session &session, const AssumptionAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto text = text_input(session, options.text, assumption_form());
  TRY(text);
  const AssumptionAbout about = parse_about(options.about).value_or(AssumptionAbout::problem);
  auto assumption = add_assumption(group, NewAssumption{writing->author->name, writing->date, about, *text},
                                   session.io.context);
  TRY(assumption);
  session.report_saved(with_advice(session,
                                   tr("Aanname {} vastgelegd. Daag haar uit met:",
                                      "Assumption {} recorded. Challenge it with:", assumption->meta.id),
                                   challenge_advice(group.slug, *assumption)));
  return {};
}

} // namespace

Command bind_assumption_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<AssumptionAddOptions>();
  cmd->add_option("--about", options->about,
                  help(lang, "problem (het probleem, stap 8) of solution (oplossingen, stap 10)",
                       "problem (step 8) or solution (step 10)"))
      ->required()
      ->transform(one_of(choices::abouts, lang));
  add_text_options(*cmd, options->text, lang, "text",
                   {"De aanname (of -m, of de editor)", "The assumption (or -m, or the editor)"});
  return command_for(options, run_assumption_add);
}

} // namespace alearn
