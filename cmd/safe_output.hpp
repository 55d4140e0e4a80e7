#pragma once
// Everything alearn prints passes through SafeOutput, so that no value and no file name can
// take over the terminal or CI log that shows it: control characters other than tab and line
// feed come out as "\u001b" (which also keeps JSON valid, where a control character can only
// be inside a string), bytes that are not UTF-8 as "\xNN". alearn's own colours still work:
// Session::paint writes them with a mark that is new in every run, which only SafeOutput turns
// into the escape code, so a value cannot forge them.
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace alearn {

class SafeOutput : public std::streambuf {
public:
  // `colour_mark` stands for "ESC [" in what passes (empty: no colours to let through).
  SafeOutput(std::ostream &target, std::string colour_mark);
  ~SafeOutput() override;
  SafeOutput(const SafeOutput &) = delete;
  SafeOutput &operator=(const SafeOutput &) = delete;

protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char *text, std::streamsize count) override;
  int sync() override;

private:
  void put(char c);
  void put_plain(unsigned char c);
  void put_utf8(unsigned char c);
  void end_sequence();
  void drop_mark();
  void write_out();

  std::ostream &target_;
  std::string mark_;
  std::size_t marked_ = 0;   // bytes of the mark seen so far
  bool in_colour_ = false;   // after a whole mark: reading the colour's parameters
  std::string parameters_;   // of the colour being read
  std::string sequence_;     // a UTF-8 sequence being read
  std::size_t expected_ = 0; // its length
  std::string out_;          // escaped, not yet written
};

// A new colour mark: an escape character and random letters, which no file can know.
std::string new_colour_mark();

// `text` as SafeOutput passes it, without colours: for output that does not go through it.
std::string escape_controls(std::string_view text);

} // namespace alearn
