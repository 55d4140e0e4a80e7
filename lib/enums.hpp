#pragma once
// One table per enum: each value with its word in the files (and in JSON and on the command
// line), its label for people in Dutch and English, and the Dutch word the command line accepts
// as well. Parsing, the files' words, the labels and the CLI's choices all come from these
// tables; a test holds each table against the `enum` of its schema, both ways.
#include "indicator.hpp"
#include "progress.hpp"
#include "records.hpp"
#include "repository.hpp"
#include "run_chart.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>

namespace alearn {

template <typename E> struct EnumWord {
  E value;
  std::string_view word; // in files, JSON and on the command line
  std::string_view nl;   // the label for people
  std::string_view en;
  // The Dutch word the command line accepts besides `word`, where it is not the label itself
  // ("probleem" for `problem`, whose label is "over het probleem").
  std::string_view dutch = {};

  std::string_view accepted_dutch() const { return dutch.empty() ? nl : dutch; }
};

template <typename E> struct EnumTable {
  std::span<const EnumWord<E>> words; // in the order of the enum
  // Where a schema lists the words: the file's name without ".schema.json" and the JSON pointer
  // of the list inside it. Empty for a value that no file holds (an experiment's state follows
  // from its dates).
  std::string_view schema;
  std::string_view pointer;
};

// The tables, one overload per enum, so that the templates below find them by the enum's type.
const EnumTable<LogKind> &enum_table(LogKind);
const EnumTable<ExploreKind> &enum_table(ExploreKind);
const EnumTable<AssumptionAbout> &enum_table(AssumptionAbout);
const EnumTable<Verdict> &enum_table(Verdict);
const EnumTable<ResourceKind> &enum_table(ResourceKind);
const EnumTable<ExperimentState> &enum_table(ExperimentState);
const EnumTable<Decision> &enum_table(Decision);
const EnumTable<BlockerKind> &enum_table(BlockerKind);
const EnumTable<BlockerState> &enum_table(BlockerState);
const EnumTable<CourseEvent> &enum_table(CourseEvent);
const EnumTable<IndicatorType> &enum_table(IndicatorType);
const EnumTable<Direction> &enum_table(Direction);
const EnumTable<StepAction> &enum_table(StepAction);
const EnumTable<RuleSet> &enum_table(RuleSet);
const EnumTable<SignalKind> &enum_table(SignalKind);
const EnumTable<Meaning> &enum_table(Meaning);
const EnumTable<Severity> &enum_table(Severity);

template <typename E> std::span<const EnumWord<E>> enum_words() { return enum_table(E{}).words; }

template <typename E> const EnumWord<E> &enum_word(E value) {
  const auto words = enum_words<E>();
  const auto found = std::ranges::find(words, value, &EnumWord<E>::value);
  if (found == words.end()) {
    throw std::logic_error("a value missing from its enum's table");
  }
  return *found;
}

// The word in files: "discovery".
template <typename E> std::string_view word_of(E value) { return enum_word(value).word; }

// The label for people: {"ontdekking", "discovery"}.
template <typename E> Text label_of(E value) {
  const auto &word = enum_word(value);
  return Text{std::string(word.nl), std::string(word.en)};
}

// The value of a word in a file; nullopt for anything else.
template <typename E> std::optional<E> parse_word(std::string_view word) {
  const auto words = enum_words<E>();
  const auto found = std::ranges::find(words, word, &EnumWord<E>::word);
  return found == words.end() ? std::nullopt : std::optional<E>(found->value);
}

// The words as alternatives, as advice writes them: "held|revised|dropped".
template <typename E> std::string alternatives() {
  std::string text;
  for (const auto &word : enum_words<E>()) {
    text += (text.empty() ? "" : "|") + std::string(word.word);
  }
  return text;
}

} // namespace alearn
