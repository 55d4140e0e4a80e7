#pragma once
// The YAML of a document as a tree of nodes that know where they stand in the text, for the edits
// of yaml_edit.hpp. libyaml reads it, as the reader does, so that the edits and the reader agree
// on where each value is and what it is.
#include "yaml_reader.hpp"

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn::yaml_edit_internal {

enum class NodeKind { scalar, mapping, sequence };

struct YamlNode {
  NodeKind kind = NodeKind::scalar;
  bool flow = false;    // a {...} or [...] collection
  bool in_flow = false; // inside one: only flow forms may be written here
  // The bytes of the node, with its anchor and tag. A block scalar ends after its last line with
  // text; a block collection ends where its last child does. An empty scalar stands at the place
  // its value would go.
  std::size_t begin = 0;
  std::size_t end = 0;
  // Where the node's lines end: the empty lines after a block scalar's text still belong to it
  // (with '|+' they are part of its value), so that new lines go after them.
  std::size_t lines_end = 0;
  // Where a collection's own text starts after its anchor and tag: the first key or '-' of a block
  // collection, the '{' or '[' of a flow one; `column` is that place's column (in characters).
  std::size_t content = 0;
  int column = 0;
  int line = 0;                   // 0-based line of `begin`
  std::string value;              // scalars
  std::vector<YamlNode> children; // sequences: items; mappings: key, value, key, value, ...
};

// Absent when the text holds no document (nothing, or comments only).
using YamlTree = std::optional<YamlNode>;

std::expected<YamlTree, YamlProblem> read_yaml_tree(std::string_view text);

// Lines as libyaml reads them: they end at "\n", "\r\n", a lone "\r", and at NEL, LS and PS.

// The length of the line break that starts at `at`; 0 when there is none.
std::size_t break_length(std::string_view text, std::size_t at);
// The length of the line break that ends just before `at`; 0 when there is none.
std::size_t break_length_before(std::string_view text, std::size_t at);
bool at_line_start(std::string_view text, std::size_t at);
// Where the line holding `at` starts, and where the line break that ends it starts (the text's
// size on the last line). A byte of a line break belongs to the line it ends.
std::size_t line_begin(std::string_view text, std::size_t at);
std::size_t line_end(std::string_view text, std::size_t at);
// The first byte of the line after the one holding `at`.
std::size_t line_next(std::string_view text, std::size_t at);

} // namespace alearn::yaml_edit_internal
