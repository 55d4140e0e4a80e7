#include "files.hpp"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// An open file descriptor, closed on every path out.
class OpenFile {
public:
  explicit OpenFile(const fs::path &file) : fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~OpenFile() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  OpenFile(const OpenFile &) = delete;
  OpenFile &operator=(const OpenFile &) = delete;
  int fd() const { return fd_; }

private:
  int fd_;
};

Error read_error(const fs::path &file, int error_number) {
  return Error{ErrorKind::io, tr("kan niet lezen: {}", "cannot read: {}", std::strerror(error_number)), file,
               0, 0};
}

// Opens `file` for reading and returns its size; refuses directories and other non-files.
Result<std::uintmax_t> open_regular(const OpenFile &in, const fs::path &file) {
  if (in.fd() < 0) {
    return std::unexpected(read_error(file, errno));
  }
  struct stat info {};
  if (::fstat(in.fd(), &info) != 0) {
    return std::unexpected(read_error(file, errno));
  }
  if (!S_ISREG(info.st_mode)) {
    return fail(ErrorKind::io,
                tr("kan niet lezen: dit is geen gewoon bestand", "cannot read: not a regular file"), file);
  }
  return static_cast<std::uintmax_t>(info.st_size);
}

// Appends up to `count` bytes; returns how many were read (0 at the end of the file).
Result<std::size_t> read_some(const OpenFile &in, const fs::path &file, std::string &text,
                              std::size_t count) {
  const std::size_t old_size = text.size();
  text.resize(old_size + count);
  while (true) {
    const auto got = ::read(in.fd(), text.data() + old_size, count);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      text.resize(old_size);
      return std::unexpected(read_error(file, errno));
    }
    text.resize(old_size + static_cast<std::size_t>(got));
    return static_cast<std::size_t>(got);
  }
}

Error too_large(const fs::path &file, std::uintmax_t size) {
  return Error{ErrorKind::input,
               tr("bestand is te groot ({} bytes, hooguit {})", "file is too large ({} bytes, at most {})",
                  size, max_record_size),
               file, 0, 0};
}

} // namespace

Result<std::string> read_text_file(const fs::path &file) {
  const OpenFile in(file);
  auto size = open_regular(in, file);
  if (!size) {
    return std::unexpected(size.error());
  }
  if (*size > max_record_size) {
    return std::unexpected(too_large(file, *size));
  }
  // Read what fstat says is there, in one read mostly: a repository check reads every file.
  std::string text;
  while (text.size() < *size) {
    auto got = read_some(in, file, text, static_cast<std::size_t>(*size) - text.size());
    if (!got) {
      return std::unexpected(got.error());
    }
    if (*got == 0) {
      break; // the file shrank while we read it
    }
  }
  return text;
}

bool is_front_matter_delimiter(std::string_view text, std::string_view marker) {
  if (!text.starts_with(marker)) {
    return false;
  }
  const auto rest = text.substr(marker.size());
  return rest.empty() || rest.starts_with("\n") || rest.starts_with("\r\n");
}

std::optional<std::size_t> front_matter_end(std::string_view text, std::size_t from) {
  std::size_t at = from;
  while (at < text.size()) {
    const std::string_view line = text.substr(at);
    if (is_front_matter_delimiter(line, "---") || is_front_matter_delimiter(line, "...")) {
      return at;
    }
    const auto eol = text.find('\n', at);
    if (eol == std::string_view::npos) {
      break;
    }
    at = eol + 1;
  }
  return std::nullopt;
}

Result<std::string> read_front_matter_text(const fs::path &file) {
  const OpenFile in(file);
  auto size = open_regular(in, file);
  if (!size) {
    return std::unexpected(size.error());
  }
  std::string text;
  constexpr std::size_t chunk = 4096; // a front matter is a few hundred bytes: one read, mostly
  while (true) {
    auto got = read_some(in, file, text, chunk);
    if (!got) {
      return std::unexpected(got.error());
    }
    // The opening line ends at the first newline; the closing line must be complete.
    const auto first = text.find('\n');
    if (first != std::string::npos) {
      if (const auto end = front_matter_end(text, first + 1)) {
        const auto eol = text.find('\n', *end);
        if (eol != std::string::npos || *got == 0) {
          text.resize(eol == std::string::npos ? text.size() : eol + 1);
          return text;
        }
      }
    }
    if (*got == 0) {
      return text;
    }
    if (text.size() > max_front_matter_size) {
      return fail(ErrorKind::input,
                  tr("de front matter is niet afgesloten binnen de eerste {} bytes",
                     "the front matter is not closed within the first {} bytes", max_front_matter_size),
                  file, 1);
    }
  }
}

namespace {

fs::path temporary_name(const fs::path &file) {
  return file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), ::getpid());
}

Status write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const auto written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return fail(ErrorKind::io, tr("schrijven mislukt: {}", "write failed: {}", std::strerror(errno)));
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return {};
}

} // namespace

Status write_file_atomic(const fs::path &file, std::string_view content, Overwrite overwrite) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec) {
    return fail(ErrorKind::io, tr("kan map niet maken: {}", "cannot create directory: {}", ec.message()),
                file.parent_path());
  }
  const fs::path temp = temporary_name(file);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return fail(ErrorKind::io, tr("kan niet schrijven: {}", "cannot write: {}", std::strerror(errno)), file);
  }
  auto written = write_all(fd, content);
  if (written && ::fsync(fd) != 0) {
    written = fail(ErrorKind::io, tr("schrijven mislukt: {}", "write failed: {}", std::strerror(errno)));
  }
  ::close(fd);
  if (!written) {
    fs::remove(temp, ec);
    written.error().file = file;
    return written;
  }
  // link() fails when the target exists, which makes "create, never overwrite" atomic too.
  const int moved = overwrite == Overwrite::refuse ? ::link(temp.c_str(), file.c_str())
                                                   : ::rename(temp.c_str(), file.c_str());
  const int saved_errno = errno;
  if (overwrite == Overwrite::refuse || moved != 0) {
    fs::remove(temp, ec);
  }
  if (moved != 0) {
    if (saved_errno == EEXIST) {
      return fail(ErrorKind::refused, tr("bestaat al", "already exists"), file);
    }
    return fail(ErrorKind::io, tr("kan niet schrijven: {}", "cannot write: {}", std::strerror(saved_errno)),
                file);
  }
  return {};
}

} // namespace alearn
