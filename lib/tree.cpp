#include "tree.hpp"

#include "files.hpp"

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

Error special_entry(const fs::path &path, fs::file_type type) {
  Text kind{"geen gewoon bestand", "not a regular file"};
  if (type == fs::file_type::fifo) {
    kind = Text{"een FIFO (named pipe)", "a FIFO (named pipe)"};
  } else if (type == fs::file_type::socket) {
    kind = Text{"een socket", "a socket"};
  } else if (type == fs::file_type::block || type == fs::file_type::character) {
    kind = Text{"een apparaat", "a device"};
  }
  return Error{ErrorKind::input,
               Text{fmt::format("dit is {}, geen bestand of map; alearn leest het niet", kind.nl),
                    fmt::format("this is {}, not a file or a folder; alearn does not read it", kind.en)},
               path, 0, 0};
}

Error unreadable_folder(const fs::path &dir, const std::error_code &ec) {
  if (ec == std::errc::not_a_directory) {
    return Error{ErrorKind::input,
                 tr("hier hoort een map, maar het is een bestand; alearn leest het niet",
                    "a folder belongs here, but this is a file; alearn does not read it"),
                 dir, 0, 0};
  }
  return Error{ErrorKind::io, tr("kan deze map niet lezen: {}", "cannot read this folder: {}", ec.message()),
               dir, 0, 0};
}

// Classifies one entry that is a link: followed when it stays inside the repository.
void add_link(Listing &listing, const fs::path &path, const fs::path &real_root) {
  auto target = resolve_inside(real_root, path);
  if (!target) {
    target.error().kind = ErrorKind::input;
    listing.problems.push_back(target.error());
    return;
  }
  std::error_code ec;
  const fs::file_status status = fs::status(*target, ec);
  if (ec || status.type() == fs::file_type::not_found) {
    listing.problems.push_back(Error{ErrorKind::input,
                                     tr("deze symbolische link wijst naar niets ({})",
                                        "this symbolic link leads nowhere ({})", target->string()),
                                     path, 0, 0});
    return;
  }
  listing.links.push_back(path);
  if (status.type() == fs::file_type::regular) {
    listing.entries.push_back(FolderEntry{path, *target, EntryType::file, true});
  } else if (status.type() == fs::file_type::directory) {
    listing.entries.push_back(FolderEntry{path, *target, EntryType::folder, true});
  } else {
    listing.problems.push_back(special_entry(path, status.type()));
  }
}

// The type of an entry, without following a link. Most file systems give it in the listing
// itself, which saves a stat of every file (a tenth of the time of check on a large network).
fs::file_type unfollowed_type(const fs::directory_entry &entry, std::error_code &ec) {
  if (entry.is_symlink(ec)) {
    return fs::file_type::symlink;
  }
  if (entry.is_regular_file(ec)) {
    return fs::file_type::regular;
  }
  if (entry.is_directory(ec)) {
    return fs::file_type::directory;
  }
  return entry.symlink_status(ec).type();
}

} // namespace

Listing list_folder(const fs::path &dir, const fs::path &real_root) {
  Listing listing;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    if (ec != std::errc::no_such_file_or_directory) {
      listing.problems.push_back(unreadable_folder(dir, ec));
    }
    return listing;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path &path = it->path();
    const std::string name = path.filename().string();
    if (name.starts_with(".")) {
      if (is_temporary_name(name)) {
        listing.temporaries.push_back(path);
      }
      continue;
    }
    const fs::file_type type = unfollowed_type(*it, ec);
    if (type == fs::file_type::symlink) {
      add_link(listing, path, real_root);
    } else if (type == fs::file_type::regular) {
      listing.entries.push_back(FolderEntry{path, path, EntryType::file, false});
    } else if (type == fs::file_type::directory) {
      listing.entries.push_back(FolderEntry{path, path, EntryType::folder, false});
    } else if (type != fs::file_type::not_found) {
      listing.problems.push_back(special_entry(path, type));
    }
  }
  if (ec) {
    listing.problems.push_back(unreadable_folder(dir, ec));
  }
  std::ranges::sort(listing.entries, {}, &FolderEntry::path);
  return listing;
}

Result<fs::path> where_to_read(const fs::path &root, const fs::path &path) {
  auto target = resolve_inside(root, path);
  if (!target) {
    target.error().kind = ErrorKind::input;
    return target;
  }
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  // Without a link on the way, the path stays as the user gave it (and is shown so).
  if (target->lexically_relative(real_root) ==
      path.lexically_normal().lexically_relative(root.lexically_normal())) {
    return path;
  }
  return target;
}

} // namespace alearn
