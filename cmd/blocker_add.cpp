// alearn blocker add --rule TEXT --kind law|collective_agreement|inspection|internal_policy|other
//                    [--source S] [--link URL] [--blocks EXPERIMENT]... [--since D]
//                    [ANALYSIS...] [--date D] [-m TEXT|-]
#include "blocker.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "record_files.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct BlockerAddOptions {
  std::string rule;
  std::string kind;
  std::string source;
  std::string link;
  std::vector<std::string> blocks;
  std::string since;
  TextOptions text;
};

Form analysis_form(const std::string &rule) {
  return one_text_form(tr("Knellende regel: {}", "Rule in the way: {}", rule), Text{"Analyse", "Analysis"},
                       Text{"Waarom staat deze regel de vernieuwing in de weg? Wat zou de groep doen als de "
                            "regel er niet was, en wat merken cliënten en collega's ervan?",
                            "Why does this rule stand in the way of renewal? What would the group do "
                            "without it, and what do clients and colleagues notice of it?"});
}

Advice raise_advice(const std::string &slug, const Blocker &blocker) {
  return Advice{Action::blocker_raise,
                {word(Param::word, blocker.meta.id), placeholder(Param::with, "<bij wie>", "<with whom>")},
                slug};
}

Status run_blocker_add(Session &session, const BlockerAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto since = optional_date(options.since);
  TRY(since);
  auto analysis = text_input(session, options.text, analysis_form(options.rule));
  TRY(analysis);
  const BlockerKind kind = parse_blocker_kind(options.kind).value_or(BlockerKind::other);
  auto blocker = add_blocker(group,
                             NewBlocker{writing->author->name, writing->date, options.rule, kind,
                                        options.source, options.link, options.blocks, *since, *analysis},
                             session.io.context);
  TRY(blocker);
  session.report_saved(with_advice(session,
                                   tr("Knellende regel {} vastgelegd. Kaart hem aan met:",
                                      "Blocker {} recorded. Raise it with:", blocker->meta.id),
                                   raise_advice(group.slug, *blocker)));
  return {};
}

} // namespace

Command bind_blocker_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<BlockerAddOptions>();
  cmd->add_option("--rule", options->rule,
                  help(lang, "De regel die in de weg staat, in één regel",
                       "The rule that stands in the way, in one line"))
      ->required();
  cmd->add_option("--kind", options->kind,
                  help(lang,
                       "law (wet), collective_agreement (cao), inspection (inspectie), internal_policy "
                       "(intern beleid) of other (anders)",
                       "law, collective_agreement, inspection, internal_policy or other"))
      ->required()
      ->transform(one_of(choices::blocker_kinds, lang));
  cmd->add_option("--source", options->source,
                  help(lang, "Waar de regel staat, bijvoorbeeld 'Wet BIG, art. 36'",
                       "Where the rule is written, for example 'Wet BIG, art. 36'"));
  cmd->add_option("--link", options->link,
                  help(lang, "Waar de regel te lezen is (een URL)", "Where to read the rule (a URL)"));
  cmd->add_option("--blocks", options->blocks,
                  help(lang, "Een experiment dat de regel blokkeert (id of het begin ervan; mag vaker)",
                       "An experiment the rule blocks (its id or the start of it; repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--since", options->since,
                  help(lang, "Sinds wanneer de regel in de weg staat (standaard: de datum)",
                       "Since when the rule stands in the way (default: the date)"));
  add_text_options(*cmd, options->text, lang, "analysis",
                   {"Waarom de regel in de weg staat (of -m, of de editor)",
                    "Why the rule stands in the way (or -m, or the editor)"});
  return command_for(options, run_blocker_add);
}

} // namespace alearn
