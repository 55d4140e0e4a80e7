#pragma once
// What the four edit targets share. An input is one line of parameters and then a document:
//
//   byte 0   'y' a YAML file, 'm' a Markdown file with front matter (other bytes: odd or even)
//   byte 1   which key path of the document to edit (counted over every path of mapping keys)
//   byte 2   how the path ends: 0 as found, 1 with a new key "nieuw", 2 with two new keys,
//            3 with a new key named after the value
//   byte 3   remove_item: the index; append_map_item: which fields besides "name"
//   rest     the value, up to the end of the line; \n, \r, \t and \\ stand for themselves
//
// Digits in bytes 1 to 3 count as their value, so that seeds can be written by hand:
// "m100Nieuw\n---\nname: A\n---\n" sets the first path to "Nieuw".
//
// The edit must either fail with an error that names the file and a line (a usage error for a value
// that is not UTF-8 or a map item with a key twice), or return text that parses, holds the new
// value, holds every other value unchanged and is byte for byte the old text outside the change it
// reports. Anything else aborts, which libFuzzer records as a crash.
#include <cstddef>
#include <cstdint>
#include <span>

namespace alearn::fuzz {

enum class Operation { set_scalar, append_map_item, append_text_item, remove_item };

void run_edit_input(Operation operation, std::span<const std::uint8_t> input);

} // namespace alearn::fuzz
