#pragma once
// The forms a check report takes for the tools that read it: JSON, GitHub Actions' workflow
// commands and job summary, and JUnit XML. Each finding's message comes in as the front shows
// it (with its advice spelt as a command line), one per finding, in the report's order; paths
// are shown relative to the repository's root.
#include "check.hpp"
#include "json_values.hpp"
#include "text.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

struct CheckView {
  const CheckReport &report;
  const std::filesystem::path &root;
  const std::vector<std::string> &messages; // one per finding
  Lang lang = Lang::en;
};

// "2 fouten, 1 waarschuwing in 40 bestanden van 3 werkgroepen"
Text check_summary(const CheckReport &report);
// A finding's file as the report names it: relative to the root, "alearn.yaml" for none.
std::string finding_file(const std::filesystem::path &root, const std::filesystem::path &file);
// "workgroups/x/workgroup.md:4:7", on one line: a line break in a file name shows as "\n".
std::string finding_place(const std::filesystem::path &root, const Error &where);

Json check_json(const CheckView &view);
// "::error file=...,line=...::message", a line per finding, then the summary.
std::string github_annotations(const CheckView &view);
// The job summary: the summary and a Markdown table of every finding, with its file, line,
// level, rule and message (GitHub shows only the first 10 annotations of a step, 50 of a job).
std::string github_summary(const CheckView &view);
// Text as one cell of a Markdown table: on one line, no control character, and every character
// that could start inline markup escaped, so that nothing in it is markup, HTML or the cell's end.
std::string markdown_cell(std::string_view text);
// One test case per file with findings (errors fail it, warnings are its output), and one for
// the repository as a whole, so that a clean run shows as a passed test.
std::string junit_xml(const CheckView &view);

// Text in XML or HTML, as character data or inside an attribute's quotes.
std::string escape_xml(std::string_view text);

} // namespace alearn
