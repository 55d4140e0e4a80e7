#include "check.hpp"

#include "criteria.hpp"
#include "evaluation.hpp"
#include "experiment.hpp"
#include "repository.hpp"
#include "yaml_reader.hpp"

#include <algorithm>
#include <unordered_map>

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
           std::string_view pointer = {}, Spot spot = Spot::value) {
    Error where{ErrorKind::input, std::move(message), file, 0, 0};
    if (!pointer.empty()) {
      where = locate_in(file, Data::json_pointer(std::string(pointer)), std::move(where.message), spot);
    }
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

void check_author(Findings &findings, const Workgroup &group, const RecordMeta &meta,
                  std::string_view key = "author") {
  if (meta.author.empty() || find_person(group, meta.author) != nullptr) {
    return;
  }
  findings.add(
      Level::error, "reference", meta.file,
      tr("{} is geen (oud-)lid van {}", "{} is not a member or former member of {}", meta.author, group.slug),
      fmt::format("/{}", key));
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
  std::error_code ec;
  if (!meeting.visual.empty() && !fs::is_regular_file(root / meeting.visual, ec)) {
    findings.add(
        Level::error, "reference", meeting.meta.file,
        tr("het beeldverslag {} bestaat niet", "the visual report {} does not exist", meeting.visual),
        "/visual");
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
  for (const auto &meeting : group.meetings) {
    check_meeting(findings, group, meeting, root);
  }
  for (const auto &experiment : group.experiments) {
    check_experiment(findings, group, experiment);
  }
  for (const auto &indicator : group.indicators) {
    if (!indicator.owner.empty() && find_member(group, indicator.owner) == nullptr) {
      findings.add(Level::error, "reference", indicator.file,
                   tr("de eigenaar {} is geen lid van {}", "the owner {} is not a member of {}",
                      indicator.owner, group.slug),
                   "/owner");
    }
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

void check_dates(Findings &findings, const Workgroup &group, Date today) {
  check_not_future(findings, group.logbook, today);
  check_not_future(findings, group.meetings, today);
  check_not_future(findings, group.exploration, today);
  check_not_future(findings, group.problem_statements, today);
  check_not_future(findings, group.assumptions, today);
  check_not_future(findings, group.feedback, today);
  check_not_future(findings, group.resources, today);
  check_not_future(findings, group.experiments, today);
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

void check_indicators(Findings &findings, const Workgroup &group, const Config &config, Date today) {
  for (const auto &indicator : group.indicators) {
    check_measurements(findings, indicator, today);
    const IndicatorStatus status = indicator_status(group, indicator, config.run_chart_rules, today);
    if (!status.overdue) {
      continue;
    }
    const Level level = config.overdue == Severity::error ? Level::error : Level::warning;
    const Text last =
        status.latest ? tr("laatst gemeten op {}", "last measured on {}", format_date(status.latest->date))
                      : Text{"nog nooit gemeten", "never measured yet"};
    findings.add(
        level, "overdue", indicator.file,
        Text{fmt::format("'{}' had gemeten moeten worden op {} ({}, {}): alearn indicator record {} <waarde>",
                         indicator.slug, format_date(*status.due), frequency_label(indicator.frequency).nl,
                         last.nl, indicator.slug),
             fmt::format("'{}' was due to be measured on {} ({}, {}): alearn indicator record {} <value>",
                         indicator.slug, format_date(*status.due), frequency_label(indicator.frequency).en,
                         last.en, indicator.slug)},
        "/frequency");
  }
}

// --- The process: what the steps say is done must still hold. ---

void check_process(Findings &findings, const Workgroup &group) {
  const Progress progress = replay(group.step_events);
  const fs::path file = group.file();
  if (progress.is_done(5) || progress.current() > 5 || progress.cycle > 1) {
    if (!group.end) {
      findings.add(Level::error, "process", file,
                   tr("{} is voorbij stap 5 maar heeft geen einddatum",
                      "{} is past step 5 but has no end date", group.slug));
    }
    if (group.indicators.empty()) {
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
    const StepCriteria criteria = criteria_for(step, group, "alearn -w " + group.slug);
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

// --- Identifiers: unique across the whole repository, since commands take any unique start. ---

// Identifiers point into the loaded records, which outlive the check.
using IdFiles = std::unordered_map<std::string_view, std::vector<const fs::path *>>;

void add_ids(IdFiles &ids, const Workgroup &group) {
  const auto add = [&](const std::string &id, const fs::path &file) { ids[id].push_back(&file); };
  for (const auto &event : group.step_events) {
    add(event.id, event.file);
  }
  for (const auto &indicator : group.indicators) {
    for (const auto &measurement : indicator.measurements) {
      add(measurement.id, measurement.file);
    }
  }
  const auto add_all = [&](const auto &records) {
    for (const auto &record : records) {
      add(record.meta.id, record.meta.file);
    }
  };
  add_all(group.logbook);
  add_all(group.meetings);
  add_all(group.exploration);
  add_all(group.problem_statements);
  add_all(group.assumptions);
  add_all(group.feedback);
  add_all(group.resources);
  add_all(group.experiments);
  for (const auto &evaluation : group.evaluations) {
    add(evaluation.id, evaluation.file);
  }
}

void check_identifiers(std::vector<Finding> &out, const Repository &repo) {
  IdFiles ids;
  for (const auto &group : repo.workgroups) {
    add_ids(ids, group);
  }
  for (auto &[id, files] : ids) {
    if (files.size() < 2) {
      continue;
    }
    std::ranges::sort(files, [](const fs::path *a, const fs::path *b) { return *a < *b; });
    for (std::size_t i = 1; i < files.size(); ++i) {
      const std::string other = files.front()->lexically_relative(repo.root).generic_string();
      const std::string slug = files[i]->lexically_relative(repo.root / "workgroups").begin()->string();
      out.push_back(Finding{Level::error, "identifier",
                            Error{ErrorKind::input,
                                  tr("de id {} is al in gebruik door {}; geef dit bestand een nieuwe naam",
                                     "the id {} is already used by {}; give this file a new name", id, other),
                                  *files[i], 0, 0},
                            slug});
    }
  }
}

void warn_unread_files(Findings &findings, const fs::path &dir, std::string_view folder,
                       std::string_view extension) {
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(dir, ec)) {
    const fs::path &file = entry.path();
    if (file.filename().string().starts_with(".")) {
      continue;
    }
    if (entry.is_directory(ec)) {
      findings.add(Level::warning, "file", file,
                   tr("alearn leest deze map niet: in {}/ horen alleen {}-bestanden",
                      "alearn does not read this folder: {}/ holds only {} files", folder, extension));
    } else if (file.extension() != extension) {
      findings.add(Level::warning, "file", file,
                   tr("alearn leest dit bestand niet: in {}/ horen alleen {}-bestanden",
                      "alearn does not read this file: {}/ holds only {} files", folder, extension));
    }
  }
}

// measurements/ holds a folder per indicator and nothing else (folders of unknown indicators
// are errors of the loader).
void warn_unread_measurement_files(Findings &findings, const fs::path &dir) {
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(dir, ec)) {
    const fs::path &file = entry.path();
    if (!file.filename().string().starts_with(".") && !entry.is_directory(ec)) {
      findings.add(Level::warning, "file", file,
                   tr("alearn leest dit bestand niet: in {}/ hoort alleen een map per indicator",
                      "alearn does not read this file: {}/ holds only a folder per indicator",
                      folders::measurements));
    }
  }
}

// Files in alearn's own folders that alearn does not read: a typo in an extension, or a note
// put in the wrong place. Other folders (pictures of flip charts, say) are the group's own.
void check_unknown_files(Findings &findings, const Workgroup &group) {
  static const std::vector<std::pair<std::string_view, std::string_view>> folders = {
      {"steps", ".yaml"},
      {"indicators", ".md"},
      {folders::logbook, ".md"},
      {folders::meetings, ".md"},
      {folders::exploration, ".md"},
      {folders::problem, ".md"},
      {folders::assumptions, ".md"},
      {folders::feedback, ".md"},
      {folders::resources, ".md"},
      {folders::experiments, ".md"},
      {folders::evaluations, ".md"}};
  for (const auto &[folder, extension] : folders) {
    warn_unread_files(findings, group.dir / folder, folder, extension);
  }
  warn_unread_measurement_files(findings, group.dir / folders::measurements);
  for (const auto &indicator : group.indicators) {
    const std::string folder = fmt::format("{}/{}", folders::measurements, indicator.slug);
    warn_unread_files(findings, group.dir / folder, folder, ".yaml");
  }
}

std::string workgroup_of(const fs::path &file, const fs::path &root) {
  const fs::path relative = file.lexically_relative(root / "workgroups");
  return relative.empty() || *relative.begin() == ".." ? std::string{} : relative.begin()->string();
}

} // namespace

Result<CheckReport> check_repository(const fs::path &root, const CheckOptions &options) {
  Loaded loaded = load_repository(root, LoadOptions{Extent::whole, options.threads});
  const Repository &repo = loaded.repository;
  std::string only;
  if (!options.workgroup.empty()) {
    auto chosen = find_workgroup(repo, options.workgroup);
    if (!chosen) {
      return std::unexpected(chosen.error());
    }
    only = (*chosen)->slug;
  }
  CheckReport report;
  report.files = only.empty() ? loaded.files : loaded.files_of_workgroup[only];
  for (auto &error : loaded.errors) {
    std::string slug = workgroup_of(error.file, root);
    const char *rule = error.kind == ErrorKind::conflict ? "conflict" : "file";
    report.findings.push_back(Finding{Level::error, rule, std::move(error), std::move(slug)});
  }
  for (const auto &group : repo.workgroups) {
    if (!only.empty() && group.slug != only) {
      continue;
    }
    ++report.workgroups;
    Findings findings(report.findings, group.slug);
    check_references(findings, group, root);
    check_dates(findings, group, options.today);
    check_indicators(findings, group, repo.config, options.today);
    check_process(findings, group);
    check_unknown_files(findings, group);
  }
  check_identifiers(report.findings, repo);
  if (!only.empty()) {
    std::erase_if(report.findings, [&](const Finding &finding) {
      return !finding.workgroup.empty() && finding.workgroup != only;
    });
  }
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
