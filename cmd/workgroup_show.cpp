// alearn workgroup show [SLUG] [--cycle N] [--json]
#include "commands.hpp"
#include "cycle.hpp"
#include "exploration.hpp"
#include "membership.hpp"
#include "output.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct WorkgroupShowOptions {
  std::string slug;
  std::optional<int> cycle;
  Output output;
};

// How much the group has written down in steps 6 to 14, in the cycle shown.
struct RecordCounts {
  std::size_t logbook = 0, meetings = 0, exploration = 0, problem_statements = 0, assumptions = 0,
              feedback = 0, resources = 0, experiments = 0, evaluations = 0;
};

struct ShownWorkgroup {
  const Workgroup *group = nullptr;
  Progress progress;
  std::vector<Cycle> cycles;                // every cycle begun
  Cycle cycle;                              // the one shown
  std::string narrowed;                     // its problem as narrowed in step 7
  const ProblemStatement *latest = nullptr; // its latest narrowing, if any
  std::vector<const Indicator *> indicators;
  RecordCounts counts;
  std::vector<OpenAction> open_actions;
};

RecordCounts count_records(const Workgroup &group, int cycle) {
  RecordCounts counts;
  counts.logbook = records_in(group, group.logbook, cycle).size();
  counts.meetings = records_in(group, group.meetings, cycle).size();
  counts.exploration = records_in(group, group.exploration, cycle).size();
  counts.problem_statements = records_in(group, group.problem_statements, cycle).size();
  counts.assumptions = records_in(group, group.assumptions, cycle).size();
  counts.feedback = records_in(group, group.feedback, cycle).size();
  counts.resources = records_in(group, group.resources, cycle).size();
  counts.experiments = records_in(group, group.experiments, cycle).size();
  counts.evaluations =
      static_cast<std::size_t>(std::ranges::count(group.evaluations, cycle, &Evaluation::cycle));
  return counts;
}

// Which cycle is shown, when the workgroup has had more than one.
std::string cycle_line(const Session &session, const ShownWorkgroup &shown) {
  const Cycle &cycle = shown.cycle;
  const std::string began = cycle.began ? format_date(*cycle.began) : "";
  if (cycle.current) {
    return cycle.began ? session.t(tr("{} (begonnen op {}; eerdere: --cycle {})",
                                      "{} (began on {}; earlier ones: --cycle {})", cycle.number, began,
                                      cycle.number - 1))
                       : std::to_string(cycle.number);
  }
  const std::string ended = cycle.ended ? format_date(*cycle.ended) : "?";
  return session.t(tr("{} van {} (afgesloten op {})", "{} of {} (closed on {})", cycle.number,
                      shown.cycles.size(), ended));
}

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

Text records_line(const RecordCounts &counts) {
  return tr(
      "logboek {} · verslagen {} · op tafel {} · aannames {} · feedback {} · bronnen {} · experimenten {} · "
      "evaluaties {}",
      "logbook {} · meetings {} · on the table {} · assumptions {} · feedback {} · sources {} · experiments "
      "{} · "
      "evaluations {}",
      counts.logbook, counts.meetings, counts.exploration, counts.assumptions, counts.feedback,
      counts.resources, counts.experiments, counts.evaluations);
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
  if (shown.cycles.size() > 1) {
    print_field(session, tr("Cyclus", "Cycle"), cycle_line(session, shown));
  }
  print_members(session, group);
  const Cycle &cycle = shown.cycle;
  print_field(session, tr("Probleem (stap 1)", "Problem (step 1)"), cycle.problem);
  if (shown.latest != nullptr) {
    print_field(
        session,
        tr("Afgekaderd op {} (stap 7)", "Narrowed on {} (step 7)", format_date(shown.latest->meta.date)),
        shown.latest->statement);
  }
  print_field(session, tr("Doel", "Goal"), cycle.design.goal);
  print_field(session, tr("Middelen", "Means"), cycle.design.means);
  print_field(session, tr("Randvoorwaarden", "Preconditions"), cycle.design.preconditions);
  print_field(session, tr("Aanpak", "Approach"), cycle.design.approach);
  print_list(session, tr("Afspraken (stap 4)", "Agreements (step 4)"), agreement_texts(group));
  print_field(session, tr("Start", "Start"), cycle.start ? format_date(*cycle.start) : "");
  print_field(session, tr("Einde", "End"), cycle.end ? format_date(*cycle.end) : "");
  std::vector<std::string> indicators;
  indicators.reserve(shown.indicators.size());
  for (const Indicator *indicator : shown.indicators) {
    indicators.push_back(fmt::format("{} ({})", indicator->name, indicator->slug));
  }
  print_list(session, tr("Indicatoren (stap 5)", "Indicators (step 5)"), indicators);
  print_list(session, tr("Thema's", "Themes"), group.themes);
  session.io.out << wrap(
      session.t(tr("Vastgelegd: {}", "Recorded: {}", session.t(records_line(shown.counts)))), 78, "");
  print_open_actions(session, group, shown.open_actions);
  print_flags(session, group);
}

Json workgroup_json_of(const Session &session, const ShownWorkgroup &shown) {
  const Workgroup &group = *shown.group;
  const Cycle &cycle = shown.cycle;
  Json json = workgroup_json(group);
  // The problem, design and dates of the cycle shown.
  json["problem"] = cycle.problem;
  json["design"] = {{"goal", cycle.design.goal},
                    {"means", cycle.design.means},
                    {"preconditions", cycle.design.preconditions},
                    {"approach", cycle.design.approach}};
  json["start"] = date_json(cycle.start);
  json["end"] = date_json(cycle.end);
  json["cycle"] = shown.progress.cycle;
  json["round"] = shown.progress.round;
  json["current_step"] = shown.progress.current();
  json["shown_cycle"] = cycle.number;
  json["cycles"] = json_list(shown.cycles, [&](const Cycle &each) {
    return Json{{"number", each.number},
                {"began", date_json(each.began)},
                {"ended", date_json(each.ended)},
                {"file", each.file.lexically_relative(group.root).generic_string()}};
  });
  json["indicators"] =
      json_list(shown.indicators, [](const Indicator *indicator) { return indicator_json(*indicator); });
  json["flags"] = flags_json(session, group);
  json["open_actions"] = json_list(shown.open_actions, open_action_json);
  json["current_problem"] = shown.narrowed;
  const RecordCounts &counts = shown.counts;
  json["records"] = {{"logbook", counts.logbook},         {"meetings", counts.meetings},
                     {"exploration", counts.exploration}, {"problem_statements", counts.problem_statements},
                     {"assumptions", counts.assumptions}, {"feedback", counts.feedback},
                     {"resources", counts.resources},     {"experiments", counts.experiments},
                     {"evaluations", counts.evaluations}};
  return json;
}

constexpr Renderers<ShownWorkgroup> workgroup_show_renderers{print_workgroup, workgroup_json_of};

Status run_workgroup_show(Session &session, const WorkgroupShowOptions &options) {
  auto group =
      options.slug.empty() ? session.workgroup() : find_workgroup(session.repository(), options.slug);
  TRY(group);
  const Workgroup &workgroup = **group;
  ShownWorkgroup shown;
  shown.group = &workgroup;
  shown.progress = replay(workgroup.step_events);
  shown.cycles = workgroup_cycles(workgroup);
  auto cycle = options.cycle ? find_cycle(workgroup, *options.cycle) : Result<Cycle>(shown.cycles.back());
  if (!cycle) {
    cycle.error().inputs = {Param::cycle};
    return std::unexpected(std::move(cycle.error()));
  }
  shown.cycle = std::move(*cycle);
  shown.narrowed = narrowed_problem(workgroup, shown.cycle);
  if (const auto statements = records_in(workgroup, workgroup.problem_statements, shown.cycle.number);
      !statements.empty()) {
    shown.latest = statements.back();
  }
  shown.indicators = indicators_in(workgroup, shown.cycle.number);
  shown.counts = count_records(workgroup, shown.cycle.number);
  shown.open_actions = open_actions(workgroup, session.io.context.today);
  return render(session, options.output, shown, workgroup_show_renderers);
}

} // namespace

Command bind_workgroup_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<WorkgroupShowOptions>();
  cmd->add_option(
      "slug", options->slug,
      help(lang, "De werkgroep (standaard: de gekozen)", "The workgroup (default: the chosen one)"));
  cmd->add_option("--cycle", options->cycle,
                  help(lang, "Deze cyclus (standaard: de huidige)", "This cycle (default: the current one)"));
  add_output_options(*cmd, options->output, lang);
  Command command = command_for(options, run_workgroup_show);
  command.workgroup_argument = [options] { return options->slug; };
  return command;
}

} // namespace alearn
