#pragma once
// Running git, the collaboration engine alearn leaves the sharing to. git is run directly, never
// through a shell, and sees only the environment it is given: the tests' own, or the process's.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

using Environment = std::map<std::string, std::string>;

// What `git -C dir args...` printed on standard output, when it ran and exited 0.
std::optional<std::string> git_output(const std::filesystem::path &dir, const std::vector<std::string> &args,
                                      const Environment &env);

// A git command that was run: whether it ran at all, its exit code, and what it printed on
// standard output and standard error, in the order it printed it.
struct GitRun {
  bool ran = false;
  int exit_code = -1;
  std::string output;
};
GitRun git_run(const std::filesystem::path &dir, const std::vector<std::string> &args,
               const Environment &env);
// The same, with only standard output in `output` (standard error goes nowhere): for output
// that is parsed, such as a list of names, when the exit code must be known too.
GitRun git_capture(const std::filesystem::path &dir, const std::vector<std::string> &args,
                   const Environment &env);

// git's user.name as git sees it in `dir`; empty when git or the setting is missing.
std::string git_user_name(const std::filesystem::path &dir, const Environment &env);

} // namespace alearn
