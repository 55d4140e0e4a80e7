#include "text.hpp"

namespace alearn {

bool parse_lang(std::string_view value, Lang &out) {
  if (value.starts_with("nl")) {
    out = Lang::nl;
    return true;
  }
  if (value.starts_with("en")) {
    out = Lang::en;
    return true;
  }
  return false;
}

std::string one_line(std::string_view text) {
  std::string line;
  line.reserve(text.size());
  for (const char c : text) {
    line += c == '\n'   ? std::string_view("\\n")
            : c == '\r' ? std::string_view("\\r")
                        : std::string_view(&c, 1);
  }
  return line;
}

std::string_view lang_code(Lang lang) { return lang == Lang::nl ? "nl" : "en"; }

} // namespace alearn
