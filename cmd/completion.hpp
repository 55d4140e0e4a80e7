#pragma once
// The shells' completion scripts and the man pages, written from the command table: what
// `alearn completion SHELL` prints and what alearn_gen_docs (cmd/gen-docs/) installs.
#include "text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class Shell { bash, zsh, fish };
std::string_view shell_name(Shell shell);

// The script that makes `shell` complete alearn: the commands at every level, their options with
// their value sets, and, through `alearn completion values KIND`, the repository's workgroups,
// members, indicators and record ids. Descriptions (zsh, fish) are in `lang`.
std::string completion_script(Shell shell, Lang lang);

// The table the scripts read, one line a fact, fields split by tabs:
//   c PARENT NAME SUMMARY          a command (or group) below PARENT ("" for alearn itself)
//   o COMMAND NAME SPEC HELP       an option of COMMAND ("" for the options every command has)
//   a COMMAND INDEX REPEAT SPEC    the INDEX-th argument (from 0); REPEAT 1 when it takes more
// SPEC: "-" a flag, "w:WORD WORD" one of the words, "r:KIND" values of the repository, "f" a
// file, "d" a directory, "" any text.
std::vector<std::string> completion_lines(Lang lang);

struct ManPage {
  std::string file; // "alearn-workgroup-member-add.1"
  std::string text; // roff, man macros, ASCII only
};
// alearn(1) and a page for every listed command, in `lang`.
std::vector<ManPage> man_pages(Lang lang);

} // namespace alearn
