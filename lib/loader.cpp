#include "assumption.hpp"
#include "experiment.hpp"
#include "exploration.hpp"
#include "feedback.hpp"
#include "logbook.hpp"
#include "meeting.hpp"
#include "record_files.hpp"
#include "repository.hpp"
#include "resource.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

// Loading a repository: every file of every workgroup, read and checked against its schema.
// Workgroups load in parallel, one per thread at a time; each one's files load in order, so
// that problems are reported in the same order on every run.
namespace alearn {
namespace fs = std::filesystem;

namespace {

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

// Reads record files of one workgroup and parses them; problems go to `errors`.
struct Reader {
  Extent extent;
  Errors &errors;
  std::size_t &files;

  template <typename Parse>
  auto load(const fs::path &file, Format format, Parse parse)
      -> std::optional<typename decltype(parse(std::declval<const Document &>()))::value_type> {
    ++files;
    auto doc = load_document(file, format, extent);
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
};

void load_step_events(Workgroup &group, Reader &reader) {
  for (const auto &file : files_in(group.dir / "steps", ".yaml")) {
    auto parse = [&](const Document &doc) { return parse_step_event(doc, file.stem().string()); };
    if (auto event = reader.load(file, Format::yaml, parse)) {
      group.step_events.push_back(std::move(*event));
    }
  }
  sort_events(group.step_events);
}

template <typename T, typename Parse>
void load_records(Reader &reader, const fs::path &dir, Parse parse, std::vector<T> &records) {
  for (const auto &file : files_in(dir, ".md")) {
    if (auto record = reader.load(file, Format::markdown, parse)) {
      records.push_back(std::move(*record));
    }
  }
  sort_by_date(records);
}

void load_evaluations(Workgroup &group, Reader &reader) {
  for (const auto &file : files_in(group.dir / folders::evaluations, ".md")) {
    if (auto evaluation = reader.load(file, Format::markdown, parse_evaluation)) {
      group.evaluations.push_back(std::move(*evaluation));
    }
  }
  std::ranges::sort(group.evaluations, [](const Evaluation &a, const Evaluation &b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
}

void load_work_records(Workgroup &group, Reader &reader) {
  load_records(reader, group.dir / folders::logbook, parse_log_entry, group.logbook);
  load_records(reader, group.dir / folders::meetings, parse_meeting, group.meetings);
  load_records(reader, group.dir / folders::exploration, parse_exploration_item, group.exploration);
  load_records(reader, group.dir / folders::problem, parse_problem_statement, group.problem_statements);
  load_records(reader, group.dir / folders::assumptions, parse_assumption, group.assumptions);
  load_records(reader, group.dir / folders::feedback, parse_feedback, group.feedback);
  load_records(reader, group.dir / folders::resources, parse_resource, group.resources);
  load_records(reader, group.dir / folders::experiments, parse_experiment, group.experiments);
  load_evaluations(group, reader);
}

void load_measurements(const Workgroup &group, Indicator &indicator, Reader &reader) {
  for (const auto &file : files_in(group.dir / folders::measurements / indicator.slug, ".yaml")) {
    auto parse = [&](const Document &doc) { return parse_measurement(doc, indicator); };
    if (auto measurement = reader.load(file, Format::yaml, parse)) {
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

void load_indicators(Workgroup &group, Reader &reader) {
  for (const auto &file : files_in(group.dir / "indicators", ".md")) {
    auto parse = [&](const Document &doc) { return parse_indicator(doc, file.stem().string()); };
    if (auto indicator = reader.load(file, Format::markdown, parse)) {
      load_measurements(group, *indicator, reader);
      group.indicators.push_back(std::move(*indicator));
    }
  }
  check_measurement_folders(group, reader.errors);
}

// One workgroup's folder, loaded: the workgroup if its own file could be read, and every
// problem found on the way.
struct LoadedWorkgroup {
  std::optional<Workgroup> group;
  Errors errors;
  std::size_t files = 0;
};

LoadedWorkgroup load_workgroup(const fs::path &dir, const LoadOptions &options) {
  LoadedWorkgroup loaded;
  Reader reader{options.extent, loaded.errors, loaded.files};
  auto parse = [&](const Document &doc) { return parse_workgroup(doc, dir.filename().string()); };
  loaded.group = reader.load(dir / "workgroup.md", Format::markdown, parse);
  if (loaded.group) {
    load_step_events(*loaded.group, reader);
    load_indicators(*loaded.group, reader);
    load_work_records(*loaded.group, reader);
  }
  return loaded;
}

// Runs `work(i)` for every i below `count` on `threads` threads.
template <typename Work> void in_parallel(std::size_t count, unsigned threads, Work work) {
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      work(i);
    }
  };
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < std::min<std::size_t>(threads, count); ++t) {
    pool.emplace_back(worker);
  }
  worker();
}

} // namespace

Loaded load_repository(const fs::path &root, const LoadOptions &options) {
  Loaded loaded;
  loaded.repository.root = root;
  auto config = load_config(root);
  ++loaded.files;
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
  std::vector<LoadedWorkgroup> groups(dirs.size());
  const unsigned threads =
      options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
  in_parallel(dirs.size(), threads, [&](std::size_t i) { groups[i] = load_workgroup(dirs[i], options); });
  for (std::size_t i = 0; i < groups.size(); ++i) {
    LoadedWorkgroup &group = groups[i];
    loaded.errors.insert(loaded.errors.end(), group.errors.begin(), group.errors.end());
    loaded.files += group.files;
    loaded.files_of_workgroup[dirs[i].filename().string()] = group.files;
    if (group.group) {
      loaded.repository.workgroups.push_back(std::move(*group.group));
    }
  }
  return loaded;
}

} // namespace alearn
