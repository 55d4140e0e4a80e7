#include "utf8.hpp"

namespace alearn {

namespace {

// How many bytes the sequence that starts with `byte` has; 0 when no sequence starts with it.
std::size_t sequence_length(unsigned char byte) {
  if (byte < 0x80) {
    return 1;
  }
  if (byte >= 0xC2 && byte < 0xE0) {
    return 2;
  }
  if (byte >= 0xE0 && byte < 0xF0) {
    return 3;
  }
  if (byte >= 0xF0 && byte < 0xF5) {
    return 4;
  }
  return 0;
}

} // namespace

std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(text[i]));
    if (length == 0 || i + length > text.size()) {
      return i;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80U) {
        return i;
      }
    }
    i += length;
  }
  return std::string_view::npos;
}

} // namespace alearn
