#pragma once
// What to do next, as a value: the library names the command and its arguments; only cmd/
// knows how the command line spells them (cmd/spell.hpp), so that renaming an option never
// touches the domain. ninja keeps its tools as data and builds their text at the front, too.
#include "text.hpp"

#include <string>
#include <vector>

namespace alearn {

// The commands advice can name.
enum class Action {
  workgroup_new,
  workgroup_show,
  workgroup_set,
  workgroup_member_add,
  workgroup_agreement_add,
  indicator_add,
  indicator_record,
  indicator_set,
  log_add,
  meeting_new,
  meeting_action_done,
  explore_add,
  assumption_add,
  assumption_challenge,
  feedback_add,
  share_add,
  blocker_add,
  blocker_raise,
  report,
  resource_add,
  experiment_new,
  experiment_start,
  experiment_finish,
  experiment_share,
  evaluate,
  step_next,
  step_done,
  check,
  remove_file, // not alearn's: remove a file by hand, from the repository's folder
};

// What an argument is to its command. cmd/ knows which option spells it (none for the
// positional ones) and whether its value is quoted.
enum class Param {
  word,     // a positional word: a key, an identifier, a step number, a date
  text,     // a positional text: a name, a description
  path,     // a positional path, relative to the repository's folder
  as,       // who writes
  kind,     // of a log entry, an exploration item or a resource
  message,  // the text of a record
  title,    // of a meeting or an experiment
  present,  // at a meeting
  guest,    // at a meeting: someone who is no member, kept as given
  about,    // what an assumption is about
  how,      // an assumption was challenged
  verdict,  // on an assumption
  from,     // whom feedback comes from
  owner,    // of an indicator or an experiment
  question, // of an indicator or an experiment
  prediction,
  unit,
  direction,
  baseline,
  target,
  frequency,
  organisation,
  result,
  lessons,
  decision,
  follows,        // the experiment a new one adapts
  date,           // the day a command acts for
  record,         // evaluate: record the evaluation (a flag)
  again,          // step done 12: another round (a flag)
  new_cycle,      // step done 15: a new cycle (a flag)
  keep_indicator, // step done 15 --new-cycle: an indicator that goes on into the new cycle
  cycle,          // lists, workgroup show and set: which cycle
  force,          // step done: close a step whose criteria are not met (a flag)
  note,           // step done: why
  revision,       // assumption challenge: the revised assumption
  reason,         // experiment stop: why
  slug,           // workgroup new, indicator add: the short name
  workgroup,      // which workgroup a command acts on
  meeting_action, // meeting new: an action and its owner
  where,          // share add: the meeting where the results were shared
  format,         // report: md or html
  output,         // report: the file to write
  for_whom,       // experiment finish, stop, share: who would have benefited
  rule,           // blocker add: the rule that stands in the way
  blocks,         // blocker add: an experiment the rule blocks
  since,          // blocker add: since when the rule blocks
  with,           // blocker raise: with whom
  outcome,        // blocker resolve: what came of it
  ci,             // init: the GitHub Action of the CI workflow
  pages,          // init: the workflow also publishes the site (a flag)
};

struct Argument {
  Param param;
  Text value; // a value, or a placeholder to fill in ("<naam>" / "<name>"); empty for a flag
  bool operator==(const Argument &) const = default;
};

struct Advice {
  Action action;
  std::vector<Argument> arguments; // in the order they are written
  std::string workgroup;           // the slug of the workgroup it acts on; empty when none
  bool operator==(const Advice &) const = default;
};

// An argument whose value is the same in both languages: an identifier, a word of a file.
inline Argument word(Param param, const std::string &value) { return Argument{param, Text{value, value}}; }
// An argument for the user to fill in, e.g. placeholder(Param::owner, "<lid>", "<member>").
inline Argument placeholder(Param param, std::string nl, std::string en) {
  return Argument{param, Text{std::move(nl), std::move(en)}};
}
inline Argument flag(Param param) { return Argument{param, {}}; }

} // namespace alearn
