#pragma once
// The values of a repository that a shell offers while a command line is typed: the workgroups,
// the members of the chosen workgroup, its indicators, the identifiers of its records. The
// shells ask for them through `alearn completion values KIND` (cmd/completion.cpp); nothing here
// ever fails, as a half-typed command line must never end in an error.
#include "repository.hpp"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class ValueKind {
  workgroup,       // every workgroup's slug
  member,          // the names of the chosen workgroup's members
  indicator,       // the slugs of its indicators
  theme,           // the network's themes (alearn.yaml)
  workgroup_theme, // the themes of the chosen workgroup
  organisation,    // the network's organisations (alearn.yaml)
  network,         // the names of the network's other repositories
  step,            // the step numbers, 1 to 15
  record,          // the id of any record of the chosen workgroup
  log,             // the ids of one kind of record, as show, edit and the like take them
  meeting,
  explore,
  assumption,
  feedback,
  resource,
  share,
  experiment,
  blocker,
};

struct ValueKindName {
  ValueKind kind;
  std::string_view word; // as the shells' scripts ask for it: "member"
};
std::span<const ValueKindName> value_kind_names();
std::optional<ValueKind> parse_value_kind(std::string_view word);
std::string_view value_kind_word(ValueKind kind);

// The values of `kind` in the repository at `root` (none when `root` is unset), for the
// workgroup `choice` picks. Values that hold a control character or a line break are left out,
// and so is everything of a file that cannot be read.
std::vector<std::string> completion_values(const std::optional<std::filesystem::path> &root, ValueKind kind,
                                           const WorkgroupChoice &choice);

} // namespace alearn
