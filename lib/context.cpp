#include "context.hpp"

#include <random>

namespace alearn {

Context process_context() {
  Context context;
  std::error_code ec;
  context.cwd = std::filesystem::current_path(ec);
  context.now = std::chrono::system_clock::now();
  context.random = [] {
    static std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32U) | device();
  };
  return context;
}

} // namespace alearn
