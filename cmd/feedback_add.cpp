// alearn feedback add --from SOURCE [TEXT...] [--date D] [-m TEXT|-]
#include "commands.hpp"
#include "feedback.hpp"
#include "record_files.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct FeedbackAddOptions {
  std::string from;
  TextOptions text;
};

Form feedback_form(const std::string &from) {
  return one_text_form(
      tr("Feedback van {}", "Feedback from {}", from), Text{"Feedback", "Feedback"},
      Text{"Wat herkennen zij in het probleem, wat missen ze, wat zien ze anders?",
           "What do they recognise in the problem, what do they miss, what do they see differently?"});
}

Status run_feedback_add(Session &session, const FeedbackAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto text = text_input(session, options.text, feedback_form(options.from));
  TRY(text);
  auto feedback = add_feedback(group, NewFeedback{writing->author->name, writing->date, options.from, *text},
                               session.io.context);
  TRY(feedback);
  session.report_saved(tr("Feedback {} van {} vastgelegd\n", "Feedback {} from {} recorded\n",
                          feedback->meta.id, feedback->from));
  return {};
}

} // namespace

Command bind_feedback_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<FeedbackAddOptions>();
  cmd->add_option(
         "--from", options->from,
         help(lang, "Van wie: een persoon, team of organisatie", "From whom: a person, team or organisation"))
      ->required();
  add_text_options(*cmd, options->text, lang, "text",
                   {"De feedback (of -m, of de editor)", "The feedback (or -m, or the editor)"});
  return command_for(options, run_feedback_add);
}

} // namespace alearn
