#include "check_since.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "loader.hpp"
#include "records.hpp"
#include "repository.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <sys/stat.h>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// The folders of a workgroup whose files are named by their record's identifier, and the
// extension those files have; measurements/ holds a folder of them per indicator.
struct IdFolder {
  std::string_view name;
  std::string_view extension;
};
constexpr std::array<IdFolder, 13> id_folders = {{{"steps", ".yaml"},
                                                  {folders::agreements, ".yaml"},
                                                  {folders::logbook, ".md"},
                                                  {folders::meetings, ".md"},
                                                  {folders::exploration, ".md"},
                                                  {folders::problem, ".md"},
                                                  {folders::assumptions, ".md"},
                                                  {folders::feedback, ".md"},
                                                  {folders::resources, ".md"},
                                                  {folders::experiments, ".md"},
                                                  {folders::sharing, ".md"},
                                                  {folders::blockers, ".md"},
                                                  {folders::evaluations, ".md"}}};
constexpr std::string_view measurement_extension = ".yaml";

// Above this many new identifiers, listing the other workgroups' record folders costs less than
// asking for each name in each of them (measured on the generated network of 170 workgroups).
constexpr std::size_t most_ids_looked_up = 16;

const IdFolder *id_folder(std::string_view name) {
  const auto found = std::ranges::find(id_folders, name, &IdFolder::name);
  return found == id_folders.end() ? nullptr : &*found;
}

// A path of the repository as git names it: relative to the root, '/'-separated.
std::string git_name(const fs::path &path, const fs::path &root, const fs::path &real_root) {
  fs::path relative = path.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") {
    relative = path.lexically_relative(real_root);
  }
  return relative.generic_string();
}

// Whether a sorted list of paths has `folder` or a path below it.
bool has_path_in(const std::vector<std::string> &sorted, const std::string &folder) {
  if (std::ranges::binary_search(sorted, folder)) {
    return true;
  }
  const std::string below = folder + "/";
  const auto next = std::ranges::lower_bound(sorted, below);
  return next != sorted.end() && next->starts_with(below);
}

// What git calls a workgroup's folder: its own name, and where it leads when it is a link.
std::vector<std::string> git_names_of(const FolderEntry &folder, const fs::path &root,
                                      const fs::path &real_root) {
  std::vector<std::string> names{git_name(folder.path, root, real_root)};
  if (folder.linked) {
    names.push_back(git_name(folder.read, root, real_root));
  }
  return names;
}

// The identifier a new file brings, when it is a record file of a workgroup: `inside` is its
// path below the workgroup's folder.
std::optional<std::string> record_id_of(std::string_view inside) {
  const fs::path path{std::string(inside)};
  std::vector<std::string> parts;
  for (const auto &part : path) {
    parts.push_back(part.string());
  }
  const std::string id = path.stem().string();
  const std::string extension = path.extension().string();
  if (!is_valid_id(id)) {
    return std::nullopt;
  }
  if (parts.size() == 2) {
    const IdFolder *folder = id_folder(parts[0]);
    return folder != nullptr && folder->extension == extension ? std::optional(id) : std::nullopt;
  }
  if (parts.size() == 3 && parts[0] == folders::measurements && extension == measurement_extension) {
    return id;
  }
  return std::nullopt;
}

// A folder opened for lookups, closed on every path out.
class OpenFolder {
public:
  OpenFolder(int at, const std::string &name)
      : fd_(::openat(at, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)) {}
  ~OpenFolder() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  OpenFolder(const OpenFolder &) = delete;
  OpenFolder &operator=(const OpenFolder &) = delete;
  int fd() const { return fd_; }

private:
  int fd_;
};

struct DirEntryName {
  std::string name;
  unsigned char type = DT_UNKNOWN;
};

// The entries of the folder `name` (relative to `at`), hidden ones left out. The folder itself
// is not followed when it is a link.
std::vector<DirEntryName> names_in(int at, const std::string &name) {
  const int fd = ::openat(at, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    return {};
  }
  DIR *dir = ::fdopendir(fd);
  if (dir == nullptr) {
    ::close(fd);
    return {};
  }
  std::vector<DirEntryName> names;
  while (const dirent *entry = ::readdir(dir)) {
    if (entry->d_name[0] != '.') {
      names.push_back(DirEntryName{entry->d_name, entry->d_type});
    }
  }
  ::closedir(dir);
  return names;
}

// What `path` (relative to `at`) is, without following a link: as its listing said (`listed`),
// else from a stat.
unsigned char type_of(int at, const std::string &path, unsigned char listed) {
  if (listed != DT_UNKNOWN) {
    return listed;
  }
  struct stat status {};
  if (::fstatat(at, path.c_str(), &status, AT_SYMLINK_NOFOLLOW) != 0) {
    return DT_UNKNOWN;
  }
  return S_ISDIR(status.st_mode) ? DT_DIR : S_ISLNK(status.st_mode) ? DT_LNK : DT_REG;
}

// A folder of a workgroup whose files are named by identifiers: relative to the workgroup's
// folder (`at`), or, reached through a link that stays inside the repository, by its real path.
struct IdPlace {
  int at = AT_FDCWD;
  std::string dir;
  std::string_view extension;
};

// The record folders of one workgroup, as they are: a link among them is followed only when it
// stays inside the repository, as the loader does.
class GroupFolders {
public:
  GroupFolders(const FolderEntry &folder, const fs::path &real_root)
      : group_(AT_FDCWD, folder.read.string()), dir_(folder.read), real_root_(real_root) {
    if (group_.fd() < 0) {
      return;
    }
    for (const DirEntryName &entry : names_in(group_.fd(), ".")) {
      const IdFolder *kind = id_folder(entry.name);
      if (kind == nullptr && entry.name != folders::measurements) {
        continue;
      }
      const auto place = place_of(IdPlace{group_.fd(), entry.name, {}}, entry.type);
      if (!place) {
        continue;
      }
      if (kind != nullptr) {
        places_.push_back(IdPlace{place->at, place->dir, kind->extension});
        continue;
      }
      for (const DirEntryName &indicator : names_in(place->at, place->dir)) {
        if (const auto found =
                place_of(IdPlace{place->at, place->dir + "/" + indicator.name, {}}, indicator.type)) {
          places_.push_back(IdPlace{found->at, found->dir, measurement_extension});
        }
      }
    }
  }

  const std::vector<IdPlace> &places() const { return places_; }

private:
  // Where a folder is read: itself, or where its link leads inside the repository.
  std::optional<IdPlace> place_of(IdPlace place, unsigned char listed) const {
    const unsigned char type = type_of(place.at, place.dir, listed);
    if (type == DT_DIR) {
      return place;
    }
    if (type != DT_LNK) {
      return std::nullopt;
    }
    const fs::path where = place.at == AT_FDCWD ? fs::path(place.dir) : dir_ / place.dir;
    const auto target = resolve_inside(real_root_, where);
    std::error_code ec;
    if (!target || !fs::is_directory(*target, ec)) {
      return std::nullopt;
    }
    return IdPlace{AT_FDCWD, target->string(), {}};
  }

  OpenFolder group_;
  fs::path dir_;
  fs::path real_root_;
  std::vector<IdPlace> places_;
};

// The identifiers of `ids` that name a file in one of `places`: asked for name by name.
std::vector<std::string> ids_looked_up(const std::vector<IdPlace> &places,
                                       const std::vector<std::string> &ids) {
  std::vector<std::string> found;
  for (const std::string &id : ids) {
    for (const IdPlace &place : places) {
      const std::string file = fmt::format("{}/{}{}", place.dir, id, place.extension);
      struct stat status {};
      if (::fstatat(place.at, file.c_str(), &status, AT_SYMLINK_NOFOLLOW) == 0) {
        found.push_back(id);
        break;
      }
    }
  }
  return found;
}

// The same, by listing each place.
std::vector<std::string> ids_listed(const std::vector<IdPlace> &places,
                                    const std::set<std::string, std::less<>> &ids) {
  std::vector<std::string> found;
  for (const IdPlace &place : places) {
    for (const DirEntryName &entry : names_in(place.at, place.dir)) {
      const std::string_view name = entry.name;
      if (name.size() > place.extension.size() && name.ends_with(place.extension)) {
        const std::string_view id = name.substr(0, name.size() - place.extension.size());
        if (const auto known = ids.find(id); known != ids.end()) {
          found.push_back(*known);
        }
      }
    }
  }
  return found;
}

} // namespace

ChangedFolders changed_folders(const ChangedFiles &changes, const std::vector<FolderEntry> &folders,
                               const fs::path &root, const fs::path &real_root) {
  ChangedFolders out;
  // What every workgroup depends on: alearn.yaml, and the workgroups folder itself when it is
  // replaced (by a link, say); where either leads, when it is a link inside the repository.
  std::vector<std::string> everywhere{std::string(config_file_name), "workgroups"};
  std::error_code ec;
  if (const fs::path link = root / config_file_name; fs::is_symlink(fs::symlink_status(link, ec))) {
    if (const auto target = resolve_inside(real_root, link)) {
      everywhere.push_back(git_name(*target, root, real_root));
    }
  }
  for (const std::string &path : changes.paths) {
    if (std::ranges::find(everywhere, path) != everywhere.end()) {
      out.everything_because.push_back(path);
    }
  }
  out.changed.assign(folders.size(), !out.everything_because.empty());
  for (std::size_t i = 0; i < folders.size() && out.everything_because.empty(); ++i) {
    out.changed[i] =
        std::ranges::any_of(git_names_of(folders[i], root, real_root),
                            [&](const std::string &name) { return has_path_in(changes.paths, name); });
  }
  return out;
}

std::vector<std::string> new_record_ids(const ChangedFiles &changes, const std::vector<FolderEntry> &folders,
                                        const std::vector<bool> &checked, const fs::path &root,
                                        const fs::path &real_root) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < folders.size(); ++i) {
    if (!checked[i]) {
      continue;
    }
    for (const std::string &name : git_names_of(folders[i], root, real_root)) {
      const std::string below = name + "/";
      for (auto it = std::ranges::lower_bound(changes.added, below);
           it != changes.added.end() && it->starts_with(below); ++it) {
        if (auto id = record_id_of(std::string_view(*it).substr(below.size()))) {
          ids.push_back(std::move(*id));
        }
      }
    }
  }
  std::ranges::sort(ids);
  const auto [first, last] = std::ranges::unique(ids);
  ids.erase(first, last);
  return ids;
}

std::vector<NamedId> ids_named_elsewhere(const std::vector<std::string> &ids,
                                         const std::vector<FolderEntry> &folders,
                                         const std::vector<bool> &checked, const fs::path &real_root,
                                         unsigned threads) {
  std::vector<std::size_t> others;
  for (std::size_t i = 0; i < folders.size(); ++i) {
    if (!checked[i]) {
      others.push_back(i);
    }
  }
  if (ids.empty() || others.empty()) {
    return {};
  }
  const std::set<std::string, std::less<>> wanted(ids.begin(), ids.end());
  const bool by_name = ids.size() <= most_ids_looked_up;
  std::vector<std::vector<std::string>> found(others.size());
  in_parallel(others.size(), threads, [&](std::size_t k) {
    const GroupFolders group(folders[others[k]], real_root);
    found[k] = by_name ? ids_looked_up(group.places(), ids) : ids_listed(group.places(), wanted);
  });
  std::vector<NamedId> named;
  for (std::size_t k = 0; k < others.size(); ++k) {
    for (std::string &id : found[k]) {
      named.push_back(NamedId{std::move(id), others[k]});
    }
  }
  std::ranges::sort(named);
  const auto [first, last] = std::ranges::unique(named);
  named.erase(first, last);
  return named;
}

} // namespace alearn
