#pragma once
// Loading one workgroup's folder, for the repository loader and for `check`, which goes through
// the repository one workgroup at a time so that its memory is bounded by one workgroup.
#include "document.hpp"
#include "repository.hpp"
#include "tree.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace alearn {

// What a workgroup's folder holds, as far as it could be read.
struct WorkgroupFolder {
  Workgroup group;            // slug, dir and root always set; the rest as far as it could be read
  bool own_file_read = false; // workgroup.md read and valid
  Errors problems;            // files that could not be read, and entries that cannot be read at all
  Errors unread;              // files and folders in alearn's folders that alearn does not read
  std::vector<std::filesystem::path> links;       // links inside the repository
  std::vector<std::filesystem::path> temporaries; // alearn's leftover temporaries
  std::vector<std::filesystem::path> own_folders; // folders of the group's own (pictures, say)
  std::size_t files = 0;                          // files read
};

// The folders under workgroups/ that hold a workgroup, with what could not be listed.
struct WorkgroupFolders {
  std::vector<FolderEntry> folders; // sorted by name
  Listing listing;                  // of workgroups/ itself: problems, links, temporaries
};
WorkgroupFolders list_workgroup_folders(const std::filesystem::path &root,
                                        const std::filesystem::path &real_root);

// Loads the workgroup in `folder` (an entry of list_workgroup_folders). Records are loaded even
// when workgroup.md cannot be read, so that `check` sees every other file of the group.
// `inspect`, when given, sees every record file that reads (check looks for personal data).
using DocumentInspector = std::function<void(const Document &)>;
WorkgroupFolder load_workgroup_folder(const FolderEntry &folder, const std::filesystem::path &root,
                                      const std::filesystem::path &real_root, Extent extent, Depth depth,
                                      const DocumentInspector &inspect = {});

// Runs `work(i)` for every i below `count` on `threads` threads (0: one per core).
void in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)> &work);

// The identifiers of every record of a loaded workgroup, with their files.
std::vector<std::pair<std::string, std::filesystem::path>> record_ids(const Workgroup &group);

} // namespace alearn
