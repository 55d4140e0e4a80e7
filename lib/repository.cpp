#include "repository.hpp"

#include "assumption.hpp"
#include "document.hpp"
#include "experiment.hpp"
#include "exploration.hpp"
#include "feedback.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "logbook.hpp"
#include "meeting.hpp"
#include "record_files.hpp"
#include "resource.hpp"
#include "schema.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <array>

namespace alearn {
namespace fs = std::filesystem;

std::optional<fs::path> find_repository_root(const fs::path &start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  while (!dir.empty()) {
    if (fs::is_regular_file(dir / config_file_name, ec)) {
      return dir;
    }
    if (dir == dir.parent_path()) {
      break;
    }
    dir = dir.parent_path();
  }
  return std::nullopt;
}

namespace {

Parsed<Config> parse_config(const Document &doc) {
  if (auto errors = schema_errors(doc, "config"); !errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  Config config;
  config.schema = static_cast<int>(integer_field(data, "schema"));
  config.name = text_field(data, "name");
  Lang lang{};
  if (parse_lang(text_field(data, "language"), lang)) {
    config.language = lang;
  }
  for (const auto &item : data.value("organisations", Data::array())) {
    config.organisations.push_back(Organisation{text_field(item, "name"), text_field(item, "place")});
  }
  config.run_chart_rules =
      parse_rule_set(text_field(data.value("run_chart", Data::object()), "rules")).value_or(RuleSet::perla);
  if (text_field(data.value("check", Data::object()), "overdue") == "warning") {
    config.overdue = Severity::warning;
  }
  return config;
}

// Whether a folder holds any file, however deep. git keeps no empty folders, so an empty one is
// someone's leftover, not a workgroup with a missing file.
bool holds_files(const fs::path &dir) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec)) {
      return true;
    }
  }
  return false;
}

// The files of one kind in a directory, sorted by name so that every run reads in one order.
std::vector<fs::path> files_in(const fs::path &dir, std::string_view extension) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(dir, ec)) {
    const auto &path = entry.path();
    if (entry.is_regular_file(ec) && path.extension() == extension &&
        !path.filename().string().starts_with(".")) {
      files.push_back(path);
    }
  }
  std::ranges::sort(files);
  return files;
}

// Reads one record file and parses it; problems go to `errors`.
template <typename Parse>
auto load_record(const fs::path &file, Format format, Parse parse, Errors &errors)
    -> std::optional<typename decltype(parse(std::declval<const Document &>()))::value_type> {
  auto doc = load_document(file, format, Extent::front_matter);
  if (!doc) {
    errors.push_back(doc.error());
    return std::nullopt;
  }
  auto parsed = parse(*doc);
  if (!parsed) {
    errors.insert(errors.end(), parsed.error().begin(), parsed.error().end());
    return std::nullopt;
  }
  return std::move(*parsed);
}

void load_step_events(Workgroup &group, Errors &errors) {
  for (const auto &file : files_in(group.dir / "steps", ".yaml")) {
    auto parse = [&](const Document &doc) { return parse_step_event(doc, file.stem().string()); };
    if (auto event = load_record(file, Format::yaml, parse, errors)) {
      group.step_events.push_back(std::move(*event));
    }
  }
  sort_events(group.step_events);
}

template <typename T, typename Parse>
void load_records(const fs::path &dir, Parse parse, std::vector<T> &records, Errors &errors) {
  for (const auto &file : files_in(dir, ".md")) {
    if (auto record = load_record(file, Format::markdown, parse, errors)) {
      records.push_back(std::move(*record));
    }
  }
  sort_by_date(records);
}

void load_evaluations(Workgroup &group, Errors &errors) {
  for (const auto &file : files_in(group.dir / folders::evaluations, ".md")) {
    if (auto evaluation = load_record(file, Format::markdown, parse_evaluation, errors)) {
      group.evaluations.push_back(std::move(*evaluation));
    }
  }
  std::ranges::sort(group.evaluations, [](const Evaluation &a, const Evaluation &b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
}

void load_work_records(Workgroup &group, Errors &errors) {
  load_records(group.dir / folders::logbook, parse_log_entry, group.logbook, errors);
  load_records(group.dir / folders::meetings, parse_meeting, group.meetings, errors);
  load_records(group.dir / folders::exploration, parse_exploration_item, group.exploration, errors);
  load_records(group.dir / folders::problem, parse_problem_statement, group.problem_statements, errors);
  load_records(group.dir / folders::assumptions, parse_assumption, group.assumptions, errors);
  load_records(group.dir / folders::feedback, parse_feedback, group.feedback, errors);
  load_records(group.dir / folders::resources, parse_resource, group.resources, errors);
  load_records(group.dir / folders::experiments, parse_experiment, group.experiments, errors);
  load_evaluations(group, errors);
}

void load_measurements(const Workgroup &group, Indicator &indicator, Errors &errors) {
  for (const auto &file : files_in(group.dir / folders::measurements / indicator.slug, ".yaml")) {
    auto parse = [&](const Document &doc) { return parse_measurement(doc, indicator); };
    if (auto measurement = load_record(file, Format::yaml, parse, errors)) {
      indicator.measurements.push_back(std::move(*measurement));
    }
  }
  std::ranges::sort(indicator.measurements, [](const Measurement &a, const Measurement &b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
}

// Measurements in a folder of an indicator that does not exist: renamed on one branch while
// another measured it, perhaps. They would be lost from sight, so they are an error.
void check_measurement_folders(const Workgroup &group, Errors &errors) {
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(group.dir / folders::measurements, ec)) {
    const std::string slug = entry.path().filename().string();
    if (entry.is_directory(ec) && !slug.starts_with(".") &&
        std::ranges::find(group.indicators, slug, &Indicator::slug) == group.indicators.end()) {
      std::string known;
      for (const auto &indicator : group.indicators) {
        known += (known.empty() ? "" : ", ") + indicator.slug;
      }
      errors.push_back(Error{ErrorKind::input,
                             tr("metingen van een onbekende indicator '{}'; de indicatoren zijn: {}",
                                "measurements of an unknown indicator '{}'; the indicators are: {}", slug,
                                known.empty() ? std::string("-") : known),
                             entry.path(), 0, 0});
    }
  }
}

void load_indicators(Workgroup &group, Errors &errors) {
  for (const auto &file : files_in(group.dir / "indicators", ".md")) {
    auto parse = [&](const Document &doc) { return parse_indicator(doc, file.stem().string()); };
    if (auto indicator = load_record(file, Format::markdown, parse, errors)) {
      load_measurements(group, *indicator, errors);
      group.indicators.push_back(std::move(*indicator));
    }
  }
  check_measurement_folders(group, errors);
}

} // namespace

Parsed<Config> load_config(const fs::path &root) {
  auto doc = load_document(root / config_file_name, Format::yaml);
  if (!doc) {
    return std::unexpected(Errors{doc.error()});
  }
  return parse_config(*doc);
}

Loaded load_repository(const fs::path &root) {
  Loaded loaded;
  loaded.repository.root = root;
  auto config = load_config(root);
  if (!config) {
    loaded.errors = std::move(config.error());
  } else {
    loaded.repository.config = std::move(*config);
  }
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (const auto &entry : fs::directory_iterator(root / "workgroups", ec)) {
    const fs::path &dir = entry.path();
    if (entry.is_directory(ec) && !dir.filename().string().starts_with(".") &&
        (fs::exists(dir / "workgroup.md", ec) || holds_files(dir))) {
      dirs.push_back(entry.path());
    }
  }
  std::ranges::sort(dirs);
  for (const auto &dir : dirs) {
    auto parse = [&](const Document &doc) { return parse_workgroup(doc, dir.filename().string()); };
    auto group = load_record(dir / "workgroup.md", Format::markdown, parse, loaded.errors);
    if (!group) {
      continue;
    }
    load_step_events(*group, loaded.errors);
    load_indicators(*group, loaded.errors);
    load_work_records(*group, loaded.errors);
    loaded.repository.workgroups.push_back(std::move(*group));
  }
  return loaded;
}

namespace {

std::string workgroup_list(const Repository &repo) {
  std::string list;
  for (const auto &group : repo.workgroups) {
    list += fmt::format("\n  {}  ({})", group.slug, group.name);
  }
  return list;
}

} // namespace

Result<const Workgroup *> find_workgroup(const Repository &repo, std::string_view slug_prefix) {
  std::vector<std::string> slugs;
  slugs.reserve(repo.workgroups.size());
  for (const auto &group : repo.workgroups) {
    slugs.push_back(group.slug);
  }
  const auto matches = match_prefix(slug_prefix, slugs);
  if (matches.size() == 1) {
    const auto found = std::ranges::find(repo.workgroups, matches.front(), &Workgroup::slug);
    return &*found;
  }
  if (matches.empty()) {
    return fail(ErrorKind::not_found,
                tr("er is geen werkgroep '{}'; kies uit:{}", "there is no workgroup '{}'; choose from:{}",
                   slug_prefix, workgroup_list(repo)));
  }
  std::string candidates;
  for (const auto &slug : matches) {
    candidates += "\n  " + slug;
  }
  return fail(ErrorKind::usage, tr("'{}' past bij meer dan één werkgroep:{}",
                                   "'{}' matches more than one workgroup:{}", slug_prefix, candidates));
}

Result<const Workgroup *> select_workgroup(const Repository &repo, const WorkgroupChoice &choice) {
  if (!choice.option.empty()) {
    return find_workgroup(repo, choice.option);
  }
  if (!choice.environment.empty()) {
    return find_workgroup(repo, choice.environment);
  }
  std::error_code ec;
  const fs::path cwd = fs::weakly_canonical(choice.cwd, ec);
  for (const auto &group : repo.workgroups) {
    const fs::path dir = fs::weakly_canonical(group.dir, ec);
    const auto [end, _] = std::ranges::mismatch(dir, cwd);
    if (end == dir.end()) {
      return &group;
    }
  }
  if (repo.workgroups.size() == 1) {
    return &repo.workgroups.front();
  }
  if (repo.workgroups.empty()) {
    return fail(ErrorKind::not_found,
                tr("deze repository heeft nog geen werkgroep; maak er een met: alearn workgroup new NAAM",
                   "this repository has no workgroup yet; create one with: alearn workgroup new NAME"));
  }
  return fail(ErrorKind::usage,
              tr("welke werkgroep? Geef --workgroup (of ALEARN_WORKGROUP), of ga in de map van een werkgroep "
                 "staan. Werkgroepen:{}",
                 "which workgroup? Give --workgroup (or ALEARN_WORKGROUP), or work inside a workgroup's "
                 "folder. Workgroups:{}",
                 workgroup_list(repo)));
}

Result<fs::path> init_repository(const InitOptions &options) {
  std::error_code ec;
  fs::path dir = fs::absolute(options.dir, ec).lexically_normal();
  if (!dir.has_filename() && dir.has_parent_path()) {
    dir = dir.parent_path(); // "/tmp/net/" -> "/tmp/net"
  }
  if (fs::exists(dir / config_file_name, ec)) {
    return fail(ErrorKind::refused,
                tr("hier staat al een alearn-repository; er is niets veranderd",
                   "an alearn repository already exists here; nothing was changed"),
                dir / config_file_name);
  }
  std::string name = options.name.empty() ? dir.filename().string() : options.name;
  std::string config = options.language == Lang::nl
                           ? "# alearn-repository: zie docs/format.md van alearn voor alle velden.\n"
                           : "# alearn repository: see alearn's docs/format.md for every field.\n";
  config += fmt::format("schema: {}\nname: {}\nlanguage: {}\norganisations:\n", current_schema,
                        render_scalar(name, 2), lang_code(options.language));
  for (const auto &organisation : options.organisations) {
    config += "  - name: " + render_scalar(organisation, 4) + "\n";
  }
  const std::string attributes = "# Keep line endings LF in the repository, whatever the editor.\n"
                                 "* text=auto eol=lf\n";
  if (auto written = write_file_atomic(dir / config_file_name, config, Overwrite::refuse); !written) {
    return std::unexpected(written.error());
  }
  // A .gitattributes of the user's own stays as it is.
  if (auto written = write_file_atomic(dir / ".gitattributes", attributes, Overwrite::refuse);
      !written && written.error().kind != ErrorKind::refused) {
    return std::unexpected(written.error());
  }
  return dir;
}

} // namespace alearn
