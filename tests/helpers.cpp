#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace alearn::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "alearn-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

Date week(int index) {
  return std::chrono::sys_days{Date{std::chrono::year{2026} / 1 / 5}} + std::chrono::days{7 * index};
}

std::vector<Point> weekly_points(const std::vector<double> &values) {
  std::vector<Point> points;
  for (std::size_t i = 0; i < values.size(); ++i) {
    points.push_back(Point{week(static_cast<int>(i)), values[i]});
  }
  return points;
}

Context fixed_context(const fs::path &cwd, std::uint64_t seed) {
  Context context;
  context.cwd = cwd;
  context.now = std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + std::chrono::hours{12};
  context.today = std::chrono::year{2026} / 11 / 23;
  // Every run gets its own stream, as separate processes would; the sequence of runs repeats.
  static std::uint64_t runs = 0;
  auto state = std::make_shared<std::uint64_t>(0x9E3779B97F4A7C15ULL * (seed != 0 ? seed : ++runs));
  context.random = [state] {
    // splitmix64: repeatable, and different on every call.
    std::uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  };
  return context;
}

Outcome run_alearn(const std::vector<std::string> &args, const fs::path &cwd,
                   std::map<std::string, std::string> env, const std::string &input, std::uint64_t seed) {
  return run_alearn(args, fixed_context(cwd, seed), std::move(env), input);
}

Outcome run_alearn(const std::vector<std::string> &args, Context context,
                   std::map<std::string, std::string> env, const std::string &input) {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  Io io{in, out, err, std::move(context), std::move(env), false};
  const int code = run(args, io);
  return Outcome{out.str(), err.str(), code};
}

fs::path source_dir() { return ALEARN_SOURCE_DIR; }

ShellResult run_shell(const std::string &command, const fs::path &cwd, const std::string &extra) {
  const auto quote = [](const std::string &text) {
    std::string quoted = "'";
    for (const char c : text) {
      quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
  };
  const std::string full = fmt::format(
      "cd {} && env -i PATH=\"$PATH\" HOME={} GIT_CONFIG_NOSYSTEM=1 LANG=C.UTF-8 ALEARN={} {} sh -c {} 2>&1",
      quote(cwd.string()), quote(cwd.string()), quote(ALEARN_BINARY), extra, quote(command));
  FILE *pipe = ::popen(full.c_str(), "r");
  REQUIRE(pipe != nullptr);
  ShellResult result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.out.append(buffer.data(), n);
  }
  const int status = ::pclose(pipe);
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

void copy_examples(const fs::path &dir) {
  fs::copy(source_dir() / "examples", dir,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::string read_file(const fs::path &file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const fs::path &file, const std::string &text) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
}

std::map<std::string, std::string> snapshot(const fs::path &dir) {
  std::map<std::string, std::string> files;
  for (const auto &entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(dir).string()] = read_file(entry.path());
    }
  }
  return files;
}

ExampleRepo::ExampleRepo() {
  env = {{"ALEARN_LANG", "en"}};
  copy_examples(dir.path());
}

Document markdown_document(const std::string &name, const std::string &text) {
  auto document = parse_document(name, text, Format::markdown);
  REQUIRE(document.has_value());
  return *document;
}

std::size_t occurrences(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

void contains(const std::string &text, const std::string &part) {
  INFO("looking for: " << part << "\nin:\n" << text);
  CHECK(text.find(part) != std::string::npos);
}

} // namespace alearn::test
