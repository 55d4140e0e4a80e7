// alearn step [--json]: the 15 steps with their status.
#include "commands.hpp"
#include "output.hpp"

namespace alearn {

namespace {

struct StepListOptions {
  Output output;
};

struct StepList {
  const Workgroup *group = nullptr;
  Progress progress;
};

Json steps_json(const Session &session, const StepList &list) {
  const Json steps = json_list(
      step_catalog(), [&](const StepInfo &info) { return step_json(info, list.progress, session.lang); });
  return Json{{"workgroup", list.group->slug},
              {"cycle", list.progress.cycle},
              {"round", list.progress.round},
              {"current_step", list.progress.current()},
              {"steps", steps}};
}

void print_steps(Session &session, const StepList &list) {
  const Progress &progress = list.progress;
  session.io.out << session.paint(Style::bold, list.group->name) << "  ("
                 << session.t(tr("cyclus {}, ronde {}", "cycle {}, round {}", progress.cycle, progress.round))
                 << ")\n";
  for (const auto &info : step_catalog()) {
    const StepStatus status = progress.status(info.number);
    std::string line =
        fmt::format("{:>3}  {}{}", info.number, status_label(session, status, 9), session.t(info.title));
    if (status == StepStatus::current) {
      line = session.paint(Style::bold, line);
    }
    session.io.out << line << "\n";
  }
}

constexpr Renderers<StepList> step_list_renderers{print_steps, steps_json};

Status run_step_list(Session &session, const StepListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  return render(session, options.output, StepList{*group, replay((*group)->step_events)},
                step_list_renderers);
}

} // namespace

Command bind_step_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<StepListOptions>();
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_step_list);
}

} // namespace alearn
