#include "changes.hpp"

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

std::string commit_in(const std::string &text) { return text.substr(0, text.find('\n')); }

Error since_error(Text message) { return Error{ErrorKind::usage, std::move(message)}; }

Error git_missing() {
  return since_error(tr("--since vraagt git wat er veranderd is, maar git kon niet worden gestart; is git "
                        "geïnstalleerd?",
                        "--since asks git what changed, but git could not be started; is git installed?"));
}

// Why `since` could not be resolved: git cannot read `root` at all, or does not know the name.
Error unknown_revision(const fs::path &root, const std::string &since, const Environment &env) {
  if (!git_output(root, {"rev-parse", "--git-dir"}, env)) {
    return since_error(tr("--since vraagt git wat er veranderd is, maar {} ligt niet in een git-repository "
                          "(git status zegt waarom)",
                          "--since asks git what changed, but {} is not in a git repository (git status "
                          "there says why)",
                          root.string()));
  }
  return since_error(tr("git kent de revisie '{}' niet; noem een branch, tag of commit, en haal hem zo nodig "
                        "eerst op (git fetch origin)",
                        "git does not know the revision '{}'; name a branch, tag or commit, and fetch it "
                        "first if need be (git fetch origin)",
                        since));
}

// Why `since` and HEAD have no merge-base: there is no commit yet, or their histories do not meet
// (in CI most often a shallow clone).
Error no_base(const fs::path &root, const std::string &since, const Environment &env) {
  if (!git_output(root, {"rev-parse", "--verify", "--quiet", "HEAD^{commit}"}, env)) {
    return since_error(tr("de repository heeft nog geen commit om met '{}' te vergelijken",
                          "the repository has no commit yet to compare with '{}'", since));
  }
  return since_error(
      tr("'{}' en HEAD hebben geen gemeenschappelijke geschiedenis; is dit een ondiepe kloon? "
         "Haal meer geschiedenis op (git fetch --unshallow, of fetch-depth: 0 in GitHub Actions)",
         "'{}' and HEAD have no history in common; is this a shallow clone? Fetch more "
         "history (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions)",
         since));
}

// What `git args...` printed, when it ran and succeeded.
Result<std::string> git_says(const fs::path &root, const std::vector<std::string> &args,
                             const Environment &env) {
  GitRun run = git_capture(root, args, env);
  if (!run.ran) {
    return std::unexpected(git_missing());
  }
  if (run.exit_code != 0) {
    return std::unexpected(since_error(tr("git kon niet zeggen wat er veranderd is (git {} faalde)",
                                          "git could not tell what changed (git {} failed)", args.front())));
  }
  return std::move(run.output);
}

void sort_unique(std::vector<std::string> &names) {
  std::ranges::sort(names);
  const auto [first, last] = std::ranges::unique(names);
  names.erase(first, last);
}

} // namespace

std::vector<std::string> nul_separated(std::string_view output) {
  std::vector<std::string> names;
  while (!output.empty()) {
    const std::size_t end = output.find('\0');
    if (end != 0) {
      names.emplace_back(output.substr(0, end));
    }
    if (end == std::string_view::npos) {
      break;
    }
    output.remove_prefix(end + 1);
  }
  return names;
}

void add_name_status(ChangedFiles &changes, std::string_view output) {
  const std::vector<std::string> fields = nul_separated(output);
  for (std::size_t i = 0; i + 1 < fields.size(); i += 2) {
    changes.paths.push_back(fields[i + 1]);
    if (fields[i] == "A") {
      changes.added.push_back(fields[i + 1]);
    }
  }
}

bool lies_in(std::string_view path, std::string_view folder) {
  return path.starts_with(folder) && (path.size() == folder.size() || path[folder.size()] == '/');
}

Result<ChangedFiles> changed_since(const fs::path &root, const std::string &since, Uncommitted uncommitted,
                                   const Environment &env) {
  // git's names never begin with '-'; such an argument would be read as an option.
  if (since.empty() || since.starts_with('-')) {
    return std::unexpected(
        since_error(tr("--since wil een revisie: een branch, tag of commit, niet '{}'",
                       "--since takes a revision: a branch, tag or commit, not '{}'", since)));
  }
  // merge-base resolves `since` itself; only when it fails are more questions asked, to say why.
  const GitRun base = git_capture(root, {"merge-base", since, "HEAD"}, env);
  if (!base.ran) {
    return std::unexpected(git_missing());
  }
  if (base.exit_code != 0) {
    if (!git_output(root, {"rev-parse", "--verify", "--quiet", since + "^{commit}"}, env)) {
      return std::unexpected(unknown_revision(root, since, env));
    }
    return std::unexpected(no_base(root, since, env));
  }
  ChangedFiles changes;
  changes.since = since;
  changes.base = commit_in(base.output);
  changes.uncommitted = uncommitted;
  // --no-renames: a renamed file counts by its old name and by its new one. --relative: names
  // below the repository's root, relative to it, when that lies below git's own top.
  std::vector<std::string> diff{"diff", "--name-status", "-z", "--no-renames", "--relative", changes.base};
  if (uncommitted == Uncommitted::left_out) {
    diff.emplace_back("HEAD"); // commit against commit: no index, no working tree
  }
  diff.emplace_back("--");
  const auto listed = git_says(root, diff, env);
  TRY(listed);
  add_name_status(changes, *listed);
  if (uncommitted == Uncommitted::included) {
    const auto untracked = git_says(root, {"ls-files", "-z", "--others", "--exclude-standard"}, env);
    TRY(untracked);
    for (std::string &name : nul_separated(*untracked)) {
      changes.paths.push_back(name);
      changes.added.push_back(std::move(name));
    }
  }
  sort_unique(changes.paths);
  sort_unique(changes.added);
  return changes;
}

} // namespace alearn
