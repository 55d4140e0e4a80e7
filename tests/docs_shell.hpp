#pragma once
// Splitting a command line of a docs page the way the shell does, as far as the pages need it:
// lists (`&&`, `||`, `;`), pipelines, quoted words and `NAME=value` before a command. The docs
// tests (test_docs.cpp) run alearn in-process and hand the rest of a line to /bin/sh.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alearn::test::docs {

std::string trimmed(std::string_view text);

// The lines of a text, without their line breaks.
std::vector<std::string> lines_of(const std::string &text);

struct Segment {
  std::string text;
  std::string op; // what joins it to the segment before: "", "&&", "||" or ";"
};

// `a && b; c` into its lists; pipes stay inside a segment.
std::vector<Segment> split_lists(const std::string &line);

// `a | b` into its stages.
std::vector<std::string> split_pipeline(const std::string &segment);

// Words as the shell makes them from quotes and backslashes (no expansions: alearn's arguments
// on the pages need none).
std::vector<std::string> shell_words(const std::string &text);

// The assignments before alearn, and alearn's arguments.
using AlearnCall = std::pair<std::map<std::string, std::string>, std::vector<std::string>>;

// `NAME=value ... alearn args`: the assignments and the arguments; nothing when the stage is not
// alearn.
std::optional<AlearnCall> alearn_stage(const std::string &stage);

std::string shell_quoted(const std::string &text);

} // namespace alearn::test::docs
