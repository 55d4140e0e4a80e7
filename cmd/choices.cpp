#include "choices.hpp"

#include "ids.hpp"

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
          names};
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
} // namespace choices

} // namespace alearn
