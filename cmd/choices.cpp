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
const std::vector<Choice> log_kinds = {
    {"action", "actie"}, {"discovery", "ontdekking"}, {"reflection", "reflectie"}};
const std::vector<Choice> explore_kinds = {
    {"fact", "feit"}, {"experience", "ervaring"}, {"emotion", "emotie"}, {"opinion", "mening"}};
const std::vector<Choice> abouts = {{"problem", "probleem"}, {"solution", "oplossing"}};
const std::vector<Choice> verdicts = {
    {"held", "houdt stand"}, {"revised", "bijgesteld"}, {"dropped", "vervallen"}};
const std::vector<Choice> resource_kinds = {{"person", "persoon"},
                                            {"organisation", "organisatie"},
                                            {"literature", "literatuur"},
                                            {"media", "media"},
                                            {"event", "bijeenkomst"}};
const std::vector<Choice> states = {
    {"planned", "gepland"}, {"running", "loopt"}, {"finished", "afgerond"}, {"stopped", "gestopt"}};
const std::vector<Choice> decisions = {
    {"adopt", "overnemen"}, {"adapt", "aanpassen"}, {"abandon", "stoppen"}};
const std::vector<Choice> indicator_types = {{"number", "getal"}, {"rating", "score"}, {"yes-no", "ja-nee"}};
const std::vector<Choice> directions = {{"up", "omhoog"}, {"down", "omlaag"}};
} // namespace choices

} // namespace alearn
