#pragma once
// What changed in a repository since a revision, for `check --since`: the files of the commits
// between the point where `since` and HEAD meet (their merge-base) and HEAD, as a pull request
// holds them. git compares the two commits' trees, which reads neither the index nor the
// working tree, so that the answer costs the same on 300,000 files as on 300. Uncommitted
// changes (staged, unstaged and new files) are asked for only on request: git must then look
// at every file of the working tree, as `git status` does.
#include "error.hpp"
#include "git.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class Uncommitted { left_out, included };

struct ChangedFiles {
  std::string since; // the revision as given
  std::string base;  // the commit compared with: the merge-base of `since` and HEAD
  Uncommitted uncommitted = Uncommitted::left_out;
  // Relative to the repository's root, '/'-separated, sorted, each once. A renamed file is
  // there twice, by its old and its new name; a deleted one by its old name.
  std::vector<std::string> paths;
  // Those of `paths` that are new: added since the base (a renamed file by its new name), and,
  // with the uncommitted changes, files git does not track yet. Only a new file can bring an
  // identifier that another workgroup already uses.
  std::vector<std::string> added;
};

// Asks git in `root` (the repository's root, which may lie below git's own top) for the files
// changed since `since`. A usage error when git cannot be started, `root` is not in a git
// repository, git does not know `since`, or it has no history in common with HEAD.
Result<ChangedFiles> changed_since(const std::filesystem::path &root, const std::string &since,
                                   Uncommitted uncommitted, const Environment &env);

// The names in git's -z output (NUL-terminated), in order.
std::vector<std::string> nul_separated(std::string_view output);

// `git diff --name-status -z` output, read into `changes`: every name into paths, the added
// ones (status A) into added too.
void add_name_status(ChangedFiles &changes, std::string_view output);

// Whether the '/'-separated `path` is `folder` itself or lies below it.
bool lies_in(std::string_view path, std::string_view folder);

} // namespace alearn
