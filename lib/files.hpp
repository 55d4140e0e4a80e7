#pragma once
// Reading and writing files of a repository without trusting the file system: a read never
// blocks on a FIFO or follows a link it was not asked to, and a write never lands outside the
// repository, never follows a planted link, and never leaves half a file behind.
#include "error.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace alearn {

// Files larger than this are refused rather than read: a record is a few kilobytes, and a
// stray 50 MB export must not stall every command. Writers refuse to write more.
inline constexpr std::uintmax_t max_record_size = std::uintmax_t{4} * 1024 * 1024;
// Front matter longer than this is refused: it is a handful of fields, never a document.
inline constexpr std::size_t max_front_matter_size = std::size_t{256} * 1024;

// Reads a regular file whole. The last part of the path is never followed when it is a link,
// and a FIFO or a device is refused without opening it for long.
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

// The repository's folder with every link on its way resolved; an error names the folder.
Result<std::filesystem::path> real_root_of(const std::filesystem::path &root);

// `path` with every link resolved, when that lands inside `root` (itself resolved); an error
// that says where it leads otherwise. `path` need not exist beyond its last existing folder.
Result<std::filesystem::path> resolve_inside(const std::filesystem::path &root,
                                             const std::filesystem::path &path);

// Whether `inner` (resolved) lies in `outer` (resolved), or is it.
bool lies_within(const std::filesystem::path &outer, const std::filesystem::path &inner);

// alearn's temporary files end so; `.gitignore` ignores them, and `check` reports leftovers.
inline constexpr std::string_view temporary_suffix = ".alearn-tmp";
bool is_temporary_name(std::string_view file_name);

enum class Overwrite { allow, refuse };

// Writes `file` inside the repository at `root`: through a temporary created exclusively in
// the same folder (never through a link), flushed to disk, renamed over the target, and the
// folder flushed too, so that a reader or a crash sees the old file or the new one. Folders on
// the way are created; a link on the way is followed only when it stays inside `root`. An
// existing file keeps its permissions; a read-only one is refused. With Overwrite::refuse an
// existing file is an error (ErrorKind::refused), decided atomically.
Status write_file_atomic(const std::filesystem::path &root, const std::filesystem::path &file,
                         std::string_view content, Overwrite overwrite = Overwrite::allow);

// Removes the file `file` inside the repository: its folder must resolve inside `root`; a link
// is removed itself, never what it points to. The folder is flushed, so the removal holds.
Status remove_file_inside(const std::filesystem::path &root, const std::filesystem::path &file);

} // namespace alearn
