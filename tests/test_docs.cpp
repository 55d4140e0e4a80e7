// Docs that are executed: every ```console block of README.md and docs/**/*.md is run, command by
// command, and its output compared with the page, in the manner of the golden cases
// (test_golden.cpp). How a page is read (docs/README.md says the same for writers of pages):
//
//   $ command            a command; the lines after it, up to the next `$ ` line or the end of
//                        the block, are what it prints
//   <!-- docs-test: start empty -->                  the page starts in an empty folder (default)
//   <!-- docs-test: start examples -->               ... in a folder holding a copy of examples/
//   <!-- docs-test: start after steps-6-to-12.md --> ... where that page (run first) ended
//   <!-- docs-test: skip (reason) -->                the next console block is not run
//   <!-- docs-test: setup                            commands that run but are not shown (the
//   $ command                                        page says in words what they do); each must
//   -->                                              succeed, their output is not compared
//
// State carries over from block to block: one temporary folder per page plays the page's /tmp
// (commands see its path wherever the page writes /tmp; output shows /tmp again), `cd` moves
// the page's current folder, files stay. `alearn` runs in-process through run_alearn, like the
// golden cases; everything else on the line (git, cat, sed, printf ... >, pipes, `&&`, `;`,
// `echo $?`) runs through /bin/sh in the page's folder, with git's configuration in a home of its
// own (user.name Sanne de Vries) and a fixed commit date. Where alearn stands in a pipeline, the
// stages before it give its standard input and the stages after it read its standard output.
//
// What is compared: for commands run by the shell, stdout and stderr together as the terminal
// shows them (2>&1); for alearn, its stdout (after the stages that follow it, if any) and then its
// stderr, exactly. Exit codes are compared only where the page shows them (`; echo $?`).
//
// What is fixed, so that the output repeats: today is 2026-11-24 and the clock stands at
// 09:00:00 UTC plus one second for every alearn command of the page so far; the random source of
// each alearn command is seeded from the page's name, the command's text and how often that text
// came before on the page, so that new identifiers do not change when other commands are added.
//
// ALEARN_UPDATE_DOCS=1 rewrites the expected output lines of the blocks with what the commands
// print now; it never touches commands, prose or skipped blocks.
#include "docs_shell.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

using namespace alearn;
using namespace alearn::test;
using namespace alearn::test::docs;
namespace fs = std::filesystem;

namespace {

struct Command {
  std::string text;          // after "$ "
  std::size_t line = 0;      // 1-based line of the command in the page
  std::size_t out_begin = 0; // index of the first expected output line in the page's lines
  std::size_t out_end = 0;   // one past the last
  std::string expected;      // the expected output, each line ending in "\n"
};

struct Block {
  std::size_t line = 0; // 1-based line of the opening fence (or of the setup comment)
  bool setup = false;   // commands in a `docs-test: setup` comment: run, not shown
  std::optional<std::string> skip;
  std::vector<Command> commands;
};

struct Page {
  fs::path file;
  std::string name; // relative to the source directory
  std::vector<std::string> lines;
  std::string start = "empty";
  std::vector<Block> blocks;
};

std::string as_lines(const std::string &text) {
  std::string joined;
  for (const auto &line : lines_of(text)) {
    joined += line + "\n";
  }
  return joined;
}

constexpr std::string_view directive = "<!-- docs-test: ";

Page read_page(const fs::path &file) {
  Page page;
  page.file = file;
  page.name = file.lexically_relative(source_dir()).generic_string();
  page.lines = lines_of(read_file(file));
  const auto &lines = page.lines;
  std::optional<std::string> skip;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string &line = lines[i];
    INFO(page.name << ":" << i + 1 << ": " << line);
    if (line.starts_with(directive)) {
      const std::string rest = trimmed(std::string_view(line).substr(directive.size()));
      if (rest == "setup") {
        Block block;
        block.line = i + 1;
        block.setup = true;
        for (++i; i < lines.size() && lines[i] != "-->"; ++i) {
          REQUIRE_MESSAGE(lines[i].starts_with("$ "), "a setup comment holds only `$ ` lines");
          block.commands.push_back(Command{lines[i].substr(2), i + 1, i + 1, i + 1, {}});
        }
        REQUIRE_MESSAGE(i < lines.size(), "a setup comment ends with a line `-->`");
        page.blocks.push_back(block);
        continue;
      }
      REQUIRE_MESSAGE(rest.ends_with("-->"), "a docs-test comment ends on its own line with -->");
      const std::string body = trimmed(std::string_view(rest).substr(0, rest.size() - 3));
      if (body.starts_with("skip")) {
        const std::string reason = trimmed(std::string_view(body).substr(4));
        REQUIRE_MESSAGE((reason.size() > 2 && reason.front() == '(' && reason.back() == ')'),
                        "a skip states its reason: <!-- docs-test: skip (reason) -->");
        skip = reason.substr(1, reason.size() - 2);
      } else if (body.starts_with("start ")) {
        page.start = trimmed(std::string_view(body).substr(6));
      } else {
        FAIL("unknown docs-test comment");
      }
    } else if (line == "```console") {
      Block block;
      block.line = i + 1;
      block.skip = std::move(skip);
      skip.reset();
      for (++i; i < lines.size() && lines[i] != "```"; ++i) {
        if (lines[i].starts_with("$ ")) {
          block.commands.push_back(Command{lines[i].substr(2), i + 1, i + 1, i + 1, {}});
        } else {
          REQUIRE_MESSAGE((block.skip || !block.commands.empty()),
                          "a console block starts with a `$ ` command (or is marked as not run)");
          if (!block.commands.empty()) {
            block.commands.back().expected += lines[i] + "\n";
            block.commands.back().out_end = i + 1;
          }
        }
      }
      REQUIRE_MESSAGE(i < lines.size(), "the console block is not closed");
      page.blocks.push_back(block);
    } else if (skip && !trimmed(line).empty()) {
      FAIL("a skip comment stands right before the console block it skips");
    }
  }
  return page;
}

std::string replace_all(std::string text, const std::string &from, const std::string &to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  return hash;
}

// ---- one page's world ----

struct Ran {
  std::string shown; // what the terminal shows
  int code = 0;
};

class Sandbox {
public:
  Sandbox() {
    fs::create_directories(home());
    write_file(home() / ".gitconfig", "[user]\n\tname = Sanne de Vries\n\temail = sanne@example.org\n"
                                      "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n");
    cwd_ = tmp_.path();
  }

  // The page's /tmp is this folder.
  const fs::path &tmp() const { return tmp_.path(); }

  // Runs one command line of `page`; `text` is as the page writes it.
  Ran run(const std::string &page, const std::string &text) {
    const std::string line = on_page_tmp(text);
    const auto segments = split_lists(line);
    const bool has_alearn = std::any_of(segments.begin(), segments.end(), [](const Segment &segment) {
      const auto stages = split_pipeline(segment.text);
      return std::any_of(stages.begin(), stages.end(),
                         [](const std::string &stage) { return alearn_stage(stage).has_value(); });
    });
    const std::string key = page + "\n" + text;
    const int occurrence = seen_[key]++;
    Ran ran;
    if (!has_alearn) {
      ran = shell(line, 0, {});
    } else {
      int index = 0;
      for (const auto &segment : segments) {
        if ((segment.op == "&&" && ran.code != 0) || (segment.op == "||" && ran.code == 0)) {
          continue;
        }
        const Ran step =
            pipeline(segment.text, ran.code, fmt::format("{}\n{}\n{}", key, occurrence, index++));
        ran.shown += step.shown;
        ran.code = step.code;
      }
    }
    ran.shown = replace_all(ran.shown, tmp().string(), "/tmp");
    return ran;
  }

private:
  fs::path home() const { return scratch_.path() / "home"; }

  std::string on_page_tmp(const std::string &text) const {
    std::string line;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool starts_word =
          i == 0 || text[i - 1] == ' ' || text[i - 1] == '=' || text[i - 1] == '"' || text[i - 1] == '\'';
      const bool ends_word =
          i + 4 == text.size() || (i + 4 < text.size() && (text[i + 4] == '/' || text[i + 4] == ' '));
      if (starts_word && text.compare(i, 4, "/tmp") == 0 && ends_word) {
        line += tmp().string();
        i += 3;
      } else {
        line += text[i];
      }
    }
    return line;
  }

  std::map<std::string, std::string> alearn_env() const {
    return {{"HOME", home().string()},
            {"GIT_CONFIG_NOSYSTEM", "1"},
            {"LANG", "C.UTF-8"},
            {"TMPDIR", tmp().string()}};
  }

  // One list item with alearn in it: the stages before it feed its standard input, the ones
  // after it read its standard output.
  Ran pipeline(const std::string &segment, int last_code, const std::string &seed_text) {
    const auto stages = split_pipeline(segment);
    std::size_t at = 0;
    std::optional<AlearnCall> call;
    for (; at < stages.size(); ++at) {
      if ((call = alearn_stage(stages[at]))) {
        break;
      }
    }
    if (!call) {
      return shell(segment, last_code, {});
    }
    const auto join = [&](std::size_t from, std::size_t to) {
      return fmt::format("{}", fmt::join(stages.begin() + static_cast<long>(from),
                                         stages.begin() + static_cast<long>(to), " | "));
    };
    std::string shown;
    std::string input;
    if (at > 0) {
      const Ran before = shell(join(0, at), last_code, {}, Streams::apart);
      input = before.shown;
      shown += errors_;
    }
    Context context = fixed_context(cwd_, fnv1a(seed_text) | 1U);
    context.today = std::chrono::year{2026} / 11 / 24;
    context.now =
        std::chrono::sys_days{context.today} + std::chrono::hours{9} + std::chrono::seconds{runs_++};
    auto env = alearn_env();
    for (const auto &[name, value] : call->first) {
      env[name] = value;
    }
    // alearn's temporary files (the editor's, drafts) go to the page's /tmp.
    const char *old_tmpdir = std::getenv("TMPDIR");
    const std::optional<std::string> saved =
        old_tmpdir != nullptr ? std::optional<std::string>(old_tmpdir) : std::nullopt;
    ::setenv("TMPDIR", tmp().c_str(), 1);
    const Outcome outcome = run_alearn(call->second, context, env, input);
    if (saved) {
      ::setenv("TMPDIR", saved->c_str(), 1);
    } else {
      ::unsetenv("TMPDIR");
    }
    Ran ran{outcome.out, outcome.code};
    if (at + 1 < stages.size()) {
      ran = shell(join(at + 1, stages.size()), outcome.code, outcome.out);
    }
    ran.shown = shown + ran.shown + outcome.err;
    return ran;
  }

  enum class Streams { together, apart };

  // Runs `command` through /bin/sh in the page's folder, with `$?` set to `last_code` and
  // `input` on standard input; `cd` in it moves the page's folder.
  Ran shell(const std::string &command, int last_code, const std::string &input,
            Streams streams = Streams::together) {
    const fs::path dir = scratch_.path();
    write_file(dir / "in", input);
    const std::string script = fmt::format(
        "export HOME={home} GIT_CONFIG_NOSYSTEM=1 LC_ALL=C.UTF-8 TMPDIR={tmp} "
        "GIT_AUTHOR_DATE='2026-11-24T09:00:00Z' GIT_COMMITTER_DATE='2026-11-24T09:00:00Z'\n"
        "unset LANG LANGUAGE ALEARN_REPO ALEARN_WORKGROUP ALEARN_USER ALEARN_LANG VISUAL EDITOR GIT_DIR "
        "GIT_WORK_TREE NO_COLOR\n"
        "cd {cwd} || exit 97\n"
        "{{ (exit {code}); {command}\n}} <{in} >{out} 2>{err}\n"
        "echo $? >{status}\n"
        "pwd >{where}\n",
        fmt::arg("home", shell_quoted(home().string())), fmt::arg("tmp", shell_quoted(tmp().string())),
        fmt::arg("cwd", shell_quoted(cwd_.string())), fmt::arg("code", last_code),
        fmt::arg("command", command), fmt::arg("in", shell_quoted((dir / "in").string())),
        fmt::arg("out", shell_quoted((dir / "out").string())),
        fmt::arg("err",
                 streams == Streams::together ? std::string("&1") : shell_quoted((dir / "err").string())),
        fmt::arg("status", shell_quoted((dir / "status").string())),
        fmt::arg("where", shell_quoted((dir / "where").string())));
    write_file(dir / "script.sh", script);
    const int system_code = std::system(("/bin/sh " + shell_quoted((dir / "script.sh").string())).c_str());
    REQUIRE_MESSAGE(system_code == 0, "the shell of the docs test failed: " << script);
    errors_ = streams == Streams::apart ? read_file(dir / "err") : std::string();
    const auto where = lines_of(read_file(dir / "where"));
    if (!where.empty()) {
      cwd_ = where.front();
    }
    return Ran{read_file(dir / "out"), std::stoi(read_file(dir / "status"))};
  }

  TempDir tmp_;
  TempDir scratch_;
  fs::path cwd_;
  int runs_ = 0;
  std::map<std::string, int> seen_;
  std::string errors_;
};

struct Tally {
  int run = 0;
  int skipped = 0;
};

// Runs every block of `page` in `sandbox`. `compare`: check the output against the page (or
// rewrite it); otherwise the page only builds the state another page starts from.
void run_page(const Page &page, Sandbox &sandbox, bool compare, Tally &tally);

void prepare(const Page &page, Sandbox &sandbox) {
  INFO(page.name << ": start " << page.start);
  if (page.start == "empty") {
    return;
  }
  if (page.start == "examples") {
    fs::copy(source_dir() / "examples", sandbox.tmp() / "examples", fs::copy_options::recursive);
    return;
  }
  REQUIRE(page.start.starts_with("after "));
  const Page before = read_page(page.file.parent_path() / page.start.substr(6));
  REQUIRE(!before.blocks.empty());
  Tally ignored;
  prepare(before, sandbox);
  run_page(before, sandbox, false, ignored);
}

void run_page(const Page &page, Sandbox &sandbox, bool compare, Tally &tally) {
  const bool update = compare && std::getenv("ALEARN_UPDATE_DOCS") != nullptr;
  std::vector<std::pair<const Command *, std::string>> rewrites;
  for (const auto &block : page.blocks) {
    if (block.skip) {
      ++tally.skipped;
      continue;
    }
    tally.run += block.setup ? 0 : 1;
    for (const auto &command : block.commands) {
      const Ran ran = sandbox.run(page.name, command.text);
      if (!compare) {
        continue;
      }
      INFO(page.name << ":" << command.line << ": $ " << command.text);
      if (block.setup) {
        INFO("a setup command must succeed; it printed:\n" << ran.shown);
        CHECK(ran.code == 0);
      } else if (update) {
        rewrites.emplace_back(&command, as_lines(ran.shown));
      } else {
        CHECK(as_lines(ran.shown) == command.expected);
      }
    }
  }
  if (!update || rewrites.empty()) {
    return;
  }
  std::vector<std::string> lines = page.lines;
  for (auto it = rewrites.rbegin(); it != rewrites.rend(); ++it) {
    const auto fresh = lines_of(it->second);
    const auto begin = lines.begin() + static_cast<long>(it->first->out_begin);
    lines.erase(begin, lines.begin() + static_cast<long>(it->first->out_end));
    lines.insert(lines.begin() + static_cast<long>(it->first->out_begin), fresh.begin(), fresh.end());
  }
  std::ofstream out(page.file, std::ios::binary);
  for (const auto &line : lines) {
    out << line << "\n";
  }
}

std::vector<fs::path> pages() {
  std::vector<fs::path> files{source_dir() / "README.md"};
  for (const auto &entry : fs::recursive_directory_iterator(source_dir() / "docs")) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin() + 1, files.end());
  return files;
}

} // namespace

TEST_SUITE("docs") {
  TEST_CASE("the shell splitting of the docs tests") {
    const auto segments = split_lists("cd /x && alearn check; echo $? || printf 'a;b&&c'");
    REQUIRE(segments.size() == 4);
    CHECK(segments[1].text == "alearn check");
    CHECK(segments[2].op == ";");
    CHECK(segments[3].text == "printf 'a;b&&c'");
    CHECK(split_pipeline("printf \"x|y\" | alearn log add -m - | head -n 1").size() == 3);
    const auto call =
        alearn_stage("ALEARN_USER=\"Anouk Peters\" alearn step done 6 --note \"It's \\\"done\\\"\"");
    REQUIRE(call.has_value());
    CHECK(call->first.at("ALEARN_USER") == "Anouk Peters");
    CHECK(call->second == std::vector<std::string>{"step", "done", "6", "--note", "It's \"done\""});
    CHECK_FALSE(alearn_stage("git commit -qm \"alearn\"").has_value());
  }

  TEST_CASE("every console block of the docs") {
    int pages_with_blocks = 0;
    for (const auto &file : pages()) {
      const Page page = read_page(file);
      if (page.blocks.empty()) {
        continue;
      }
      ++pages_with_blocks;
      SUBCASE(page.name.c_str()) {
        Sandbox sandbox;
        Tally tally;
        prepare(page, sandbox);
        run_page(page, sandbox, true, tally);
        MESSAGE(page.name << ": " << tally.run << " blocks run, " << tally.skipped << " not run");
        CHECK(tally.run > 0);
      }
    }
    CHECK(pages_with_blocks > 0);
  }
}
