#pragma once
// The template a command opens in the user's editor when text was not given on the command
// line: one Markdown heading per section of the record, a hint under each as an HTML comment
// (which Markdown itself hides), and whatever the command already knows filled in. What the
// person writes under each heading is read back into that section.
#include "error.hpp"
#include "text.hpp"

#include <map>
#include <string>
#include <vector>

namespace alearn {

struct FormSection {
  std::string key;
  Text heading;
  Text hint;
  bool list = false; // read back as "- " items, one per line
  std::string value; // filled in already; for lists, one item per line
};

struct Form {
  Text title; // the first line, as "# title"
  std::vector<FormSection> sections;
};

std::string render_form(const Form &form, Lang lang);

// The sections' texts (lists as one item per line), read from the edited text. Headings are
// recognised in either language. An empty or unchanged form is refused: nothing is written.
Result<std::map<std::string, std::string>> read_form(const Form &form, std::string_view edited,
                                                     std::string_view original);

// The items of a list section's text.
std::vector<std::string> form_items(std::string_view text);

} // namespace alearn
