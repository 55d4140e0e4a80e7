// alearn step show N [--json]
#include "commands.hpp"
#include "criteria.hpp"
#include "output.hpp"
#include "step_actions.hpp"

namespace alearn {

namespace {

struct StepShowOptions {
  int step = 0;
  Output output;
};

// A step, and its status in a workgroup when one is named or implied.
struct ShownStep {
  const StepInfo *info = nullptr;
  const Workgroup *group = nullptr;
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

Json show_json(const Session &session, const ShownStep &shown) {
  const StepInfo &info = *shown.info;
  const Workgroup *group = shown.group;
  Json json{{"number", info.number},
            {"title", std::string(session.t(info.title))},
            {"phase", phase_id(info.phase)},
            {"phase_label", phase_label(session, info.phase)},
            {"phase_description", std::string(session.t(phase_description(info.phase)))},
            {"guidance", std::string(session.t(info.guidance))}};
  if (group == nullptr) {
    return json;
  }
  const Progress progress = replay(group->step_events);
  json["workgroup"] = group->slug;
  json["status"] = status_name(progress.status(info.number));
  if (const auto &event = progress.done_by.at(static_cast<std::size_t>(info.number - 1))) {
    json["done_at"] = event->at;
    json["done_by"] = event->by;
    json["note"] = event->note;
    json["forced"] = event->forced;
  }
  json["requirements"] = requirements_json(session, criteria_for(info.number, *group));
  return json;
}

void print_status(Session &session, const StepInfo &info, const Workgroup &group) {
  auto &out = session.io.out;
  const Progress progress = replay(group.step_events);
  out << session.t(tr("Status bij {}: {}\n\n", "Status in {}: {}\n\n", group.slug,
                      status_label(session, progress.status(info.number))));
  out << wrap(session.t(info.guidance), 78, "  ") << "\n";
  const StepCriteria criteria = criteria_for(info.number, group);
  if (!criteria.requirements.empty()) {
    out << session.paint(Style::bold, session.t(tr("Wat alearn controleert:", "What alearn checks:")))
        << "\n";
    for (const auto &requirement : criteria.requirements) {
      out << "  [" << (requirement.met ? "x" : " ") << "] " << session.t(requirement.description) << "\n";
    }
  }
  if (const auto &done_by = progress.done_by.at(static_cast<std::size_t>(info.number - 1))) {
    print_done(session, *done_by);
  }
}

void print_step(Session &session, const ShownStep &shown) {
  const StepInfo &info = *shown.info;
  auto &out = session.io.out;
  out << session.paint(Style::bold, session.t(tr("Stap {}: ", "Step {}: ", info.number)) +
                                        std::string(session.t(info.title)))
      << "\n";
  out << wrap(session.t(tr("Fase: {} ({})", "Phase: {} ({})", phase_label(session, info.phase),
                           session.t(phase_description(info.phase)))),
              78, "");
  if (shown.group != nullptr) {
    print_status(session, info, *shown.group);
  } else {
    out << "\n" << wrap(session.t(info.guidance), 78, "  ");
  }
}

constexpr Renderers<ShownStep> step_show_renderers{print_step, show_json};

Status run_step_show(Session &session, const StepShowOptions &options) {
  if (auto ok = check_step_number(options.step); !ok) {
    return ok;
  }
  // The step's text is the same for every workgroup: without a workgroup named or implied,
  // the step is shown on its own.
  auto group = session.workgroup();
  const bool named = !session.global.workgroup.empty() || !session.env("ALEARN_WORKGROUP").empty();
  if (!group && named) {
    return std::unexpected(group.error());
  }
  return render(session, options.output, ShownStep{&step_info(options.step), group ? *group : nullptr},
                step_show_renderers);
}

} // namespace

Command bind_step_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<StepShowOptions>();
  cmd->add_option("step", options->step,
                  help(lang, "Het stapnummer, 1 tot en met 15", "The step number, 1 to 15"))
      ->required();
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_step_show);
}

} // namespace alearn
