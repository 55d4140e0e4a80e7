#include "files.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <random>
#include <sys/random.h>
#include <sys/stat.h>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// An open file descriptor, closed on every path out.
class OpenFile {
public:
  // Never follows a link in the last part of the path, and never waits for a FIFO's writer.
  explicit OpenFile(const fs::path &file)
      : fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)) {}
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
  if (error_number == ELOOP) {
    return Error{ErrorKind::io,
                 tr("kan niet lezen: dit is een symbolische link, en alearn volgt hier geen links",
                    "cannot read: this is a symbolic link, and alearn follows no links here"),
                 file, 0, 0};
  }
  return Error{ErrorKind::io, tr("kan niet lezen: {}", "cannot read: {}", std::strerror(error_number)), file,
               0, 0};
}

// What a file that is not a regular one is, in words.
Text kind_of_special(mode_t mode) {
  if (S_ISDIR(mode)) {
    return Text{"een map", "a folder"};
  }
  if (S_ISFIFO(mode)) {
    return Text{"een FIFO (named pipe)", "a FIFO (named pipe)"};
  }
  if (S_ISSOCK(mode)) {
    return Text{"een socket", "a socket"};
  }
  if (S_ISCHR(mode) || S_ISBLK(mode)) {
    return Text{"een apparaat", "a device"};
  }
  return Text{"geen gewoon bestand", "not a regular file"};
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
    const Text kind = kind_of_special(info.st_mode);
    return fail(ErrorKind::io,
                Text{fmt::format("kan niet lezen: dit is {}, geen gewoon bestand", kind.nl),
                     fmt::format("cannot read: this is {}, not a regular file", kind.en)},
                file);
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
  TRY(size);
  if (*size > max_record_size) {
    return std::unexpected(too_large(file, *size));
  }
  // Read what fstat says is there, in one read mostly: a repository check reads every file.
  std::string text;
  while (text.size() < *size) {
    auto got = read_some(in, file, text, static_cast<std::size_t>(*size) - text.size());
    TRY(got);
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
  TRY(size);
  std::string text;
  constexpr std::size_t chunk = 4096; // a front matter is a few hundred bytes: one read, mostly
  while (true) {
    auto got = read_some(in, file, text, chunk);
    TRY(got);
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

bool lies_within(const fs::path &outer, const fs::path &inner) {
  const auto [end, _] = std::ranges::mismatch(outer, inner);
  return end == outer.end();
}

Result<fs::path> real_root_of(const fs::path &root) {
  std::error_code ec;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) {
    return fail(ErrorKind::io,
                tr("kan de repository niet vinden: {}", "cannot find the repository: {}", ec.message()),
                root);
  }
  return real_root;
}

Result<fs::path> resolve_inside(const fs::path &root, const fs::path &path) {
  const auto real_root = real_root_of(root);
  TRY(real_root);
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(path, ec);
  if (ec) {
    const Text reason = ec == std::errc::too_many_symbolic_link_levels
                            ? Text{"een kring van symbolische links", "a loop of symbolic links"}
                            : Text{ec.message(), ec.message()};
    return fail(ErrorKind::io,
                Text{fmt::format("kan niet volgen waar dit heen wijst: {}", reason.nl),
                     fmt::format("cannot follow where this leads: {}", reason.en)},
                path);
  }
  if (!lies_within(*real_root, resolved)) {
    return fail(
        ErrorKind::refused,
        tr("dit wijst naar {}, buiten de repository; alearn leest en schrijft alleen in de repository",
           "this leads to {}, outside the repository; alearn reads and writes only inside the repository",
           resolved.string()),
        path);
  }
  return resolved;
}

bool is_temporary_name(std::string_view file_name) {
  return file_name.starts_with(".") && file_name.ends_with(temporary_suffix);
}

namespace {

// A file descriptor, closed on every path out.
class Descriptor {
public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  ~Descriptor() { reset(); }
  Descriptor(Descriptor &&other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Descriptor &operator=(Descriptor &&other) noexcept {
    if (this != &other) {
      reset(std::exchange(other.fd_, -1));
    }
    return *this;
  }
  Descriptor(const Descriptor &) = delete;
  Descriptor &operator=(const Descriptor &) = delete;
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  void reset(int fd = -1) {
    if (fd_ >= 0) {
      ::close(fd_);
    }
    fd_ = fd;
  }
  // Closes now and says whether the close reported a failed write.
  bool close() { return ::close(std::exchange(fd_, -1)) == 0; }

private:
  int fd_;
};

Error write_error(const fs::path &file, int error_number) {
  return Error{ErrorKind::io, tr("kan niet schrijven: {}", "cannot write: {}", std::strerror(error_number)),
               file, 0, 0};
}

Status write_all(int fd, std::string_view content, const fs::path &file) {
  while (!content.empty()) {
    const auto written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return std::unexpected(write_error(file, errno));
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return {};
}

constexpr int folder_flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;

// Opens (creating where missing) the folder `name` inside the open folder `parent`, whose path
// is `parent_path`. A link is followed only when it leads to a folder inside `real_root`.
Result<Descriptor> enter_folder(const Descriptor &parent, const fs::path &parent_path, const fs::path &name,
                                const fs::path &real_root) {
  const fs::path here = parent_path / name;
  if (name == "..") {
    return fail(ErrorKind::refused,
                tr("'..' in een pad: alearn schrijft alleen in de repository",
                   "'..' in a path: alearn writes only inside the repository"),
                here);
  }
  for (int attempt = 0; attempt < 2; ++attempt) {
    Descriptor folder(::openat(parent.get(), name.c_str(), folder_flags | O_NOFOLLOW));
    if (folder.valid()) {
      return folder;
    }
    if (errno == ENOENT && attempt == 0) {
      if (::mkdirat(parent.get(), name.c_str(), 0777) != 0 && errno != EEXIST) {
        return fail(ErrorKind::io,
                    tr("kan map niet maken: {}", "cannot create folder: {}", std::strerror(errno)), here);
      }
      continue;
    }
    if (errno != ELOOP && errno != ENOTDIR) {
      return std::unexpected(write_error(here, errno));
    }
    struct stat info {};
    if (::fstatat(parent.get(), name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISLNK(info.st_mode)) {
      return fail(
          ErrorKind::io,
          tr("hier hoort een map, maar het is een bestand", "a folder belongs here, but this is a file"),
          here);
    }
    auto resolved = resolve_inside(real_root, here);
    TRY(resolved);
    Descriptor linked(::open(resolved->c_str(), folder_flags | O_NOFOLLOW));
    if (!linked.valid()) {
      return std::unexpected(write_error(here, errno));
    }
    return linked;
  }
  return std::unexpected(write_error(here, ENOENT));
}

// The folder that will hold `file`, opened, with every folder on the way checked.
Result<Descriptor> open_parent(const fs::path &root, const fs::path &file, const fs::path &real_root) {
  const fs::path relative = file.lexically_normal().lexically_relative(root.lexically_normal());
  if (relative.empty() || *relative.begin() == ".." || relative.is_absolute()) {
    return fail(ErrorKind::refused,
                tr("dit ligt buiten de repository ({}); alearn schrijft alleen daarin",
                   "this lies outside the repository ({}); alearn writes only inside it", root.string()),
                file);
  }
  Descriptor folder(::open(real_root.c_str(), folder_flags));
  if (!folder.valid()) {
    return std::unexpected(write_error(root, errno));
  }
  fs::path at = root;
  for (const auto &part : relative.parent_path()) {
    if (part == "." || part.empty()) {
      continue;
    }
    auto next = enter_folder(folder, at, part, real_root);
    TRY(next);
    folder = std::move(*next);
    at /= part;
  }
  return folder;
}

// The permissions an edit keeps, once the existing target has proved writable; nullopt when
// there is no target yet.
Result<std::optional<mode_t>> existing_target(int folder, const fs::path &file, Overwrite overwrite) {
  struct stat info {};
  if (::fstatat(folder, file.filename().c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
    if (errno == ENOENT) {
      return std::optional<mode_t>{};
    }
    return std::unexpected(write_error(file, errno));
  }
  if (overwrite == Overwrite::refuse) {
    return fail(ErrorKind::refused, tr("bestaat al", "already exists"), file);
  }
  if (S_ISLNK(info.st_mode)) {
    return fail(
        ErrorKind::refused,
        tr("dit is een symbolische link; alearn schrijft niet via links. Zet er het bestand zelf neer",
           "this is a symbolic link; alearn does not write through links. Put the file itself here"),
        file);
  }
  if (!S_ISREG(info.st_mode)) {
    const Text kind = kind_of_special(info.st_mode);
    return fail(ErrorKind::refused,
                Text{fmt::format("kan niet schrijven: dit is {}, geen gewoon bestand", kind.nl),
                     fmt::format("cannot write: this is {}, not a regular file", kind.en)},
                file);
  }
  // Root may write anything, but a file someone made read-only is theirs to change.
  const bool writable =
      info.st_uid == ::geteuid()
          ? (info.st_mode & S_IWUSR) != 0
          : (info.st_mode & 0222) != 0 && ::faccessat(folder, file.filename().c_str(), W_OK, AT_EACCESS) == 0;
  if (!writable) {
    return fail(ErrorKind::refused,
                tr("dit bestand is alleen-lezen (rechten {:04o}); alearn laat het zoals het is",
                   "this file is read-only (mode {:04o}); alearn leaves it as it is", info.st_mode & 07777U),
                file);
  }
  return std::optional<mode_t>{info.st_mode & 07777U};
}

// ".<name>.<random>.alearn-tmp": hidden, unpredictable, and matched by one ignore pattern.
std::string temporary_name(const fs::path &file) {
  std::array<unsigned char, 8> bytes{};
  if (::getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size())) {
    // getrandom does not fail for 8 bytes once the system has booted; be safe anyway.
    std::random_device device;
    for (auto &byte : bytes) {
      byte = static_cast<unsigned char>(device());
    }
  }
  std::string random;
  for (const unsigned char byte : bytes) {
    random += fmt::format("{:02x}", byte);
  }
  return fmt::format(".{}.{}{}", file.filename().string(), random, temporary_suffix);
}

// A temporary file in an open folder, removed again unless it was moved into place.
class Temporary {
public:
  Temporary(int folder, std::string name, Descriptor fd)
      : folder_(folder), name_(std::move(name)), fd_(std::move(fd)) {}
  ~Temporary() {
    if (!name_.empty()) {
      ::unlinkat(folder_, name_.c_str(), 0);
    }
  }
  Temporary(const Temporary &) = delete;
  Temporary &operator=(const Temporary &) = delete;
  Temporary(Temporary &&) = delete;
  Temporary &operator=(Temporary &&) = delete;

  Descriptor &fd() { return fd_; }
  const std::string &name() const { return name_; }
  void moved() { name_.clear(); }

private:
  int folder_;
  std::string name_;
  Descriptor fd_;
};

Result<std::unique_ptr<Temporary>> create_temporary(int folder, const fs::path &file) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    std::string name = temporary_name(file);
    Descriptor fd(::openat(folder, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
    if (fd.valid()) {
      return std::make_unique<Temporary>(folder, std::move(name), std::move(fd));
    }
    if (errno != EEXIST) {
      return std::unexpected(write_error(file, errno));
    }
  }
  return std::unexpected(write_error(file, EEXIST));
}

// Moves the temporary over the target, or beside it when the target must not exist yet.
Status move_into_place(int folder, Temporary &temporary, const fs::path &file, Overwrite overwrite) {
  const std::string target = file.filename().string();
  const char *name = target.c_str();
  if (overwrite == Overwrite::allow) {
    if (::renameat(folder, temporary.name().c_str(), folder, name) != 0) {
      return std::unexpected(write_error(file, errno));
    }
    temporary.moved();
    return {};
  }
  if (::renameat2(folder, temporary.name().c_str(), folder, name, RENAME_NOREPLACE) == 0) {
    temporary.moved();
    return {};
  }
  if (errno == EINVAL || errno == ENOSYS) {
    // A file system without RENAME_NOREPLACE: a hard link fails just as atomically when the
    // target exists; the temporary name is removed by its destructor.
    if (::linkat(folder, temporary.name().c_str(), folder, name, 0) == 0) {
      return {};
    }
  }
  if (errno == EEXIST) {
    return fail(ErrorKind::refused, tr("bestaat al", "already exists"), file);
  }
  return std::unexpected(write_error(file, errno));
}

} // namespace

Status write_file_atomic(const fs::path &root, const fs::path &file, std::string_view content,
                         Overwrite overwrite) {
  if (content.size() > max_record_size) {
    return fail(ErrorKind::usage,
                tr("te groot om te bewaren ({} bytes, hooguit {}): alearn zou het daarna niet meer lezen",
                   "too large to keep ({} bytes, at most {}): alearn would not read it back", content.size(),
                   max_record_size),
                file);
  }
  const auto real_root = real_root_of(root);
  TRY(real_root);
  auto folder = open_parent(root, file, *real_root);
  TRY(folder);
  auto mode = existing_target(folder->get(), file, overwrite);
  TRY(mode);
  auto temporary = create_temporary(folder->get(), file);
  TRY(temporary);
  Descriptor &fd = (*temporary)->fd();
  if (*mode && ::fchmod(fd.get(), **mode) != 0) {
    return std::unexpected(write_error(file, errno));
  }
  if (auto written = write_all(fd.get(), content, file); !written) {
    return written;
  }
  if (::fsync(fd.get()) != 0 || !fd.close()) {
    return std::unexpected(write_error(file, errno));
  }
  if (auto moved = move_into_place(folder->get(), **temporary, file, overwrite); !moved) {
    return moved;
  }
  // The rename is durable only once the folder is on disk too.
  ::fsync(folder->get());
  return {};
}

Status remove_file_inside(const fs::path &root, const fs::path &file) {
  const auto real_root = real_root_of(root);
  TRY(real_root);
  auto folder = open_parent(root, file, *real_root);
  TRY(folder);
  // unlinkat removes a link itself, never what it points to.
  if (::unlinkat(folder->get(), file.filename().c_str(), 0) != 0) {
    return std::unexpected(write_error(file, errno));
  }
  ::fsync(folder->get());
  return {};
}

} // namespace alearn
