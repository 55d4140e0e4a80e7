#include "yaml_edit_render.hpp"

#include "utf8.hpp"
#include "yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace alearn::yaml_edit_internal {

namespace {

// Characters that may stand in YAML text as they are, in any scalar style: libyaml refuses
// control characters anywhere in a file, and reads NEL, LS and PS as line breaks and a
// byte-order mark at the start of a line as nothing.
bool stands_as_is(char32_t c) {
  if (c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
    return false;
  }
  return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

bool all_stand_as_is(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Utf8Char d = decode_utf8(text, at);
    if (d.length == 0 || !stands_as_is(d.code)) {
      return false;
    }
    at += d.length;
  }
  return true;
}

// YAML 1.1 readers (PyYAML, for one) take these for booleans; quoting them keeps them text for every
// reader. ("y" and "n" too, by the 1.1 spec, but hardly any reader does.)
bool is_yaml11_boolean(std::string_view text) {
  constexpr std::array<std::string_view, 12> words = {"yes", "Yes", "YES", "no",  "No",  "NO",
                                                      "on",  "On",  "ON",  "off", "Off", "OFF"};
  return std::ranges::find(words, text) != words.end();
}

// Whether `text` written plain reads back as that same text.
bool plain_is_safe(std::string_view text, NodeStyle context) {
  if (text.empty() || !reads_as_text(text) || is_yaml11_boolean(text) || !all_stand_as_is(text)) {
    return false;
  }
  constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
  if (indicators.find(text.front()) != std::string_view::npos || text.front() == ' ' || text.back() == ' ' ||
      text.back() == ':' || text.starts_with("...") || text.starts_with("<<<<<<<")) {
    return false;
  }
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) {
    return false;
  }
  return context == NodeStyle::block || text.find_first_of(",[]{}:#") == std::string_view::npos;
}

void append_hex(std::string &out, char prefix, char32_t code, int digits) {
  constexpr std::string_view hex = "0123456789ABCDEF";
  out += '\\';
  out += prefix;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
    out += hex[(code >> static_cast<unsigned>(shift)) & 0xFU];
  }
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t at = 0; at < text.size();) {
    const Utf8Char d = decode_utf8(text, at);
    const char32_t c = d.code;
    if (d.length == 0) { // not UTF-8: copied, for the caller's check of the file to refuse
      out += text[at++];
      continue;
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (stands_as_is(c)) {
      out += text.substr(at, d.length);
    } else if (c < 0x100) {
      append_hex(out, 'x', c, 2);
    } else {
      append_hex(out, 'u', c, 4); // every code point above U+FFFF stands as is
    }
    at += d.length;
  }
  return out + "\"";
}

std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    out += c;
    if (c == '\'') {
      out += '\'';
    }
  }
  return out + "'";
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (true) {
    const auto eol = text.find('\n');
    lines.push_back(text.substr(0, eol));
    if (eol == std::string_view::npos) {
      return lines;
    }
    text.remove_prefix(eol + 1);
  }
}

// Text with line breaks as a literal block, where that reads back exactly: no line may start with
// a space or a tab (the block's indentation would swallow it), and at most one final line break
// (with '|+' the empty lines after the block would join it).
std::optional<RenderedScalar> literal_block(std::string_view value, int indent, std::string_view newline) {
  std::string_view content = value;
  const bool final_break = content.ends_with('\n');
  if (final_break) {
    content.remove_suffix(1);
  }
  if (content.empty() || content.ends_with('\n')) {
    return std::nullopt;
  }
  const auto lines = lines_of(content);
  for (const auto line : lines) {
    if (line.starts_with(' ') || line.starts_with('\t') || line.find('\r') != std::string_view::npos) {
      return std::nullopt;
    }
    for (std::size_t at = 0; at < line.size();) {
      const Utf8Char d = decode_utf8(line, at);
      if (d.code != '\t' && !stands_as_is(d.code)) {
        return std::nullopt;
      }
      at += d.length;
    }
  }
  std::string body;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      body += newline;
    }
    if (!lines[i].empty()) {
      body += spaces(indent) + std::string(lines[i]);
    }
  }
  return RenderedScalar{final_break ? "|" : "|-", std::move(body)};
}

} // namespace

bool is_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Utf8Char d = decode_utf8(text, at);
    if (d.length == 0) {
      return false;
    }
    at += d.length;
  }
  return true;
}

std::string spaces(int count) { return std::string(static_cast<std::size_t>(std::max(count, 0)), ' '); }

RenderedScalar render_value(std::string_view value, NodeStyle context, int indent, std::string_view newline) {
  if (plain_is_safe(value, context)) {
    return {std::string(value), std::nullopt};
  }
  if (context == NodeStyle::block && value.find('\n') != std::string_view::npos) {
    if (auto block = literal_block(value, indent, newline)) {
      return *std::move(block);
    }
  }
  if (all_stand_as_is(value) && !value.empty() && (!reads_as_text(value) || is_yaml11_boolean(value))) {
    return {single_quoted(value), std::nullopt}; // '007', 'true', 'yes': text that looks like more
  }
  if (value.empty()) {
    return {"''", std::nullopt};
  }
  return {double_quoted(value), std::nullopt};
}

std::string render_key(std::string_view key) {
  return plain_is_safe(key, NodeStyle::flow) ? std::string(key) : double_quoted(key);
}

} // namespace alearn::yaml_edit_internal
