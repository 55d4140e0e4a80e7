#pragma once
// The repository as one value: its config and every workgroup with its records, loaded once
// per command (as hledger loads its journal), then computed on.
#include "error.hpp"
#include "run_chart.hpp"
#include "text.hpp"
#include "workgroup.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

inline constexpr std::string_view config_file_name = "alearn.yaml";
inline constexpr int current_schema = 1;

struct Organisation {
  std::string name;
  std::string place;
  bool operator==(const Organisation &) const = default;
};

// How `alearn check` treats an indicator that was not measured within its frequency.
enum class Severity { error, warning };

struct Config {
  int schema = current_schema;
  std::string name;
  std::optional<Lang> language;
  std::vector<Organisation> organisations;
  RuleSet run_chart_rules = RuleSet::perla;
  Severity overdue = Severity::error;
  bool operator==(const Config &) const = default;
};

struct Repository {
  std::filesystem::path root;
  Config config;
  std::vector<Workgroup> workgroups; // sorted by slug
};

// The directory holding alearn.yaml: `start` or the nearest parent of it.
std::optional<std::filesystem::path> find_repository_root(const std::filesystem::path &start);

Parsed<Config> load_config(const std::filesystem::path &root);

// Loads everything. A malformed file does not stop the load: every problem found is returned,
// so that one run names them all.
struct LoadOptions {
  // Commands read Markdown files up to the end of their front matter; `check` reads them whole,
  // to find conflict markers anywhere (one file at a time, so memory does not grow with them).
  Extent extent = Extent::front_matter;
  unsigned threads = 0; // 0: as many as the machine has cores
};
struct Loaded {
  Repository repository;
  Errors errors;
  std::size_t files = 0;                                 // how many files were read
  std::map<std::string, std::size_t> files_of_workgroup; // of those, in each workgroup's folder
};
Loaded load_repository(const std::filesystem::path &root, const LoadOptions &options = {});

// Which workgroup a command acts on: the option, then the environment, then the workgroup
// folder the user is in, then the only workgroup. Slugs match by unique prefix.
struct WorkgroupChoice {
  std::string option;
  std::string environment;
  std::filesystem::path cwd;
};
Result<const Workgroup *> select_workgroup(const Repository &repo, const WorkgroupChoice &choice);
Result<const Workgroup *> find_workgroup(const Repository &repo, std::string_view slug_prefix);

struct InitOptions {
  std::filesystem::path dir;
  std::string name; // empty: the directory's name
  Lang language = Lang::nl;
  std::vector<std::string> organisations;
};
// Creates alearn.yaml, and unless they exist .gitattributes, a GitHub Actions workflow
// (.github/workflows/alearn.yml) and a pre-commit hook (.pre-commit-hooks.yaml) that run
// `alearn check`. Refuses when dir already holds an alearn repository.
Result<std::filesystem::path> init_repository(const InitOptions &options);

} // namespace alearn
