#pragma once
// Values and keys as YAML text that the reader (libyaml, core schema) reads back as exactly that
// text, wherever the edits put them. Internal to the edits; render_scalar in yaml_edit.hpp is the
// public face.
#include <optional>
#include <string>
#include <string_view>

namespace alearn::yaml_edit_internal {

// Where a value is written: block context allows literal blocks and most plain text; inside a
// {...} or [...] only single-line forms without flow indicators are safe.
enum class NodeStyle { block, flow };

// A scalar as YAML: `header` stands where the value goes. A literal block has `body` too: its
// lines, indented by the given indent and joined by the newline, which follow the header's line.
struct RenderedScalar {
  std::string header;
  std::optional<std::string> body;
};

RenderedScalar render_value(std::string_view value, NodeStyle context, int indent, std::string_view newline);

// A mapping key: plain where that is safe in any context, double-quoted otherwise.
std::string render_key(std::string_view key);

// Whether `text` is valid UTF-8 (only such text can be written into a YAML file).
bool is_utf8(std::string_view text);

std::string spaces(int count);

} // namespace alearn::yaml_edit_internal
