#pragma once
// The folders of a repository, listed without trusting them. Other organisations' repositories
// are read too, so a folder may hold anything git can carry and more: links that lead outside
// the repository or round in a loop, FIFOs that would block a reader, devices, folders nobody
// may read, and the temporaries of an alearn that was killed while writing. A listing names
// each such entry instead of skipping it in silence.
#include "error.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

enum class EntryType { file, folder };

struct FolderEntry {
  std::filesystem::path path; // as listed: the folder / the name
  std::filesystem::path read; // where to read it: `path`, or the target of a link inside the repository
  EntryType type = EntryType::file;
  bool linked = false; // reached through a symbolic link (inside the repository)

  std::string name() const { return path.filename().string(); }
};

struct Listing {
  std::vector<FolderEntry> entries;               // readable entries, sorted by name; hidden names left out
  Errors problems;                                // what cannot be read, and why
  std::vector<std::filesystem::path> links;       // entries that are links inside the repository
  std::vector<std::filesystem::path> temporaries; // alearn's leftover temporary files
};

// Lists `dir`, a folder inside the repository whose real (resolved) root is `real_root`. A
// folder that does not exist lists as empty: git keeps no empty folders.
Listing list_folder(const std::filesystem::path &dir, const std::filesystem::path &real_root);

// Where `path` (a fixed name under `root`, such as alearn.yaml or workgroups/x/workgroup.md)
// is to be read: the path itself, or where the links on its way lead, if that is inside the
// repository; an error otherwise.
Result<std::filesystem::path> where_to_read(const std::filesystem::path &root,
                                            const std::filesystem::path &path);

} // namespace alearn
