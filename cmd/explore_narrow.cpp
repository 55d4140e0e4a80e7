// alearn explore narrow [STATEMENT...] [--why TEXT] [--date D] [-m TEXT|-]
#include "commands.hpp"
#include "exploration.hpp"
#include "record_files.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct NarrowOptions {
  std::string why;
  TextOptions text;
};

Form narrow_form(const Workgroup &group) {
  return one_text_form(
      Text{"Het probleem afkaderen", "Narrowing the problem"}, Text{"Probleem", "Problem"},
      Text{"Het probleem zoals de groep het nu stelt: het deel waar jullie echt invloed op hebben.",
           "The problem as the group now states it: the part you can truly influence."},
      current_problem(group));
}

Status run_narrow(Session &session, const NarrowOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto statement = text_input(session, options.text, narrow_form(group));
  TRY(statement);
  auto narrowed = narrow_problem(
      group, NewProblemStatement{writing->author->name, writing->date, *statement, options.why},
      session.io.context);
  TRY(narrowed);
  session.report_saved(tr("Het probleem is afgekaderd ({}); de eerdere stelling blijft bewaard.\n",
                          "The problem is narrowed ({}); the earlier statement is kept.\n",
                          narrowed->meta.id));
  return {};
}

} // namespace

Command bind_explore_narrow(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NarrowOptions>();
  cmd->add_option("--why", options->why,
                  help(lang, "Waarom de groep het afkadert", "Why the group narrows it"));
  add_text_options(*cmd, options->text, lang, "statement",
                   {"Het probleem zoals het nu is", "The problem as it is now"});
  return command_for(options, run_narrow);
}

} // namespace alearn
