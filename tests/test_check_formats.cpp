// The forms of a check report for other programs (lib/check_formats): what GitHub and JUnit
// readers get, escaped as each of them requires, from one report.
#include "check_formats.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

using namespace alearn;
namespace fs = std::filesystem;

namespace {

Finding finding(Level level, std::string rule, const fs::path &file, int line, std::string message) {
  return Finding{level, std::move(rule), Error{ErrorKind::input, Text{message, message}, file, line, 0},
                 "wg"};
}

struct Sample {
  fs::path root{"/repo"};
  CheckReport report{
      {finding(Level::error, "reference", "/repo/workgroups/wg/log/a.md", 3, "<Karel & Co> is \"no\" member"),
       finding(Level::warning, "overdue", "/repo/workgroups/wg/indicators/x.md", 0,
               "due 100%: late,\nreally"),
       finding(Level::error, "file", "/repo/workgroups/wg/log/a.md", 7, "second")},
      12,
      1};
  std::vector<std::string> messages{"<Karel & Co> is \"no\" member", "due 100%: late,\nreally", "second"};
  CheckView view() const { return CheckView{report, root, messages, Lang::en}; }
};

} // namespace

TEST_SUITE("check formats") {
  TEST_CASE("the summary counts in both languages") {
    const Sample sample;
    CHECK(check_summary(sample.report).en == "2 errors, 1 warning in 12 files of 1 workgroup");
    CHECK(check_summary(sample.report).nl == "2 fouten, 1 waarschuwing in 12 bestanden van 1 werkgroep");
  }

  TEST_CASE("paths are relative to the root and a finding of no file is alearn.yaml's") {
    CHECK(finding_file("/repo", "/repo/workgroups/wg/workgroup.md") == "workgroups/wg/workgroup.md");
    CHECK(finding_file("/repo", "") == "alearn.yaml");
    CHECK(finding_file("/repo", "/elsewhere/x.md") == "/elsewhere/x.md");
    CHECK(finding_place("/repo", Error{ErrorKind::input, Text{}, "/repo/a\nb.md", 4, 2}) == "a\\nb.md:4:2");
  }

  TEST_CASE("GitHub annotations escape their data and properties") {
    const Sample sample;
    const std::string out = github_annotations(sample.view());
    CHECK(
        out.find("::error file=workgroups/wg/log/a.md,line=3,title=alearn check (reference)::<Karel & Co> is "
                 "\"no\" member\n") != std::string::npos);
    CHECK(out.find("::warning file=workgroups/wg/indicators/x.md,title=alearn check (overdue)::due 100%25: "
                   "late,%0Areally\n") != std::string::npos);
    CHECK(out.ends_with("alearn check: 2 errors, 1 warning in 12 files of 1 workgroup\n"));
  }

  TEST_CASE("the job summary is a Markdown table with a row per finding on one line") {
    const Sample sample;
    const std::string out = github_summary(sample.view());
    CHECK(out.starts_with("## alearn check\n\n2 errors, 1 warning in 12 files of 1 workgroup\n\n"));
    CHECK(out.find("| file | line | level | rule | message |\n|---|---:|---|---|---|\n") !=
          std::string::npos);
    CHECK(out.find("| workgroups/wg/indicators/x.md |  | warning | overdue | due 100%\\: late, really |\n") !=
          std::string::npos);
    CHECK(out.find(
              "| workgroups/wg/log/a.md | 3 | error | reference | \\<Karel \\& Co\\> is \"no\" member |\n") !=
          std::string::npos);
    // A row per finding after the header and its line.
    CHECK(alearn::test::occurrences(out, "\n|") == 2 + 3);
    const Sample clean{fs::path{"/repo"}, CheckReport{{}, 3, 1}, {}};
    CHECK(github_summary(clean.view()) ==
          "## alearn check\n\n0 errors, 0 warnings in 3 files of 1 workgroup\n\n");
    const CheckView dutch{sample.report, sample.root, sample.messages, Lang::nl};
    CHECK(github_summary(dutch).find("| bestand | regel | soort | controle | melding |\n") !=
          std::string::npos);
    CHECK(github_summary(dutch).find("| 3 | fout | reference |") != std::string::npos);
  }

  TEST_CASE("a table cell escapes markup and HTML and keeps to one line") {
    CHECK(markdown_cell("plain text 42, a-b.c/d 'e' \"f\" 100%") == "plain text 42, a-b.c/d 'e' \"f\" 100%");
    // The end of a cell, a code span, HTML, a link, emphasis: all taken as the characters they are.
    CHECK(markdown_cell("a|b") == "a\\|b");
    CHECK(markdown_cell("`rm -rf`") == "\\`rm -rf\\`");
    CHECK(markdown_cell("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert\\(1\\)\\>");
    CHECK(markdown_cell("[click](https://evil.example)") == "\\[click\\]\\(https\\://evil.example\\)");
    CHECK(markdown_cell("**bold** _it_ ~x~ # h") == "\\*\\*bold\\*\\* \\_it\\_ \\~x\\~ \\# h");
    // No @mention, no #reference, no entity, no math.
    CHECK(markdown_cell("@team #12 &amp; $x^2$") == "\\@team \\#12 \\&amp; \\$x^2\\$");
    CHECK(markdown_cell("back\\slash") == "back\\\\slash");
    // Line breaks and other control characters become spaces: the row stays one line.
    CHECK(markdown_cell("one\ntwo\r\nthree\tfour\x1b[31m\x7f") == "one two  three four \\[31m ");
    // Letters beyond ASCII stay as they are.
    CHECK(markdown_cell("Zoë – één") == "Zoë – één");
  }

  TEST_CASE("JUnit has a case per file with findings and one for the whole, all escaped") {
    const Sample sample;
    const std::string out = junit_xml(sample.view());
    CHECK(out.find("<testsuites name=\"alearn check\" tests=\"3\" failures=\"2\">") != std::string::npos);
    CHECK(out.find("<testcase classname=\"alearn.check\" name=\"workgroups/wg/log/a.md\">") !=
          std::string::npos);
    CHECK(out.find("&lt;Karel &amp; Co&gt; is &quot;no&quot; member") != std::string::npos);
    CHECK(out.find("<Karel") == std::string::npos);
    // The warning is output of its file's case, not a failure.
    CHECK(out.find("<system-out>workgroups/wg/indicators/x.md: due 100%: late,\nreally\n</system-out>") !=
          std::string::npos);
    CHECK(out.ends_with("  </testsuite>\n</testsuites>\n"));
  }

  TEST_CASE("JSON keeps every field of a finding") {
    const Sample sample;
    const Json json = check_json(sample.view());
    CHECK(json["errors"] == 2);
    CHECK(json["warnings"] == 1);
    CHECK(json["findings"].size() == 3);
    CHECK(json["findings"][1]["file"] == "workgroups/wg/indicators/x.md");
    CHECK(json["findings"][1]["line"].is_null());
    CHECK(json["findings"][1]["level"] == "warning");
    CHECK(json["findings"][0]["workgroup"] == "wg");
    CHECK(json["findings"][0]["message"] == "<Karel & Co> is \"no\" member");
  }
}
