#include "session.hpp"

#include <array>
#include <cstdio>

namespace alearn {

std::string Session::paint(Style style, std::string_view text) const {
  if (!colour) {
    return std::string(text);
  }
  static constexpr std::array<std::string_view, 6> codes = {"1", "2", "32", "33", "31", "36"};
  return fmt::format("\x1b[{}m{}\x1b[0m", codes.at(static_cast<std::size_t>(style)), text);
}

std::string Session::env(const std::string &name) const {
  const auto found = io.env.find(name);
  return found == io.env.end() ? std::string{} : found->second;
}

Result<const Workgroup *> Session::workgroup() const {
  return select_workgroup(repository(),
                          WorkgroupChoice{global.workgroup, env("ALEARN_WORKGROUP"), io.context.cwd});
}

std::string Session::alearn_command(const Workgroup &group) const {
  const auto implied =
      select_workgroup(repository(), WorkgroupChoice{{}, env("ALEARN_WORKGROUP"), io.context.cwd});
  if (implied && *implied == &group) {
    return "alearn";
  }
  return "alearn -w " + group.slug;
}

namespace {

// `git config user.name`, run in the repository; empty when git or the setting is missing.
std::string git_user_name(const std::filesystem::path &root) {
  std::string quoted;
  for (const char c : root.string()) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  const std::string command = fmt::format("git -C '{}' config user.name 2>/dev/null", quoted);
  FILE *pipe = ::popen(command.c_str(), "r"); // NOLINT(cert-env33-c): a fixed command, quoted path
  if (pipe == nullptr) {
    return {};
  }
  std::array<char, 256> buffer{};
  std::string name;
  while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) {
    name += buffer.data();
  }
  ::pclose(pipe);
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) {
    name.pop_back();
  }
  return name;
}

} // namespace

std::string Session::user_name() const {
  std::string name = env("ALEARN_USER");
  if (name.empty() && repo) {
    name = git_user_name(repo->root);
  }
  return name;
}

} // namespace alearn
