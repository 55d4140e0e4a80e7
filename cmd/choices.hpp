#pragma once
// Options with a fixed set of values. Files hold the English word; on the command line the
// Dutch word is accepted too ("ontdekking" for "discovery"), without regard to case or accents.
// The words come from the enum's table in lib/enums.hpp.
#include "enums.hpp"
#include "text.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace alearn {

struct Choice {
  std::string name; // as in files
  std::string dutch;
};

// The choices of an enum, from its table.
template <typename E> std::vector<Choice> choices_of() {
  std::vector<Choice> choices;
  for (const auto &word : enum_words<E>()) {
    choices.push_back({std::string(word.word), std::string(word.accepted_dutch())});
  }
  return choices;
}

// Turns the given word into its English name, or fails with the choices in the session's language.
// The validator carries its value set, under the name below, for value_set().
CLI::Validator one_of(const std::vector<Choice> &choices, Lang lang);
constexpr std::string_view choices_validator = "alearn-choices";

// A measuring frequency in English or Dutch ("wekelijks", "14 dagen"), turned into the words of
// the file ("weekly", "14 days"); anything else fails with the words it takes.
CLI::Validator frequency_words(Lang lang);

// Choices that are the same word in both languages ("json", "nl").
std::vector<Choice> plain_choices(std::initializer_list<std::string_view> words);

// The words an option accepts (as in files), in order; empty when it takes any value. For the
// description of the command table (completions, man pages).
std::vector<std::string> value_set(CLI::Option &option);

namespace choices {
extern const std::vector<Choice> log_kinds;
extern const std::vector<Choice> explore_kinds;
extern const std::vector<Choice> abouts;
extern const std::vector<Choice> verdicts;
extern const std::vector<Choice> resource_kinds;
extern const std::vector<Choice> states;
extern const std::vector<Choice> decisions;
extern const std::vector<Choice> indicator_types;
extern const std::vector<Choice> directions;
extern const std::vector<Choice> blocker_kinds;
} // namespace choices

} // namespace alearn
