#include "git.hpp"

#include <array>
#include <cerrno>
#include <sys/wait.h>

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

namespace alearn {

namespace {

std::vector<std::string> environment_lines(const Environment &env) {
  std::vector<std::string> lines;
  lines.reserve(env.size());
  for (const auto &[name, value] : env) {
    lines.push_back(name + "=" + value);
  }
  return lines;
}

// A NULL-terminated array of pointers into `strings`, as exec wants it.
std::vector<char *> pointers_to(std::vector<std::string> &strings) {
  std::vector<char *> pointers;
  for (auto &string : strings) {
    pointers.push_back(string.data());
  }
  pointers.push_back(nullptr);
  return pointers;
}

std::string read_all(int fd) {
  std::string text;
  std::array<char, 4096> buffer{};
  for (;;) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      return text;
    }
    text.append(buffer.data(), static_cast<std::size_t>(got));
  }
}

} // namespace

namespace {

// Runs `git -C dir args...` with `env`; its standard output, and its standard error too when
// `with_errors`, go to the result. Nothing is read from standard input.
GitRun spawn_git(const std::filesystem::path &dir, const std::vector<std::string> &args,
                 const Environment &env, bool with_errors) {
  std::vector<std::string> argv{"git", "-C", dir.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<std::string> envp = environment_lines(env);
  std::array<int, 2> pipe{};
  if (::pipe2(pipe.data(), O_CLOEXEC) != 0) {
    return {};
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO);
  if (with_errors) {
    posix_spawn_file_actions_adddup2(&actions, pipe[1], STDERR_FILENO);
  } else {
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  // posix_spawnp looks git up in alearn's own PATH, whatever `env` holds.
  const int spawned =
      ::posix_spawnp(&pid, "git", &actions, nullptr, pointers_to(argv).data(), pointers_to(envp).data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe[1]);
  GitRun run;
  run.output = spawned == 0 ? read_all(pipe[0]) : std::string{};
  ::close(pipe[0]);
  int status = 0;
  if (spawned != 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
    return run;
  }
  run.ran = true;
  run.exit_code = WEXITSTATUS(status);
  return run;
}

} // namespace

std::optional<std::string> git_output(const std::filesystem::path &dir, const std::vector<std::string> &args,
                                      const Environment &env) {
  GitRun run = spawn_git(dir, args, env, false);
  if (!run.ran || run.exit_code != 0) {
    return std::nullopt;
  }
  return std::move(run.output);
}

GitRun git_run(const std::filesystem::path &dir, const std::vector<std::string> &args,
               const Environment &env) {
  return spawn_git(dir, args, env, true);
}

GitRun git_capture(const std::filesystem::path &dir, const std::vector<std::string> &args,
                   const Environment &env) {
  return spawn_git(dir, args, env, false);
}

std::string git_user_name(const std::filesystem::path &dir, const Environment &env) {
  std::string name = git_output(dir, {"config", "user.name"}, env).value_or("");
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) {
    name.pop_back();
  }
  return name;
}

} // namespace alearn
