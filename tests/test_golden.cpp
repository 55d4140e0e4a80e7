// Golden end-to-end cases, in the manner of hledger's shelltests: each file in tests/golden/
// runs one or more commands over a fresh copy of examples/ and compares stdout exactly, stderr
// by a regular expression, and the exit code. ALEARN_UPDATE_GOLDEN=1 rewrites the expected
// stdout when output changes on purpose.
//
//   # comment
//   env NAME=VALUE           (any number, before a command; they persist to later commands)
//   cwd some/dir             (relative to the repository copy)
//   $ alearn step next -w x  (arguments split like a shell: quotes group words)
//   <<<                      (optional: standard input until the next marker)
//   >>>                      (expected stdout until the next marker)
//   >>>2 REGEX               (optional: stderr must match; `>>>2` alone: must be empty)
//   >>>= CODE                (exit code)
#include "docs_shell.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

struct Case {
  std::vector<std::string> args;
  std::map<std::string, std::string> env;
  std::string cwd;
  std::string input;
  std::string expected_out;
  std::optional<std::string> err_pattern;
  int code = 0;
  std::size_t out_begin = 0; // line index of the expected stdout, for rewriting
  std::size_t out_end = 0;
};

bool is_marker(const std::string &line) {
  return line.starts_with("$ ") || line.starts_with("<<<") || line.starts_with(">>>");
}

std::vector<Case> parse_cases(const std::vector<std::string> &lines) {
  std::vector<Case> cases;
  std::map<std::string, std::string> env;
  std::string cwd;
  std::size_t i = 0;
  const auto block = [&](std::size_t &at) {
    std::string text;
    while (at < lines.size() && !is_marker(lines[at])) {
      text += lines[at++] + "\n";
    }
    return text;
  };
  while (i < lines.size()) {
    const std::string &line = lines[i];
    if (line.starts_with("env ")) {
      const auto equals = line.find('=');
      env[line.substr(4, equals - 4)] = line.substr(equals + 1);
      ++i;
    } else if (line.starts_with("cwd ")) {
      cwd = line.substr(4);
      ++i;
    } else if (line.starts_with("$ ")) {
      Case c;
      c.args = docs::shell_words(line.substr(2));
      REQUIRE(c.args.front() == "alearn");
      c.args.erase(c.args.begin());
      c.env = env;
      c.cwd = cwd;
      ++i;
      if (i < lines.size() && lines[i] == "<<<") {
        ++i;
        c.input = block(i);
      }
      REQUIRE(i < lines.size());
      REQUIRE(lines[i] == ">>>");
      c.out_begin = ++i;
      c.expected_out = block(i);
      c.out_end = i;
      if (i < lines.size() && lines[i].starts_with(">>>2")) {
        c.err_pattern = lines[i].size() > 5 ? lines[i].substr(5) : "";
        ++i;
      }
      REQUIRE(i < lines.size());
      REQUIRE(lines[i].starts_with(">>>= "));
      c.code = std::stoi(lines[i].substr(5));
      ++i;
      cases.push_back(c);
    } else {
      ++i; // comments and blank lines
    }
  }
  return cases;
}

void run_golden_file(const fs::path &file) {
  std::vector<std::string> lines = docs::lines_of(read_file(file));
  const std::vector<Case> cases = parse_cases(lines);
  TempDir dir;
  copy_examples(dir.path());
  const bool update = std::getenv("ALEARN_UPDATE_GOLDEN") != nullptr;
  std::vector<std::pair<const Case *, std::string>> rewrites;
  // Each case gets its own repeatable identifiers: the file's name and the case's place.
  std::uint64_t seed = std::hash<std::string>{}(file.filename().string()) | 1U;
  for (const auto &c : cases) {
    const Outcome outcome = run_alearn(c.args, dir.path() / c.cwd, c.env, c.input, ++seed);
    INFO(file.filename().string() << ": alearn " << fmt::format("{}", fmt::join(c.args, " "))
                                  << "\nstderr: " << outcome.err);
    if (update) {
      rewrites.emplace_back(&c, outcome.out);
    } else {
      CHECK(outcome.out == c.expected_out);
    }
    CHECK(outcome.code == c.code);
    if (c.err_pattern) {
      if (c.err_pattern->empty()) {
        CHECK(outcome.err.empty());
      } else {
        CHECK(std::regex_search(outcome.err, std::regex(*c.err_pattern)));
      }
    }
  }
  if (update) {
    for (auto it = rewrites.rbegin(); it != rewrites.rend(); ++it) {
      const auto new_lines = docs::lines_of(it->second);
      lines.erase(lines.begin() + static_cast<long>(it->first->out_begin),
                  lines.begin() + static_cast<long>(it->first->out_end));
      lines.insert(lines.begin() + static_cast<long>(it->first->out_begin), new_lines.begin(),
                   new_lines.end());
    }
    std::ofstream out(file, std::ios::binary);
    for (const auto &line : lines) {
      out << line << "\n";
    }
  }
}

} // namespace

TEST_SUITE("golden") {
  TEST_CASE("golden end-to-end cases") {
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(source_dir() / "tests/golden")) {
      if (entry.path().extension() == ".test") {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    CHECK(files.size() > 0);
    for (const auto &file : files) {
      SUBCASE(file.filename().string().c_str()) { run_golden_file(file); }
    }
  }
}
