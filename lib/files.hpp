#pragma once
#include "error.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace alearn {

// Files larger than this are refused rather than read: a record is a few kilobytes, and a
// stray 50 MB export must not stall every command.
inline constexpr std::uintmax_t max_record_size = std::uintmax_t{4} * 1024 * 1024;

Result<std::string> read_text_file(const std::filesystem::path &file);

enum class Overwrite { allow, refuse };

// Writes through a temporary file in the same directory and a rename, so that a reader (or a
// crash) never sees half a file. With Overwrite::refuse an existing file is an error.
Status write_file_atomic(const std::filesystem::path &file, std::string_view content,
                         Overwrite overwrite = Overwrite::allow);

} // namespace alearn
