#include "files.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace alearn {
namespace fs = std::filesystem;

Result<std::string> read_text_file(const fs::path &file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) {
    return fail(ErrorKind::io, tr("kan niet lezen: {}", "cannot read: {}", ec.message()), file);
  }
  if (size > max_record_size) {
    return fail(ErrorKind::input,
                tr("bestand is te groot ({} bytes, hooguit {})", "file is too large ({} bytes, at most {})",
                   size, max_record_size),
                file);
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return fail(ErrorKind::io, tr("kan niet lezen: {}", "cannot read: {}", std::strerror(errno)), file);
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
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
