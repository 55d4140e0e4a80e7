#pragma once
// Text that cannot take over a terminal or a CI log. alearn writes no control characters (C0
// but tab and line feed, DEL, and C1) into a record, and no line break into a one-line field
// (a name, a title, an owner), so that nothing alearn wrote can colour a terminal, set its
// title, or forge a line of a list or of `alearn check --format github`. The one-line fields
// are the same in the schemas, which refuse a line break in them when a file is read; what a
// hand-edited file holds beyond that, the front escapes when it shows it.
#include "document.hpp"
#include "error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// Whether a line feed is text (a description, a Markdown body) or not (a name).
enum class Lines { one, many };

struct ControlCharacter {
  std::size_t offset = 0; // in bytes
  char32_t code = 0;      // U+0000 to U+001F, U+007F or U+0080 to U+009F
};

// The first character of `text` that a value may not hold: a control character other than tab
// and (with Lines::many) line feed. A C1 control counts as its UTF-8 encoding (C2 80 to C2 9F).
std::optional<ControlCharacter> find_control(std::string_view text, Lines lines);

// The fields that hold one line of text, by their path in a record: "name", "members[].name",
// "present[]" (the items of a list). The same for every kind of record.
const std::vector<std::string_view> &one_line_fields();
Lines lines_of(std::string_view path);

// An error when `value`, new text for the field at `path`, is not UTF-8, holds a control
// character, or a line break in a one-line field.
Status check_new_value(std::string_view path, std::string_view value);

// An error when the text of a new file is not UTF-8, said before a reader says it of a file
// that is not there yet.
Status check_new_text(std::string_view text);

// An error when a new or changed file would be larger than the readers accept (the whole file,
// or its front matter): what alearn writes, alearn reads.
Status check_record_size(const Document &doc);

// Every text value of a new record checked with check_new_value, the Markdown body for control
// characters, and check_record_size.
Status check_new_document(const Document &doc);

// An error when a short name taken from a file or folder name (a workgroup's folder, an
// indicator's file) is not UTF-8 or holds a control character or line break: every list and
// message shows it on one line. `what` says what the name is of, "workgroup" / "werkgroep".
Errors name_errors(const std::filesystem::path &file, std::string_view name, const Text &what);

// "design.goal" for a key path, as check_new_value names a field.
std::string field_path(const std::vector<std::string> &keys);

} // namespace alearn
