#pragma once
// The whole program behind main(): parse the arguments, load the repository once, run the
// chosen command, render its result and map errors to exit codes, all in one place. Tests call
// run() with string streams and a fixed context.
#include "context.hpp"

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace alearn {

struct Io {
  std::istream &in;
  std::ostream &out;
  std::ostream &err;
  Context context;
  std::map<std::string, std::string> env; // the environment variables alearn reads
  bool terminal = false;                  // stdout is a terminal (colour)
  bool interactive = false;               // stdin is a terminal (a default editor can open)
  // What Session::paint writes for "ESC [": set by run(), whose output filter alone turns it
  // into the escape code (see safe_output.hpp).
  std::string colour_mark{};
  std::size_t columns = 0; // the terminal's width in characters, 0 when unknown
};

// Exit codes: 0 success, 1 the repository fails a check, 2 usage or input error. Everything
// written to io.out and io.err passes through SafeOutput.
int run(const std::vector<std::string> &args, Io &io);

// The real process: arguments, environment, streams, clock.
int run_process(int argc, char **argv);

} // namespace alearn
