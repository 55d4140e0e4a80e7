// alearn explore add --kind fact|experience|emotion|opinion [TEXT...] [--date D] [-m TEXT|-]
#include "choices.hpp"
#include "commands.hpp"
#include "exploration.hpp"
#include "record_files.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ExploreAddOptions {
  std::string kind;
  TextOptions text;
};

Form explore_form(ExploreKind kind) {
  const Text label = explore_kind_label(kind);
  return one_text_form(
      Text{fmt::format("Op tafel: {}", label.nl), fmt::format("On the table: {}", label.en)},
      Text{"Tekst", "Text"},
      Text{"Feit: gemeten of na te gaan. Ervaring: wat iemand overkwam. Emotie: wat het met mensen doet. "
           "Mening: wat iemand ervan vindt.",
           "Fact: measured or checkable. Experience: what happened to someone. Emotion: what it does to "
           "people. Opinion: what someone thinks of it."});
}

Status run_explore_add(Session &session, const ExploreAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  const ExploreKind kind = parse_explore_kind(options.kind).value_or(ExploreKind::fact);
  auto text = text_input(session, options.text, explore_form(kind));
  TRY(text);
  auto item = add_exploration_item(
      group, NewExplorationItem{writing->author->name, writing->date, kind, *text}, session.io.context);
  TRY(item);
  session.report_saved(tr("Op tafel gelegd ({}): {}\n", "Put on the table ({}): {}\n",
                          session.t(explore_kind_label(kind)), item->meta.id));
  return {};
}

} // namespace

Command bind_explore_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExploreAddOptions>();
  cmd->add_option("--kind", options->kind,
                  help(lang, "fact (feit), experience (ervaring), emotion (emotie) of opinion (mening)",
                       "fact, experience, emotion or opinion"))
      ->required()
      ->transform(one_of(choices::explore_kinds, lang));
  add_text_options(*cmd, options->text, lang, "text",
                   {"De tekst (of -m, of de editor)", "The text (or -m, or the editor)"});
  return command_for(options, run_explore_add);
}

} // namespace alearn
