#include "output.hpp"

namespace alearn {

void add_output_options(CLI::App &cmd, Output &output, Lang lang) {
  cmd.add_flag_callback(
      "--json", [&output] { output.format = OutputFormat::json; },
      help(lang, "Uitvoer als JSON", "Output as JSON"));
}

} // namespace alearn
