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

// How many bytes the sequence that starts with `lead` has: 1 for ASCII, 0 when no sequence
// starts with it (a continuation byte, C0, C1, F5 to FF).
std::size_t utf8_sequence_length(unsigned char lead);

// Whether `second` may follow `lead` in a well-formed sequence (Unicode's table 3-7): no
// overlong forms, no surrogates, nothing above U+10FFFF.
bool utf8_second_byte_fits(unsigned char lead, unsigned char second);

// The character that starts at byte `at` of `text`, and how many bytes it takes; a length of
// 0 when no complete, shortest, well-formed sequence starts there.
struct Utf8Char {
  char32_t code = 0;
  std::size_t length = 0;
};
Utf8Char decode_utf8(std::string_view text, std::size_t at);

// The number of characters (code points) in `text`, counting the bytes that start one.
std::size_t utf8_length(std::string_view text);

} // namespace alearn
