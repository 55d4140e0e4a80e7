#pragma once
// UTF-8 as alearn reads it, checked in one place, so that what alearn writes, alearn reads.
#include <cstddef>
#include <string_view>

namespace alearn {

// The offset of the first byte that does not start a complete UTF-8 sequence (no overlong
// two-byte forms, nothing above U+10FFFF's lead bytes), or npos when all of `text` is UTF-8.
std::size_t first_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) {
  return first_invalid_utf8(text) == std::string_view::npos;
}

} // namespace alearn
