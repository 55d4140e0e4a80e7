// alearn completion: the table of which argument completes with what, the hidden `completion
// values`, and the scripts in the real shells (bash with bash-completion, fish, zsh).
#include "commands.hpp"
#include "completion.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines_of_text(const std::string &text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> sorted_words(std::vector<std::string> values) {
  std::ranges::sort(values);
  return values;
}

// The words of an option's or argument's name: "--keep-indicator" -> keep, indicator.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : name) {
    if (c == '-') {
      if (!word.empty()) {
        words.push_back(word);
      }
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) {
    words.push_back(word);
  }
  return words;
}

// Names that say which kind of value they take: each must say how it completes.
bool suggests_a_kind(const OptionInfo &option) {
  static const std::set<std::string> kinds{
      "id",     "indicator", "member", "workgroup", "slug", "owner",   "present",      "meeting",
      "theme",  "step",      "blocks", "follows",   "as",   "network", "organisation", "repo",
      "output", "dir",       "path",   "draft",     "name", "file"};
  for (const auto &name : option.names) {
    for (const auto &word : name_words(name)) {
      if (kinds.contains(word)) {
        return true;
      }
    }
  }
  return false;
}

// A repository made by the real binary: workgroup "zorg-thuis" with three members (one with
// spaces in the name), an indicator and two logbook entries; a second workgroup "alpha".
struct ShellRepo {
  TempDir dir;
  std::string script_dir;
  ShellRepo() {
    const auto made = run_shell(
        "$ALEARN init --name N --lang en >/dev/null && "
        "$ALEARN workgroup new 'Zorg thuis' --member Anna --member 'Bram de Vries' --member Zoë >/dev/null "
        "&& "
        "$ALEARN workgroup new Alpha --member Karel >/dev/null && "
        "$ALEARN -w zorg indicator add Turnover --unit % --direction down --baseline 30 --target 20 "
        "--frequency monthly --owner Anna >/dev/null && "
        "$ALEARN -w zorg --as Anna log add -m one >/dev/null && $ALEARN -w zorg --as Anna log add -m two "
        ">/dev/null && "
        "for shell in bash zsh fish; do $ALEARN completion $shell > $shell.completion || exit 1; done",
        dir.path());
    INFO(made.out);
    REQUIRE(made.code == 0);
  }
  // The built binary first on PATH, as the scripts call `alearn`.
  std::string path() const {
    return fmt::format("PATH={}:\"$PATH\"", fs::path(ALEARN_BINARY).parent_path().string());
  }
  std::vector<std::string> bash(const std::string &line, const std::string &extra = {}) const {
    const auto result =
        run_shell(fmt::format("bash --norc {}/tests/completion/complete.bash bash.completion '{}'",
                              source_dir().string(), line),
                  dir.path(), path() + " " + extra);
    INFO(result.out);
    CHECK(result.code == 0);
    return sorted_words(lines_of_text(result.out));
  }
  std::vector<std::string> fish(const std::string &line) const {
    const auto result =
        run_shell(fmt::format("fish --no-config -c 'source fish.completion; complete -C \"{}\"'", line),
                  dir.path(), path());
    INFO(result.out);
    CHECK(result.code == 0);
    std::vector<std::string> names;
    for (const auto &candidate : lines_of_text(result.out)) {
      names.push_back(candidate.substr(0, candidate.find('\t')));
    }
    return sorted_words(names);
  }
  std::vector<std::string> zsh(const std::string &line) const {
    const auto result =
        run_shell(fmt::format("timeout 60 zsh -f {}/tests/completion/complete.zsh zsh.completion '{}'",
                              source_dir().string(), line),
                  dir.path(), path());
    INFO(result.out);
    CHECK(result.code == 0);
    return sorted_words(lines_of_text(result.out));
  }
  std::vector<std::string> values(const std::string &arguments) const {
    const auto result = run_shell("$ALEARN completion values " + arguments, dir.path());
    CHECK(result.code == 0);
    return lines_of_text(result.out);
  }
};

using Candidates = std::vector<std::string>;

} // namespace

TEST_SUITE("completion") {
  TEST_CASE("every argument whose name suggests a kind of value says what it completes with") {
    std::vector<OptionInfo> all = common_options(Lang::en);
    for (const auto &command : describe_commands(Lang::en)) {
      for (const auto &option : command.options) {
        CAPTURE(command.spec->path);
        CAPTURE(option.names.front());
        if (suggests_a_kind(option) && option.values.empty()) {
          CHECK(option.completes != Completes::unlisted);
        }
      }
    }
    for (const auto &option : common_options(Lang::en)) {
      CAPTURE(option.names.front());
      CHECK((option.completes != Completes::unlisted || !option.values.empty()));
    }
    // No row of the table names a command or an option that does not exist.
    const auto commands = describe_commands(Lang::en);
    for (const ArgumentCompletion &row : argument_completions()) {
      CAPTURE(row.command);
      CAPTURE(row.name);
      const auto &options = row.command.empty() ? all : [&]() -> const std::vector<OptionInfo> & {
        const auto found =
            std::ranges::find_if(commands, [&](const CommandInfo &c) { return c.spec->path == row.command; });
        REQUIRE(found != commands.end());
        return found->options;
      }();
      CHECK(std::ranges::any_of(options, [&](const OptionInfo &option) {
        return std::ranges::find(option.names, row.name) != option.names.end();
      }));
    }
  }

  TEST_CASE("the scripts' table has the commands at every level and the value sets") {
    const auto lines = completion_lines(Lang::en);
    const auto has = [&](const std::string &start) {
      return std::ranges::any_of(lines, [&](const std::string &line) { return line.starts_with(start); });
    };
    CHECK(has("c\t\tworkgroup\tWorkgroups and their members"));
    CHECK(has("c\tworkgroup member\tadd\tAdd a member"));
    CHECK(has("c\t\tcompletion\t"));
    CHECK_FALSE(has("c\tcompletion\tvalues")); // hidden
    CHECK(has("o\tcheck\t--format\tw:text json github junit\t"));
    CHECK(has("o\t\t--lang\tw:nl en\t"));
    CHECK(has("o\t\t-w\tr:workgroup\t"));
    CHECK(has("o\tlog list\t--json\t-\t"));
    CHECK(has("a\tlog show\t0\t0\tr:log"));
    CHECK(has("a\tindicator show\t0\t0\tr:indicator"));
    CHECK(has("a\tworkgroup member remove\t0\t0\tr:member"));
    CHECK(has("a\tinit\t0\t0\td"));
    const std::set<char> fields_of{'c', 'o', 'a'};
    for (const auto &line : lines) {
      CAPTURE(line);
      REQUIRE(fields_of.contains(line.front()));
      CHECK(std::ranges::count(line, '\t') == (line.front() == 'c' ? 3 : 4));
      CHECK(std::ranges::none_of(line,
                                 [](char c) { return c != '\t' && static_cast<unsigned char>(c) < 0x20; }));
    }
    // Every listed command of the table is reachable.
    for (const CommandSpec &spec : command_table()) {
      if (spec.visibility == Visibility::listed) {
        const auto space = spec.path.rfind(' ');
        const std::string parent(space == std::string_view::npos ? std::string_view{}
                                                                 : spec.path.substr(0, space));
        const std::string name(space == std::string_view::npos ? spec.path : spec.path.substr(space + 1));
        CHECK_MESSAGE(has(fmt::format("c\t{}\t{}\t", parent, name)), spec.path);
      }
    }
    // Descriptions in Dutch for a Dutch script.
    const auto dutch = completion_script(Shell::fish, Lang::nl);
    contains(dutch, "Werkgroepen en hun leden");
  }

  TEST_CASE("completion prints a script for each shell and refuses others") {
    CliRepo repo;
    for (const std::string shell : {"bash", "zsh", "fish"}) {
      const Outcome script = repo({"completion", shell});
      CHECK(script.code == 0);
      CHECK(script.err.empty());
      contains(script.out, shell + " completion for alearn");
      contains(script.out, "completion values");
    }
    CHECK(repo({"completion", "zsh"}).out.starts_with("#compdef alearn\n"));
    const Outcome none = repo({"completion"});
    CHECK(none.code == 2);
    contains(none.err, "which shell?");
    const Outcome tcsh = repo({"completion", "tcsh"});
    CHECK(tcsh.code == 2);
    CHECK(tcsh.out.empty());
    // Hidden from the help.
    CHECK(repo({"completion", "--help"}).out.find("values") == std::string::npos);
    CHECK(repo({"--help"}).out.find("completion") != std::string::npos);
  }

  TEST_CASE("completion values reads the repository and is silent without one") {
    CliRepo repo;
    const auto values = [&](const std::vector<std::string> &args) {
      std::vector<std::string> all{"completion", "values"};
      all.insert(all.end(), args.begin(), args.end());
      const Outcome outcome = repo(all);
      CHECK(outcome.code == 0);
      CHECK(outcome.err.empty());
      return lines_of_text(outcome.out);
    };
    SUBCASE("outside a repository: nothing at all") {
      for (const auto &name : value_kind_names()) {
        if (name.kind != ValueKind::step) {
          CHECK(values({std::string(name.word)}).empty());
        }
      }
      CHECK(values({"step"}).size() == 15);
      CHECK(values({"member", "--repo", "/nonexistent"}).empty());
    }
    SUBCASE("in a repository") {
      REQUIRE(repo({"init", "--name", "N", "--lang", "en", "--theme", "Zorg", "--theme", "Werk"}).code == 0);
      REQUIRE(repo({"workgroup", "new", "Beta", "--member", "Zoë", "--member", "Karel de Boer"}).code == 0);
      REQUIRE(repo({"workgroup", "new", "Alpha", "--member", "Anna"}).code == 0);
      CHECK(values({"workgroup"}) == Candidates{"alpha", "beta"});
      CHECK(values({"member"}).empty()); // which workgroup? none said
      CHECK(values({"member", "-w", "beta"}) ==
            Candidates{"Karel de Boer", "Zoë"}); // as the members are read
      CHECK(values({"member", "--workgroup", "al"}) == Candidates{"Anna"});
      CHECK(values({"theme"}) == Candidates{"Zorg", "Werk"});
      repo.env["ALEARN_WORKGROUP"] = "alpha";
      CHECK(values({"member"}) == Candidates{"Anna"});
      REQUIRE(repo({"--as", "Anna", "log", "add", "-m", "x"}).code == 0);
      const auto ids = values({"log"});
      REQUIRE(ids.size() == 1);
      CHECK(ids.front().size() == 8);
      const auto records = values({"record"});
      CHECK(std::ranges::find(records, ids.front()) != records.end());
      CHECK(values({"meeting"}).empty());
      // From elsewhere, with --repo.
      TempDir elsewhere;
      const auto outcome =
          run_alearn({"completion", "values", "workgroup", "--repo", repo.root().string()}, elsewhere.path());
      CHECK(lines_of_text(outcome.out) == Candidates{"alpha", "beta"});
      // A broken file: nothing, and no error.
      write_file(repo.root() / "workgroups/alpha/workgroup.md", "---\nname: [\n---\n");
      CHECK(values({"member"}).empty());
      write_file(repo.root() / "alearn.yaml", "schema: [\n");
      CHECK(values({"theme"}).empty());
      CHECK(values({"log"}).empty());
    }
    SUBCASE("no control character reaches the terminal") {
      REQUIRE(repo({"init", "--name", "N", "--lang", "en"}).code == 0);
      REQUIRE(repo({"workgroup", "new", "G", "--member", "Anna"}).code == 0);
      // The member's name where it is written (workgroup.md or the member's own file), with an escape.
      bool changed = false;
      for (const auto &entry : fs::recursive_directory_iterator(repo.root() / "workgroups/g")) {
        std::string text = entry.is_regular_file() ? read_file(entry.path()) : std::string{};
        if (const auto at = text.find("name: Anna"); at != std::string::npos) {
          text.replace(at, 10, "name: \"An\\e[31mna\"");
          write_file(entry.path(), text);
          changed = true;
        }
      }
      REQUIRE(changed);
      for (const auto &value : values({"member"})) {
        CHECK(value.find('\x1b') == std::string::npos);
      }
      // The library leaves the value out itself, before any output filter.
      const WorkgroupChoice choice{"g", "", repo.root()};
      CHECK(completion_values(repo.root(), ValueKind::member, choice).empty());
      CHECK(completion_values(std::nullopt, ValueKind::member, choice).empty());
    }
  }

  TEST_CASE("bash completes commands, options, value sets and the repository's values") {
    ShellRepo repo;
    CHECK(repo.bash("alearn wor") == Candidates{"workgroup"});
    CHECK(repo.bash("alearn workgroup member ") == Candidates{"add", "remove"});
    CHECK(repo.bash("alearn check --format ") == Candidates{"github", "json", "junit", "text"});
    CHECK(repo.bash("alearn check --format=j") == Candidates{"json", "junit"});
    CHECK(repo.bash("alearn --lang ") == Candidates{"en", "nl"});
    CHECK(repo.bash("alearn completion ") == Candidates{"bash", "fish", "zsh"});
    CHECK(repo.bash("alearn workgroup show ") == Candidates{"alpha", "zorg-thuis"});
    CHECK(repo.bash("alearn -w ") == Candidates{"alpha", "zorg-thuis"});
    CHECK(repo.bash("alearn -w zorg indicator show ") == Candidates{"turnover"});
    CHECK(repo.bash("alearn indicator show --workgroup=zorg ") == Candidates{"turnover"});
    CHECK(repo.bash("alearn -w zorg workgroup member remove ") ==
          Candidates{"Anna", "Bram\\ de\\ Vries", "Zoë"});
    CHECK(repo.bash("alearn -w zorg log add --as B") == Candidates{"Bram\\ de\\ Vries"});
    CHECK(repo.bash("alearn -w alpha meeting new --present ") == Candidates{"Karel"});
    CHECK(repo.bash("alearn indicator show ", "ALEARN_WORKGROUP=zorg") == Candidates{"turnover"});
    CHECK(repo.bash("alearn indicator show ").empty()); // which workgroup? two, none named
    // Options: the command's own and those of every command.
    const auto options = repo.bash("alearn log list --");
    for (const std::string option :
         {"--member", "--kind", "--json", "--repo", "--workgroup", "--as", "--help"}) {
      CHECK_MESSAGE(std::ranges::find(options, option) != options.end(), option);
    }
    CHECK(repo.bash("alearn log list --mem") == Candidates{"--member"});
    // An id from its first characters.
    const auto ids = repo.values("log -w zorg");
    REQUIRE(ids.size() == 2);
    Candidates expected;
    for (const auto &id : ids) {
      if (id.starts_with(ids.front().substr(0, 2))) {
        expected.push_back(id);
      }
    }
    CHECK(repo.bash("alearn -w zorg log show " + ids.front().substr(0, 2)) == sorted_words(expected));
    CHECK(repo.bash("alearn -w zorg log show ") == sorted_words(ids));
    // --repo typed earlier, from outside the repository.
    TempDir elsewhere;
    const auto from_elsewhere =
        run_shell(fmt::format("bash --norc {}/tests/completion/complete.bash {}/bash.completion 'alearn "
                              "--repo {} workgroup show '",
                              source_dir().string(), repo.dir.path().string(), repo.dir.path().string()),
                  elsewhere.path(), repo.path());
    CHECK(sorted_words(lines_of_text(from_elsewhere.out)) == Candidates{"alpha", "zorg-thuis"});
    // Outside any repository: commands still complete, values are none and nothing is said.
    const auto outside =
        run_shell(fmt::format("bash --norc {}/tests/completion/complete.bash {}/bash.completion 'alearn -w '",
                              source_dir().string(), repo.dir.path().string()),
                  elsewhere.path(), repo.path());
    CHECK(outside.code == 0);
    CHECK(outside.out.empty());
    // Files and directories.
    CHECK(repo.bash("alearn init work") == Candidates{"workgroups"});
  }

  TEST_CASE("fish completes commands and the repository's values") {
    ShellRepo repo;
    CHECK(repo.fish("alearn workgroup ") ==
          Candidates{"agreement", "list", "member", "new", "set", "show", "theme"});
    CHECK(repo.fish("alearn workgroup member ") == Candidates{"add", "remove"});
    CHECK(repo.fish("alearn check --format ") == Candidates{"github", "json", "junit", "text"});
    CHECK(repo.fish("alearn check --format=") ==
          Candidates{"--format=github", "--format=json", "--format=junit", "--format=text"});
    CHECK(repo.fish("alearn -w zorg indicator show ") == Candidates{"turnover"});
    CHECK(repo.fish("alearn -w zorg workgroup member remove ") == Candidates{"Anna", "Bram de Vries", "Zoë"});
    CHECK(repo.fish("alearn workgroup show ") == Candidates{"alpha", "zorg-thuis"});
    const auto options = repo.fish("alearn log list --");
    CHECK(std::ranges::find(options, "--member") != options.end());
    CHECK(std::ranges::find(options, "--workgroup") != options.end());
  }

  TEST_CASE("zsh completes commands and the repository's values") {
    ShellRepo repo;
    const auto parsed = run_shell("zsh -n zsh.completion", repo.dir.path());
    CHECK(parsed.out.empty());
    CHECK(parsed.code == 0);
    // In an interactive zsh on a pseudo-terminal with the completion system (the first run
    // writes its dump, a few seconds; the others take a fraction of a second).
    CHECK(repo.zsh("alearn workgroup member ") == Candidates{"add", "remove"});
    CHECK(repo.zsh("alearn check --format=j") == Candidates{"--format=json", "--format=junit"});
    CHECK(repo.zsh("alearn -w zorg indicator show ") == Candidates{"turnover"});
    CHECK(repo.zsh("alearn -w zorg workgroup member remove ") ==
          Candidates{"Anna", "Bram\\ de\\ Vries", "Zoë"});
  }
}
