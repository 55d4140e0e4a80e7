#pragma once
// Every command of alearn, in one table that drives registration, --help and, through
// describe_commands(), everything that lists commands and options. Adding a command:
//   1. cmd/<noun>_<verb>.cpp with an options struct, the run function (one value, handed to
//      render() with its renderers, cmd/output.hpp), and bind_<noun>_<verb>(), which binds the
//      options;
//   2. one row in the table in cmd/commands.cpp: the command as typed, what it reads before it
//      runs, whether it writes, its bind function, and its summary in both languages; and in
//      argument_completions() what its arguments and options complete with in the shells
//      (ids, members, indicators, files...); the man pages and completions follow by themselves;
//   3. tests: a golden case in tests/golden/ and, for new library code, tests/test_<module>.cpp;
//   4. its page in docs/ (Dutch and English).
#include "completion_values.hpp"
#include "session.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// A group of commands ("workgroup member"); typing it alone shows its help, unless the table
// has a command with the group's own path (`alearn step` lists the steps).
struct CommandGroup {
  std::string_view path;
  StaticText summary;
};

// A hidden command is left out of --help, the man pages and the completions: it is for the
// scripts alearn writes itself (the shells' completion scripts ask `completion values`).
enum class Visibility { listed, hidden };

struct CommandSpec {
  std::string_view path; // as typed after "alearn": "workgroup member add"
  Needs needs = Needs::workgroup;
  Access access = Access::read;
  // Adds the command's own options and arguments to `cmd`, and returns how to run it.
  Command (*bind)(CLI::App *cmd, Lang lang) = nullptr;
  StaticText summary; // the line in --help; empty for the command a group runs itself
  Visibility visibility = Visibility::listed;
};

std::span<const CommandGroup> command_groups();
std::span<const CommandSpec> command_table();

// What a shell offers for an argument or an option's value, beyond the words of its value set.
enum class Completes {
  unlisted,   // not in argument_completions(): nothing (a test wants names that suggest a kind listed)
  text,       // free text: nothing to offer
  file,       // a file name
  directory,  // a directory
  repository, // values of the repository, by `completion values KIND`
};

// Which argument or option takes which kind of value: one row per option of one command (or of
// every command: an empty command), named by its argument name or any of its option names.
struct ArgumentCompletion {
  std::string_view command; // "log show"; empty for the options every command has
  std::string_view name;    // "id", "--owner"
  Completes completes = Completes::text;
  ValueKind kind = ValueKind::workgroup; // with Completes::repository
};
std::span<const ArgumentCompletion> argument_completions();

// An option or argument as the built command line has it: the table's rows bind their options
// in their bind functions, and this reads them back, so that completions and man pages come
// from the same place as registration and --help.
struct OptionInfo {
  std::vector<std::string> names; // "-m", "--message"; an argument has its name ("id")
  bool positional = false;
  bool flag = false; // takes no value
  bool required = false;
  bool repeatable = false;
  std::string help;
  std::vector<std::string> values;           // the words it accepts (as in files); empty when any value goes
  Completes completes = Completes::unlisted; // from argument_completions()
  ValueKind kind = ValueKind::workgroup;     // with Completes::repository
};

struct CommandInfo {
  const CommandSpec *spec = nullptr;
  std::vector<OptionInfo> options; // its own, in the order --help lists them
};

// Every row of the table with its options, and the options every command has (--repo, -w, ...).
std::vector<CommandInfo> describe_commands(Lang lang);
std::vector<OptionInfo> common_options(Lang lang);

Command bind_completion(CLI::App *cmd, Lang lang);
Command bind_completion_values(CLI::App *cmd, Lang lang);
Command bind_experiment_share(CLI::App *cmd, Lang lang);
Command bind_lessons(CLI::App *cmd, Lang lang);
Command bind_resources(CLI::App *cmd, Lang lang);
Command bind_site(CLI::App *cmd, Lang lang);
Command bind_upgrade(CLI::App *cmd, Lang lang);
Command bind_edit(CLI::App *cmd, Lang lang);
Command bind_delete(CLI::App *cmd, Lang lang);
Command bind_network_add(CLI::App *cmd, Lang lang);
Command bind_network_list(CLI::App *cmd, Lang lang);
Command bind_network_pull(CLI::App *cmd, Lang lang);
Command bind_network_remove(CLI::App *cmd, Lang lang);
Command bind_network_status(CLI::App *cmd, Lang lang);
Command bind_workgroup_theme_add(CLI::App *cmd, Lang lang);
Command bind_workgroup_theme_remove(CLI::App *cmd, Lang lang);
Command bind_assumption_add(CLI::App *cmd, Lang lang);
Command bind_assumption_challenge(CLI::App *cmd, Lang lang);
Command bind_assumption_list(CLI::App *cmd, Lang lang);
Command bind_assumption_show(CLI::App *cmd, Lang lang);
Command bind_blocker_add(CLI::App *cmd, Lang lang);
Command bind_blocker_list(CLI::App *cmd, Lang lang);
Command bind_blocker_raise(CLI::App *cmd, Lang lang);
Command bind_blocker_resolve(CLI::App *cmd, Lang lang);
Command bind_blocker_show(CLI::App *cmd, Lang lang);
Command bind_blockers(CLI::App *cmd, Lang lang);
Command bind_check(CLI::App *cmd, Lang lang);
Command bind_evaluate(CLI::App *cmd, Lang lang);
Command bind_experiment_finish(CLI::App *cmd, Lang lang);
Command bind_experiment_list(CLI::App *cmd, Lang lang);
Command bind_experiment_new(CLI::App *cmd, Lang lang);
Command bind_experiment_show(CLI::App *cmd, Lang lang);
Command bind_experiment_start(CLI::App *cmd, Lang lang);
Command bind_experiment_stop(CLI::App *cmd, Lang lang);
Command bind_explore_add(CLI::App *cmd, Lang lang);
Command bind_explore_list(CLI::App *cmd, Lang lang);
Command bind_explore_narrow(CLI::App *cmd, Lang lang);
Command bind_explore_show(CLI::App *cmd, Lang lang);
Command bind_feedback_add(CLI::App *cmd, Lang lang);
Command bind_feedback_list(CLI::App *cmd, Lang lang);
Command bind_feedback_show(CLI::App *cmd, Lang lang);
Command bind_indicator_add(CLI::App *cmd, Lang lang);
Command bind_indicator_list(CLI::App *cmd, Lang lang);
Command bind_indicator_record(CLI::App *cmd, Lang lang);
Command bind_indicator_set(CLI::App *cmd, Lang lang);
Command bind_indicator_show(CLI::App *cmd, Lang lang);
Command bind_init(CLI::App *cmd, Lang lang);
Command bind_log_add(CLI::App *cmd, Lang lang);
Command bind_log_list(CLI::App *cmd, Lang lang);
Command bind_log_show(CLI::App *cmd, Lang lang);
Command bind_meeting_action_done(CLI::App *cmd, Lang lang);
Command bind_meeting_list(CLI::App *cmd, Lang lang);
Command bind_meeting_new(CLI::App *cmd, Lang lang);
Command bind_meeting_show(CLI::App *cmd, Lang lang);
Command bind_report(CLI::App *cmd, Lang lang);
Command bind_resource_add(CLI::App *cmd, Lang lang);
Command bind_resource_list(CLI::App *cmd, Lang lang);
Command bind_resource_show(CLI::App *cmd, Lang lang);
Command bind_share_add(CLI::App *cmd, Lang lang);
Command bind_share_list(CLI::App *cmd, Lang lang);
Command bind_share_show(CLI::App *cmd, Lang lang);
Command bind_step_done(CLI::App *cmd, Lang lang);
Command bind_step_list(CLI::App *cmd, Lang lang);
Command bind_step_next(CLI::App *cmd, Lang lang);
Command bind_step_reopen(CLI::App *cmd, Lang lang);
Command bind_step_show(CLI::App *cmd, Lang lang);
Command bind_workgroup_agreement_add(CLI::App *cmd, Lang lang);
Command bind_workgroup_list(CLI::App *cmd, Lang lang);
Command bind_workgroup_member_add(CLI::App *cmd, Lang lang);
Command bind_workgroup_member_remove(CLI::App *cmd, Lang lang);
Command bind_workgroup_new(CLI::App *cmd, Lang lang);
Command bind_workgroup_set(CLI::App *cmd, Lang lang);
Command bind_workgroup_show(CLI::App *cmd, Lang lang);

} // namespace alearn
