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

struct Organisation {
  std::string name;
  std::string place;
  bool operator==(const Organisation &) const = default;
};

// Another repository of the network: an organisation's own, kept as a local clone that git
// keeps up to date. alearn only reads it.
struct NetworkEntry {
  std::string name;         // how the network calls it
  std::string organisation; // whose it is
  std::string path;         // the local clone: relative to this repository's root, or absolute
  std::string remote;       // where the clone comes from, shown to people; alearn never fetches it
  bool operator==(const NetworkEntry &) const = default;
};

// How `alearn check` treats a rule that may be relaxed: an indicator not measured within its
// frequency, personal data in a file.
enum class Severity { error, warning, off };

struct Config {
  int schema = current_schema;
  std::string name;
  std::optional<Lang> language;
  std::vector<Organisation> organisations;
  std::vector<std::string> themes;   // the network's themes, that workgroups choose from
  std::vector<NetworkEntry> network; // the other repositories of the network
  RuleSet run_chart_rules = RuleSet::perla;
  Severity overdue = Severity::error;
  Severity privacy = Severity::error;
  bool operator==(const Config &) const = default;
};

struct Repository {
  std::filesystem::path root;
  Config config;
  std::vector<std::string> slugs;    // every workgroup's folder name, sorted
  std::vector<Workgroup> workgroups; // the workgroups loaded (all, or those a command needs), by slug
};

// The directory holding alearn.yaml: `start` or the nearest parent of it.
std::optional<std::filesystem::path> find_repository_root(const std::filesystem::path &start);

Parsed<Config> load_config(const std::filesystem::path &root);
Parsed<Config> parse_config(const Document &doc);

// How much of the repository a command reads: a command about one workgroup reads that one
// (and alearn.yaml); a list of workgroups reads each one's own file and step events.
// A view of where workgroups stand (the network's status, its lessons and blockers) reads those
// and the indicators with their measurements, sources of help, experiments, sharing, blockers
// and evaluations, and leaves out the many records of steps 6 to 9 (logbooks, meetings,
// exploration, assumptions, feedback).
enum class Depth { own_file_and_steps, progress, everything };

struct LoadOptions {
  // Commands read Markdown files up to the end of their front matter; `check` reads them whole,
  // to find conflict markers anywhere (one file at a time, so memory does not grow with them).
  Extent extent = Extent::front_matter;
  Depth depth = Depth::everything;
  std::optional<std::string> only; // the slug of the one workgroup to load; unset: every one
  unsigned threads = 0;            // 0: as many as the machine has cores
};

// A malformed file does not stop the load: every problem found is returned, so that one run
// names them all, split by whether a command can go on without the file.
struct Loaded {
  Repository repository;
  // Files no command can do without: alearn.yaml, and the own file of the one workgroup asked for.
  Errors needed;
  // Files left out (each with what is wrong), and entries that cannot be read at all.
  Errors skipped;
  std::size_t files = 0; // how many files were read

  Errors errors() const; // needed, then skipped
};
Loaded load_repository(const std::filesystem::path &root, const LoadOptions &options = {});

// Every workgroup's folder name under workgroups/, sorted: a folder with a workgroup.md, or
// with any file at all (then its workgroup.md is missing, which is worth saying).
std::vector<std::string> list_workgroup_slugs(const std::filesystem::path &root);

// Which workgroup a command acts on: the option, then the environment, then the workgroup
// folder the user is in, then the only workgroup. Slugs match by unique prefix.
struct WorkgroupChoice {
  std::string option;
  std::string environment;
  std::filesystem::path cwd;
};
// The slug chosen among `slugs` of the repository at `root`.
Result<std::string> choose_workgroup(const std::filesystem::path &root, const std::vector<std::string> &slugs,
                                     const WorkgroupChoice &choice);
// The loaded workgroup chosen (see choose_workgroup).
Result<const Workgroup *> select_workgroup(const Repository &repo, const WorkgroupChoice &choice);
Result<const Workgroup *> find_workgroup(const Repository &repo, std::string_view slug_prefix);
// The slug that `slug_prefix` starts uniquely.
Result<std::string> match_workgroup(const std::filesystem::path &root, const std::vector<std::string> &slugs,
                                    std::string_view slug_prefix);

// The six themes of the national action-learning network (Actie Leer Netwerk), that `init`
// offers as a starting list.
std::vector<std::string> national_themes(Lang lang);

struct InitOptions {
  std::filesystem::path dir;
  std::string name; // empty: the directory's name
  Lang language = Lang::nl;
  std::vector<std::string> organisations;
  // The GitHub Action the CI workflow uses to check the repository, as `uses:` names it:
  // "owner/repo@ref" (alearn's action.yml, kept where the organisation keeps alearn). Empty: no
  // workflow.
  std::string ci_action;
  bool pages = false; // the workflow also publishes the site on GitHub Pages (needs ci_action)
  // The network's themes; unset: the six national themes in the repository's language.
  std::optional<std::vector<std::string>> themes;
};
// Creates alearn.yaml, a .gitignore for alearn's temporaries (or adds the pattern to the one
// there), and unless they exist .gitattributes, a pre-commit configuration
// (.pre-commit-config.yaml) whose local hook runs `alearn check`, and with `ci_action` a GitHub
// Actions workflow (.github/workflows/alearn.yml) that uses the action. Refuses when dir already
// holds an alearn repository, and a bad ci_action or pages without it before writing anything.
Result<std::filesystem::path> init_repository(const InitOptions &options);
// In the existing repository at `root`: writes the workflow of `options` (ci_action, pages,
// language) and nothing else; refuses when the workflow exists.
Status add_ci_workflow(const std::filesystem::path &root, const InitOptions &options);
// A usage error unless `action` is "owner/repository@ref" with GitHub's characters for the names
// and a ref of git's that needs no quoting in YAML.
Status check_ci_action(std::string_view action);

} // namespace alearn
