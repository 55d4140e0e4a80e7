#pragma once
// Every user-facing string exists in Dutch and English. The library formats messages in both
// languages at once, so that it never needs to know which language the user reads; the front
// picks one when it renders.
#include <fmt/format.h>

#include <string>
#include <string_view>

namespace alearn {

enum class Lang { nl, en };

struct Text {
  std::string nl;
  std::string en;

  const std::string &in(Lang lang) const { return lang == Lang::nl ? nl : en; }
  bool empty() const { return nl.empty() && en.empty(); }
  bool operator==(const Text &) const = default;
};

// tr("{} bestaat niet", "{} does not exist", name): one message, formatted in both languages.
template <typename... Args>
Text tr(fmt::format_string<Args...> nl, fmt::format_string<Args...> en, Args &&...args) {
  return Text{fmt::vformat(nl, fmt::make_format_args(args...)),
              fmt::vformat(en, fmt::make_format_args(args...))};
}

// `text` for one line of output: line breaks shown as "\n" and "\r", so that a value or a file
// name quoted in a message cannot forge a line of its own.
std::string one_line(std::string_view text);
// Plain text inside Markdown: the characters that would start markup are escaped, and the
// text stays on one line.
std::string escape_markdown(std::string_view text);

// Parses "nl"/"en" (also "nl_NL.UTF-8", "en-GB"); returns false when neither.
bool parse_lang(std::string_view value, Lang &out);
std::string_view lang_code(Lang lang);

} // namespace alearn
