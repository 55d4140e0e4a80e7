// Splitting a command line of a docs page the way the shell does, as far as the pages need it
// (see test_docs.cpp).
#include "docs_shell.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace alearn::test::docs {

std::vector<std::string> lines_of(const std::string &text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  while (!text.empty() && text.back() == ' ') {
    text.remove_suffix(1);
  }
  return std::string(text);
}

namespace {

// Where each character of `line` stands: outside quotes or not.
std::vector<bool> unquoted_positions(const std::string &line) {
  std::vector<bool> open(line.size(), false);
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote == 0) {
      open[i] = true;
      if (c == '\\') {
        ++i;
      } else if (c == '\'' || c == '"') {
        open[i] = false;
        quote = c;
      }
    } else if (c == quote) {
      quote = 0;
    } else if (quote == '"' && c == '\\') {
      ++i;
    }
  }
  return open;
}

} // namespace

// `a && b; c` into its lists; pipes stay inside a segment.
std::vector<Segment> split_lists(const std::string &line) {
  const auto open = unquoted_positions(line);
  std::vector<Segment> segments;
  std::string op;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!open[i]) {
      continue;
    }
    std::size_t width = 0;
    if (line.compare(i, 2, "&&") == 0 || line.compare(i, 2, "||") == 0) {
      width = 2;
    } else if (line[i] == ';') {
      width = 1;
    }
    if (width > 0) {
      segments.push_back(Segment{trimmed(std::string_view(line).substr(begin, i - begin)), op});
      op = line.substr(i, width);
      begin = i + width;
      i += width - 1;
    }
  }
  segments.push_back(Segment{trimmed(std::string_view(line).substr(begin)), op});
  return segments;
}

std::vector<std::string> split_pipeline(const std::string &segment) {
  const auto open = unquoted_positions(segment);
  std::vector<std::string> stages;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (open[i] && segment[i] == '|') {
      stages.push_back(trimmed(std::string_view(segment).substr(begin, i - begin)));
      begin = i + 1;
    }
  }
  stages.push_back(trimmed(std::string_view(segment).substr(begin)));
  return stages;
}

// Words as the shell makes them from quotes and backslashes (no expansions: alearn's arguments
// on the pages need none).
std::vector<std::string> shell_words(const std::string &text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote == '\'') {
      if (c == '\'') {
        quote = 0;
      } else {
        word += c;
      }
    } else if (quote == '"') {
      if (c == '"') {
        quote = 0;
      } else if (c == '\\' && i + 1 < text.size() &&
                 std::string_view("\"\\$`").find(text[i + 1]) != std::string_view::npos) {
        word += text[++i];
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == '\\' && i + 1 < text.size()) {
      word += text[++i];
      in_word = true;
    } else if (c == ' ') {
      if (in_word) {
        words.push_back(word);
        word.clear();
        in_word = false;
      }
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) {
    words.push_back(word);
  }
  return words;
}

namespace {

bool is_assignment(const std::string &word) {
  const auto equals = word.find('=');
  if (equals == std::string::npos || equals == 0) {
    return false;
  }
  return std::all_of(word.begin(), word.begin() + static_cast<long>(equals),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

} // namespace

// `NAME=value ... alearn args`: the assignments and the arguments; nothing when the stage is not
// alearn.
std::optional<AlearnCall> alearn_stage(const std::string &stage) {
  const auto words = shell_words(stage);
  std::map<std::string, std::string> assignments;
  std::size_t i = 0;
  for (; i < words.size() && is_assignment(words[i]); ++i) {
    const auto equals = words[i].find('=');
    assignments[words[i].substr(0, equals)] = words[i].substr(equals + 1);
  }
  if (i == words.size() || words[i] != "alearn") {
    return std::nullopt;
  }
  return AlearnCall{assignments,
                    std::vector<std::string>(words.begin() + static_cast<long>(i) + 1, words.end())};
}

std::string shell_quoted(const std::string &text) {
  std::string quoted = "'";
  for (const char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

} // namespace alearn::test::docs
