// alearn assumption challenge ID --verdict held|revised|dropped [--how TEXT | -m TEXT|-]
//                                [--revision TEXT] [--date D]
#include "assumption.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "render_records.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ChallengeOptions {
  std::string id;
  std::string verdict;
  std::string how;
  std::string revision;
  std::string date;
  std::optional<std::string> message;
};

Form challenge_form() {
  return Form{Text{"Een aanname uitdagen", "Challenging an assumption"},
              {{"how",
                Text{"Hoe uitgedaagd", "How it was challenged"},
                Text{"Hoe heeft de groep de aanname getoetst: welke vraag, welke gegevens, wie sprak je?",
                     "How did the group test the assumption: which question, which data, whom did you ask?"},
                false,
                {}}}};
}

Status run_challenge(Session &session, const ChallengeOptions &options) {
  auto writing = session.start_writing(options.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto assumption = find_by_id(group.assumptions, options.id, Text{"aanname", "assumption"});
  TRY(assumption);
  const std::vector<std::string> words =
      options.how.empty() ? std::vector<std::string>{} : std::vector<std::string>{options.how};
  auto how = text_input(session, options.message, words, challenge_form());
  TRY(how);
  const Verdict verdict = parse_verdict(options.verdict).value_or(Verdict::held);
  auto challenged = challenge_assumption(
      group, **assumption,
      NewChallenge{writing->author->name, writing->date, *how, verdict, options.revision});
  TRY(challenged);
  session.report_saved(tr("Aanname {} uitgedaagd: {}\n", "Assumption {} challenged: {}\n",
                          challenged->meta.id, session.t(verdict_label(verdict))));
  return {};
}

} // namespace

Command bind_assumption_challenge(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ChallengeOptions>();
  add_id_argument(*cmd, options->id, lang);
  cmd->add_option("--verdict", options->verdict,
                  help(lang, "held (houdt stand), revised (bijgesteld) of dropped (vervallen)",
                       "held, revised or dropped"))
      ->required()
      ->transform(one_of(choices::verdicts, lang));
  cmd->add_option("--how", options->how,
                  help(lang, "Hoe de aanname is uitgedaagd", "How the assumption was challenged"));
  cmd->add_option(
      "--revision", options->revision,
      help(lang, "De bijgestelde aanname (bij revised)", "The revised assumption (with revised)"));
  add_date_option(*cmd, options->date, lang);
  add_message_option(*cmd, options->message, lang);
  return command_for(options, run_challenge);
}

} // namespace alearn
