#pragma once
// Writers that check a rule and then write (one measurement a day, one event per step, a member
// added to the workgroup's file) hold an exclusive lock on the workgroup's folder meanwhile, so
// that of two writers at the same moment the second sees what the first wrote. The lock is the
// kernel's (flock on the folder itself): no lock file is left behind, and a killed process
// releases it.
#include "error.hpp"

#include <chrono>
#include <filesystem>

namespace alearn {

class FolderLock {
public:
  FolderLock() = default;
  explicit FolderLock(int fd) : fd_(fd) {}
  ~FolderLock();
  FolderLock(FolderLock &&other) noexcept;
  FolderLock &operator=(FolderLock &&other) noexcept;
  FolderLock(const FolderLock &) = delete;
  FolderLock &operator=(const FolderLock &) = delete;
  bool held() const { return fd_ >= 0; }
  int fd() const { return fd_; }

private:
  int fd_ = -1;
};

// Waits up to `patience` for the lock on `folder`; an error when another process keeps it.
Result<FolderLock> lock_folder(const std::filesystem::path &folder,
                               std::chrono::milliseconds patience = std::chrono::seconds{30});

} // namespace alearn
