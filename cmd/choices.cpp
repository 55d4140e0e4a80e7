#include "choices.hpp"

#include "ids.hpp"

#include <ranges>

namespace alearn {

CLI::Validator one_of(const std::vector<Choice> &choices, Lang lang) {
  std::string names;
  for (const auto &choice : choices) {
    names += (names.empty() ? "" : "|") + choice.name;
  }
  return {[choices, lang, names](std::string &value) -> std::string {
            const std::string word = fold_for_matching(value);
            for (const auto &choice : choices) {
              if (word == fold_for_matching(choice.name) || word == fold_for_matching(choice.dutch)) {
                value = choice.name;
                return {};
              }
            }
            std::string listed;
            for (const auto &choice : choices) {
              const std::string shown = lang == Lang::nl && choice.dutch != choice.name
                                            ? fmt::format("{} ({})", choice.name, choice.dutch)
                                            : choice.name;
              listed += (listed.empty() ? "" : ", ") + shown;
            }
            return lang == Lang::nl ? fmt::format("'{}' is geen van: {}", value, listed)
                                    : fmt::format("'{}' is not one of: {}", value, listed);
          },
          names, std::string(choices_validator)};
}

CLI::Validator frequency_words(Lang lang) {
  return {[lang](std::string &value) -> std::string {
            if (auto stored = parse_frequency(value)) {
              value = std::move(*stored);
              return {};
            }
            return lang == Lang::nl
                       ? fmt::format("'{}' is geen meetfrequentie: weekly (wekelijks), monthly "
                                     "(maandelijks), quarterly (per kwartaal) of 'N days' ('N dagen')",
                                     value)
                       : fmt::format("'{}' is not a measuring frequency: weekly, monthly, quarterly "
                                     "or 'N days'",
                                     value);
          },
          "weekly|monthly|quarterly|N days"};
}

std::vector<Choice> plain_choices(std::initializer_list<std::string_view> words) {
  std::vector<Choice> choices;
  for (const auto word : words) {
    choices.push_back({std::string(word), std::string(word)});
  }
  return choices;
}

std::vector<std::string> value_set(CLI::Option &option) {
  std::vector<std::string> values;
  try {
    const CLI::Validator *validator = option.get_validator(std::string(choices_validator));
    for (const auto word : std::views::split(validator->get_description(), '|')) {
      values.emplace_back(word.begin(), word.end());
    }
  } catch (const CLI::OptionNotFound &) {
    // an option without a fixed set of values
  }
  return values;
}

namespace choices {
const std::vector<Choice> log_kinds = choices_of<LogKind>();
const std::vector<Choice> explore_kinds = choices_of<ExploreKind>();
const std::vector<Choice> abouts = choices_of<AssumptionAbout>();
const std::vector<Choice> verdicts = choices_of<Verdict>();
const std::vector<Choice> resource_kinds = choices_of<ResourceKind>();
const std::vector<Choice> states = choices_of<ExperimentState>();
const std::vector<Choice> decisions = choices_of<Decision>();
const std::vector<Choice> indicator_types = choices_of<IndicatorType>();
const std::vector<Choice> directions = choices_of<Direction>();
const std::vector<Choice> blocker_kinds = choices_of<BlockerKind>();
} // namespace choices

} // namespace alearn
