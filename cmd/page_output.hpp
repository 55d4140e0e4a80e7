#pragma once
// The output of a command that makes a page for others (a network's status, its lessons, its
// blockers, its bundle): text for the terminal, --json, or a page in Markdown or HTML, to
// standard output or a file. What is exported is checked for personal data first.
#include "network.hpp"
#include "output.hpp"
#include "privacy.hpp"
#include "report_page.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

struct PageOutput {
  std::string format = "text"; // text, md or html
  std::string file;            // empty: standard output
  bool allow_personal_data = false;
  Output output; // --json
};

// --format text|md|html, -o FILE, --json and --allow-personal-data.
void add_page_output_options(CLI::App &cmd, PageOutput &output, Lang lang);

// The format asked for: --format, else by the file's extension (.html, else Markdown) when
// written to a file, else text.
std::string page_format(const PageOutput &output);

// Whether the output leaves the terminal: a page, JSON or a file.
bool exports(const PageOutput &output);

// Writes `text` to `file` (relative to the current folder) in one step, as every write of
// alearn; the folder must exist.
Status write_output_file(const Session &session, const std::filesystem::path &file, const std::string &text);

// An error that lists what looks like personal data, and how to export anyway; none when
// nothing was found.
Status refuse_personal_data(const Session &session, const std::vector<PersonalDataInFile> &found);

// The page as Markdown or HTML (per `output.format`) to the file or standard output, saying
// where it was written.
Status write_page(Session &session, const PageOutput &output, const std::vector<PageBlock> &blocks);

// --theme, --organisation and --network: the part of the network a view shows.
void add_network_filter_options(CLI::App &cmd, NetworkFilter &filter, Lang lang);

// For a list of this repository that spans the network on request: --network [NAME] (every
// repository of the network, or the one named), --theme and --organisation.
void add_network_scope_options(CLI::App &cmd, NetworkFilter &filter, Lang lang);

} // namespace alearn
