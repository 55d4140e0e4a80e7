#include "loader.hpp"

#include "assumption.hpp"
#include "blocker.hpp"
#include "experiment.hpp"
#include "exploration.hpp"
#include "feedback.hpp"
#include "files.hpp"
#include "logbook.hpp"
#include "meeting.hpp"
#include "membership.hpp"
#include "record_files.hpp"
#include "resource.hpp"
#include "sharing.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

// Loading a repository: the files of each workgroup, read and checked against their schemas.
// Workgroups load in parallel, one per thread at a time; each one's files load in order, so
// that problems are reported in the same order on every run. Nothing is read through a link
// that leads outside the repository.
namespace alearn {
namespace fs = std::filesystem;

namespace {

inline constexpr std::string_view own_file = "workgroup.md";
inline constexpr std::string_view steps_folder = "steps";
inline constexpr std::string_view indicators_folder = "indicators";

// Moves what a listing found besides readable entries into the folder's findings.
void absorb(WorkgroupFolder &out, Listing &listing) {
  std::ranges::move(listing.problems, std::back_inserter(out.problems));
  std::ranges::move(listing.links, std::back_inserter(out.links));
  std::ranges::move(listing.temporaries, std::back_inserter(out.temporaries));
}

Error unread_entry(const FolderEntry &entry, std::string_view folder, std::string_view extension) {
  if (entry.type == EntryType::folder) {
    return Error{ErrorKind::input,
                 tr("alearn leest deze map niet: in {}/ horen alleen {}-bestanden",
                    "alearn does not read this folder: {}/ holds only {} files", folder, extension),
                 entry.path, 0, 0};
  }
  return Error{ErrorKind::input,
               tr("alearn leest dit bestand niet: in {}/ horen alleen {}-bestanden",
                  "alearn does not read this file: {}/ holds only {} files", folder, extension),
               entry.path, 0, 0};
}

// The files of one of alearn's folders that end in `extension`, sorted; anything else there is
// noted as unread.
std::vector<FolderEntry> files_in(WorkgroupFolder &out, const FolderEntry &folder, std::string_view name,
                                  std::string_view extension, const fs::path &real_root) {
  Listing listing = list_folder(folder.read, real_root);
  absorb(out, listing);
  std::vector<FolderEntry> files;
  for (auto &entry : listing.entries) {
    if (entry.type == EntryType::file && entry.path.extension() == extension) {
      files.push_back(std::move(entry));
    } else {
      out.unread.push_back(unread_entry(entry, name, extension));
    }
  }
  return files;
}

// The workgroup's folder, listed once: its own file and its folders by name.
struct GroupEntries {
  std::optional<FolderEntry> own_file;
  std::map<std::string, FolderEntry, std::less<>> folders;

  const FolderEntry *folder(std::string_view name) const {
    const auto found = folders.find(name);
    return found == folders.end() ? nullptr : &found->second;
  }
};

bool is_alearn_folder(std::string_view name) {
  static constexpr std::array<std::string_view, 16> names = {
      steps_folder,         indicators_folder,    folders::logbook,      folders::meetings,
      folders::exploration, folders::problem,     folders::assumptions,  folders::feedback,
      folders::resources,   folders::experiments, folders::measurements, folders::evaluations,
      folders::sharing,     folders::blockers,    folders::members,      folders::agreements};
  return std::ranges::find(names, name) != names.end();
}

GroupEntries list_group(WorkgroupFolder &out, const FolderEntry &folder, const fs::path &real_root) {
  Listing listing = list_folder(folder.read, real_root);
  absorb(out, listing);
  GroupEntries entries;
  for (auto &entry : listing.entries) {
    const std::string name = entry.name();
    if (name == own_file) {
      entries.own_file = std::move(entry);
    } else if (is_alearn_folder(name) && entry.type == EntryType::folder) {
      entries.folders.emplace(name, std::move(entry));
    } else if (entry.type == EntryType::folder && !entry.linked) {
      out.own_folders.push_back(entry.path);
    } else if (is_alearn_folder(name)) {
      out.problems.push_back(Error{ErrorKind::input,
                                   tr("hier hoort de map {}/ van alearn, maar het is een bestand",
                                      "alearn's folder {}/ belongs here, but this is a file", name),
                                   entry.path, 0, 0});
    }
  }
  return entries;
}

// Reads record files of one workgroup and parses them; problems go to the folder's findings.
struct Reader {
  Extent extent;
  WorkgroupFolder &out;
  const DocumentInspector &inspect;

  template <typename Parse>
  auto load(const FolderEntry &entry, Format format, Parse parse)
      -> std::optional<typename decltype(parse(std::declval<const Document &>()))::value_type> {
    ++out.files;
    auto doc = load_document(entry.read, format, extent);
    if (!doc) {
      out.problems.push_back(doc.error());
      return std::nullopt;
    }
    if (inspect) {
      inspect(*doc);
    }
    auto parsed = parse(*doc);
    if (!parsed) {
      std::ranges::move(parsed.error(), std::back_inserter(out.problems));
      return std::nullopt;
    }
    return std::move(*parsed);
  }
};

struct GroupLoad {
  WorkgroupFolder &out;
  const GroupEntries &entries;
  const fs::path &real_root;
  Reader reader;

  std::vector<FolderEntry> files(std::string_view folder, std::string_view extension) {
    const FolderEntry *dir = entries.folder(folder);
    return dir == nullptr ? std::vector<FolderEntry>{} : files_in(out, *dir, folder, extension, real_root);
  }

  void read_own_file(const std::string &slug) {
    if (!entries.own_file) {
      out.problems.push_back(Error{ErrorKind::input,
                                   tr("het eigen bestand van de werkgroep, workgroup.md, ontbreekt",
                                      "the workgroup's own file, workgroup.md, is missing"),
                                   out.group.dir / own_file, 0, 0});
      return;
    }
    auto parse = [&](const Document &doc) { return parse_workgroup(doc, slug); };
    if (auto group = reader.load(*entries.own_file, Format::markdown, parse)) {
      const fs::path dir = out.group.dir;
      const fs::path root = out.group.root;
      out.group = std::move(*group);
      out.group.dir = dir;
      out.group.root = root;
      out.own_file_read = true;
    }
  }

  // Format 2: members and agreements in files of their own. Read in either format, so that a
  // repository not yet upgraded, or a list left in workgroup.md by a merge, is still read whole.
  void members_and_agreements() {
    std::vector<Member> members;
    for (const auto &file : files(folders::members, ".yaml")) {
      if (auto member = reader.load(file, Format::yaml, parse_member_file)) {
        members.push_back(std::move(*member));
      }
    }
    add_member_files(out.group, std::move(members));
    std::vector<Agreement> agreements;
    for (const auto &file : files(folders::agreements, ".yaml")) {
      if (auto agreement = reader.load(file, Format::yaml, parse_agreement)) {
        agreements.push_back(std::move(*agreement));
      }
    }
    add_agreement_files(out.group, std::move(agreements));
    std::ranges::move(duplicate_members(out.group), std::back_inserter(out.problems));
  }

  void step_events() {
    for (const auto &file : files(steps_folder, ".yaml")) {
      auto parse = [&](const Document &doc) { return parse_step_event(doc, file.path.stem().string()); };
      if (auto event = reader.load(file, Format::yaml, parse)) {
        out.group.step_events.push_back(std::move(*event));
      }
    }
    sort_events(out.group.step_events);
  }

  template <typename T, typename Parse>
  void records(std::string_view folder, Parse parse, std::vector<T> &into) {
    for (const auto &file : files(folder, ".md")) {
      if (auto record = reader.load(file, Format::markdown, parse)) {
        into.push_back(std::move(*record));
      }
    }
    sort_by_date(into);
  }

  void evaluations() {
    for (const auto &file : files(folders::evaluations, ".md")) {
      if (auto evaluation = reader.load(file, Format::markdown, parse_evaluation)) {
        out.group.evaluations.push_back(std::move(*evaluation));
      }
    }
    std::ranges::sort(out.group.evaluations, [](const Evaluation &a, const Evaluation &b) {
      return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
  }

  void work_records() {
    Workgroup &group = out.group;
    records(folders::logbook, parse_log_entry, group.logbook);
    records(folders::meetings, parse_meeting, group.meetings);
    records(folders::exploration, parse_exploration_item, group.exploration);
    records(folders::problem, parse_problem_statement, group.problem_statements);
    records(folders::assumptions, parse_assumption, group.assumptions);
    records(folders::feedback, parse_feedback, group.feedback);
    records(folders::resources, parse_resource, group.resources);
    records(folders::experiments, parse_experiment, group.experiments);
    records(folders::sharing, parse_sharing, group.sharing);
    records(folders::blockers, parse_blocker, group.blockers);
    evaluations();
  }

  // The records that say where a workgroup stands (and its sources of help), without the many
  // of steps 6 to 9.
  void progress_records() {
    Workgroup &group = out.group;
    records(folders::resources, parse_resource, group.resources);
    records(folders::experiments, parse_experiment, group.experiments);
    records(folders::sharing, parse_sharing, group.sharing);
    records(folders::blockers, parse_blocker, group.blockers);
    evaluations();
  }

  void measurements(Indicator &indicator, const FolderEntry &folder) {
    const std::string name = fmt::format("{}/{}", folders::measurements, indicator.slug);
    for (const auto &file : files_in(out, folder, name, ".yaml", real_root)) {
      auto parse = [&](const Document &doc) { return parse_measurement(doc, indicator); };
      if (auto measurement = reader.load(file, Format::yaml, parse)) {
        indicator.measurements.push_back(std::move(*measurement));
      }
    }
    std::ranges::sort(indicator.measurements, [](const Measurement &a, const Measurement &b) {
      return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
  }

  // measurements/ holds a folder per indicator. Measurements of an indicator that does not
  // exist (renamed on one branch while another measured it) would be lost from sight: an error.
  void indicators() {
    for (const auto &file : files(indicators_folder, ".md")) {
      auto parse = [&](const Document &doc) { return parse_indicator(doc, file.path.stem().string()); };
      if (auto indicator = reader.load(file, Format::markdown, parse)) {
        out.group.indicators.push_back(std::move(*indicator));
      }
    }
    const FolderEntry *dir = entries.folder(folders::measurements);
    if (dir == nullptr) {
      return;
    }
    Listing listing = list_folder(dir->read, real_root);
    absorb(out, listing);
    for (const auto &entry : listing.entries) {
      if (entry.type != EntryType::folder) {
        out.unread.push_back(
            Error{ErrorKind::input,
                  tr("alearn leest dit bestand niet: in {}/ hoort alleen een map per indicator",
                     "alearn does not read this file: {}/ holds only a folder per indicator",
                     folders::measurements),
                  entry.path, 0, 0});
        continue;
      }
      const auto indicator = std::ranges::find(out.group.indicators, entry.name(), &Indicator::slug);
      if (indicator != out.group.indicators.end()) {
        measurements(*indicator, entry);
      } else if (!indicator_file_exists(entry.name())) {
        out.problems.push_back(unknown_indicator(entry));
      }
    }
  }

  // An indicator whose own file could not be read is reported there; its measurements are not
  // measurements of an unknown indicator.
  bool indicator_file_exists(const std::string &slug) const {
    const FolderEntry *dir = entries.folder(indicators_folder);
    std::error_code ec;
    return dir != nullptr && fs::exists(fs::symlink_status(dir->read / (slug + ".md"), ec));
  }

  Error unknown_indicator(const FolderEntry &entry) const {
    std::string known;
    for (const auto &indicator : out.group.indicators) {
      known += (known.empty() ? "" : ", ") + indicator.slug;
    }
    return Error{ErrorKind::input,
                 tr("metingen van een onbekende indicator '{}'; de indicatoren zijn: {}",
                    "measurements of an unknown indicator '{}'; the indicators are: {}", entry.name(),
                    known.empty() ? std::string("-") : known),
                 entry.path, 0, 0};
  }
};

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

} // namespace

WorkgroupFolders list_workgroup_folders(const fs::path &root, const fs::path &real_root) {
  WorkgroupFolders found;
  auto dir = where_to_read(root, root / "workgroups");
  if (!dir) {
    found.listing.problems.push_back(dir.error());
    return found;
  }
  found.listing = list_folder(*dir, real_root);
  for (auto &entry : found.listing.entries) {
    std::error_code ec;
    if (entry.type == EntryType::folder &&
        (fs::exists(fs::symlink_status(entry.read / own_file, ec)) || holds_files(entry.read))) {
      found.folders.push_back(std::move(entry));
    }
  }
  found.listing.entries.clear();
  return found;
}

WorkgroupFolder load_workgroup_folder(const FolderEntry &folder, const fs::path &root,
                                      const fs::path &real_root, Extent extent, Depth depth,
                                      const DocumentInspector &inspect) {
  WorkgroupFolder out;
  out.group.slug = folder.name();
  out.group.dir = folder.read;
  out.group.root = root;
  const GroupEntries entries = list_group(out, folder, real_root);
  GroupLoad load{out, entries, real_root, Reader{extent, out, inspect}};
  load.read_own_file(out.group.slug);
  load.members_and_agreements();
  load.step_events();
  if (depth == Depth::everything) {
    load.indicators();
    load.work_records();
  } else if (depth == Depth::progress) {
    load.indicators();
    load.progress_records();
  }
  return out;
}

void in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)> &work) {
  if (threads == 0) {
    threads = std::max(1U, std::thread::hardware_concurrency());
  }
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

std::vector<std::pair<std::string, fs::path>> record_ids(const Workgroup &group) {
  std::vector<std::pair<std::string, fs::path>> ids;
  for (const auto &event : group.step_events) {
    ids.emplace_back(event.id, event.file);
  }
  for (const auto &indicator : group.indicators) {
    for (const auto &measurement : indicator.measurements) {
      ids.emplace_back(measurement.id, measurement.file);
    }
  }
  const auto add_all = [&](const auto &records) {
    for (const auto &record : records) {
      ids.emplace_back(record.meta.id, record.meta.file);
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
  add_all(group.sharing);
  add_all(group.blockers);
  for (const auto &agreement : group.agreements) {
    if (!agreement.id.empty()) {
      ids.emplace_back(agreement.id, agreement.file);
    }
  }
  for (const auto &evaluation : group.evaluations) {
    ids.emplace_back(evaluation.id, evaluation.file);
  }
  return ids;
}

std::vector<std::string> list_workgroup_slugs(const fs::path &root) {
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  std::vector<std::string> slugs;
  for (const auto &folder : list_workgroup_folders(root, ec ? root : real_root).folders) {
    slugs.push_back(folder.name());
  }
  return slugs;
}

Errors Loaded::errors() const {
  Errors all = needed;
  all.insert(all.end(), skipped.begin(), skipped.end());
  return all;
}

Loaded load_repository(const fs::path &root, const LoadOptions &options) {
  Loaded loaded;
  loaded.repository.root = root;
  auto config = load_config(root);
  ++loaded.files;
  if (!config) {
    loaded.needed = std::move(config.error());
  } else {
    loaded.repository.config = std::move(*config);
  }
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  WorkgroupFolders found = list_workgroup_folders(root, real_root);
  std::ranges::move(found.listing.problems, std::back_inserter(loaded.skipped));
  std::vector<const FolderEntry *> chosen;
  for (const auto &folder : found.folders) {
    loaded.repository.slugs.push_back(folder.name());
    if (!options.only || folder.name() == *options.only) {
      chosen.push_back(&folder);
    }
  }
  std::vector<WorkgroupFolder> groups(chosen.size());
  in_parallel(chosen.size(), options.threads, [&](std::size_t i) {
    groups[i] = load_workgroup_folder(*chosen[i], root, real_root, options.extent, options.depth);
  });
  for (auto &group : groups) {
    loaded.files += group.files;
    if (group.own_file_read) {
      std::ranges::move(group.problems, std::back_inserter(loaded.skipped));
      group.group.schema = loaded.repository.config.schema;
      loaded.repository.workgroups.push_back(std::move(group.group));
    } else {
      // Without its own file a workgroup is left out; asked for by name, that stops the command.
      for (auto &problem : group.problems) {
        const bool own = problem.file.parent_path() == group.group.dir && problem.file.filename() == own_file;
        (options.only && own ? loaded.needed : loaded.skipped).push_back(std::move(problem));
      }
    }
  }
  return loaded;
}

} // namespace alearn
