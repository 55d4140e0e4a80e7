#pragma once
// Shared test helpers: temporary repositories, a fixed clock and random source, and running
// alearn in-process with string streams (as the real main does with the process's streams).
#include "app.hpp"
#include "context.hpp"
#include "document.hpp"
#include "run_chart.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace alearn::test {

// A fresh directory under the system's temp directory, removed when the object dies.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  const std::filesystem::path &path() const { return path_; }

private:
  std::filesystem::path path_;
};

// Weekly series for run-chart tests: the Monday of week `index` counted from 5 January 2026
// (week 0), and `values` measured on weeks 0, 1, 2, ...
Date week(int index);
std::vector<Point> weekly_points(const std::vector<double> &values);

// 2026-11-23T12:00:00Z, and a repeatable stream of "random" numbers.
// `seed` 0: a new stream for every call, as separate processes would have; any other seed
// gives the same stream each time (golden files use it, so that the identifiers they show do
// not depend on which tests ran before).
Context fixed_context(const std::filesystem::path &cwd, std::uint64_t seed = 0);

struct Outcome {
  std::string out;
  std::string err;
  int code = 0;
};

// Runs `alearn args...` in-process. The environment holds only what is given (no LANG: English).
Outcome run_alearn(const std::vector<std::string> &args, const std::filesystem::path &cwd,
                   std::map<std::string, std::string> env = {}, const std::string &input = {},
                   std::uint64_t seed = 0);
// The same with a context made by the caller (the docs tests move the clock on per command).
Outcome run_alearn(const std::vector<std::string> &args, Context context,
                   std::map<std::string, std::string> env, const std::string &input);

// A temporary repository that alearn commands run in: `repo({"step", "next"})`.
struct CliRepo {
  TempDir dir;
  std::map<std::string, std::string> env;

  Outcome run(const std::vector<std::string> &args, const std::string &input = {}) const {
    return run_alearn(args, dir.path(), env, input);
  }
  Outcome operator()(const std::vector<std::string> &args, const std::string &input = {}) const {
    return run(args, input);
  }
  const std::filesystem::path &root() const { return dir.path(); }
};

// A copy of examples/ that alearn commands run in, in English: `examples({"check"})`.
struct ExampleRepo : CliRepo {
  ExampleRepo();
};

// `text` read as a Markdown file named `name`; a failed test when it cannot be read.
Document markdown_document(const std::string &name, const std::string &text);

// A shell command run in `cwd` with a clean, English environment (PATH, HOME = cwd, no system
// git configuration, $ALEARN the binary under test, and `extra` as "NAME=value ..."); its
// standard output and error together, and its exit code.
struct ShellResult {
  std::string out;
  int code = 0;
};
ShellResult run_shell(const std::string &command, const std::filesystem::path &cwd,
                      const std::string &extra = {});

std::filesystem::path source_dir();
// Copies examples/ into `dir`.
void copy_examples(const std::filesystem::path &dir);

std::string read_file(const std::filesystem::path &file);
void write_file(const std::filesystem::path &file, const std::string &text);

// A snapshot of every file under `dir` with its content, to prove that nothing changed.
std::map<std::string, std::string> snapshot(const std::filesystem::path &dir);

// How often `part` occurs in `text`, not overlapping.
std::size_t occurrences(std::string_view text, std::string_view part);

// A doctest CHECK that `text` contains `part`, which shows both when it fails.
void contains(const std::string &text, const std::string &part);

} // namespace alearn::test
