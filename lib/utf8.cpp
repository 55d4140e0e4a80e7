#include "utf8.hpp"

namespace alearn {

std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xC2 && lead < 0xE0) {
    return 2;
  }
  if (lead >= 0xE0 && lead < 0xF0) {
    return 3;
  }
  if (lead >= 0xF0 && lead < 0xF5) {
    return 4;
  }
  return 0;
}

bool utf8_second_byte_fits(unsigned char lead, unsigned char second) {
  if (second < 0x80 || second > 0xBF) {
    return false;
  }
  switch (lead) {
  case 0xE0:
    return second >= 0xA0;
  case 0xED:
    return second <= 0x9F;
  case 0xF0:
    return second >= 0x90;
  case 0xF4:
    return second <= 0x8F;
  default:
    return true;
  }
}

Utf8Char decode_utf8(std::string_view text, std::size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  std::size_t length = 0;
  char32_t code = 0;
  char32_t least = 0;
  if (byte < 0x80) {
    return {byte, 1};
  }
  if (byte >= 0xC2 && byte < 0xE0) {
    length = 2;
    code = byte & 0x1FU;
    least = 0x80;
  } else if (byte >= 0xE0 && byte < 0xF0) {
    length = 3;
    code = byte & 0x0FU;
    least = 0x800;
  } else if (byte >= 0xF0 && byte < 0xF5) {
    length = 4;
    code = byte & 0x07U;
    least = 0x10000;
  } else {
    return {};
  }
  if (at + length > text.size()) {
    return {};
  }
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[at + k]);
    if ((next & 0xC0U) != 0x80U) {
      return {};
    }
    code = (code << 6U) | (next & 0x3FU);
  }
  if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return {};
  }
  return {code, length};
}

std::size_t utf8_length(std::string_view text) {
  std::size_t length = 0;
  for (const char c : text) {
    length += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  }
  return length;
}

std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = utf8_sequence_length(static_cast<unsigned char>(text[i]));
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
