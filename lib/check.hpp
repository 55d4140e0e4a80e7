#pragma once
// `alearn check`: everything that can be wrong with a repository, found in one pass, so that CI
// reports every problem at once. Files must read and match their schemas; references must
// resolve (authors and owners are members, experiments name existing indicators, identifiers
// are unique); dates must be real and in order; the process must hold (a workgroup past step 5
// has an end date and indicators, done steps still meet their criteria); the indicators of
// active workgroups must be measured within their frequency; and no git conflict may be left.
// Warnings say where a group departs from the method: a course shorter than three months, an
// end date passed with step 15 still open, an action of a meeting past its due day.
#include "changes.hpp"
#include "dates.hpp"
#include "error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class Level { error, warning };

struct Finding {
  Level level = Level::error;
  std::string rule; // what kind of problem: file, reference, date, identifier, process, overdue, measurement,
                    // blocker-unraised, action-overdue, duration, past-end, ...
  Error where;      // the message, and the file, line and column it is about
  std::string workgroup;
  bool operator==(const Finding &) const = default;
};

struct CheckOptions {
  std::string workgroup; // a slug (or a unique start of it); empty: every workgroup
  bool strict = false;   // warnings count as errors
  Date today{};
  unsigned threads = 0;
  // --since: the files changed since a revision. Only the workgroups with a changed file are
  // checked (with `workgroup`, that one only if it changed), and with them every rule that
  // looks across the repository: alearn.yaml, the folders around the workgroups, and whether a
  // new file brings an identifier another workgroup uses. A changed alearn.yaml changes every
  // workgroup. Duplicates among workgroups that did not change are left to the full check.
  std::optional<ChangedFiles> changes;
};

// What a check with --since looked at, and why.
struct SinceScope {
  std::string revision; // as given
  std::string base;     // the commit compared with
  Uncommitted uncommitted = Uncommitted::left_out;
  std::size_t changed_files = 0;
  // The changed files every workgroup depends on (alearn.yaml): every workgroup was checked.
  std::vector<std::string> everything_because;
  bool operator==(const SinceScope &) const = default;
};

struct CheckReport {
  std::vector<Finding> findings; // by file, then line
  std::size_t files = 0;
  std::size_t workgroups = 0;         // checked
  std::vector<std::string> checked{}; // the slugs of those checked, sorted
  std::size_t all_workgroups = 0;     // in the repository
  bool narrowed = false;              // to the one workgroup of CheckOptions::workgroup
  std::optional<SinceScope> since{};  // with --since

  std::size_t errors() const;
  std::size_t warnings() const;
};

// A usage error (no repository, an unknown --workgroup) is an error value; everything wrong
// inside the repository is a finding.
Result<CheckReport> check_repository(const std::filesystem::path &root, const CheckOptions &options);

} // namespace alearn
