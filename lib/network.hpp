#pragma once
// The learning network: this repository and the other organisations' repositories its
// alearn.yaml lists, each a local clone that git keeps up to date. alearn reads them and never
// writes them. A repository that cannot be read is a warning of the view, never its failure,
// and every view says which commit of each repository it read.
//
// Workgroups are read one at a time (a few at once, one per thread) and only what a view needs
// of each is kept, so that memory is bounded by a workgroup, not by the network.
#include "git.hpp"
#include "loader.hpp"
#include "repository.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

// One repository of the network, as read.
struct NetworkRepository {
  std::string name;         // the entry's name; this repository: the name in its alearn.yaml
  std::string organisation; // the entry's organisation; empty for this repository
  std::filesystem::path root;
  std::string path; // as alearn.yaml has it; "." for this repository
  std::string remote;
  bool own = false;     // the repository alearn runs in
  bool read = false;    // its alearn.yaml was read
  std::string commit;   // the commit it was read at (git's HEAD); empty outside git
  bool changed = false; // files differ from that commit
  Config config;
  Errors problems; // why it could not be read, or what of it was left out
};

// A workgroup folder of one of the repositories.
struct NetworkFolder {
  std::size_t repository = 0; // index in Network::repositories
  FolderEntry folder;
};

struct Network {
  std::vector<NetworkRepository> repositories; // this one first, then in the order of alearn.yaml
  std::vector<NetworkFolder> folders;
};

// Which part of the network a view shows. Empty: all. Names match ignoring case and accents;
// an organisation or repository by a part of its name ("linde" for "Zorggroep De Linde").
struct NetworkFilter {
  std::string theme;
  std::string organisation;
  std::string repository; // --network: one repository of the network by its name
  bool own_only = false;  // this repository alone (the lists that span the network on request)
};

// The repositories of the network of the repository at `root` (whose config is `config`),
// with their workgroup folders; `filter.repository` limits them. `env` is git's environment.
Result<Network> open_network(const std::filesystem::path &root, const Config &config,
                             const NetworkFilter &filter, const Environment &env);

// Whether the filter's theme is one the network knows: an error with the closest known theme
// (and the list) when it is not. Without a list of themes anywhere, any theme goes.
Status check_theme_filter(const Network &network, const NetworkFilter &filter);

// The organisation a workgroup belongs to: its own, else its repository's.
const std::string &organisation_of(const Workgroup &group, const NetworkRepository &repository);

// Whether `group` of `repository` passes the filter's theme and organisation.
bool passes(const NetworkFilter &filter, const Workgroup &group, const NetworkRepository &repository);

// Reads every workgroup of the network that passes the filter, a few at once, and calls
// `visit(index, repository, group)` for each, from several threads; `index` is the folder's
// index in `network.folders`. A workgroup that cannot be read is added to its repository's
// problems. Every record file read is shown to `inspect` when given (for personal data).
using WorkgroupVisitor =
    std::function<void(std::size_t index, const NetworkRepository &repository, const Workgroup &group)>;
void visit_workgroups(Network &network, const NetworkFilter &filter, Depth depth, Extent extent,
                      const WorkgroupVisitor &visit, unsigned threads = 0);

// The same, collecting what `view` makes of each workgroup, in the order of the network.
template <typename Row>
std::vector<Row>
map_workgroups(Network &network, const NetworkFilter &filter, Depth depth, Extent extent,
               const std::function<Row(const NetworkRepository &, const Workgroup &)> &view) {
  std::vector<std::optional<Row>> slots(network.folders.size());
  visit_workgroups(network, filter, depth, extent,
                   [&](std::size_t index, const NetworkRepository &repository, const Workgroup &group) {
                     slots[index] = view(repository, group);
                   });
  std::vector<Row> rows;
  for (auto &slot : slots) {
    if (slot) {
      rows.push_back(std::move(*slot));
    }
  }
  return rows;
}

// Entries of alearn.yaml's network list.
struct NewNetworkEntry {
  std::string name;
  std::string organisation;
  std::string path; // as the user typed it, relative to the current folder
  std::string remote;
};
// Adds the entry to alearn.yaml (every other byte stays): the path must hold an alearn
// repository, and neither the name nor the clone may be listed already. The path is stored
// relative to the repository's root. Returns the entry as stored.
Result<NetworkEntry> add_network_entry(const std::filesystem::path &root, const std::filesystem::path &cwd,
                                       const NewNetworkEntry &entry, const Environment &env);
// Removes the entry named `name` from alearn.yaml; the clone itself stays where it is.
Result<NetworkEntry> remove_network_entry(const std::filesystem::path &root, std::string_view name);

// `git pull --ff-only` in each clone of the network (not in this repository), one at a time.
struct PullResult {
  std::string name;
  std::filesystem::path root;
  bool ok = false;
  std::string before; // commits
  std::string after;
  std::string output; // what git said
  Text problem;       // why it did not pull, when alearn knows
};
std::vector<PullResult> pull_network(const std::filesystem::path &root, const Config &config,
                                     const Environment &env);

} // namespace alearn
