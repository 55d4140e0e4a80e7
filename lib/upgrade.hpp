#pragma once
// `alearn upgrade`: rewrites a repository of format 1 to format 2. Members and agreements leave
// workgroup.md for files of their own; the fields that stay get a blank line between them, so
// that two branches that change neighbouring fields merge. Every other byte a person wrote in
// workgroup.md stays; comments inside a member's item go with the member into their file.
// Also tidies a repository of format 2 where a merge brought a list back into workgroup.md.
#include "context.hpp"
#include "document.hpp"
#include "error.hpp"
#include "repository.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

// One file the upgrade writes: new (a member's or an agreement's) or rewritten.
struct UpgradeWrite {
  std::filesystem::path file;
  std::string text;
  bool created = false;
};

struct WorkgroupUpgrade {
  std::string slug;
  std::size_t members = 0;    // members and former members moved into files
  std::size_t agreements = 0; // agreements moved into files
  std::size_t kept = 0;       // list items that had a file already (brought back by a merge)
  // Comments of the three lists that had no member's file to go to; the report shows them, so
  // that none vanishes unseen.
  std::vector<std::string> dropped_comments;
  std::vector<UpgradeWrite> writes;
};

struct UpgradePlan {
  int from = 1;
  int to = current_schema;
  std::vector<WorkgroupUpgrade> workgroups; // only those with something to move
  std::vector<UpgradeWrite> config;         // alearn.yaml, when its schema changes
  bool nothing_to_do() const { return from == to && workgroups.empty(); }
};

// Works out every file of the upgrade without writing any; an error (with file and line) when
// a file cannot be read or would not read back the same.
Result<UpgradePlan> plan_upgrade(const Loaded &loaded, const Context &context);

// Writes the plan: the new files first, then the rewritten workgroup files, alearn.yaml last,
// each atomically. Stops at the first failure, which names the file.
Status apply_upgrade(const std::filesystem::path &root, const UpgradePlan &plan);

// The front matter of `doc` without the top-level `drop` keys, with a blank line between the
// remaining top-level fields and between the fields of a block mapping among them (design).
// Returns the whole new file; an error when it would not read back as the same data.
Result<std::string> spaced_without(const Document &doc, const std::vector<std::string> &drop);

} // namespace alearn
