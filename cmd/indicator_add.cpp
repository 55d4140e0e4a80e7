// alearn indicator add NAME [--slug S] [--question Q] [--unit U] [--type number|rating|yes-no]
//                      [--direction up|down] [--baseline X] [--target Y] [--frequency F] [--owner MEMBER]
#include "choices.hpp"
#include "commands.hpp"
#include "spell.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct IndicatorAddOptions {
  std::string name;
  std::string slug;
  std::string question;
  std::string unit;
  std::string type = "number";
  std::string direction;
  std::string baseline;
  std::string target;
  std::string frequency;
  std::string owner;
};

Status run_indicator_add(Session &session, const IndicatorAddOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  NewIndicator indicator;
  indicator.name = options.name;
  indicator.question = options.question;
  indicator.unit = options.unit;
  indicator.type = parse_type(options.type).value_or(IndicatorType::number);
  indicator.direction = parse_word<Direction>(options.direction);
  indicator.baseline = options.baseline;
  indicator.target = options.target;
  indicator.frequency = options.frequency;
  indicator.owner = options.owner;
  auto file = create_indicator(**group, indicator, options.slug, session.lang);
  TRY(file);
  const std::string slug = file->stem().string();
  const std::string measure =
      spell(session, Advice{Action::indicator_record,
                            {word(Param::word, slug), placeholder(Param::word, "<waarde>", "<value>")},
                            (*group)->slug});
  session.report_saved(tr("Indicator '{}' toegevoegd aan {}: {}\nMeten: {}\n",
                          "Indicator '{}' added to {}: {}\nTo measure: {}\n", options.name, (*group)->slug,
                          file->lexically_relative(session.repository().root).string(), measure));
  return {};
}

} // namespace

Command bind_indicator_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<IndicatorAddOptions>();
  cmd->add_option("name", options->name, help(lang, "De naam", "The name"))->required();
  cmd->add_option(
      "--slug", options->slug,
      help(lang, "De korte naam; standaard uit de naam", "The short name; made from the name by default"));
  cmd->add_option("--question", options->question, help(lang, "Hoe merken we het?", "How do we notice?"));
  cmd->add_option("--unit", options->unit, help(lang, "De eenheid", "The unit"));
  cmd->add_option("--type", options->type,
                  help(lang, "number (getal, standaard), rating (score 1-5) of yes-no (ja/nee)",
                       "number (the default), rating (1 to 5) or yes-no"))
      ->transform(one_of(choices::indicator_types, lang));
  cmd->add_option("--direction", options->direction,
                  help(lang, "Welke kant is beter: up of down", "Which way is better: up or down"))
      ->transform(one_of(choices::directions, lang));
  cmd->add_option("--baseline", options->baseline, help(lang, "De beginwaarde", "The baseline"));
  cmd->add_option("--target", options->target, help(lang, "De streefwaarde", "The target"));
  cmd->add_option("--frequency", options->frequency,
                  help(lang,
                       "weekly (wekelijks), monthly (maandelijks), quarterly (per kwartaal) of 'N days' "
                       "('N dagen')",
                       "weekly, monthly, quarterly or 'N days'"))
      ->transform(frequency_words(lang));
  cmd->add_option("--owner", options->owner, help(lang, "Het lid dat meet", "The member who measures"));
  return command_for(options, run_indicator_add);
}

} // namespace alearn
