#include "safe_output.hpp"

#include "utf8.hpp"

#include <fmt/format.h>

#include <random>
#include <sstream>

namespace alearn {

namespace {

constexpr char escape = '\x1b';
constexpr std::size_t max_parameters = 8; // "1;31" and the like

std::string escaped_code(unsigned code) { return fmt::format("\\u{:04x}", code); }

} // namespace

SafeOutput::SafeOutput(std::ostream &target, std::string colour_mark)
    : target_(target), mark_(std::move(colour_mark)) {}

SafeOutput::~SafeOutput() {
  // What is still held back is not a whole sequence or mark: it goes out escaped.
  drop_mark();
  end_sequence();
  write_out();
  target_.flush();
}

SafeOutput::int_type SafeOutput::overflow(int_type c) {
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    put(traits_type::to_char_type(c));
  }
  return traits_type::not_eof(c);
}

std::streamsize SafeOutput::xsputn(const char *text, std::streamsize count) {
  for (std::streamsize i = 0; i < count; ++i) {
    put(text[i]);
  }
  if (out_.size() > 8192) {
    write_out();
  }
  return count;
}

int SafeOutput::sync() {
  write_out();
  target_.flush();
  return target_.fail() ? -1 : 0;
}

void SafeOutput::write_out() {
  if (!out_.empty()) {
    target_.write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }
}

// A mark that did not go on as one: its escape character is shown, the rest is plain text.
void SafeOutput::drop_mark() {
  const std::size_t seen = in_colour_ ? mark_.size() : marked_;
  if (seen == 0) {
    return;
  }
  out_ += escaped_code(static_cast<unsigned char>(escape));
  out_ += mark_.substr(1, seen - 1);
  out_ += parameters_;
  marked_ = 0;
  in_colour_ = false;
  parameters_.clear();
}

void SafeOutput::put(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (in_colour_) {
    if ((byte >= '0' && byte <= '9') || byte == ';') {
      if (parameters_.size() < max_parameters) {
        parameters_ += c;
        return;
      }
    } else if (byte == 'm') {
      out_ += std::string(1, escape) + "[" + parameters_ + "m";
      in_colour_ = false;
      parameters_.clear();
      return;
    }
    drop_mark();
    put_plain(byte);
    return;
  }
  if (marked_ > 0) {
    if (byte == static_cast<unsigned char>(mark_[marked_])) {
      if (++marked_ == mark_.size()) {
        marked_ = 0;
        in_colour_ = true;
      }
      return;
    }
    drop_mark();
  }
  put_plain(byte);
}

void SafeOutput::put_plain(unsigned char c) {
  if (!sequence_.empty()) {
    put_utf8(c);
    return;
  }
  if (c == escape && mark_.size() > 1) {
    marked_ = 1;
  } else if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)) {
    out_ += static_cast<char>(c);
  } else if (c < 0x80) {
    out_ += escaped_code(c);
  } else if (const std::size_t length = utf8_sequence_length(c); length > 1) {
    sequence_ = std::string(1, static_cast<char>(c));
    expected_ = length;
  } else {
    out_ += fmt::format("\\x{:02x}", c);
  }
}

void SafeOutput::put_utf8(unsigned char c) {
  const auto lead = static_cast<unsigned char>(sequence_[0]);
  const bool fits = sequence_.size() == 1 ? utf8_second_byte_fits(lead, c) : (c >= 0x80 && c <= 0xbf);
  if (!fits) {
    end_sequence();
    put_plain(c);
    return;
  }
  sequence_ += static_cast<char>(c);
  if (sequence_.size() < expected_) {
    return;
  }
  if (lead == 0xc2 && c <= 0x9f) {
    out_ += escaped_code(c); // a C1 control, U+0080 to U+009F
  } else {
    out_ += sequence_;
  }
  sequence_.clear();
}

// A sequence cut short: its bytes are not UTF-8.
void SafeOutput::end_sequence() {
  for (const char byte : sequence_) {
    out_ += fmt::format("\\x{:02x}", static_cast<unsigned char>(byte));
  }
  sequence_.clear();
}

std::string new_colour_mark() {
  static constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::random_device random;
  std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
  std::string mark(1, escape);
  for (int i = 0; i < 16; ++i) {
    mark += letters[pick(random)];
  }
  return mark;
}

std::string escape_controls(std::string_view text) {
  std::ostringstream escaped;
  {
    SafeOutput filter(escaped, {});
    std::ostream out(&filter);
    out << text;
  }
  return escaped.str();
}

} // namespace alearn
