// A hostile-input suite: well over a hundred damaged copies of the example repository, each run
// through commands that read and commands that write. For every one: no crash, a message that
// names the damaged file (with its line where there is one), the exit code the damage calls
// for, and for every refused write a tree that is byte for byte what it was before.
#include "files.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <regex>
#include <sys/stat.h>

#include <unistd.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

// Everything that identifies a tree: every entry's path, type, permissions and content (or
// where a link leads), in order, hashed. A refused write must leave it unchanged.
std::uint64_t tree_hash(const fs::path &root) {
  std::vector<std::string> entries;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied);
       it != fs::recursive_directory_iterator(); ++it) {
    const fs::path &path = it->path();
    struct stat info {};
    ::lstat(path.c_str(), &info);
    std::string entry = fmt::format("{} {:o} ", path.lexically_relative(root).string(), info.st_mode);
    if (S_ISLNK(info.st_mode)) {
      entry += fs::read_symlink(path).string();
    } else if (S_ISREG(info.st_mode)) {
      entry += read_file(path);
    }
    entries.push_back(std::move(entry));
  }
  std::ranges::sort(entries);
  std::uint64_t hash = 14695981039346656037ULL; // FNV-1a
  for (const auto &entry : entries) {
    for (const char c : entry) {
      hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    hash = (hash ^ 0xffU) * 1099511628211ULL;
  }
  return hash;
}

// A file of the example repository that a damage is done to.
struct Target {
  std::string file;  // relative to the repository
  std::string group; // the workgroup it belongs to; empty for alearn.yaml
  bool markdown = true;
  // A command cannot do without it: alearn.yaml, or the workgroup's own file.
  bool needed = false;
  std::vector<std::string> writer; // a command that writes next to it (after -w group)
};

std::vector<Target> targets() {
  const std::string g = "workgroups/inwerken/";
  return {
      {"alearn.yaml", "", false, true, {"log", "add", "x"}},
      {g + "workgroup.md", "inwerken", true, true, {"workgroup", "set", "end", "2027-12-31"}},
      {g + "logbook/4ceaqexh.md", "inwerken", true, false, {"log", "add", "x"}},
      {g + "meetings/" + "MEETING", "inwerken", true, false, {"log", "add", "x"}},
      {g + "steps/058hfv4d.yaml", "inwerken", false, false, {"step", "done", "--force", "--note", "x"}},
      {g + "indicators/welkom.md", "inwerken", true, false, {"indicator", "record", "uitstroom", "3"}},
      {g + "measurements/welkom/hmj5z855.yaml",
       "inwerken",
       false,
       false,
       {"indicator", "record", "welkom", "3"}},
      {g + "experiments/0af2eqz0.md", "inwerken", true, false, {"experiment", "start", "4c8swx7c"}},
      {g + "assumptions/099fj4nq.md",
       "inwerken",
       true,
       false,
       {"assumption", "add", "x", "--about", "problem"}},
      {"workgroups/vasthouden/evaluations/k4v7t5rw.md", "vasthouden", true, false, {"log", "add", "x"}},
  };
}

// A damage to the content of a file.
struct Damage {
  std::string name;
  bool markdown_only = false;
  bool has_line = false; // the message can say which line
  std::function<std::string(const std::string &)> apply;
  // Seen only by a reader of the whole file (check): commands read a Markdown file up to the
  // end of its front matter, and need not see a damage beyond it.
  bool beyond_front_matter = false;
};

std::string front(const std::string &text) { return text.starts_with("---\n") ? text.substr(4) : text; }

std::string yaml_bomb() {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += fmt::format("{0}: &{0} [*{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}]\n", c,
                        static_cast<char>(c - 1));
  }
  return bomb;
}

std::vector<Damage> damages() {
  const auto markdown = [](const std::string &text, const std::string &yaml) {
    return text.starts_with("---\n") ? "---\n" + yaml + "---\n" : yaml;
  };
  return {
      {"binary", false, false,
       [](const std::string &) {
         return std::string("\x7f"
                            "ELF\x02\x01\x01\0\0\0",
                            10);
       }},
      {"NUL byte", false, true,
       [](const std::string &t) { return t.substr(0, 6) + std::string(1, '\0') + t.substr(6); }},
      {"not UTF-8", false, true,
       [](const std::string &t) {
         return t.substr(0, t.starts_with("---\n") ? 4 : 0) + "note: caf\xe9\n" +
                t.substr(t.starts_with("---\n") ? 4 : 0);
       }},
      {"UTF-16", false, true, [](const std::string &) { return std::string("\xff\xfe-\0-\0-\0\n\0", 10); }},
      {"conflict markers", false, true,
       [](const std::string &t) {
         return t.substr(0, 4) + "<<<<<<< HEAD\na: 1\n=======\na: 2\n>>>>>>> b\n" + t.substr(4);
       }},
      {"YAML bomb", false, true, [=](const std::string &t) { return markdown(t, yaml_bomb()); }},
      {"deep nesting", false, true,
       [=](const std::string &t) { return markdown(t, "a: " + std::string(5000, '[') + "\n"); }},
      {"front matter not closed", true, true,
       [](const std::string &t) { return "---\n" + front(t).substr(0, 20) + "\n"; }},
      {"no front matter", true, true, [](const std::string &) { return std::string("just text\n"); }},
      {"empty", false, false, [](const std::string &) { return std::string(); }},
      {"bad YAML syntax", false, true, [=](const std::string &t) { return markdown(t, "a: [1, 2\nb: }\n"); }},
      {"a list at the top", false, true, [=](const std::string &t) { return markdown(t, "- a\n- b\n"); }},
      {"a scalar at the top", false, true,
       [=](const std::string &t) { return markdown(t, "just a sentence\n"); }},
      {"unknown key", false, true,
       [](const std::string &t) {
         return t.substr(0, t.starts_with("---\n") ? 4 : 0) + "colour: red\n" +
                t.substr(t.starts_with("---\n") ? 4 : 0);
       }},
      {"duplicate key", false, true,
       [](const std::string &t) {
         return t.substr(0, t.starts_with("---\n") ? 4 : 0) + "date: 2026-01-01\ndate: 2026-01-02\n" +
                t.substr(t.starts_with("---\n") ? 4 : 0);
       }},
      {"impossible date", false, true,
       [](const std::string &t) {
         return std::regex_replace(t, std::regex("20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]"), "2026-02-30");
       }},
      {"a date that is a number", false, true,
       [](const std::string &t) {
         return std::regex_replace(t, std::regex("\\n(date|at|start): [^\\n]*"), "\n$1: 112");
       }},
      {"a value that is not a number", false, true,
       [](const std::string &t) {
         return std::regex_replace(t, std::regex("\\n(value|step|baseline): [^\\n]*"), "\n$1: .nan");
       }},
      {"too large", false, false, [](const std::string &t) { return t + std::string(5 * 1024 * 1024, 'x'); },
       true},
      {"conflict markers in the body", true, true,
       [](const std::string &t) { return t + "\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> b\n"; }, true},
      {"huge front matter", true, true,
       [](const std::string &) { return "---\na: " + std::string(300 * 1024, 'x') + "\n"; }},
      {"tab indentation", false, true, [=](const std::string &t) { return markdown(t, "a:\n\t- b\n"); }},
      {"anchors and aliases", false, true,
       [=](const std::string &t) { return markdown(t, "a: &x 1\nb: *x\n"); }},
      {"a key without value everywhere", false, true,
       [=](const std::string &t) { return markdown(t, "? [a, b]\n: c\n"); }},
  };
}

struct ExamplesAsSanne : ExampleRepo {
  ExamplesAsSanne() { env["ALEARN_USER"] = "Sanne de Vries"; }
};

std::string first_file(const fs::path &folder) {
  std::vector<std::string> names;
  for (const auto &entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::ranges::sort(names);
  return names.front();
}

// Puts every file of `root` back as `pristine` holds it, and removes the files it does not hold
// (a log entry a command was allowed to add).
void put_back(const fs::path &root, const std::map<std::string, std::string> &pristine) {
  const auto now = snapshot(root);
  for (const auto &[name, text] : now) {
    if (!pristine.contains(name)) {
      fs::remove(root / name);
    } else if (pristine.at(name) != text) {
      write_file(root / name, pristine.at(name));
    }
  }
  for (const auto &[name, text] : pristine) {
    if (!now.contains(name)) {
      write_file(root / name, text);
    }
  }
}

// Runs the reading and writing commands over a damaged copy and checks what a damage calls for.
void expect_named(const Outcome &outcome, const std::string &file, bool line) {
  const std::string all = outcome.out + outcome.err;
  INFO("output: " << all);
  contains(all, file);
  if (line) {
    CHECK(std::regex_search(all, std::regex(std::regex_replace(file, std::regex("[.]"), "\\.") + ":[0-9]+")));
  }
}

// Someone who may write in the example's workgroup `group`.
std::string member_of(const std::string &group) {
  return group == "vasthouden" ? "Marloes Kuipers" : "Sanne de Vries";
}

// A damage that only a reader of the whole file sees: check reports it, commands go on.
void run_past_front_matter(ExamplesAsSanne &examples, const Target &target) {
  const Outcome checked = examples({"check"});
  CHECK(checked.code == 1);
  expect_named(checked, target.file, false);
  const std::string group = target.group.empty() ? "inwerken" : target.group;
  CHECK(examples({"-w", group, "step", "next"}).code == 0);
  const Outcome added = examples({"-w", group, "--as", member_of(group), "log", "add", "x"});
  INFO(added.err);
  CHECK(added.code == 0);
}

void run_through_commands(ExamplesAsSanne &examples, const Target &target, bool line) {
  const std::string &file = target.file;
  const Outcome checked = examples({"check"});
  CHECK(checked.code == 1);
  expect_named(checked, file, line);
  const std::string group = target.group.empty() ? "inwerken" : target.group;
  const Outcome next = examples({"-w", group, "step", "next"});
  if (target.needed) {
    CHECK(next.code == 2);
    expect_named(next, file, line);
  } else {
    CHECK(next.code == 0);
    expect_named(next, file, line);
  }
  const Outcome listed = examples({"workgroup", "list"});
  CHECK(listed.code == (target.file == "alearn.yaml" ? 2 : 0));
  if (file.ends_with("workgroup.md") || file == "alearn.yaml" ||
      (file.ends_with(".yaml") && file.find("/steps/") != std::string::npos)) {
    expect_named(listed, file, line);
  }
  for (const auto &writer : {std::vector<std::string>{"log", "add", "x"}, target.writer}) {
    const std::uint64_t before = tree_hash(examples.dir.path());
    std::vector<std::string> args{"-w", group};
    args.insert(args.end(), writer.begin(), writer.end());
    const Outcome written = examples(args);
    INFO("alearn " << fmt::format("{}", fmt::join(args, " ")));
    CHECK(written.code == 2);
    expect_named(written, file, line);
    CHECK(tree_hash(examples.dir.path()) == before);
  }
}

} // namespace

TEST_SUITE("hostile") {
  TEST_CASE("damaged files: a clear message, the right exit code, nothing written") {
    std::size_t repositories = 0;
    for (auto target : targets()) {
      // One copy per target, put back after each damage: a fresh copy per damage took a third of
      // this test's time.
      ExamplesAsSanne examples;
      const fs::path root = examples.dir.path();
      if (target.file.ends_with("MEETING")) {
        const fs::path folder = root / fs::path(target.file).parent_path();
        target.file = (fs::path(target.file).parent_path() / first_file(folder)).string();
      }
      const auto pristine = snapshot(root);
      const std::uint64_t pristine_hash = tree_hash(root);
      const std::string text = pristine.at(target.file);
      for (const auto &damage : damages()) {
        if (damage.markdown_only && !target.markdown) {
          continue;
        }
        const std::string damaged = damage.apply(text);
        if (damaged == text) {
          continue; // nothing of this kind in this file (a date in alearn.yaml, say)
        }
        write_file(root / target.file, damaged);
        CAPTURE(target.file);
        CAPTURE(damage.name);
        if (damage.beyond_front_matter && target.markdown) {
          run_past_front_matter(examples, target);
        } else {
          run_through_commands(examples, target, damage.has_line);
        }
        put_back(root, pristine);
        REQUIRE(tree_hash(root) == pristine_hash);
        ++repositories;
      }
    }
    CHECK(repositories >= 100);
  }

  TEST_CASE("damaged folders: links, FIFOs, loops, files and folders in each other's place") {
    struct FolderDamage {
      std::string name;
      std::string named; // the path the messages must name
      bool needed = false;
      std::function<void(const fs::path &root, const fs::path &elsewhere)> apply;
    };
    const std::string g = "workgroups/inwerken/";
    const std::vector<FolderDamage> folder_damages = {
        {"a record linked outside", g + "logbook/zzzzzzzz.md", false,
         [&](const fs::path &root, const fs::path &out) {
           fs::create_symlink(out / "secret", root / g / "logbook/zzzzzzzz.md");
         }},
        {"a folder linked outside", g + "feedback", false,
         [&](const fs::path &root, const fs::path &out) {
           fs::remove_all(root / g / "feedback");
           fs::create_directory_symlink(out, root / g / "feedback");
         }},
        {"the workgroup linked outside", g.substr(0, g.size() - 1), true,
         [&](const fs::path &root, const fs::path &out) {
           fs::copy(root / g, out / "inwerken", fs::copy_options::recursive);
           fs::remove_all(root / g);
           fs::create_directory_symlink(out / "inwerken", root / "workgroups/inwerken");
         }},
        {"workgroup.md linked outside", g + "workgroup.md", true,
         [&](const fs::path &root, const fs::path &out) {
           fs::rename(root / g / "workgroup.md", out / "workgroup.md");
           fs::create_symlink(out / "workgroup.md", root / g / "workgroup.md");
         }},
        {"a link in a loop", g + "logbook/zzzzzzzz.md", false,
         [&](const fs::path &root, const fs::path &) {
           fs::create_symlink("zzzzzzzz.md", root / g / "logbook/zzzzzzzz.md");
         }},
        {"a dangling link", g + "logbook/zzzzzzzz.md", false,
         [&](const fs::path &root, const fs::path &) {
           fs::create_symlink("nothing.md", root / g / "logbook/zzzzzzzz.md");
         }},
        {"a FIFO as a record", g + "logbook/zzzzzzzz.md", false,
         [&](const fs::path &root, const fs::path &) {
           REQUIRE(::mkfifo((root / g / "logbook/zzzzzzzz.md").c_str(), 0600) == 0);
         }},
        {"a FIFO as a measurement", g + "measurements/welkom/zzzzzzzz.yaml", false,
         [&](const fs::path &root, const fs::path &) {
           REQUIRE(::mkfifo((root / g / "measurements/welkom/zzzzzzzz.yaml").c_str(), 0600) == 0);
         }},
        {"a FIFO as workgroup.md", g + "workgroup.md", true,
         [&](const fs::path &root, const fs::path &) {
           fs::remove(root / g / "workgroup.md");
           REQUIRE(::mkfifo((root / g / "workgroup.md").c_str(), 0600) == 0);
         }},
        {"a folder as workgroup.md", g + "workgroup.md", true,
         [&](const fs::path &root, const fs::path &) {
           fs::remove(root / g / "workgroup.md");
           fs::create_directories(root / g / "workgroup.md");
           write_file(root / g / "workgroup.md/x", "x");
         }},
        {"a file where the logbook folder belongs", g + "logbook", false,
         [&](const fs::path &root, const fs::path &) {
           fs::remove_all(root / g / "logbook");
           write_file(root / g / "logbook", "not a folder\n");
         }},
        {"a record that is not named by an id", g + "logbook/notes.md", false,
         [&](const fs::path &root, const fs::path &) {
           fs::copy_file(root / g / "logbook/4ceaqexh.md", root / g / "logbook/notes.md");
         }},
        {"workgroup.md missing", g + "workgroup.md", true,
         [&](const fs::path &root, const fs::path &) { fs::remove(root / g / "workgroup.md"); }},
    };
    for (const auto &damage : folder_damages) {
      ExamplesAsSanne examples;
      TempDir elsewhere;
      write_file(elsewhere.path() / "secret", "---\nsecret: yes\n---\n");
      damage.apply(examples.dir.path(), elsewhere.path());
      const std::uint64_t outside = tree_hash(elsewhere.path());
      CAPTURE(damage.name);
      run_through_commands(examples,
                           Target{damage.named, "inwerken", true, damage.needed, {"log", "add", "x"}}, false);
      const std::string all = examples({"check"}).out;
      CHECK(all.find("secret: yes") == std::string::npos);
      CHECK(tree_hash(elsewhere.path()) == outside);
    }
  }

  TEST_CASE("the real binary on damaged repositories: exit codes, never a signal") {
    for (const auto &damage : damages()) {
      ExamplesAsSanne examples;
      const fs::path file = examples.dir.path() / "workgroups/inwerken/logbook/4ceaqexh.md";
      const std::string text = read_file(file);
      if (damage.apply(text) == text) {
        continue;
      }
      write_file(file, damage.apply(text));
      CAPTURE(damage.name);
      const std::string command = fmt::format("cd '{}' && ALEARN_LANG=en '{}' check >/dev/null 2>&1",
                                              examples.dir.path().string(), ALEARN_BINARY);
      const int status = std::system(command.c_str());
      REQUIRE(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 1);
    }
  }
}
