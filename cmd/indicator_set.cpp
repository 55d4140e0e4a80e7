// alearn indicator set INDICATOR KEY VALUE: another owner, question, unit, name or frequency.
#include "choices.hpp"
#include "commands.hpp"
#include "indicator_edit.hpp"
#include "measure.hpp"

#include <algorithm>
#include <array>

namespace alearn {

namespace {

// The keys as a Dutch speaker may type them.
std::string dutch_key(std::string_view key) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> dutch = {
      {{"name", "naam"},
       {"question", "vraag"},
       {"unit", "eenheid"},
       {"frequency", "frequentie"},
       {"owner", "eigenaar"}}};
  const auto found = std::ranges::find(dutch, key, &std::pair<std::string_view, std::string_view>::first);
  return std::string(found == dutch.end() ? key : found->second);
}

struct IndicatorSetOptions {
  std::string indicator;
  std::string key;
  std::string value;
};

Status run_indicator_set(Session &session, const IndicatorSetOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto indicator = find_indicator(**group, options.indicator);
  TRY(indicator);
  auto changed = set_indicator_value(**group, **indicator, options.key, options.value);
  TRY(changed);
  if (options.key == "owner") {
    session.report_saved(tr("{}: {} meet deze indicator nu\n", "{}: {} measures this indicator now\n",
                            changed->slug, changed->owner));
  } else {
    session.report_saved(tr("{}: {} aangepast\n", "{}: {} updated\n", changed->slug, options.key));
  }
  return {};
}

} // namespace

Command bind_indicator_set(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<IndicatorSetOptions>();
  std::string keys;
  std::vector<Choice> choices;
  for (const auto key : settable_indicator_keys()) {
    keys += fmt::format("{}{}", keys.empty() ? "" : ", ", key);
    choices.push_back({std::string(key), dutch_key(key)});
  }
  cmd->add_option("indicator", options->indicator,
                  help(lang, "De indicator (korte naam, of een uniek begin ervan)",
                       "The indicator (short name, or a unique start of it)"))
      ->required();
  cmd->add_option("key", options->key, help(lang, "Een van: ", "One of: ") + keys)
      ->required()
      ->transform(one_of(choices, lang));
  cmd->add_option("value", options->value,
                  help(lang, "De nieuwe waarde; voor owner een lid", "The new value; for owner a member"))
      ->required();
  return command_for(options, run_indicator_set);
}

} // namespace alearn
