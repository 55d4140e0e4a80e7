// alearn step [--json]: the 15 steps with their status.
#include "commands.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct ListOptions {
  bool json = false;
};

Status run_list(Session &session, const ListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const Progress progress = replay((*group)->step_events);
  if (options.json) {
    Json steps = Json::array();
    for (const auto &info : step_catalog()) {
      steps.push_back(step_json(info, progress, session.lang));
    }
    return print_json(session, Json{{"workgroup", (*group)->slug},
                                    {"cycle", progress.cycle},
                                    {"round", progress.round},
                                    {"current_step", progress.current()},
                                    {"steps", steps}});
  }
  session.io.out << session.paint(Style::bold, (*group)->name) << "  ("
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
  return {};
}

} // namespace

Command bind_step_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ListOptions>();
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_list);
}

} // namespace alearn
