#include "safe_output.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <vector>

using namespace alearn;

namespace {

// What arrives when `parts` are written one after the other (and so may split a sequence).
std::string through(const std::vector<std::string> &parts, const std::string &mark = {}) {
  std::ostringstream target;
  {
    SafeOutput filter(target, mark);
    std::ostream out(&filter);
    for (const auto &part : parts) {
      out << part;
      out.flush();
    }
  }
  return target.str();
}

} // namespace

TEST_SUITE("safe_output") {
  TEST_CASE("text, tabs, line feeds and UTF-8 pass unchanged") {
    const std::string text = "Zoë Hendriks\t· 31 %\n€ 5 ✓ 🙂\n";
    CHECK(escape_controls(text) == text);
  }

  TEST_CASE("control characters come out escaped as in JSON") {
    CHECK(escape_controls("\x1b]0;pwned\a") == "\\u001b]0;pwned\\u0007");
    CHECK(escape_controls("a\rb\x7f") == "a\\u000db\\u007f");
    CHECK(escape_controls(std::string("nul\0!", 5)) == "nul\\u0000!");
    CHECK(escape_controls("csi \xc2\x9b"
                          "31m") == "csi \\u009b31m");
    CHECK(escape_controls("no-break\xc2\xa0space") == "no-break\xc2\xa0space");
  }

  TEST_CASE("bytes that are not UTF-8 come out as \\x escapes") {
    CHECK(escape_controls("caf\xe9!") == "caf\\xe9!");
    CHECK(escape_controls("\x9b") == "\\x9b");
    CHECK(escape_controls("cut \xe2\x82") == "cut \\xe2\\x82");
    CHECK(escape_controls("overlong \xc0\xaf and surrogate \xed\xa0\x80") ==
          "overlong \\xc0\\xaf and surrogate \\xed\\xa0\\x80");
  }

  TEST_CASE("a sequence split over two writes is still one character") {
    CHECK(through({"Zo\xc3", "\xab"}) == "Zo\xc3\xab");
    CHECK(through({"\xc2", "\x9b"}) == "\\u009b");
  }

  TEST_CASE("alearn's colours pass by their mark; an escape from a value does not") {
    const std::string mark = "\x1b"
                             "abcdefgh";
    CHECK(through({mark + "31merror" + mark + "0m"}, mark) == "\x1b[31merror\x1b[0m");
    CHECK(through({mark.substr(0, 4), mark.substr(4) + "1;32mok"}, mark) == "\x1b[1;32mok");
    SUBCASE("a forged colour") {
      CHECK(through({"\x1b[31mred"}, mark) == "\\u001b[31mred");
      CHECK(through({"\x1b"
                     "abcX"},
                    mark) == "\\u001babcX");
      CHECK(through({mark + "31x"}, mark) == "\\u001babcdefgh31x");
      CHECK(through({"\x1b\x1b"
                     "abcdefgh1m"},
                    mark) == "\\u001b\x1b[1m");
    }
    SUBCASE("a mark cut off at the end") {
      CHECK(through({"end\x1b"
                     "ab"},
                    mark) == "end\\u001bab");
    }
    SUBCASE("without a mark every escape is shown") {
      CHECK(through({mark + "31m"}) == "\\u001babcdefgh31m");
    }
  }

  TEST_CASE("a new mark every time") {
    const std::string one = new_colour_mark();
    CHECK(one.size() == 17);
    CHECK(one.front() == '\x1b');
    CHECK(new_colour_mark() != one);
  }

  TEST_CASE("a stream that fails makes the filtered stream fail on flush") {
    std::ostringstream target;
    target.setstate(std::ios::badbit);
    SafeOutput filter(target, {});
    std::ostream out(&filter);
    out << "lost";
    out.flush();
    CHECK(out.fail());
  }
}
