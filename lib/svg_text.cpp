#include "svg_text.hpp"

#include "utf8.hpp"

#include <cstdint>

namespace alearn {

namespace {

constexpr char32_t replacement = 0xFFFD;

struct CodePoint {
  char32_t value = replacement;
  std::size_t length = 1; // bytes
};

// The character at `at`; a byte that starts no complete, shortest sequence is U+FFFD.
CodePoint decode(std::string_view text, std::size_t at) {
  const Utf8Char c = decode_utf8(text, at);
  return c.length == 0 ? CodePoint{} : CodePoint{c.code, c.length};
}

void append_utf8(std::string &out, char32_t value) {
  const auto byte = [](char32_t bits) { return static_cast<char>(bits); };
  if (value < 0x80) {
    out += byte(value);
  } else if (value < 0x800) {
    out += byte(0xC0U | (value >> 6U));
    out += byte(0x80U | (value & 0x3FU));
  } else if (value < 0x10000) {
    out += byte(0xE0U | (value >> 12U));
    out += byte(0x80U | ((value >> 6U) & 0x3FU));
    out += byte(0x80U | (value & 0x3FU));
  } else {
    out += byte(0xF0U | (value >> 18U));
    out += byte(0x80U | ((value >> 12U) & 0x3FU));
    out += byte(0x80U | ((value >> 6U) & 0x3FU));
    out += byte(0x80U | (value & 0x3FU));
  }
}

bool is_bidi_control(char32_t value) {
  return (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069);
}

// XML 1.0 allows no C0 controls but tab and line breaks, and no U+FFFE or U+FFFF; C1 controls
// are allowed but mean nothing here. All become spaces, line breaks too: chart text is one line.
bool is_control(char32_t value) {
  return value < 0x20 || (value >= 0x7F && value <= 0x9F) || value == 0xFFFE || value == 0xFFFF;
}

// Wide (CJK, emoji) characters take about the font size; the rest less.
double width_of(char32_t value) {
  if (value >= 0x1100 && (value < 0x2000 || value >= 0x2E80)) {
    return 1.0;
  }
  if (value == 'W' || value == 'M' || value == 'm' || value == 'w' || value == '@') {
    return 0.9;
  }
  return value < 0x80 ? 0.6 : 0.65;
}

} // namespace

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = decode(text, at);
    at += point.length;
    switch (point.value) {
    case '&':
      out += "&amp;";
      continue;
    case '<':
      out += "&lt;";
      continue;
    case '>':
      out += "&gt;";
      continue;
    case '"':
      out += "&quot;";
      continue;
    case '\'':
      out += "&#39;";
      continue;
    default:
      break;
    }
    if (is_bidi_control(point.value)) {
      continue;
    }
    append_utf8(out, is_control(point.value) ? U' ' : point.value);
  }
  return out;
}

double text_width(std::string_view text) {
  double width = 0;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = decode(text, at);
    at += point.length;
    width += width_of(point.value);
  }
  return width;
}

std::string clipped(std::string_view text, double width) {
  if (text_width(text) <= width) {
    return std::string(text);
  }
  const double room = width - width_of(U'…');
  double used = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const CodePoint point = decode(text, at);
    if (used + width_of(point.value) > room) {
      break;
    }
    used += width_of(point.value);
    at += point.length;
  }
  return std::string(text.substr(0, at)) + "…";
}

} // namespace alearn
