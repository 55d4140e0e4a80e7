// In-process tests of text that cannot attack a terminal and of nothing typed being lost: what
// the writing commands refuse, how the reading commands show a hand-edited file, the editor's
// text kept when a command fails, and a saved record named when the output cannot be written.
#include "helpers.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

struct TeamRepo : CliRepo {
  TeamRepo() {
    env = {{"ALEARN_USER", "Sanne de Vries"}};
    REQUIRE(run({"init", "--name", "N", "--lang", "en"}).code == 0);
    REQUIRE(
        run({"workgroup", "new", "Team", "--member", "Sanne de Vries", "--member", "Zoë Hendriks"}).code ==
        0);
  }
  fs::path group() const { return dir.path() / "workgroups/team"; }
  // The identifier of the first record a list command shows in JSON.
  std::string first_id(const std::vector<std::string> &list) const {
    std::smatch match;
    const std::string out = run(list).out;
    REQUIRE(std::regex_search(out, match, std::regex("\"id\": \"([0-9a-z]{8})\"")));
    return match[1];
  }
  std::size_t count(const std::string &folder) const {
    std::error_code ec;
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(group() / folder, ec), fs::directory_iterator{}));
  }
  // An executable shell script as the editor.
  void editor(const std::string &name, const std::string &script) {
    const fs::path file = dir.path() / name;
    write_file(file, "#!/bin/sh\n" + script);
    fs::permissions(file, fs::perms::owner_all);
    env["EDITOR"] = file.string();
  }
};

// The draft file an error names, removed when the test is done with it.
struct Draft {
  fs::path path;
  explicit Draft(const std::string &err) {
    std::smatch match;
    REQUIRE(std::regex_search(err, match, std::regex("kept in (\\S+alearn-draft-\\S+\\.md)\n")));
    path = match[1].str();
  }
  ~Draft() {
    std::error_code ec;
    fs::remove(path, ec);
  }
  Draft(const Draft &) = delete;
  Draft &operator=(const Draft &) = delete;
};

constexpr std::string_view escape = "\x1b";

} // namespace

TEST_SUITE("text safety") {
  TEST_CASE("writers refuse control characters, and line breaks in one-line fields") {
    TeamRepo repo;
    REQUIRE(
        repo.run({"experiment", "new", "Buddies", "--owner", "zoe", "--question", "q", "--prediction", "p"})
            .code == 0);
    const std::string experiment = repo.first_id({"experiment", "list", "--json"});
    REQUIRE(repo.run({"experiment", "start", experiment}).code == 0);
    REQUIRE(repo.run({"assumption", "add", "--about", "problem", "-m", "Nobody reads the folder"}).code == 0);
    const std::string assumption = repo.first_id({"assumption", "list", "--json"});
    const auto before = snapshot(repo.dir.path());
    struct Case {
      std::vector<std::string> args;
      std::string message;
    };
    const std::vector<Case> cases = {
        {{"log", "add", "-m", "red \x1b[31mtext"}, "the text holds a control character (U+001B)"},
        {{"log", "add", "-m", "-"}, "the text holds a control character (U+0007)"},
        {{"workgroup", "member", "add", "Eve\nMallory"},
         "'members.name' is one line: it cannot hold a line break"},
        {{"workgroup", "member", "add", "Eve", "--role", "boss\x1b]0;x\a"}, "'members.role' holds a control"},
        {{"workgroup", "set", "name", "Team\x1b[2J"}, "'name' holds a control character (U+001B)"},
        {{"workgroup", "set", "design.goal", "ok\x7f"}, "'design.goal' holds a control character (U+007F)"},
        {{"workgroup", "agreement", "add", "On time\r"}, "'agreements' holds a control character (U+000D)"},
        {{"meeting", "new", "--title", "Kick\noff", "-m", "x"}, "'title' is one line"},
        {{"meeting", "new", "--title", "Kick-off", "--present", "Karin\n(HR)", "-m", "x"},
         "'present' is one line"},
        {{"meeting", "new", "--title", "Kick-off", "--action", "Ask\nHR @zoe", "-m", "x"},
         "'actions.what' is one line"},
        {{"feedback", "add", "--from", "Team\nNoord", "-m", "x"}, "'from' is one line"},
        {{"indicator", "add", "Open\nshifts"}, "'name' is one line"},
        {{"indicator", "add", "Open shifts", "--unit",
          "\xc2\x9b"
          "31m"},
         "'unit' holds a control character (U+009B)"},
        {{"experiment", "new", "Two\nlines", "--owner", "zoe", "--question", "q", "--prediction", "p"},
         "'title' is one line"},
        {{"experiment", "finish", experiment, "--decision", "adopt", "--result", "r\x1b", "--lessons", "l"},
         "'result' holds a control character"},
        {{"assumption", "challenge", assumption, "--verdict", "held", "--how", "asked\x1b"},
         "'challenges.how' holds a control character"},
        {{"step", "done", "1", "--force", "--note", "sure\x1b"}, "'note' holds a control character"},
        {{"log", "add", "-m", "caf\xe9"}, "the text is not valid UTF-8 text"},
    };
    for (const auto &c : cases) {
      INFO(c.args.front() << " " << c.args.at(1));
      const Outcome refused = repo.run(c.args, "bell \a\n");
      CHECK(refused.code == 2);
      contains(refused.err, c.message);
      CHECK(refused.err.find(escape) == std::string::npos);
    }
    CHECK(snapshot(repo.dir.path()) == before);
    SUBCASE("in Dutch") {
      const Outcome refused = repo.run({"log", "add", "-m", "a\x1b", "--lang", "nl"});
      contains(refused.err, "de tekst bevat een stuurteken (U+001B); alearn schrijft geen stuurtekens");
    }
    SUBCASE("a new repository") {
      TempDir other;
      const Outcome refused = run_alearn({"init", "--name", "Net\nwerk"}, other.path());
      CHECK(refused.code == 2);
      contains(refused.err, "'name' is one line");
      CHECK_FALSE(fs::exists(other.path() / "alearn.yaml"));
    }
  }

  TEST_CASE("tabs, line breaks in texts and Unicode are written as given") {
    TeamRepo repo;
    CHECK(repo.run({"log", "add", "-m", "Two\nlines\twith a tab · Zoë ✓"}).code == 0);
    CHECK(repo.run({"workgroup", "set", "design.goal", "First line\nsecond line"}).code == 0);
    CHECK(repo.run({"workgroup", "member", "add", "Ünal Öztürk", "--role", "facilitator\t(interim)"}).code ==
          0);
    CHECK(repo.run({"check"}).code == 0);
  }

  TEST_CASE("hand-edited control characters are shown escaped by every reader") {
    TeamRepo repo;
    write_file(repo.group() / "logbook/aaaaaaaa.md",
               "---\nauthor: \"Eve \\e]0;pwned\\a\\e[31m\"\ndate: 2026-01-01\nkind: action\n---\n"
               "Body \x1b[2J\xc2\x9b"
               "31m raw\n");
    const auto clean = [](const Outcome &outcome) {
      CHECK(outcome.out.find(escape) == std::string::npos);
      CHECK(outcome.out.find('\a') == std::string::npos);
      CHECK(outcome.out.find("\xc2\x9b") == std::string::npos);
      CHECK(outcome.err.find(escape) == std::string::npos);
    };
    const Outcome list = repo.run({"log", "list"});
    clean(list);
    contains(list.out, "Eve \\u001b]0;pwned\\u0007\\u001b[31m");
    const Outcome shown = repo.run({"log", "show", "aaaa"});
    clean(shown);
    contains(shown.out, "Body \\u001b[2J\\u009b31m raw");
    const Outcome json = repo.run({"log", "show", "aaaa", "--json"});
    clean(json);
    contains(json.out, "\"author\": \"Eve \\u001b]0;pwned\\u0007\\u001b[31m\"");
    for (const std::string format : {"text", "github", "json", "junit"}) {
      INFO(format);
      const Outcome checked = repo.run({"check", "--format", format});
      CHECK(checked.code == 1);
      clean(checked);
      contains(checked.out, "Eve \\u001b]0;pwned\\u0007\\u001b[31m is not a member");
    }
  }

  TEST_CASE("a line break in a one-line field of a hand-edited file is an error at its line") {
    TeamRepo repo;
    const fs::path file = repo.group() / "workgroup.md";
    std::string text = read_file(file);
    text.replace(text.find("name: Team"), 10, "name: \"Team\\nworkgroups/x.md:1: error: forged\"");
    write_file(file, text);
    const Outcome checked = repo.run({"check"});
    CHECK(checked.code == 1);
    contains(checked.out,
             "workgroups/team/workgroup.md:2:7: error: 'name' is one line: it cannot hold a line break");
    CHECK(checked.out.find("\nworkgroups/x.md") == std::string::npos);
    // The list goes on without the workgroup it cannot read, and says why on one line.
    const Outcome listed = repo.run({"workgroup", "list"});
    CHECK(listed.code == 0);
    contains(listed.err, "workgroup.md:2:7: warning: left out, as it cannot be read: 'name' is one line");
    CHECK(listed.err.find("\nworkgroups/x.md") == std::string::npos);
  }

  TEST_CASE("file names: a line break cannot forge a line, bytes that are not UTF-8 are escaped") {
    TeamRepo repo;
    write_file(repo.group() / "logbook/bad\n::error file=x::forged.md",
               "---\nauthor: Zoë\ndate: 2026-01-01\nkind: action\n---\nx\n");
    write_file(repo.group() / "logbook/caf\xe9.md",
               "---\nauthor: Zoë\ndate: 2026-01-01\nkind: action\n---\nx\n");
    const Outcome text = repo.run({"check"});
    CHECK(text.code == 1);
    contains(text.out, "workgroups/team/logbook/bad\\n::error file=x::forged.md: error: the file name "
                       "'bad\\n::error file=x::forged.md' is not an alearn id");
    contains(text.out, "workgroups/team/logbook/caf\\xe9.md: error:");
    const Outcome github = repo.run({"check", "--format", "github"});
    std::istringstream lines(github.out);
    for (std::string line; std::getline(lines, line);) {
      INFO(line);
      CHECK(
          (line.starts_with("::error file=workgroups/team/logbook/") || line.starts_with("alearn check: ")));
    }
    contains(github.out, "::error file=workgroups/team/logbook/bad%0A%3A%3Aerror file=x%3A%3Aforged.md,");
    const Outcome json = repo.run({"check", "--format", "json"});
    contains(json.out, "\"file\": \"workgroups/team/logbook/bad\\n::error file=x::forged.md\"");
    contains(json.out, "\"file\": \"workgroups/team/logbook/caf\xef\xbf\xbd.md\"");
    const Outcome junit = repo.run({"check", "--format", "junit"});
    contains(junit.out, "name=\"workgroups/team/logbook/bad\\n::error file=x::forged.md\"");
    const Outcome listed = repo.run({"log", "list"});
    CHECK(listed.code == 0);
    contains(listed.err, "workgroups/team/logbook/bad\\n::error file=x::forged.md: warning:");
    const Outcome refused = repo.run({"log", "add", "x"});
    CHECK(refused.code == 2);
    contains(refused.err, "workgroups/team/logbook/bad\\n::error file=x::forged.md: error:");
  }

  TEST_CASE("a workgroup folder whose name holds a line break is an error, not a forged line") {
    TeamRepo repo;
    fs::create_directories(repo.dir.path() / "workgroups/a\nb");
    fs::copy_file(repo.group() / "workgroup.md", repo.dir.path() / "workgroups/a\nb/workgroup.md");
    const Outcome checked = repo.run({"check"});
    CHECK(checked.code == 1);
    contains(checked.out, "workgroups/a\\nb: error: 'a\\nb' cannot be the short name of a workgroup");
  }

  TEST_CASE("text from the editor is kept when the command fails, and --draft goes on with it") {
    TeamRepo repo;
    SUBCASE("a meeting action without a known owner") {
      repo.editor("bad.sh", "cat > \"$1\" <<'EOT'\n# Report\n## Discussed\nEverything.\n## Actions\n"
                            "- Write the questionnaire @nobody\nEOT\n");
      const Outcome failed = repo.run({"meeting", "new", "--title", "Kick-off"});
      CHECK(failed.code == 2);
      contains(failed.err, "nobody is not a member of team");
      const Draft draft(failed.err);
      contains(failed.err, "To go on with it, give the same command with --draft " + draft.path.string());
      CHECK(read_file(draft.path) ==
            "# Report\n## Discussed\nEverything.\n## Actions\n- Write the questionnaire @nobody\n");
      CHECK((fs::status(draft.path).permissions() & fs::perms::all) ==
            (fs::perms::owner_read | fs::perms::owner_write));
      CHECK(repo.count("meetings") == 0);
      repo.editor("fix.sh", "sed -i 's/@nobody/@zoe/' \"$1\"\n");
      const Outcome retried =
          repo.run({"meeting", "new", "--title", "Kick-off", "--draft", draft.path.string()});
      CHECK(retried.code == 0);
      CHECK(repo.count("meetings") == 1);
      contains(repo.run({"meeting", "list", "--json"}).out, "Kick-off");
    }
    SUBCASE("an experiment finished without a result") {
      REQUIRE(
          repo.run({"experiment", "new", "Buddies", "--owner", "zoe", "--question", "q", "--prediction", "p"})
              .code == 0);
      const std::string id = repo.first_id({"experiment", "list", "--json"});
      REQUIRE(repo.run({"experiment", "start", id}).code == 0);
      repo.editor("lessons.sh", "printf '## Lessons\\nBuddies need time.\\n' >> \"$1\"\n");
      const Outcome failed = repo.run({"experiment", "finish", id, "--decision", "adapt", "--lang", "nl"});
      CHECK(failed.code == 2);
      contains(failed.err, "het resultaat is leeg; er is niets geschreven (--result)");
      contains(failed.err, "Wat je schreef is bewaard in ");
      const std::smatch match = [&] {
        std::smatch found;
        REQUIRE(std::regex_search(failed.err, found, std::regex("bewaard in (\\S+)\n")));
        return found;
      }();
      const fs::path kept = match[1].str();
      contains(read_file(kept), "## Lessons\nBuddies need time.\n");
      repo.editor("result.sh", "printf '## Result\\nTwo of eight stayed.\\n' >> \"$1\"\n");
      CHECK(repo.run({"experiment", "finish", id, "--decision", "adapt", "--draft", kept.string()}).code ==
            0);
      contains(repo.run({"experiment", "show", id}).out, "Two of eight stayed.");
      fs::remove(kept);
    }
    SUBCASE("an editor that fails after the text was changed") {
      repo.editor("crash.sh", "printf 'Half a thought\\n' >> \"$1\"\nexit 3\n");
      const Outcome failed = repo.run({"log", "add"});
      CHECK(failed.code == 2);
      contains(failed.err, "ended with an error; nothing was written");
      const Draft draft(failed.err);
      contains(read_file(draft.path), "Half a thought\n");
    }
    SUBCASE("a cancelled form keeps nothing") {
      repo.editor("cancel.sh", "exit 0\n");
      const Outcome cancelled = repo.run({"log", "add"});
      CHECK(cancelled.code == 2);
      CHECK(cancelled.err.find("kept in") == std::string::npos);
    }
    SUBCASE("a draft that is not there") {
      const Outcome missing = repo.run({"log", "add", "--draft", "nowhere.md"});
      CHECK(missing.code == 2);
      contains(missing.err, "nowhere.md");
    }
  }

  TEST_CASE("standard input beyond what a record file may hold is refused before it is all read") {
    TeamRepo repo;
    const Outcome large = repo.run({"log", "add", "-m", "-"}, std::string(5 * 1024 * 1024, 'x'));
    CHECK(large.code == 2);
    contains(large.err,
             "the text on standard input is too long: a file of alearn holds at most 4194304 bytes");
    const Outcome at_limit = repo.run({"log", "add", "-m", "-"}, std::string(4 * 1024 * 1024, 'x'));
    CHECK(at_limit.code == 2);
    contains(at_limit.err, "the text is too long: the file would be");
    CHECK(repo.count("logbook") == 0);
    CHECK(repo.run({"log", "add", "-m", "-"}, std::string(4 * 1024 * 1024 - 100, 'x')).code == 0);
    CHECK(repo.run({"log", "list"}).code == 0);
  }

  TEST_CASE("when the output cannot be written, what was saved is named on standard error") {
    TeamRepo repo;
    std::istringstream in;
    std::ostream broken(nullptr); // every write fails
    std::ostringstream err;
    Io io{in, broken, err, fixed_context(repo.dir.path()), repo.env, false};
    CHECK(run({"log", "add", "-m", "Once only"}, io) == 2);
    contains(err.str(), "alearn: error: cannot write the output\n"
                        "alearn: this was saved all the same, so do not give the command again:\n"
                        "Logbook entry ");
    REQUIRE(repo.count("logbook") == 1);
    const std::string id = fs::directory_iterator(repo.group() / "logbook")->path().stem().string();
    contains(err.str(), "Logbook entry " + id + " by Sanne de Vries added");
    std::ostringstream nothing_saved;
    Io reading{in, broken, nothing_saved, fixed_context(repo.dir.path()), repo.env, false};
    CHECK(run({"log", "list"}, reading) == 2);
    CHECK(nothing_saved.str() == "alearn: error: cannot write the output\n");
  }
}
