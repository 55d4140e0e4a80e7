// alearn workgroup list [--json]
#include "commands.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct ListOptions {
  bool json = false;
};

Status run_list(Session &session, const ListOptions &options) {
  const Repository &repo = session.repository();
  if (options.json) {
    Json list = Json::array();
    for (const auto &group : repo.workgroups) {
      const Progress progress = replay(group.step_events);
      Json item = workgroup_json(group);
      item["cycle"] = progress.cycle;
      item["current_step"] = progress.current();
      list.push_back(item);
    }
    return print_json(session, list);
  }
  if (repo.workgroups.empty()) {
    session.io.out << session.t(tr("Nog geen werkgroepen. Maak er een met: alearn workgroup new \"<naam>\"\n",
                                   "No workgroups yet. Create one with: alearn workgroup new \"<name>\"\n"));
    return {};
  }
  for (const auto &group : repo.workgroups) {
    const Progress progress = replay(group.step_events);
    const int current = progress.current();
    const std::string where = current == 0 ? session.t(tr("alle stappen af", "all steps done"))
                                           : session.t(tr("stap {}", "step {}", current));
    session.io.out << fmt::format(
        "{}  {}\n    {} · {} · {}\n", session.paint(Style::bold, group.slug), group.name,
        session.t(group.members.size() == 1 ? Text{"1 lid", "1 member"}
                                            : tr("{} leden", "{} members", group.members.size())),
        session.t(tr("cyclus {}", "cycle {}", progress.cycle)), where);
  }
  return {};
}

} // namespace

Command bind_workgroup_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ListOptions>();
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_list);
}

} // namespace alearn
