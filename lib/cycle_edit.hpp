#pragma once
// Writing cycles: the files a new cycle begins with, and the values of a cycle's problem,
// design and dates (`workgroup set`). See cycle.hpp for where each cycle is written.
#include "cycle.hpp"
#include "error.hpp"
#include "workgroup.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// The indicators a new cycle carries over from the one that ends: by slug or by name (ignoring
// case and accents), or all of them.
struct KeepIndicators {
  bool all = false;
  std::vector<std::string> names;
  bool operator==(const KeepIndicators &) const = default;
};

// The slugs of the indicators to carry over, each an indicator of the current cycle; an error
// names the unknown one and the indicators there are. In format 1, where every indicator goes
// on into every cycle, asking for some is refused (alearn upgrade gives cycles their own).
Result<std::vector<std::string>> indicators_to_keep(const Workgroup &group, const KeepIndicators &keep);

// Writes what cycle `number` begins with, on the day `began`: cycles/<number>.md with its start
// (format 2; refused when the file exists), and in every indicator of the cycle that ends the
// cycles it belongs to, with the new one for those in `kept`. Nothing in format 1.
Status begin_cycle(const Workgroup &group, int number, Date began, const std::vector<std::string> &kept,
                   Lang lang);
// Undoes begin_cycle's file when the step event that starts the cycle could not be written.
void undo_begin_cycle(const Workgroup &group, int number);

// The keys `workgroup set` may change that belong to a cycle rather than the workgroup.
bool is_cycle_key(std::string_view key);

// `workgroup set`: sets `key` (settable_workgroup_keys) of the workgroup, or, for a key of a
// cycle, of cycle `cycle` (default the current one) where that cycle's values are written: its
// own file from cycle 2 on, workgroup.md otherwise. Returns the file written.
Result<std::filesystem::path> set_value(const Workgroup &group, std::string_view key, std::string_view value,
                                        std::optional<int> cycle = std::nullopt);

} // namespace alearn
