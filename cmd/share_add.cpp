// alearn share add --where MEETING [--present NAME]... [REACTIONS...] [--date D] [-m TEXT|-]
#include "commands.hpp"
#include "sharing.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ShareAddOptions {
  std::string where;
  std::vector<std::string> present;
  std::vector<std::string> guests;
  TextOptions text;
};

Form reactions_form(const std::string &where) {
  return one_text_form(
      tr("Resultaten gedeeld: {}", "Results shared: {}", where), Text{"Reacties", "Reactions"},
      Text{"Wat zeiden de anderen? Wat herkenden ze, wat vroegen ze, wat gaven ze mee voor de "
           "volgende cyclus?",
           "What did the others say? What did they recognise, what did they ask, what did they "
           "give the group for its next cycle?"});
}

Status run_share_add(Session &session, const ShareAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  auto reactions = text_input(session, options.text, reactions_form(options.where));
  TRY(reactions);
  auto shared = add_sharing(*writing->group,
                            NewSharing{writing->author->name, writing->date, options.where, options.present,
                                       options.guests, *reactions},
                            session.io.context);
  TRY(shared);
  session.report_saved(
      tr("Gedeeld op {} vastgelegd ({})\n", "Sharing at {} recorded ({})\n", shared->where, shared->meta.id));
  return {};
}

} // namespace

Command bind_share_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ShareAddOptions>();
  cmd->add_option("--where", options->where,
                  help(lang, "De bijeenkomst waar de resultaten gedeeld zijn",
                       "The meeting where the results were shared"))
      ->required();
  cmd->add_option("--present", options->present,
                  help(lang, "Wie er was: leden, gasten, organisaties (mag vaker; 'all' voor alle leden)",
                       "Who was there: members, guests, organisations (repeatable; 'all' for every member)"))
      ->allow_extra_args(false);
  cmd->add_option("--guest", options->guests,
                  help(lang, "Een gast, zoals gegeven, ook als de naam op die van een lid lijkt (mag vaker)",
                       "A guest, as given, even when the name looks like a member's (repeatable)"))
      ->allow_extra_args(false);
  add_text_options(*cmd, options->text, lang, "reactions",
                   {"De reacties (of -m, of de editor)", "The reactions (or -m, or the editor)"});
  return command_for(options, run_share_add);
}

} // namespace alearn
