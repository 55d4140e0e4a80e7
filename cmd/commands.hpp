#pragma once
// Every command of alearn. Adding one takes:
//   1. cmd/<noun>_<verb>.cpp with an options struct, a setup_<noun>_<verb>() that binds the
//      options and registers the command, and the rendering of its result (text and --json);
//   2. one line in the table in cmd/app.cpp;
//   3. tests: a golden case in tests/golden/ and, for new library code, tests/test_<module>.cpp;
//   4. its page in docs/ (Dutch and English).
#include "session.hpp"

namespace alearn {

void setup_init(CLI::App &app, Registry &registry, Lang lang);

void setup_workgroup_new(CLI::App &workgroup, Registry &registry, Lang lang);
void setup_workgroup_list(CLI::App &workgroup, Registry &registry, Lang lang);
void setup_workgroup_show(CLI::App &workgroup, Registry &registry, Lang lang);
void setup_workgroup_set(CLI::App &workgroup, Registry &registry, Lang lang);
void setup_workgroup_member_add(CLI::App &member, Registry &registry, Lang lang);
void setup_workgroup_member_remove(CLI::App &member, Registry &registry, Lang lang);
void setup_workgroup_agreement_add(CLI::App &agreement, Registry &registry, Lang lang);

void setup_step_list(CLI::App &step, Registry &registry, Lang lang);
void setup_step_next(CLI::App &step, Registry &registry, Lang lang);
void setup_step_show(CLI::App &step, Registry &registry, Lang lang);
void setup_step_done(CLI::App &step, Registry &registry, Lang lang);
void setup_step_reopen(CLI::App &step, Registry &registry, Lang lang);

void setup_indicator_add(CLI::App &indicator, Registry &registry, Lang lang);
void setup_indicator_record(CLI::App &indicator, Registry &registry, Lang lang);
void setup_indicator_list(CLI::App &indicator, Registry &registry, Lang lang);
void setup_indicator_show(CLI::App &indicator, Registry &registry, Lang lang);
void setup_evaluate(CLI::App &app, Registry &registry, Lang lang);
void setup_check(CLI::App &app, Registry &registry, Lang lang);

void setup_log_add(CLI::App &log, Registry &registry, Lang lang);
void setup_log_list(CLI::App &log, Registry &registry, Lang lang);
void setup_log_show(CLI::App &log, Registry &registry, Lang lang);

void setup_meeting_new(CLI::App &meeting, Registry &registry, Lang lang);
void setup_meeting_list(CLI::App &meeting, Registry &registry, Lang lang);
void setup_meeting_show(CLI::App &meeting, Registry &registry, Lang lang);

void setup_explore_add(CLI::App &explore, Registry &registry, Lang lang);
void setup_explore_list(CLI::App &explore, Registry &registry, Lang lang);
void setup_explore_show(CLI::App &explore, Registry &registry, Lang lang);
void setup_explore_narrow(CLI::App &explore, Registry &registry, Lang lang);

void setup_assumption_add(CLI::App &assumption, Registry &registry, Lang lang);
void setup_assumption_challenge(CLI::App &assumption, Registry &registry, Lang lang);
void setup_assumption_list(CLI::App &assumption, Registry &registry, Lang lang);
void setup_assumption_show(CLI::App &assumption, Registry &registry, Lang lang);

void setup_feedback_add(CLI::App &feedback, Registry &registry, Lang lang);
void setup_feedback_list(CLI::App &feedback, Registry &registry, Lang lang);
void setup_feedback_show(CLI::App &feedback, Registry &registry, Lang lang);

void setup_resource_add(CLI::App &resource, Registry &registry, Lang lang);
void setup_resource_list(CLI::App &resource, Registry &registry, Lang lang);
void setup_resource_show(CLI::App &resource, Registry &registry, Lang lang);

void setup_experiment_new(CLI::App &experiment, Registry &registry, Lang lang);
void setup_experiment_start(CLI::App &experiment, Registry &registry, Lang lang);
void setup_experiment_finish(CLI::App &experiment, Registry &registry, Lang lang);
void setup_experiment_stop(CLI::App &experiment, Registry &registry, Lang lang);
void setup_experiment_list(CLI::App &experiment, Registry &registry, Lang lang);
void setup_experiment_show(CLI::App &experiment, Registry &registry, Lang lang);

} // namespace alearn
