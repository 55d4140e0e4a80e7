// alearn workgroup show [SLUG] [--json]
#include "commands.hpp"
#include "exploration.hpp"
#include "membership.hpp"
#include "output.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct WorkgroupShowOptions {
  std::string slug;
  Output output;
};

struct ShownWorkgroup {
  const Workgroup *group = nullptr;
  Progress progress;
  std::vector<OpenAction> open_actions;
};

void print_field(Session &session, const Text &label, std::string_view value) {
  const std::string shown = value.empty() ? session.paint(Style::dim, "-") : std::string(value);
  if (value.find('\n') != std::string_view::npos || value.size() > 60) {
    session.io.out << session.paint(Style::bold, session.t(label)) << ":\n" << wrap(value, 78, "  ");
  } else {
    session.io.out << session.paint(Style::bold, session.t(label)) << ": " << shown << "\n";
  }
}

void print_members(Session &session, const Workgroup &group) {
  session.io.out << session.paint(Style::bold, session.t(tr("Leden", "Members")))
                 << fmt::format(" ({}):\n", group.members.size());
  for (const auto &member : group.members) {
    std::string line = "  - " + member.name;
    if (!member.organisation.empty()) {
      line += ", " + member.organisation;
    }
    if (!member.role.empty()) {
      line += " (" + member.role + ")";
    }
    session.io.out << line << "\n";
  }
  for (const auto &member : group.former_members) {
    const std::string left = member.left ? format_date(*member.left) : "?";
    session.io.out << session.paint(Style::dim, session.t(tr("  - {} (vertrokken {})", "  - {} (left {})",
                                                             member.name, left)))
                   << "\n";
  }
}

// How much the group has written down in steps 6 to 14.
Text records_line(const Workgroup &group) {
  return tr(
      "logboek {} · verslagen {} · op tafel {} · aannames {} · feedback {} · bronnen {} · experimenten {} · "
      "evaluaties {}",
      "logbook {} · meetings {} · on the table {} · assumptions {} · feedback {} · sources {} · experiments "
      "{} · "
      "evaluations {}",
      group.logbook.size(), group.meetings.size(), group.exploration.size(), group.assumptions.size(),
      group.feedback.size(), group.resources.size(), group.experiments.size(), group.evaluations.size());
}

void print_list(Session &session, const Text &label, const std::vector<std::string> &items) {
  session.io.out << session.paint(Style::bold, session.t(label)) << ":" << (items.empty() ? " -\n" : "\n");
  for (const auto &item : items) {
    session.io.out << wrap_item(item, 78, "  ");
  }
}

void print_workgroup(Session &session, const ShownWorkgroup &shown) {
  const Workgroup &group = *shown.group;
  const Progress &progress = shown.progress;
  session.io.out << session.paint(Style::bold, group.name) << "  (" << group.slug << ")\n";
  print_field(session, tr("Organisatie", "Organisation"), group.organisation);
  const int current = progress.current();
  print_field(session, tr("Stand", "Progress"),
              current == 0
                  ? session.t(tr("cyclus {}, alle stappen af", "cycle {}, all steps done", progress.cycle))
                  : session.t(tr("cyclus {}, stap {}", "cycle {}, step {}", progress.cycle, current)));
  print_members(session, group);
  print_field(session, tr("Probleem (stap 1)", "Problem (step 1)"), group.problem);
  if (!group.problem_statements.empty()) {
    const ProblemStatement &latest = group.problem_statements.back();
    print_field(session,
                tr("Afgekaderd op {} (stap 7)", "Narrowed on {} (step 7)", format_date(latest.meta.date)),
                latest.statement);
  }
  print_field(session, tr("Doel", "Goal"), group.design.goal);
  print_field(session, tr("Middelen", "Means"), group.design.means);
  print_field(session, tr("Randvoorwaarden", "Preconditions"), group.design.preconditions);
  print_field(session, tr("Aanpak", "Approach"), group.design.approach);
  print_list(session, tr("Afspraken (stap 4)", "Agreements (step 4)"), agreement_texts(group));
  print_field(session, tr("Start", "Start"), group.start ? format_date(*group.start) : "");
  print_field(session, tr("Einde", "End"), group.end ? format_date(*group.end) : "");
  std::vector<std::string> indicators;
  indicators.reserve(group.indicators.size());
  for (const auto &indicator : group.indicators) {
    indicators.push_back(fmt::format("{} ({})", indicator.name, indicator.slug));
  }
  print_list(session, tr("Indicatoren (stap 5)", "Indicators (step 5)"), indicators);
  print_list(session, tr("Thema's", "Themes"), group.themes);
  session.io.out << wrap(session.t(tr("Vastgelegd: {}", "Recorded: {}", session.t(records_line(group)))), 78,
                         "");
  print_open_actions(session, group, shown.open_actions);
  print_flags(session, group);
}

Json workgroup_json_of(const Session &session, const ShownWorkgroup &shown) {
  const Workgroup &group = *shown.group;
  Json json = workgroup_json(group);
  json["cycle"] = shown.progress.cycle;
  json["round"] = shown.progress.round;
  json["current_step"] = shown.progress.current();
  json["indicators"] = json_list(group.indicators, indicator_json);
  json["flags"] = flags_json(session, group);
  json["open_actions"] = json_list(shown.open_actions, open_action_json);
  json["current_problem"] = current_problem(group);
  json["records"] = {
      {"logbook", group.logbook.size()},         {"meetings", group.meetings.size()},
      {"exploration", group.exploration.size()}, {"problem_statements", group.problem_statements.size()},
      {"assumptions", group.assumptions.size()}, {"feedback", group.feedback.size()},
      {"resources", group.resources.size()},     {"experiments", group.experiments.size()},
      {"evaluations", group.evaluations.size()}};
  return json;
}

constexpr Renderers<ShownWorkgroup> workgroup_show_renderers{print_workgroup, workgroup_json_of};

Status run_workgroup_show(Session &session, const WorkgroupShowOptions &options) {
  auto group =
      options.slug.empty() ? session.workgroup() : find_workgroup(session.repository(), options.slug);
  TRY(group);
  return render(
      session, options.output,
      ShownWorkgroup{*group, replay((*group)->step_events), open_actions(**group, session.io.context.today)},
      workgroup_show_renderers);
}

} // namespace

Command bind_workgroup_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<WorkgroupShowOptions>();
  cmd->add_option(
      "slug", options->slug,
      help(lang, "De werkgroep (standaard: de gekozen)", "The workgroup (default: the chosen one)"));
  add_output_options(*cmd, options->output, lang);
  Command command = command_for(options, run_workgroup_show);
  command.workgroup_argument = [options] { return options->slug; };
  return command;
}

} // namespace alearn
