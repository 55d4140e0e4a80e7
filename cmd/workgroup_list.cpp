// alearn workgroup list [--theme T] [--json]
#include "commands.hpp"
#include "ids.hpp"
#include "output.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct WorkgroupListOptions {
  std::string theme; // only the workgroups with this theme (ignoring case and accents)
  Output output;
};

Json workgroups_json(const Session & /*session*/, const std::vector<Workgroup> &groups) {
  Json list = Json::array();
  for (const auto &group : groups) {
    const Progress progress = replay(group.step_events);
    Json item = workgroup_json(group);
    item["cycle"] = progress.cycle;
    item["current_step"] = progress.current();
    list.push_back(item);
  }
  return list;
}

void print_workgroups(Session &session, const std::vector<Workgroup> &groups) {
  if (groups.empty()) {
    print_advice(session, tr("Nog geen werkgroepen. Maak er een met:", "No workgroups yet. Create one with:"),
                 Advice{Action::workgroup_new, {placeholder(Param::text, "<naam>", "<name>")}, {}});
  }
  for (const auto &group : groups) {
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
}

constexpr Renderers<std::vector<Workgroup>> workgroup_list_renderers{print_workgroups, workgroups_json};

Status run_workgroup_list(Session &session, const WorkgroupListOptions &options) {
  std::vector<Workgroup> groups = session.repository().workgroups;
  if (!options.theme.empty()) {
    std::erase_if(groups, [&](const Workgroup &group) {
      return std::ranges::none_of(group.themes, [&](const std::string &theme) {
        return fold_for_matching(theme) == fold_for_matching(options.theme);
      });
    });
  }
  return render(session, options.output, groups, workgroup_list_renderers);
}

} // namespace

Command bind_workgroup_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<WorkgroupListOptions>();
  cmd->add_option("--theme", options->theme,
                  help(lang, "Alleen werkgroepen met dit thema", "Only workgroups with this theme"));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_workgroup_list);
}

} // namespace alearn
