#include "check.hpp"

#include "blocker.hpp"
#include "check_since.hpp"
#include "criteria.hpp"
#include "cycle.hpp"
#include "evaluation.hpp"
#include "experiment.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "indicator_edit.hpp"
#include "lifecycle.hpp"
#include "loader.hpp"
#include "meeting_actions.hpp"
#include "privacy.hpp"
#include "repository.hpp"
#include "yaml_reader.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace alearn {
namespace fs = std::filesystem;

std::size_t CheckReport::errors() const {
  return static_cast<std::size_t>(std::ranges::count(findings, Level::error, &Finding::level));
}

std::size_t CheckReport::warnings() const {
  return static_cast<std::size_t>(std::ranges::count(findings, Level::warning, &Finding::level));
}

namespace {

// Collects the findings of one workgroup. A finding about a value points at its key or value
// in the file, which is read again only then: most files have nothing to report.
class Findings {
public:
  Findings(std::vector<Finding> &out, std::string workgroup) : out_(out), workgroup_(std::move(workgroup)) {}

  void add(Level level, std::string_view rule, const fs::path &file, Text message,
           std::string_view pointer = {}, Spot spot = Spot::value, std::optional<Advice> advice = {},
           std::vector<Advice> or_advice = {}) {
    Error where{ErrorKind::input, std::move(message), file, 0, 0};
    if (!pointer.empty()) {
      where = locate_in(file, Data::json_pointer(std::string(pointer)), std::move(where.message), spot);
    }
    where.advice = std::move(advice);
    where.or_advice = std::move(or_advice);
    out_.push_back(Finding{level, std::string(rule), std::move(where), workgroup_});
  }

private:
  static Error locate_in(const fs::path &file, const Data::json_pointer &pointer, Text message, Spot spot) {
    const Format format = file.extension() == ".md" ? Format::markdown : Format::yaml;
    auto doc = load_document(file, format, Extent::front_matter);
    if (!doc) {
      return Error{ErrorKind::input, std::move(message), file, 0, 0};
    }
    return error_at(*doc, pointer, std::move(message), spot);
  }

  std::vector<Finding> &out_;
  std::string workgroup_;
};

// --- References: who wrote and who owns. ---

// A person named in a record (who wrote it, who acted): one of the group, now or before.
void check_person(Findings &findings, const Workgroup &group, const fs::path &file, const std::string &name,
                  std::string_view pointer) {
  if (name.empty() || find_person(group, name) != nullptr) {
    return;
  }
  findings.add(
      Level::error, "reference", file,
      tr("{} is geen (oud-)lid van {}", "{} is not a member or former member of {}", name, group.slug),
      pointer);
}

void check_author(Findings &findings, const Workgroup &group, const RecordMeta &meta) {
  check_person(findings, group, meta.file, meta.author, "/author");
}

template <typename T>
void check_authors(Findings &findings, const Workgroup &group, const std::vector<T> &records) {
  for (const auto &record : records) {
    check_author(findings, group, record.meta);
  }
}

void check_experiment(Findings &findings, const Workgroup &group, const Experiment &experiment) {
  const fs::path &file = experiment.meta.file;
  const auto state = experiment.state();
  const bool open = state == ExperimentState::planned || state == ExperimentState::running;
  if (open && find_member(group, experiment.owner) == nullptr) {
    findings.add(
        Level::error, "reference", file,
        tr("de eigenaar {} is geen lid van {}; een lopend experiment heeft een eigenaar uit de groep",
           "the owner {} is not a member of {}; an open experiment needs an owner in the group",
           experiment.owner, group.slug),
        "/owner");
  } else if (!open && find_person(group, experiment.owner) == nullptr) {
    findings.add(Level::error, "reference", file,
                 tr("{} is geen (oud-)lid van {}", "{} is not a member or former member of {}",
                    experiment.owner, group.slug),
                 "/owner");
  }
  for (std::size_t i = 0; i < experiment.indicators.size(); ++i) {
    const std::string &slug = experiment.indicators[i];
    if (std::ranges::find(group.indicators, slug, &Indicator::slug) == group.indicators.end()) {
      findings.add(Level::error, "reference", file,
                   tr("{} heeft geen indicator '{}'", "{} has no indicator '{}'", group.slug, slug),
                   fmt::format("/indicators/{}", i));
    }
  }
  if (!experiment.follows.empty() && std::ranges::none_of(group.experiments, [&](const Experiment &e) {
        return e.meta.id == experiment.follows;
      })) {
    findings.add(Level::error, "reference", file,
                 tr("er is geen experiment {} om op te volgen", "there is no experiment {} to follow",
                    experiment.follows),
                 "/follows");
  }
}

void check_meeting(Findings &findings, const Workgroup &group, const Meeting &meeting, const fs::path &root) {
  check_author(findings, group, meeting.meta);
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    if (find_person(group, meeting.actions[i].owner) == nullptr) {
      findings.add(Level::error, "reference", meeting.meta.file,
                   tr("de eigenaar van een actie, {}, is geen (oud-)lid van {}",
                      "the owner of an action, {}, is not a member or former member of {}",
                      meeting.actions[i].owner, group.slug),
                   fmt::format("/actions/{}/owner", i));
    }
  }
  if (meeting.visual.empty()) {
    return;
  }
  // The path is the group's to choose, but it must not reveal what lies outside the repository.
  auto visual = resolve_inside(root, root / meeting.visual);
  if (!visual) {
    findings.add(Level::error, "reference", meeting.meta.file,
                 tr("het beeldverslag {} ligt buiten de repository",
                    "the visual report {} lies outside the repository", meeting.visual),
                 "/visual");
    return;
  }
  std::error_code ec;
  if (!fs::is_regular_file(*visual, ec)) {
    findings.add(
        Level::error, "reference", meeting.meta.file,
        tr("het beeldverslag {} bestaat niet", "the visual report {} does not exist", meeting.visual),
        "/visual");
  }
}

// A blocker names experiments of its own group, and members act in its course.
void check_blocker(Findings &findings, const Workgroup &group, const Blocker &blocker) {
  const fs::path &file = blocker.meta.file;
  for (std::size_t i = 0; i < blocker.blocks.size(); ++i) {
    const std::string &id = blocker.blocks[i];
    if (std::ranges::none_of(group.experiments, [&](const Experiment &e) { return e.meta.id == id; })) {
      findings.add(Level::error, "reference", file,
                   tr("{} heeft geen experiment {}", "{} has no experiment {}", group.slug, id),
                   fmt::format("/blocks/{}", i));
    }
  }
  for (std::size_t i = 0; i < blocker.course.size(); ++i) {
    check_person(findings, group, file, blocker.course[i].by, fmt::format("/course/{}/by", i));
  }
}

// Who marked a step, measured, challenged an assumption, agreed to share, evaluated or wrote down
// an agreement.
void check_actors(Findings &findings, const Workgroup &group) {
  for (const auto &event : group.step_events) {
    check_person(findings, group, event.file, event.by, "/by");
  }
  for (const auto &indicator : group.indicators) {
    for (const auto &measurement : indicator.measurements) {
      check_person(findings, group, measurement.file, measurement.by, "/by");
    }
  }
  for (const auto &assumption : group.assumptions) {
    for (std::size_t i = 0; i < assumption.challenges.size(); ++i) {
      check_person(findings, group, assumption.meta.file, assumption.challenges[i].by,
                   fmt::format("/challenges/{}/by", i));
    }
  }
  for (const auto &experiment : group.experiments) {
    if (experiment.shared) {
      check_person(findings, group, experiment.meta.file, experiment.shared->by, "/shared/by");
    }
  }
  for (const auto &evaluation : group.evaluations) {
    check_person(findings, group, evaluation.file, evaluation.author, "/author");
  }
  for (const auto &agreement : group.agreements) {
    if (!agreement.file.empty()) { // format 1 keeps no author
      check_person(findings, group, agreement.file, agreement.author, "/author");
    }
  }
}

void check_references(Findings &findings, const Workgroup &group, const fs::path &root) {
  check_authors(findings, group, group.logbook);
  check_authors(findings, group, group.exploration);
  check_authors(findings, group, group.problem_statements);
  check_authors(findings, group, group.assumptions);
  check_authors(findings, group, group.feedback);
  check_authors(findings, group, group.resources);
  check_authors(findings, group, group.experiments);
  check_authors(findings, group, group.sharing);
  check_authors(findings, group, group.blockers);
  for (const auto &blocker : group.blockers) {
    check_blocker(findings, group, blocker);
  }
  for (const auto &meeting : group.meetings) {
    check_meeting(findings, group, meeting, root);
  }
  for (const auto &experiment : group.experiments) {
    check_experiment(findings, group, experiment);
  }
  check_actors(findings, group);
  for (const auto &indicator : group.indicators) {
    if (indicator.owner.empty() || find_member(group, indicator.owner) != nullptr) {
      continue;
    }
    if (const auto gone = owner_gone(group, indicator)) {
      findings.add(Level::error, "reference", indicator.file, gone->message, "/owner", Spot::value,
                   gone->advice);
      continue;
    }
    findings.add(Level::error, "reference", indicator.file,
                 tr("de eigenaar {} is geen lid van {}", "the owner {} is not a member of {}",
                    indicator.owner, group.slug),
                 "/owner");
  }
}

// --- Dates: real ones are checked on reading; here, that they are not in the future and come
// in order. ---

template <typename T> void check_not_future(Findings &findings, const std::vector<T> &records, Date today) {
  for (const auto &record : records) {
    if (record.meta.date > today) {
      findings.add(Level::error, "date", record.meta.file,
                   tr("{} ligt in de toekomst", "{} lies in the future", format_date(record.meta.date)),
                   "/date");
    }
  }
}

void check_order(Findings &findings, const fs::path &file, const std::optional<Date> &earlier,
                 std::string_view first, const std::optional<Date> &later, std::string_view second) {
  if (earlier && later && *later < *earlier) {
    findings.add(Level::error, "date", file,
                 tr("'{}' ({}) ligt voor '{}' ({})", "'{}' ({}) is before '{}' ({})", second,
                    format_date(*later), first, format_date(*earlier)),
                 fmt::format("/{}", second));
  }
}

// A blocker's course follows the day it was noted, each step after the one before; none lies ahead.
void check_blocker_dates(Findings &findings, const Blocker &blocker, Date today) {
  const fs::path &file = blocker.meta.file;
  if (blocker.since > today) {
    findings.add(Level::error, "date", file,
                 tr("{} ligt in de toekomst", "{} lies in the future", format_date(blocker.since)), "/since");
  }
  Date previous = blocker.meta.date;
  for (std::size_t i = 0; i < blocker.course.size(); ++i) {
    const Date date = blocker.course[i].date;
    const std::string pointer = fmt::format("/course/{}/date", i);
    if (date > today) {
      findings.add(Level::error, "date", file,
                   tr("{} ligt in de toekomst", "{} lies in the future", format_date(date)), pointer);
    } else if (date < previous) {
      findings.add(Level::error, "date", file,
                   tr("{} ligt voor de stap ervoor ({})", "{} is before the step before it ({})",
                      format_date(date), format_date(previous)),
                   pointer);
    }
    previous = std::max(previous, date);
  }
}

// An action is due and done on or after the day of its meeting, and was not done in the future.
void check_action_dates(Findings &findings, const Meeting &meeting, Date today) {
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    const MeetingAction &action = meeting.actions[i];
    for (const auto &[date, key] : {std::pair{&action.due, "due"}, std::pair{&action.done, "done"}}) {
      if (!*date) {
        continue;
      }
      const std::string pointer = fmt::format("/actions/{}/{}", i, key);
      if (**date < meeting.meta.date) {
        findings.add(Level::error, "date", meeting.meta.file,
                     tr("{} ligt voor de bijeenkomst zelf ({})", "{} is before the meeting itself ({})",
                        format_date(**date), format_date(meeting.meta.date)),
                     pointer);
      } else if (date == &action.done && **date > today) {
        findings.add(Level::error, "date", meeting.meta.file,
                     tr("{} ligt in de toekomst", "{} lies in the future", format_date(**date)), pointer);
      }
    }
  }
}

void check_dates(Findings &findings, const Workgroup &group, Date today) {
  check_not_future(findings, group.logbook, today);
  check_not_future(findings, group.meetings, today);
  check_not_future(findings, group.exploration, today);
  check_not_future(findings, group.problem_statements, today);
  check_not_future(findings, group.assumptions, today);
  check_not_future(findings, group.feedback, today);
  check_not_future(findings, group.resources, today);
  check_not_future(findings, group.experiments, today);
  check_not_future(findings, group.sharing, today);
  check_not_future(findings, group.blockers, today);
  for (const auto &blocker : group.blockers) {
    check_blocker_dates(findings, blocker, today);
  }
  for (const auto &experiment : group.experiments) {
    const fs::path &file = experiment.meta.file;
    check_order(findings, file, experiment.meta.date, "date", experiment.started, "started");
    check_order(findings, file, experiment.started, "started", experiment.finished, "finished");
    check_order(findings, file, experiment.started.value_or(experiment.meta.date), "started",
                experiment.stopped, "stopped");
    for (const auto &[date, key] :
         {std::pair{&experiment.started, "started"}, std::pair{&experiment.finished, "finished"},
          std::pair{&experiment.stopped, "stopped"}}) {
      if (*date && **date > today) {
        findings.add(Level::error, "date", file,
                     tr("{} ligt in de toekomst", "{} lies in the future", format_date(**date)),
                     fmt::format("/{}", key));
      }
    }
  }
  for (const auto &meeting : group.meetings) {
    check_action_dates(findings, meeting, today);
  }
  for (const auto &assumption : group.assumptions) {
    for (std::size_t i = 0; i < assumption.challenges.size(); ++i) {
      if (assumption.challenges[i].date < assumption.meta.date) {
        findings.add(Level::error, "date", assumption.meta.file,
                     tr("de uitdaging ligt voor de aanname zelf ({})",
                        "the challenge is before the assumption itself ({})",
                        format_date(assumption.meta.date)),
                     fmt::format("/challenges/{}/date", i));
      }
    }
  }
}

// --- Indicators: measured, once a day, and in time. ---

void check_measurements(Findings &findings, const Indicator &indicator, Date today) {
  for (const auto &measurement : indicator.measurements) {
    if (measurement.date > today) {
      findings.add(Level::error, "date", measurement.file,
                   tr("{} ligt in de toekomst", "{} lies in the future", format_date(measurement.date)),
                   "/date");
    }
  }
  for (const Date date : duplicate_dates(indicator)) {
    std::string files;
    for (const auto &measurement : indicator.measurements) {
      if (measurement.date == date) {
        files += (files.empty() ? "" : ", ") + measurement.file.filename().string();
      }
    }
    const auto second =
        std::ranges::find_if(indicator.measurements, [&](const Measurement &m) { return m.date == date; });
    findings.add(Level::error, "measurement", (second + 1)->file,
                 tr("'{}' heeft meer dan één meting op {} ({}); houd er één",
                    "'{}' has more than one measurement on {} ({}); keep one", indicator.slug,
                    format_date(date), files),
                 "/date");
  }
}

void check_overdue(Findings &findings, const Workgroup &group, const Config &config, Date today) {
  for (const auto &indicator : group.indicators) {
    const IndicatorStatus status = indicator_status(group, indicator, config.run_chart_rules, today);
    if (!status.overdue || config.overdue == Severity::off) {
      continue;
    }
    const Level level = config.overdue == Severity::error ? Level::error : Level::warning;
    const Text last =
        status.latest ? tr("laatst gemeten op {}", "last measured on {}", format_date(status.latest->date))
                      : Text{"nog nooit gemeten", "never measured yet"};
    findings.add(
        level, "overdue", indicator.file,
        Text{fmt::format("'{}' had gemeten moeten worden op {} ({}, {}):", indicator.slug,
                         format_date(*status.due), frequency_label(indicator.frequency).nl, last.nl),
             fmt::format("'{}' was due to be measured on {} ({}, {}):", indicator.slug,
                         format_date(*status.due), frequency_label(indicator.frequency).en, last.en)},
        "/frequency", Spot::value,
        Advice{Action::indicator_record,
               {word(Param::word, indicator.slug), placeholder(Param::word, "<waarde>", "<value>")},
               group.slug});
  }
}

// --- Cycles: a cycle's file, and a record's cycle, are of a cycle that has begun. ---

template <typename T>
void check_record_cycles(Findings &findings, const std::vector<T> &records, int current) {
  for (const auto &record : records) {
    if (record.meta.cycle > current) {
      findings.add(Level::warning, "cycle", record.meta.file,
                   tr("dit verslag hoort bij cyclus {}, maar de werkgroep is in cyclus {}",
                      "this record belongs to cycle {}, but the workgroup is in cycle {}", record.meta.cycle,
                      current),
                   "/cycle");
    }
  }
}

void check_cycles(Findings &findings, const Workgroup &group) {
  const int current = current_cycle(group).number;
  for (const auto &cycle : group.cycle_files) {
    if (cycle.number > current) {
      findings.add(
          Level::warning, "cycle", cycle.file,
          tr("een bestand voor cyclus {}, maar de werkgroep is in cyclus {}; een nieuwe cyclus begint "
             "met stap 15 (step done 15 --new-cycle), die het bestand zelf schrijft",
             "a file for cycle {}, but the workgroup is in cycle {}; a new cycle begins with step 15 "
             "(step done 15 --new-cycle), which writes the file itself",
             cycle.number, current));
    }
  }
  check_record_cycles(findings, group.logbook, current);
  check_record_cycles(findings, group.meetings, current);
  check_record_cycles(findings, group.exploration, current);
  check_record_cycles(findings, group.problem_statements, current);
  check_record_cycles(findings, group.assumptions, current);
  check_record_cycles(findings, group.feedback, current);
  check_record_cycles(findings, group.resources, current);
  check_record_cycles(findings, group.sharing, current);
  check_record_cycles(findings, group.blockers, current);
  check_record_cycles(findings, group.experiments, current);
}

// --- Actions agreed at meetings: done by the day they were due. ---

void check_open_actions(Findings &findings, const Workgroup &group, Date today) {
  for (const OpenAction &open : open_actions(group, today)) {
    if (!open.overdue) {
      continue;
    }
    const MeetingAction &action = *open.action;
    findings.add(Level::warning, "action-overdue", open.meeting->meta.file,
                 tr("de actie '{}' van {} moest af zijn op {}; is ze af, zet haar dan op af met:",
                    "the action '{}' of {} was due on {}; when it is done, mark it done with:", action.what,
                    action.owner, format_date(*action.due)),
                 fmt::format("/actions/{}/due", open.number - 1), Spot::value,
                 close_action_advice(group.slug, *open.meeting, open.number));
  }
}

// --- Dates that make sense: three months at least, and closed by the end date. ---

void check_course(Findings &findings, const Workgroup &group, Date today) {
  const Cycle cycle = current_cycle(group); // a new cycle has dates of its own
  if (auto short_one = short_duration(cycle.start, cycle.end)) {
    findings.add(Level::warning, "duration", cycle.file, std::move(*short_one), "/end");
  }
  if (auto ended = past_end(group, today)) {
    std::vector<Advice> ways = std::move(ended->ways_out);
    Advice first = ways.front();
    ways.erase(ways.begin());
    findings.add(Level::warning, "past-end", cycle.file, std::move(ended->message), "/end", Spot::value,
                 std::move(first), std::move(ways));
  }
}

// --- Members: a member without an organisation is one the views of the network cannot place;
// in format 1 it is what a hasty "keep both" of a merge conflict in the members list leaves. ---

void check_members(Findings &findings, const Workgroup &group) {
  if (group.organisation.empty()) {
    return;
  }
  std::size_t listed = 0;
  for (const auto &member : group.members) {
    const bool own_file = !member.file.empty();
    if (member.organisation.empty()) {
      findings.add(Level::warning, "member", own_file ? member.file : group.file(),
                   tr("{} heeft geen organisatie; schrijf op bij welke organisatie {} werkt",
                      "{} has no organisation; write down which organisation {} works for", member.name,
                      member.name),
                   own_file ? std::string("/name") : fmt::format("/members/{}/name", listed));
    }
    listed += own_file ? 0 : 1;
  }
}

// --- Themes: the network's words, so that views across it can group by them. ---

void check_themes(Findings &findings, const Workgroup &group, const Config &config) {
  if (config.themes.empty()) {
    return;
  }
  for (std::size_t i = 0; i < group.themes.size(); ++i) {
    const std::string folded = fold_for_matching(group.themes[i]);
    if (std::ranges::any_of(config.themes,
                            [&](const std::string &theme) { return fold_for_matching(theme) == folded; })) {
      continue;
    }
    findings.add(Level::warning, "theme", group.file(),
                 tr("het thema '{}' staat niet in de thema's van het netwerk (themes in alearn.yaml); "
                    "views per thema missen deze werkgroep",
                    "the theme '{}' is not one of the network's themes (themes in alearn.yaml); views by "
                    "theme miss this workgroup",
                    group.themes[i]),
                 fmt::format("/themes/{}", i));
  }
}

// --- The process: what the steps say is done must still hold. ---

void check_process(Findings &findings, const Workgroup &group) {
  const Progress progress = replay(group.step_events);
  const Cycle cycle = current_cycle(group);
  const fs::path file = cycle.file;
  // A cycle with a file of its own gets its end date and indicators in its own step 5; a later
  // cycle without one goes on with workgroup.md's, as before cycles had files.
  const bool past_5 =
      progress.is_done(5) || progress.current() > 5 || (progress.cycle > 1 && !cycle.own_file);
  if (past_5) {
    if (!cycle.end) {
      findings.add(Level::error, "process", file,
                   tr("{} is voorbij stap 5 maar heeft geen einddatum",
                      "{} is past step 5 but has no end date", group.slug));
    }
    if (indicators_in(group, cycle.number).empty()) {
      findings.add(Level::error, "process", file,
                   tr("{} is voorbij stap 5 maar heeft geen indicatoren",
                      "{} is past step 5 but has no indicators", group.slug));
    }
  }
  for (int step = 1; step <= step_count; ++step) {
    const auto &event = progress.done_by.at(static_cast<std::size_t>(step - 1));
    if (!event || event->forced) {
      continue; // a forced step says why its criteria were not met
    }
    const StepCriteria criteria = criteria_for(step, group);
    const auto missing = criteria.unmet();
    if (missing.empty()) {
      continue;
    }
    std::string nl;
    std::string en;
    for (const auto &requirement : missing) {
      nl += (nl.empty() ? "" : "; ") + requirement.description.nl;
      en += (en.empty() ? "" : "; ") + requirement.description.en;
    }
    findings.add(Level::warning, "process", event->file,
                 Text{fmt::format("stap {} staat als afgerond, maar nu ontbreekt: {}", step, nl),
                      fmt::format("step {} is marked done, but now this is missing: {}", step, en)});
  }
}

// --- Rules in the way: a blocker nobody raised is a blocker nobody outside the group knows of. ---

void check_unraised(Findings &findings, const Workgroup &group, Date today) {
  for (const auto &blocker : group.blockers) {
    const auto waited = (std::chrono::sys_days(today) - std::chrono::sys_days(blocker.meta.date)).count();
    if (blocker.state() == BlockerState::noted && waited > unraised_days) {
      findings.add(
          Level::warning, "blocker-unraised", blocker.meta.file,
          tr("de knellende regel '{}' is op {} genoteerd en nog niet aangekaart; kaart hem aan met:",
             "the blocker '{}' was noted on {} and has not been raised yet; raise it with:", blocker.rule,
             format_date(blocker.meta.date)),
          "/date", Spot::value,
          Advice{Action::blocker_raise,
                 {word(Param::word, blocker.meta.id), placeholder(Param::with, "<bij wie>", "<with whom>")},
                 group.slug});
    }
  }
}

// --- What the file system holds besides records. ---

bool is_link(const fs::path &file) {
  std::error_code ec;
  return fs::is_symlink(fs::symlink_status(file, ec));
}

// Files that could not be read, links, alearn's leftovers and files alearn does not read.
void add_folder_findings(std::vector<Finding> &out, const std::string &slug, Errors problems,
                         const std::vector<fs::path> &links, const std::vector<fs::path> &temporaries,
                         Errors unread, const fs::path &root) {
  for (auto &problem : problems) {
    const char *rule = problem.kind == ErrorKind::conflict ? "conflict"
                       : is_link(problem.file)             ? "link"
                                                           : "file";
    out.push_back(Finding{Level::error, rule, std::move(problem), slug});
  }
  for (const auto &link : links) {
    out.push_back(
        Finding{Level::warning, "link",
                Error{ErrorKind::input,
                      tr("dit is een symbolische link; git op Windows bewaart die niet. Zet hier het "
                         "bestand of de map zelf neer",
                         "this is a symbolic link, which git on Windows does not keep; put the file or "
                         "folder itself here"),
                      link, 0, 0},
                slug});
  }
  for (const auto &temporary : temporaries) {
    const std::string relative = temporary.lexically_relative(root).generic_string();
    out.push_back(Finding{
        Level::warning, "temporary",
        Error{ErrorKind::input,
              tr("een tijdelijk bestand van alearn, achtergebleven toen alearn tijdens het schrijven werd "
                 "gestopt; commit het niet, maar verwijder het (vanuit de map van de repository):",
                 "a temporary file of alearn, left behind when alearn was stopped while writing; do not "
                 "commit it, remove it (from the repository's folder):"),
              temporary, 0, 0, Advice{Action::remove_file, {word(Param::path, relative)}, {}}},
        slug});
  }
  for (auto &file : unread) {
    out.push_back(Finding{Level::warning, "file", std::move(file), slug});
  }
}

// Links anywhere below `dir` (but in .git), outside alearn's own folders: a link that leads
// outside the repository is as much a problem in a folder of pictures as in the logbook.
void find_links(const fs::path &dir, const fs::path &real_root, std::vector<fs::path> &links,
                Errors &problems) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->symlink_status(ec).type() != fs::file_type::symlink) {
      continue;
    }
    if (auto target = resolve_inside(real_root, it->path()); target) {
      links.push_back(it->path());
    } else {
      target.error().kind = ErrorKind::input;
      problems.push_back(target.error());
    }
  }
}

// The top of the repository, but for workgroups/ and .git, which are looked at on their own.
void find_top_links(const fs::path &root, const fs::path &real_root, std::vector<fs::path> &links,
                    Errors &problems) {
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(root, ec)) {
    const std::string name = entry.path().filename().string();
    if (name == ".git" || name == "workgroups" || name == config_file_name) {
      continue;
    }
    const auto type = entry.symlink_status(ec).type();
    if (type == fs::file_type::symlink) {
      if (auto target = resolve_inside(real_root, entry.path()); target) {
        links.push_back(entry.path());
      } else {
        target.error().kind = ErrorKind::input;
        problems.push_back(target.error());
      }
    } else if (type == fs::file_type::directory) {
      find_links(entry.path(), real_root, links, problems);
    }
  }
}

// --- Identifiers: unique across the whole repository, since commands take any unique start. ---

// An identifier in eight bytes: alearn's ids are eight characters, and anything else only has
// to be told apart well enough to find candidates, which are compared in full afterwards.
std::uint64_t packed_id(std::string_view id) {
  std::uint64_t packed = 0;
  if (id.size() == sizeof packed) {
    std::memcpy(&packed, id.data(), sizeof packed);
    return packed;
  }
  return std::hash<std::string_view>{}(id);
}

struct IdSighting {
  std::uint64_t id = 0;
  std::size_t group = 0; // index of the workgroup folder it was seen in
  auto operator<=>(const IdSighting &) const = default;
};

// The workgroups that share an identifier with another record, found from the sightings alone:
// of the identifiers seen more than once, those seen in a workgroup that is `checked`.
std::vector<std::size_t> groups_with_shared_ids(std::vector<IdSighting> &sightings,
                                                const std::vector<bool> &checked,
                                                std::set<std::uint64_t> &shared) {
  std::ranges::sort(sightings);
  std::set<std::size_t> groups;
  for (std::size_t first = 0, next = 0; first < sightings.size(); first = next) {
    bool seen_in_checked = false;
    for (next = first; next < sightings.size() && sightings[next].id == sightings[first].id; ++next) {
      seen_in_checked = seen_in_checked || checked[sightings[next].group];
    }
    if (next - first < 2 || !seen_in_checked) {
      continue;
    }
    shared.insert(sightings[first].id);
    for (std::size_t i = first; i < next; ++i) {
      groups.insert(sightings[i].group);
    }
  }
  return {groups.begin(), groups.end()};
}

void report_shared_ids(std::vector<Finding> &out, std::map<std::string, std::vector<fs::path>> &files_by_id,
                       const fs::path &root) {
  for (auto &[id, files] : files_by_id) {
    if (files.size() < 2) {
      continue;
    }
    std::ranges::sort(files);
    for (std::size_t i = 1; i < files.size(); ++i) {
      const std::string other = files.front().lexically_relative(root).generic_string();
      const std::string slug = files[i].lexically_relative(root / "workgroups").begin()->string();
      out.push_back(Finding{Level::error, "identifier",
                            Error{ErrorKind::input,
                                  tr("de id {} is al in gebruik door {}; geef dit bestand een nieuwe naam",
                                     "the id {} is already used by {}; give this file a new name", id, other),
                                  files[i], 0, 0},
                            slug});
    }
  }
}

// What checking one workgroup leaves behind: its findings and the identifiers it saw. The
// workgroup itself is let go as soon as it is checked.
struct GroupCheck {
  std::vector<Finding> findings;
  std::vector<std::uint64_t> ids;
  std::size_t files = 0;
};

// What looks like a client's personal data in the files of a group, but for the members' own
// e-mail addresses; a record marked as looked at (`privacy: ok`) was left out as it was read,
// and lines marked `privacy: ok` the scanner skips itself.
void check_privacy(std::vector<Finding> &out, const Workgroup &group,
                   const std::vector<std::pair<fs::path, PrivacyFinding>> &suspects, Severity severity) {
  if (severity == Severity::off) {
    return;
  }
  const Level level = severity == Severity::error ? Level::error : Level::warning;
  const std::vector<std::string> allowed = member_emails(group);
  for (const auto &[file, found] : suspects) {
    if (found.kind == PersonalData::email && allowed_email(found.text, allowed)) {
      continue;
    }
    Error where{ErrorKind::input, personal_data_message(found), file, static_cast<int>(found.line),
                static_cast<int>(found.column)};
    out.push_back(Finding{level, "privacy", std::move(where), group.slug});
  }
}

GroupCheck check_workgroup(const FolderEntry &folder, const fs::path &root, const fs::path &real_root,
                           const Config &config, const CheckOptions &options) {
  GroupCheck result;
  // Every file is scanned as it is read; the members, who may have addresses of their own,
  // are known only once the group is loaded.
  std::vector<std::pair<fs::path, PrivacyFinding>> suspects;
  const auto inspect = [&](const Document &doc) {
    if (config.privacy != Severity::off) {
      for (PrivacyFinding &found : personal_data_in(doc)) {
        suspects.emplace_back(doc.file, std::move(found));
      }
    }
  };
  WorkgroupFolder loaded =
      load_workgroup_folder(folder, root, real_root, Extent::whole, Depth::everything, inspect);
  const Workgroup &group = loaded.group;
  result.files = loaded.files;
  for (const auto &own : loaded.own_folders) {
    find_links(own, real_root, loaded.links, loaded.problems);
  }
  add_folder_findings(result.findings, group.slug, std::move(loaded.problems), loaded.links,
                      loaded.temporaries, std::move(loaded.unread), root);
  check_privacy(result.findings, group, suspects, config.privacy);
  Findings findings(result.findings, group.slug);
  check_dates(findings, group, options.today);
  for (const auto &indicator : group.indicators) {
    check_measurements(findings, indicator, options.today);
  }
  // Who is a member, whether the group is active, where it stands: that is in its own file.
  if (loaded.own_file_read) {
    check_references(findings, group, root);
    check_overdue(findings, group, config, options.today);
    check_course(findings, group, options.today);
    check_process(findings, group);
    check_cycles(findings, group);
    check_themes(findings, group, config);
    check_members(findings, group);
  }
  check_unraised(findings, group, options.today);
  check_open_actions(findings, group, options.today);
  for (const auto &[id, file] : record_ids(group)) {
    result.ids.push_back(packed_id(id));
  }
  return result;
}

} // namespace

namespace {

// The findings about what lies around the workgroups: alearn.yaml, the top of the repository
// and the workgroups folder itself.
void check_around_workgroups(CheckReport &report, const fs::path &root, const fs::path &real_root,
                             WorkgroupFolders &found, Parsed<Config> &config) {
  if (!config) {
    add_folder_findings(report.findings, "", std::move(config.error()), {}, {}, {}, root);
  }
  ++report.files; // alearn.yaml
  Listing top = list_folder(root, real_root);
  std::vector<fs::path> links = found.listing.links;
  find_top_links(root, real_root, links, found.listing.problems);
  // alearn.yaml and workgroups/ are read through a link that stays inside (and are errors of
  // their own otherwise).
  std::error_code ec;
  for (const fs::path &fixed : {root / config_file_name, root / "workgroups"}) {
    if (fs::is_symlink(fs::symlink_status(fixed, ec)) && resolve_inside(root, fixed)) {
      links.push_back(fixed);
    }
  }
  add_folder_findings(report.findings, "", std::move(found.listing.problems), links, top.temporaries, {},
                      root);
  add_folder_findings(report.findings, "", {}, {}, found.listing.temporaries, {}, root);
}

// Which workgroups are checked: every one, the one --workgroup names, and with --since only those
// with a changed file. With --since, `new_ids` gets the identifiers of their new record files.
std::vector<bool> choose_workgroups(CheckReport &report, const WorkgroupFolders &found,
                                    const std::optional<std::string> &only, const CheckOptions &options,
                                    const fs::path &root, const fs::path &real_root,
                                    std::vector<std::string> &new_ids) {
  std::vector<bool> checked(found.folders.size(), true);
  for (std::size_t i = 0; i < checked.size(); ++i) {
    checked[i] = !only || found.folders[i].name() == *only;
  }
  if (!options.changes) {
    return checked;
  }
  const ChangedFiles &changes = *options.changes;
  const ChangedFolders changed = changed_folders(changes, found.folders, root, real_root);
  for (std::size_t i = 0; i < checked.size(); ++i) {
    checked[i] = checked[i] && changed.changed[i];
  }
  SinceScope since;
  since.revision = changes.since;
  since.base = changes.base;
  since.uncommitted = changes.uncommitted;
  since.changed_files = changes.paths.size();
  since.everything_because = changed.everything_because;
  report.since = std::move(since);
  if (changed.everything_because.empty()) {
    new_ids = new_record_ids(changes, found.folders, checked, root, real_root);
  }
  return checked;
}

// Identifiers are unique across the repository: those of the checked workgroups are compared
// with each other, and, with --since, the new ones with the names of every other workgroup's
// files. The few workgroups involved in a duplicate are read again to name its files.
void check_shared_ids(CheckReport &report, std::vector<IdSighting> &sightings, const WorkgroupFolders &found,
                      const std::vector<bool> &checked, const std::vector<std::string> &new_ids,
                      const fs::path &root, const fs::path &real_root, unsigned threads) {
  for (const NamedId &named : ids_named_elsewhere(new_ids, found.folders, checked, real_root, threads)) {
    sightings.push_back(IdSighting{packed_id(named.id), named.folder});
  }
  std::set<std::uint64_t> shared;
  const std::vector<std::size_t> involved = groups_with_shared_ids(sightings, checked, shared);
  std::map<std::string, std::vector<fs::path>> files_by_id;
  for (const std::size_t i : involved) {
    const WorkgroupFolder again =
        load_workgroup_folder(found.folders[i], root, real_root, Extent::front_matter, Depth::everything);
    for (const auto &[id, file] : record_ids(again.group)) {
      if (shared.contains(packed_id(id))) {
        files_by_id[id].push_back(file);
      }
    }
  }
  report_shared_ids(report.findings, files_by_id, root);
}

} // namespace

Result<CheckReport> check_repository(const fs::path &root, const CheckOptions &options) {
  CheckReport report;
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  if (ec) {
    return fail(ErrorKind::not_found,
                tr("kan de repository niet lezen: {}", "cannot read the repository: {}", ec.message()), root);
  }
  WorkgroupFolders found = list_workgroup_folders(root, real_root);
  std::vector<std::string> slugs;
  slugs.reserve(found.folders.size());
  for (const auto &folder : found.folders) {
    slugs.push_back(folder.name());
  }
  std::optional<std::string> only;
  if (!options.workgroup.empty()) {
    auto chosen = match_workgroup(root, slugs, options.workgroup);
    TRY(chosen);
    only = *chosen;
  }
  report.narrowed = only.has_value();
  report.all_workgroups = found.folders.size();
  auto loaded = load_config(root);
  const Config config = loaded ? *loaded : Config{};
  if (!only) {
    check_around_workgroups(report, root, real_root, found, loaded);
  }
  std::vector<std::string> new_ids;
  const std::vector<bool> checked = choose_workgroups(report, found, only, options, root, real_root, new_ids);
  std::vector<std::size_t> chosen;
  for (std::size_t i = 0; i < checked.size(); ++i) {
    if (checked[i]) {
      chosen.push_back(i);
      report.checked.push_back(slugs[i]);
    }
  }
  std::vector<GroupCheck> results(chosen.size());
  in_parallel(chosen.size(), options.threads, [&](std::size_t k) {
    results[k] = check_workgroup(found.folders[chosen[k]], root, real_root, config, options);
  });
  std::vector<IdSighting> sightings;
  for (std::size_t k = 0; k < results.size(); ++k) {
    std::ranges::move(results[k].findings, std::back_inserter(report.findings));
    report.files += results[k].files;
    for (const std::uint64_t id : results[k].ids) {
      sightings.push_back(IdSighting{id, chosen[k]});
    }
    results[k] = {};
  }
  report.workgroups = chosen.size();
  check_shared_ids(report, sightings, found, checked, new_ids, root, real_root, options.threads);
  if (options.strict) {
    for (auto &finding : report.findings) {
      finding.level = Level::error;
    }
  }
  std::ranges::stable_sort(report.findings, [](const Finding &a, const Finding &b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  return report;
}

} // namespace alearn
