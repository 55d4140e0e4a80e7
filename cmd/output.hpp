#pragma once
// How a command shows its result. A command computes one value (what it shows: records with
// their bodies already read, a workgroup's progress, ...), then hands it to render() with its
// renderers: one function per format, as data, like the GitHub CLI's Exporter. Renderers only
// turn the value into output; they read nothing from disk. --json is one of them. Markdown and
// HTML (for a report) slot in beside them: a value here, a field in Renderers, a case in render().
#include "render.hpp"
#include "session.hpp"

namespace alearn {

enum class OutputFormat { text, json };

// The output a command was asked for. Every command that shows something has one in its options.
struct Output {
  OutputFormat format = OutputFormat::text;
};

// Binds the options that choose the output (--json) to `output`.
void add_output_options(CLI::App &cmd, Output &output, Lang lang);

// The renderers of one kind of value.
template <typename T> struct Renderers {
  void (*text)(Session &, const T &) = nullptr;
  Json (*json)(const Session &, const T &) = nullptr;
};

// Writes `value` in the format `output` asks for.
template <typename T>
Status render(Session &session, const Output &output, const T &value, const Renderers<T> &renderers) {
  switch (output.format) {
  case OutputFormat::json:
    return print_json(session, renderers.json(session, value));
  case OutputFormat::text:
    break;
  }
  renderers.text(session, value);
  return {};
}

} // namespace alearn
