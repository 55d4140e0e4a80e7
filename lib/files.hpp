#pragma once
#include "error.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace alearn {

// Files larger than this are refused rather than read: a record is a few kilobytes, and a
// stray 50 MB export must not stall every command.
inline constexpr std::uintmax_t max_record_size = std::uintmax_t{4} * 1024 * 1024;
// Front matter longer than this is refused: it is a handful of fields, never a document.
inline constexpr std::size_t max_front_matter_size = std::size_t{256} * 1024;

Result<std::string> read_text_file(const std::filesystem::path &file);

// The beginning of a Markdown file up to and including the line that closes its front matter,
// without reading the body. A file without closing line is returned whole (if small enough),
// so that the parser can say what is wrong with it.
Result<std::string> read_front_matter_text(const std::filesystem::path &file);

// Whether `text` starts with the line `marker` ("---" or "..."), ended by a line break or the end.
bool is_front_matter_delimiter(std::string_view text, std::string_view marker);
// The offset of the line that closes the front matter, searching from `from` (the line after
// the opening "---"); nullopt when there is none.
std::optional<std::size_t> front_matter_end(std::string_view text, std::size_t from);

enum class Overwrite { allow, refuse };

// Writes through a temporary file in the same directory and a rename, so that a reader (or a
// crash) never sees half a file. With Overwrite::refuse an existing file is an error.
Status write_file_atomic(const std::filesystem::path &file, std::string_view content,
                         Overwrite overwrite = Overwrite::allow);

} // namespace alearn
