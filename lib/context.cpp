#include "context.hpp"

#include <ctime>
#include <random>

namespace alearn {

Context process_context() {
  Context context;
  std::error_code ec;
  context.cwd = std::filesystem::current_path(ec);
  context.now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(context.now);
  std::tm local{};
  ::localtime_r(&seconds, &local);
  context.today = std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday;
  context.random = [] {
    static std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32U) | device();
  };
  return context;
}

} // namespace alearn
