// alearn step show N [--json]
#include "commands.hpp"
#include "criteria.hpp"
#include "render.hpp"
#include "step_actions.hpp"

namespace alearn {

namespace {

struct ShowOptions {
  int step = 0;
  bool json = false;
};

void print_done(Session &session, const StepEvent &event) {
  std::string line = session.t(tr("Afgerond op {}", "Done on {}", event.at.substr(0, 10)));
  if (!event.by.empty()) {
    line += session.t(tr(" door {}", " by {}", event.by));
  }
  if (event.forced) {
    line += session.t(tr(" (criteria overschreven)", " (criteria overridden)"));
  }
  session.io.out << line << "\n";
  if (!event.note.empty()) {
    session.io.out << wrap(event.note, 78, "  ");
  }
}

Status run_show(Session &session, const ShowOptions &options) {
  if (auto ok = check_step_number(options.step); !ok) {
    return ok;
  }
  auto group = session.workgroup();
  if (!group) {
    return std::unexpected(group.error());
  }
  const Progress progress = replay((*group)->step_events);
  const StepInfo &info = step_info(options.step);
  const StepCriteria criteria = criteria_for(options.step, **group, session.alearn_command(**group));
  const auto &done_by = progress.done_by.at(static_cast<std::size_t>(options.step - 1));
  if (options.json) {
    Json json = step_json(info, progress, session.lang);
    json["guidance"] = std::string(session.t(info.guidance));
    json["phase_description"] = std::string(session.t(phase_description(info.phase)));
    Json requirements = Json::array();
    for (const auto &requirement : criteria.requirements) {
      requirements.push_back(requirement_json(requirement, session.lang));
    }
    json["requirements"] = requirements;
    return print_json(session, json);
  }
  auto &out = session.io.out;
  out << session.paint(Style::bold, session.t(tr("Stap {}: ", "Step {}: ", info.number)) +
                                        std::string(session.t(info.title)))
      << "\n";
  out << wrap(session.t(tr("Fase: {} ({})", "Phase: {} ({})", phase_label(session, info.phase),
                           session.t(phase_description(info.phase)))),
              78, "");
  out << session.t(
      tr("Status: {}\n\n", "Status: {}\n\n", status_label(session, progress.status(options.step))));
  out << wrap(session.t(info.guidance), 78, "  ") << "\n";
  if (!criteria.requirements.empty()) {
    out << session.paint(Style::bold, session.t(tr("Wat alearn controleert:", "What alearn checks:")))
        << "\n";
    for (const auto &requirement : criteria.requirements) {
      out << "  [" << (requirement.met ? "x" : " ") << "] " << session.t(requirement.description) << "\n";
    }
  }
  if (done_by) {
    print_done(session, *done_by);
  }
  return {};
}

} // namespace

void setup_step_show(CLI::App &step, Registry &registry, Lang lang) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App *cmd =
      step.add_subcommand("show", help(lang, "Toon een stap met uitleg", "Show a step and its guidance"));
  cmd->add_option("step", options->step,
                  help(lang, "Het stapnummer, 1 tot en met 15", "The step number, 1 to 15"))
      ->required();
  cmd->add_flag("--json", options->json, help(lang, "Uitvoer als JSON", "Output as JSON"));
  cmd->fallthrough();
  registry[cmd] =
      Command{Needs::repository, [options](Session &session) { return run_show(session, *options); }};
}

} // namespace alearn
