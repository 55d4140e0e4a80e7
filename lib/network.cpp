#include "network.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "lock.hpp"
#include "safe_text.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <mutex>

namespace alearn {
namespace fs = std::filesystem;

namespace {

bool same_name(std::string_view a, std::string_view b) {
  return fold_for_matching(a) == fold_for_matching(b);
}

bool contains_name(std::string_view whole, std::string_view part) {
  return fold_for_matching(whole).find(fold_for_matching(part)) != std::string::npos;
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

// Where an entry's clone is: its path as written, relative to this repository's root.
fs::path clone_path(const fs::path &root, std::string_view path) {
  const fs::path written{std::string(path)};
  return (written.is_absolute() ? written : root / written).lexically_normal();
}

// The commit a repository is read at, and whether its files differ from it. alearn reads only
// alearn.yaml and workgroups/, so only those count.
void read_commit(NetworkRepository &repository, const Environment &env) {
  repository.commit = trimmed(git_output(repository.root, {"rev-parse", "HEAD"}, env).value_or(""));
  if (!repository.commit.empty()) {
    const auto status = git_output(
        repository.root,
        {"status", "--porcelain", "--untracked-files=normal", "--", "alearn.yaml", "workgroups"}, env);
    repository.changed = status && !status->empty();
  }
}

// Reads an entry's alearn.yaml; what is wrong with it becomes the repository's problem.
NetworkRepository open_entry(const fs::path &root, const NetworkEntry &entry, const Environment &env) {
  NetworkRepository repository;
  repository.name = entry.name;
  repository.organisation = entry.organisation;
  repository.root = clone_path(root, entry.path);
  repository.path = entry.path;
  repository.remote = entry.remote;
  std::error_code ec;
  if (!fs::is_directory(repository.root, ec)) {
    repository.problems.emplace_back(
        ErrorKind::not_found,
        tr("de kloon van '{}' is er niet (verwacht in {}); haal hem met git clone",
           "the clone of '{}' is missing (expected at {}); get it with git clone", entry.name, entry.path),
        root / config_file_name);
    return repository;
  }
  auto config = load_config(repository.root);
  if (!config) {
    repository.problems = std::move(config.error());
    return repository;
  }
  repository.config = std::move(*config);
  repository.read = true;
  read_commit(repository, env);
  return repository;
}

std::vector<std::string> repository_names(const Network &network) {
  std::vector<std::string> names;
  for (const auto &repository : network.repositories) {
    names.push_back(repository.name);
  }
  return names;
}

void list_folders(Network &network, std::size_t index) {
  NetworkRepository &repository = network.repositories[index];
  std::error_code ec;
  const fs::path real_root = fs::canonical(repository.root, ec);
  WorkgroupFolders found = list_workgroup_folders(repository.root, ec ? repository.root : real_root);
  std::ranges::move(found.listing.problems, std::back_inserter(repository.problems));
  for (auto &folder : found.folders) {
    network.folders.push_back(NetworkFolder{index, std::move(folder)});
  }
}

} // namespace

Result<Network> open_network(const fs::path &root, const Config &config, const NetworkFilter &filter,
                             const Environment &env) {
  Network network;
  NetworkRepository own;
  own.name = config.name;
  own.root = root;
  own.path = ".";
  own.own = true;
  own.read = true;
  own.config = config;
  read_commit(own, env);
  network.repositories.push_back(std::move(own));
  for (const auto &entry : filter.own_only ? std::vector<NetworkEntry>{} : config.network) {
    network.repositories.push_back(open_entry(root, entry, env));
  }
  if (!filter.repository.empty()) {
    const std::vector<std::string> names = repository_names(network);
    std::erase_if(network.repositories, [&](const NetworkRepository &repository) {
      return !contains_name(repository.name, filter.repository);
    });
    if (network.repositories.empty()) {
      return fail(ErrorKind::not_found, tr("het netwerk heeft geen repository '{}'; wel: {}",
                                           "the network has no repository '{}'; it has: {}",
                                           filter.repository, fmt::format("{}", fmt::join(names, ", "))));
    }
  }
  for (std::size_t i = 0; i < network.repositories.size(); ++i) {
    if (network.repositories[i].read) {
      list_folders(network, i);
    }
  }
  return network;
}

Status check_theme_filter(const Network &network, const NetworkFilter &filter) {
  if (filter.theme.empty()) {
    return {};
  }
  std::vector<std::string> known;
  for (const auto &repository : network.repositories) {
    for (const auto &theme : repository.config.themes) {
      if (std::ranges::none_of(known, [&](const std::string &k) { return same_name(k, theme); })) {
        known.push_back(theme);
      }
    }
  }
  if (known.empty() ||
      std::ranges::any_of(known, [&](const std::string &k) { return same_name(k, filter.theme); })) {
    return {};
  }
  const std::vector<std::string_view> words(known.begin(), known.end());
  const std::string closest = closest_match(filter.theme, words);
  const std::string list = fmt::format("{}", fmt::join(known, ", "));
  return fail(ErrorKind::usage, closest.empty()
                                    ? tr("het netwerk kent geen thema '{}'; wel: {}",
                                         "the network has no theme '{}'; it has: {}", filter.theme, list)
                                    : tr("het netwerk kent geen thema '{}'; bedoel je '{}'? (Thema's: {})",
                                         "the network has no theme '{}'; did you mean '{}'? (Themes: {})",
                                         filter.theme, closest, list));
}

const std::string &organisation_of(const Workgroup &group, const NetworkRepository &repository) {
  return group.organisation.empty() ? repository.organisation : group.organisation;
}

bool passes(const NetworkFilter &filter, const Workgroup &group, const NetworkRepository &repository) {
  if (!filter.theme.empty() && std::ranges::none_of(group.themes, [&](const std::string &theme) {
        return same_name(theme, filter.theme);
      })) {
    return false;
  }
  return filter.organisation.empty() ||
         contains_name(organisation_of(group, repository), filter.organisation);
}

void visit_workgroups(Network &network, const NetworkFilter &filter, Depth depth, Extent extent,
                      const WorkgroupVisitor &visit, unsigned threads) {
  std::vector<fs::path> real_roots;
  for (const auto &repository : network.repositories) {
    std::error_code ec;
    const fs::path real = fs::canonical(repository.root, ec);
    real_roots.push_back(ec ? repository.root : real);
  }
  std::vector<Errors> problems(network.folders.size());
  in_parallel(network.folders.size(), threads, [&](std::size_t i) {
    const NetworkFolder &folder = network.folders[i];
    const NetworkRepository &repository = network.repositories[folder.repository];
    WorkgroupFolder loaded =
        load_workgroup_folder(folder.folder, repository.root, real_roots[folder.repository], extent, depth);
    problems[i] = std::move(loaded.problems);
    if (loaded.own_file_read && passes(filter, loaded.group, repository)) {
      visit(i, repository, loaded.group);
    }
  });
  for (std::size_t i = 0; i < problems.size(); ++i) {
    auto &into = network.repositories[network.folders[i].repository].problems;
    std::ranges::move(problems[i], std::back_inserter(into));
  }
}

namespace {

// Rewrites alearn.yaml with `edit`, under the repository's lock, once the result reads back
// as a configuration.
Status edit_config(const fs::path &root, const std::function<Result<std::string>(const Document &)> &edit) {
  auto lock = lock_folder(root);
  TRY(lock);
  const fs::path file = root / config_file_name;
  auto doc = load_document(file, Format::yaml);
  TRY(doc);
  auto text = edit(*doc);
  TRY(text);
  auto edited = parse_document(file, *text, Format::yaml);
  TRY(edited);
  if (auto config = parse_config(*edited); !config) {
    return std::unexpected(config.error().front());
  }
  return write_file_atomic(root, file, *text);
}

// A name or a clone listed twice would make one repository read twice, or two indistinguishable.
Status not_listed_yet(const fs::path &root, const Config &config, const std::string &name,
                      const fs::path &clone) {
  std::error_code ec;
  for (const auto &existing : config.network) {
    if (same_name(existing.name, name)) {
      return fail(ErrorKind::refused,
                  tr("het netwerk heeft al een repository '{}'; kies een andere naam met --name",
                     "the network already has a repository '{}'; choose another name with --name",
                     existing.name));
    }
    if (fs::equivalent(clone_path(root, existing.path), clone, ec)) {
      return fail(ErrorKind::refused, tr("die kloon staat er al in, als '{}'",
                                         "that clone is listed already, as '{}'", existing.name));
    }
  }
  return {};
}

// The path to store for a clone: relative to the repository's root, so that the entry holds
// for every member who keeps the clones side by side.
std::string stored_path(const fs::path &root, const fs::path &clone) {
  std::error_code ec;
  const fs::path relative =
      fs::weakly_canonical(clone, ec).lexically_relative(fs::weakly_canonical(root, ec));
  return relative.empty() ? clone.string() : relative.generic_string();
}

} // namespace

Result<NetworkEntry> add_network_entry(const fs::path &root, const fs::path &cwd,
                                       const NewNetworkEntry &entry, const Environment &env) {
  const fs::path clone =
      (fs::path(entry.path).is_absolute() ? fs::path(entry.path) : cwd / entry.path).lexically_normal();
  std::error_code ec;
  if (!fs::is_regular_file(clone / config_file_name, ec)) {
    return fail(ErrorKind::not_found,
                tr("in {} staat geen alearn-repository (geen alearn.yaml); clone hem eerst met git clone",
                   "{} holds no alearn repository (no alearn.yaml); clone it first with git clone",
                   entry.path));
  }
  if (fs::equivalent(clone, root, ec)) {
    return fail(ErrorKind::usage, tr("dat is deze repository zelf", "that is this repository itself"));
  }
  auto theirs = load_config(clone);
  if (!theirs) {
    return std::unexpected(theirs.error().front());
  }
  NetworkEntry stored{entry.name.empty() ? theirs->name : entry.name, entry.organisation,
                      stored_path(root, clone), entry.remote};
  if (stored.organisation.empty() && theirs->organisations.size() == 1) {
    stored.organisation = theirs->organisations.front().name;
  }
  if (stored.remote.empty()) {
    stored.remote = trimmed(git_output(clone, {"remote", "get-url", "origin"}, env).value_or(""));
  }
  std::vector<Field> fields{{"name", stored.name}};
  if (!stored.organisation.empty()) {
    fields.emplace_back("organisation", stored.organisation);
  }
  fields.emplace_back("path", stored.path);
  if (!stored.remote.empty()) {
    fields.emplace_back("remote", stored.remote);
  }
  for (const auto &[key, value] : fields) {
    TRY(check_new_value("network[]." + key, value));
  }
  // Whether it is listed already is read under the lock, from the file the edit changes.
  const auto add = [&](const Document &doc) -> Result<std::string> {
    auto config = parse_config(doc);
    if (!config) {
      return std::unexpected(config.error().front());
    }
    TRY(not_listed_yet(root, *config, stored.name, clone));
    return append_map_item(doc, {"network"}, fields);
  };
  TRY(edit_config(root, add));
  return stored;
}

Result<NetworkEntry> remove_network_entry(const fs::path &root, std::string_view name) {
  // The entry is looked up under the lock, in the file the edit changes.
  std::optional<NetworkEntry> removed;
  const auto remove = [&](const Document &doc) -> Result<std::string> {
    auto config = parse_config(doc);
    if (!config) {
      return std::unexpected(config.error().front());
    }
    std::vector<std::string_view> names;
    for (std::size_t i = 0; i < config->network.size(); ++i) {
      if (same_name(config->network[i].name, name)) {
        removed = config->network[i];
        return remove_item(doc, {"network"}, i);
      }
      names.push_back(config->network[i].name);
    }
    if (names.empty()) {
      return fail(ErrorKind::not_found, tr("het netwerk heeft nog geen andere repository",
                                           "the network has no other repository yet"));
    }
    const std::string closest = closest_match(name, names);
    const std::string list = fmt::format("{}", fmt::join(names, ", "));
    return fail(ErrorKind::not_found,
                closest.empty()
                    ? tr("het netwerk heeft geen repository '{}'; wel: {}",
                         "the network has no repository '{}'; it has: {}", name, list)
                    : tr("het netwerk heeft geen repository '{}'; bedoel je '{}'?",
                         "the network has no repository '{}'; did you mean '{}'?", name, closest));
  };
  TRY(edit_config(root, remove));
  return *removed;
}

std::vector<PullResult> pull_network(const fs::path &root, const Config &config, const Environment &env) {
  std::vector<PullResult> results;
  for (const auto &entry : config.network) {
    PullResult result;
    result.name = entry.name;
    result.root = clone_path(root, entry.path);
    std::error_code ec;
    if (!fs::is_directory(result.root, ec)) {
      result.problem =
          tr("de kloon is er niet (verwacht in {})", "the clone is missing (expected at {})", entry.path);
    } else if (!git_output(result.root, {"rev-parse", "--show-toplevel"}, env)) {
      result.problem = tr("{} is geen git-repository", "{} is not a git repository", entry.path);
    } else {
      result.before = trimmed(git_output(result.root, {"rev-parse", "HEAD"}, env).value_or(""));
      // Nobody can answer a prompt for a password here: git says so and goes on.
      Environment quiet = env;
      quiet["GIT_TERMINAL_PROMPT"] = "0";
      const GitRun pull = git_run(result.root, {"pull", "--ff-only"}, quiet);
      result.ok = pull.ran && pull.exit_code == 0;
      result.output = trimmed(pull.output);
      if (!pull.ran) {
        result.problem = tr("git kon niet worden gestart", "git could not be started");
      }
      result.after = trimmed(git_output(result.root, {"rev-parse", "HEAD"}, env).value_or(""));
    }
    results.push_back(std::move(result));
  }
  return results;
}

} // namespace alearn
