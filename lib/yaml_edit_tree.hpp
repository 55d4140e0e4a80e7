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

namespace alearn {

enum class NodeKind { scalar, mapping, sequence };

struct YamlNode {
  NodeKind kind = NodeKind::scalar;
  bool flow = false;    // a {...} or [...] collection
  bool in_flow = false; // inside one: only flow forms may be written here
  // The bytes of the node, with its anchor and tag. A block scalar ends after its last line with
  // text (its empty lines after that belong to it only with the '+' indicator); a block collection
  // ends where its last child does. An empty scalar stands at the place its value would go.
  std::size_t begin = 0;
  std::size_t end = 0;
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

} // namespace alearn
