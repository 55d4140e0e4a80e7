// alearn check: every kind of problem it reports, the formats it reports them in, and the
// exit codes CI reads.
#include "check.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sys/stat.h>

using namespace alearn;
using namespace alearn::test;
namespace fs = std::filesystem;

namespace {

// A copy of the example repository, which passes check on the tests' fixed day.
struct Examples : ExampleRepo {
  fs::path group(const std::string &slug) const { return dir.path() / "workgroups" / slug; }
  fs::path first(const std::string &slug, const std::string &folder) const {
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(group(slug) / folder)) {
      files.push_back(entry.path());
    }
    std::ranges::sort(files);
    return files.front();
  }
  void replace(const fs::path &file, const std::string &from, const std::string &to) const {
    std::string text = read_file(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write_file(file, text);
  }
};

} // namespace

TEST_SUITE("check") {
  TEST_CASE("the example repository passes") {
    Examples examples;
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 0);
    contains(outcome.out, "0 errors, 0 warnings in ");
    CHECK(examples({"check", "--strict"}).code == 0);
  }

  TEST_CASE("every problem is reported, not only the first, with file, line and column") {
    Examples examples;
    const fs::path entry = examples.first("inwerken", "logbook");
    examples.replace(entry, "author: ", "author: Karel Appel\nauthr: ");
    const fs::path experiment = examples.first("inwerken", "experiments");
    examples.replace(experiment, "owner: ", "owner: Niemand\nowne: ");
    write_file(examples.group("vasthouden") / "logbook/notes.txt", "a note\n");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "logbook/" + entry.filename().string() + ":");
    contains(outcome.out, "error: unknown key 'authr'; did you mean 'author'?");
    contains(outcome.out, "error: unknown key 'owne'; did you mean 'owner'?");
    contains(outcome.out, "warning: alearn does not read this file: logbook/ holds only .md files");
    contains(outcome.out, "2 errors, 1 warning in ");
  }

  TEST_CASE("references must resolve") {
    Examples examples;
    examples.replace(examples.first("inwerken", "logbook"), "author: ", "author: Karel Appel #");
    const fs::path experiment = examples.group("inwerken") / "experiments/0af2eqz0.md";
    examples.replace(experiment, "owner: Lotte Willems", "owner: Karel Appel");
    examples.replace(experiment, "  - welkom", "  - verzuim");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "error: Karel Appel is not a member or former member of inwerken");
    contains(outcome.out, "0af2eqz0.md:3:8: error: the owner Karel Appel is not a member of inwerken");
    contains(outcome.out, "0af2eqz0.md:16:5: error: inwerken has no indicator 'verzuim'");
  }

  TEST_CASE("whoever marked a step or measured is a member or former member") {
    Examples examples;
    const fs::path event = examples.group("inwerken") / "steps/058hfv4d.yaml";
    examples.replace(event, "by: Sanne de Vries", "by: Nobody");
    const fs::path measurement = examples.group("inwerken") / "measurements/welkom/hmj5z855.yaml";
    examples.replace(measurement, "by: Priya Ramdin", "by: Karel Appel");
    Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out,
             "steps/058hfv4d.yaml:6:5: error: Nobody is not a member or former member of inwerken");
    contains(outcome.out,
             "welkom/hmj5z855.yaml:3:5: error: Karel Appel is not a member or former member of inwerken");
    // Who left is still who did it then.
    examples.replace(event, "by: Nobody", "by: Ruud Smit");
    REQUIRE(examples({"-w", "inwerken", "workgroup", "member", "remove", "Ruud Smit"}).code == 0);
    outcome = examples({"check"});
    CHECK(outcome.out.find("058hfv4d") == std::string::npos);
  }

  TEST_CASE("the author of an agreement file is a member or former member") {
    Examples examples;
    REQUIRE(examples({"upgrade"}).code == 0);
    REQUIRE(examples({"--as", "Sanne", "-w", "inwerken", "workgroup", "agreement", "add", "We eten samen"})
                .code == 0);
    fs::path added;
    for (const auto &entry : fs::directory_iterator(examples.group("inwerken") / "agreements")) {
      if (read_file(entry.path()).find("We eten samen") != std::string::npos) {
        added = entry.path();
      }
    }
    REQUIRE_FALSE(added.empty());
    examples.replace(added, "author: Sanne de Vries", "author: Nobody");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, added.filename().string() +
                              ":2:9: error: Nobody is not a member or former member of "
                              "inwerken");
  }

  TEST_CASE("an indicator whose owner left is an error with the command that hands it over") {
    Examples examples;
    REQUIRE(examples({"-w", "inwerken", "workgroup", "member", "remove", "Priya Ramdin"}).code == 0);
    Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "indicators/welkom.md:9:8: error: the owner of 'welkom', Priya Ramdin, left the "
                          "group on 2026-11-23; give the indicator a new owner:");
    contains(outcome.out, "alearn -w inwerken indicator set welkom owner \"<member>\"");
    REQUIRE(examples({"-w", "inwerken", "indicator", "set", "welkom", "owner", "anouk"}).code == 0);
    outcome = examples({"check"});
    CHECK(outcome.out.find("welkom.md") == std::string::npos);
  }

  TEST_CASE("identifiers are unique across the repository") {
    Examples examples;
    const fs::path entry = examples.first("inwerken", "logbook");
    fs::copy_file(entry, examples.group("vasthouden") / "logbook" / entry.filename());
    const Outcome outcome = examples({"check", "--lang", "nl"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "workgroups/vasthouden/logbook/" + entry.filename().string() + ": fout: de id " +
                              entry.stem().string() + " is al in gebruik door workgroups/inwerken/logbook/");
  }

  TEST_CASE("dates are real, not in the future, and in order") {
    Examples examples;
    const fs::path experiment = examples.group("inwerken") / "experiments/0af2eqz0.md";
    examples.replace(experiment, "started: 2026-10-19", "started: 2026-10-01");
    const fs::path entry = examples.first("inwerken", "logbook");
    std::string text = read_file(entry);
    text.replace(text.find("date: ") + 6, 10, "2027-01-01");
    write_file(entry, text);
    const fs::path other = examples.first("vasthouden", "logbook");
    text = read_file(other);
    text.replace(text.find("date: ") + 6, 10, "2026-02-30");
    write_file(other, text);
    const Outcome outcome = examples({"check"});
    contains(outcome.out, "error: 'started' (2026-10-01) is before 'date' (2026-10-12)");
    contains(outcome.out, "error: 2027-01-01 lies in the future");
    contains(outcome.out, "error: 'date' is not a real date (YYYY-MM-DD): 2026-02-30");
  }

  TEST_CASE("an action of a meeting is due and done on or after its meeting, and done not in the future") {
    Examples examples;
    const fs::path report = examples.group("inwerken") / "meetings/q4y2vy90.md";
    examples.replace(report, "    done: 2026-04-27\n", "    done: 2027-01-01\n");
    examples.replace(report, "    due: 2026-05-15\n    done: 2026-05-11\n",
                     "    due: 2026-04-01\n    done: 2026-04-10\n");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "meetings/q4y2vy90.md:18:11: error: 2027-01-01 lies in the future");
    contains(outcome.out,
             "meetings/q4y2vy90.md:21:10: error: 2026-04-01 is before the meeting itself (2026-04-13)");
    contains(outcome.out,
             "meetings/q4y2vy90.md:22:11: error: 2026-04-10 is before the meeting itself (2026-04-13)");
  }

  TEST_CASE("an open action past its due day is a warning with the command that closes it") {
    Examples examples;
    const fs::path report = examples.group("inwerken") / "meetings/gmp6bzaj.md";
    examples.replace(report, "due: 2026-12-01", "due: 2026-11-20");
    const Outcome outcome = examples({"check", "--format", "json"});
    CHECK(outcome.code == 0);
    contains(outcome.out, "\"rule\": \"action-overdue\"");
    const Outcome text = examples({"check"});
    contains(text.out, "meetings/gmp6bzaj.md:19:10: warning: the action 'Uren voor buddy's regelen met de "
                       "roosteraars' of Anouk Peters was due on 2026-11-20; when it is done, mark it done "
                       "with: alearn -w inwerken meeting action done gmp6bzaj 1");
    CHECK(examples({"check", "--strict"}).code == 1);
    // Done (on any day), or due today: no warning.
    examples.replace(report, "due: 2026-11-20", "due: 2026-11-23");
    CHECK(examples({"check"}).out.find("action-overdue") == std::string::npos);
    contains(examples({"check"}).out, "0 errors, 0 warnings");
  }

  TEST_CASE("a course shorter than three months and an end date passed with step 15 open are warnings") {
    Examples examples;
    const fs::path file = examples.group("inwerken") / "workgroup.md";
    examples.replace(file, "end: 2027-02-26", "end: 2026-05-01");
    const Outcome outcome = examples({"check", "--format", "json"});
    CHECK(outcome.code == 0);
    contains(outcome.out, "\"rule\": \"duration\"");
    contains(outcome.out, "\"rule\": \"past-end\"");
    const Outcome text = examples({"check", "--lang", "nl"});
    contains(text.out,
             "workgroups/inwerken/workgroup.md:40:6: waarschuwing: van 2026-03-02 tot 2026-05-01 is "
             "korter dan drie maanden");
    contains(text.out, "waarschuwing: de einddatum (2026-05-01) is voorbij, maar stap 15 is niet afgerond: "
                       "schuif de einddatum op, of rond het traject af: alearn -w inwerken workgroup set end "
                       "JJJJ-MM-DD of alearn -w inwerken step done 15");
    CHECK(examples({"check", "--strict"}).code == 1);
    // A group that closed step 15 is past its end date as it should be (vasthouden ended in June).
    CHECK(examples({"check", "-w", "vasthouden"}).out.find("past-end") == std::string::npos);
    contains(examples({"check", "-w", "vasthouden"}).out, "0 errors, 0 warnings");
  }

  TEST_CASE("the process holds: past step 5 there are an end date and indicators") {
    Examples examples;
    examples.replace(examples.group("inwerken") / "workgroup.md", "end: 2027-02-26", "end:");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out,
             "workgroups/inwerken/workgroup.md: error: inwerken is past step 5 but has no end date");
  }

  TEST_CASE("a done step whose records went away is a warning, an error with --strict") {
    Examples examples;
    fs::remove_all(examples.group("inwerken") / "feedback");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 0);
    contains(outcome.out,
             "warning: step 9 is marked done, but now this is missing: feedback from the network");
    CHECK(examples({"check", "--strict"}).code == 1);
  }

  TEST_CASE("indicators are filled in: an overdue one is an error, or a warning if the repository says so") {
    Examples examples;
    const fs::path measurements = examples.group("inwerken") / "measurements/welkom";
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(measurements)) {
      files.push_back(entry.path());
    }
    for (const auto &file : files) {
      if (read_file(file).find("date: 2026-11-02") != std::string::npos ||
          read_file(file).find("date: 2026-10-02") != std::string::npos) {
        fs::remove(file);
      }
    }
    Outcome overdue = examples({"check", "--format", "github"});
    CHECK(overdue.code == 1);
    contains(overdue.out, "::error file=workgroups/inwerken/indicators/welkom.md,line=");
    contains(overdue.out,
             "'welkom' was due to be measured on 2026-10-02 (monthly, last measured on 2026-09-02)");
    SUBCASE("with the advice as data, spelt with the workgroup it acts on") {
      CheckOptions options;
      options.today = fixed_context(examples.dir.path()).today;
      const auto report = check_repository(examples.dir.path(), options);
      REQUIRE(report.has_value());
      const auto finding = std::ranges::find(report->findings, std::string("overdue"), &Finding::rule);
      REQUIRE(finding != report->findings.end());
      CHECK(finding->where.message.en ==
            "'welkom' was due to be measured on 2026-10-02 (monthly, last measured on 2026-09-02):");
      CHECK(finding->where.advice ==
            Advice{Action::indicator_record,
                   {word(Param::word, "welkom"), placeholder(Param::word, "<waarde>", "<value>")},
                   "inwerken"});
      contains(examples({"check"}).out,
               "(monthly, last measured on 2026-09-02): alearn -w inwerken indicator record welkom "
               "<value>\n");
      const std::string repo = examples.dir.path().string();
      contains(run_alearn({"--repo", repo, "check", "--format", "json"}, examples.dir.path().parent_path(),
                          examples.env)
                   .out,
               "last measured on 2026-09-02): alearn --repo " + repo +
                   " -w inwerken indicator record welkom <value>\"");
    }
    SUBCASE("as a warning") {
      std::string config = read_file(examples.dir.path() / "alearn.yaml");
      write_file(examples.dir.path() / "alearn.yaml", config + "check:\n  overdue: warning\n");
      const Outcome warned = examples({"check"});
      CHECK(warned.code == 0);
      contains(warned.out, "warning: 'welkom' was due");
    }
    SUBCASE("filled in again") {
      examples.env["ALEARN_USER"] = "Priya Ramdin";
      const Outcome recorded = examples({"-w", "inwerken", "indicator", "record", "welkom", "3.8"});
      INFO(recorded.err);
      REQUIRE(recorded.code == 0);
      CHECK(examples({"check"}).code == 0);
    }
  }

  TEST_CASE("a second measurement on the same date is flagged") {
    Examples examples;
    const fs::path measurement = examples.first("inwerken", "measurements/welkom");
    fs::copy_file(measurement, measurement.parent_path() / "zzzzzzzz.yaml");
    contains(examples({"check"}).out, "error: 'welkom' has more than one measurement on ");
  }

  TEST_CASE("a measurement file must be named by an id; other files in its folder are not read") {
    Examples examples;
    const fs::path measurement = examples.first("inwerken", "measurements/welkom");
    fs::copy_file(measurement, measurement.parent_path() / "bad-name.yaml");
    write_file(measurement.parent_path() / "notes.md", "a note in the wrong place\n");
    write_file(measurement.parent_path().parent_path() / "README.md", "what we measure\n");
    fs::create_directory(measurement.parent_path() / "old");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "bad-name.yaml: error: the file name 'bad-name.yaml' is not an alearn id");
    contains(outcome.out, "notes.md: warning: alearn does not read this file: measurements/welkom/ holds "
                          "only .yaml files");
    contains(outcome.out,
             "measurements/README.md: warning: alearn does not read this file: measurements/ holds "
             "only a folder per indicator");
    contains(outcome.out, "old: warning: alearn does not read this folder: measurements/welkom/ holds only "
                          ".yaml files");
  }

  TEST_CASE("leftover git conflict markers are errors with their line") {
    Examples examples;
    const fs::path meeting = examples.first("inwerken", "meetings");
    write_file(meeting, read_file(meeting) + "\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> zoe\n");
    const Outcome outcome = examples({"check", "--format", "json"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "\"rule\": \"conflict\"");
    const int line = static_cast<int>(std::ranges::count(read_file(meeting), '\n')) - 4;
    contains(outcome.out, "\"line\": " + std::to_string(line));
  }

  TEST_CASE("--workgroup narrows the report") {
    Examples examples;
    examples.replace(examples.first("vasthouden", "logbook"), "author: ", "author: Karel Appel #");
    CHECK(examples({"check", "-w", "inwerken"}).code == 0);
    CHECK(examples({"check", "-w", "vast"}).code == 1);
    // The count is of the files checked: those of the one workgroup.
    std::size_t files_of_inwerken = 0;
    for (const auto &entry : fs::recursive_directory_iterator(examples.group("inwerken"))) {
      files_of_inwerken += entry.is_regular_file() &&
                                   (entry.path().extension() == ".md" || entry.path().extension() == ".yaml")
                               ? 1
                               : 0;
    }
    contains(examples({"check", "-w", "inwerken"}).out,
             fmt::format("in {} files of 1 workgroup", files_of_inwerken));
    const Outcome unknown = examples({"check", "-w", "nergens"});
    CHECK(unknown.code == 2);
    contains(unknown.err, "there is no workgroup 'nergens'");
  }

  TEST_CASE("formats: JUnit XML and usage errors") {
    Examples examples;
    examples.replace(examples.first("inwerken", "logbook"), "author: ", "author: <Karel & Co> #");
    const Outcome junit = examples({"check", "--format", "junit"});
    CHECK(junit.code == 1);
    contains(junit.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"alearn check\" "
                        "tests=\"2\" failures=\"1\">");
    contains(junit.out, "&lt;Karel &amp; Co&gt; is not a member");
    CHECK(examples({"check", "--format", "yaml"}).code == 2);
  }

  TEST_CASE("a broken alearn.yaml is reported too") {
    Examples examples;
    write_file(examples.dir.path() / "alearn.yaml", "schema: 1\nname: X\nlanguage: fr\n");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "alearn.yaml:3:11: error: 'language' is one of: nl, en; not 'fr'");
  }
}

TEST_SUITE("check") {
  TEST_CASE("conflict markers in workgroup.md do not hide the rest of the group") {
    Examples examples;
    const fs::path own = examples.group("inwerken") / "workgroup.md";
    write_file(own,
               read_file(own) + "<<<<<<< HEAD\nend: 2027-01-01\n=======\nend: 2027-02-01\n>>>>>>> zoe\n");
    // Merged at the same time: a second measurement of one day.
    const fs::path measurement = examples.first("inwerken", "measurements/welkom");
    fs::copy_file(measurement, measurement.parent_path() / "zzzzzzzz.yaml");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "workgroups/inwerken/workgroup.md:");
    contains(outcome.out, "an unresolved git conflict");
    contains(outcome.out, "error: 'welkom' has more than one measurement on ");
    contains(outcome.out, " of 3 workgroups");
    CHECK(outcome.out.find(" in 2 files of 0 workgroups") == std::string::npos);
  }

  TEST_CASE("every unknown key of a file is reported") {
    Examples examples;
    const fs::path entry = examples.first("inwerken", "logbook");
    examples.replace(entry, "author: ", "colour: red\nmood: good\nauthor: ");
    const Outcome outcome = examples({"check"});
    contains(outcome.out, "unknown key 'colour'");
    contains(outcome.out, "unknown key 'mood'");
  }

  TEST_CASE("odd entries are reported and never block") {
    Examples examples;
    const fs::path logbook = examples.group("wijkteam") / "logbook";
    REQUIRE(::mkfifo((logbook / "aaaaaaaa.md").c_str(), 0600) == 0);
    fs::create_symlink("bbbbbbbb.md", logbook / "bbbbbbbb.md");
    fs::remove_all(examples.group("wijkteam") / "meetings");
    write_file(examples.group("wijkteam") / "meetings", "a file where a folder belongs\n");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "logbook/aaaaaaaa.md: error: this is a FIFO (named pipe), not a file or a folder");
    contains(outcome.out,
             "logbook/bbbbbbbb.md: error: cannot follow where this leads: a loop of symbolic links");
    contains(outcome.out,
             "wijkteam/meetings: error: alearn's folder meetings/ belongs here, but this is a file");
  }
}

TEST_SUITE("check") {
  TEST_CASE("links anywhere in the repository are reported") {
    Examples examples;
    TempDir elsewhere;
    fs::create_directory_symlink(elsewhere.path(), examples.dir.path() / "docs-elsewhere");
    fs::create_symlink("../workgroups", examples.group("inwerken") / "beeld/all-groups");
    fs::create_symlink("/etc/passwd", examples.group("inwerken") / "beeld/passwd");
    const Outcome outcome = examples({"check"});
    CHECK(outcome.code == 1);
    contains(outcome.out, "docs-elsewhere: error: this leads to");
    contains(outcome.out, "beeld/passwd: error: this leads to /etc/passwd, outside the repository");
    contains(outcome.out, "beeld/all-groups: warning: this is a symbolic link");
  }
}
