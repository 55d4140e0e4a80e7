#include "text.hpp"

#include <cctype>

namespace alearn {

bool parse_lang(std::string_view value, Lang &out) {
  // "nl", "NL" (as --lang accepts it) or a locale such as "nl_NL.UTF-8".
  std::string start(value.substr(0, 2));
  for (char &c : start) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (start == "nl") {
    out = Lang::nl;
    return true;
  }
  if (start == "en") {
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

std::string escape_markdown(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      escaped += ' ';
    } else if (std::string_view("\\`*_[]<>#|!&~").find(c) != std::string_view::npos) {
      escaped += '\\';
      escaped += c;
    } else {
      escaped += c;
    }
  }
  return escaped;
}

} // namespace alearn
