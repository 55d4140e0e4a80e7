#pragma once
// What the library may know of the world outside the repository. The front fills it from the
// process; tests fix it, so that dates, identifiers and the current directory are repeatable.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>

namespace alearn {

struct Context {
  std::filesystem::path cwd;
  std::chrono::system_clock::time_point now;
  // The calendar date where the user is (not in UTC): what "today" means for a record.
  std::chrono::year_month_day today;
  // A source of random bits for new identifiers.
  std::function<std::uint64_t()> random;
};

// A context for the real process: the current directory, the clock, std::random_device.
Context process_context();

} // namespace alearn
