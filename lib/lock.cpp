#include "lock.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/file.h>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace alearn {

FolderLock::~FolderLock() {
  if (fd_ >= 0) {
    ::close(fd_); // closing the last descriptor releases the lock
  }
}

FolderLock::FolderLock(FolderLock &&other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

FolderLock &FolderLock::operator=(FolderLock &&other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) {
      ::close(fd_);
    }
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

Result<FolderLock> lock_folder(const std::filesystem::path &folder, std::chrono::milliseconds patience) {
  FolderLock lock(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!lock.held()) {
    return fail(ErrorKind::io,
                tr("kan de map niet openen om te schrijven: {}", "cannot open the folder to write: {}",
                   std::strerror(errno)),
                folder);
  }
  // Polling rather than blocking keeps the wait bounded; writers hold the lock for milliseconds.
  const auto deadline = std::chrono::steady_clock::now() + patience;
  auto pause = std::chrono::milliseconds{1};
  while (true) {
    if (::flock(lock.fd(), LOCK_EX | LOCK_NB) == 0) {
      return lock;
    }
    if (errno != EWOULDBLOCK && errno != EINTR) {
      return fail(ErrorKind::io,
                  tr("kan de map niet vergrendelen: {}", "cannot lock the folder: {}", std::strerror(errno)),
                  folder);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      return fail(
          ErrorKind::io,
          tr("een ander alearn-proces schrijft al {} seconden in deze map; probeer het straks opnieuw",
             "another alearn process has been writing in this folder for {} seconds; try again later",
             std::chrono::duration_cast<std::chrono::seconds>(patience).count()),
          folder);
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds{50});
  }
}

} // namespace alearn
