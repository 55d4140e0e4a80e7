#pragma once
// `check --since`: which workgroups the changed files belong to, and which identifiers the new
// files bring that another workgroup may already use. Reading every workgroup's file names to
// find those would cost as much as `git status` on a large network, so the new identifiers
// are looked for by name: a few lookups per folder for each new file (or, when a change brings
// many new files, a listing of the other workgroups' record folders after all).
#include "changes.hpp"
#include "tree.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

// Which of `folders` (list_workgroup_folders) hold a changed file: by the folder's own name,
// or, for a folder that is a link, by where it leads. `everything_because` gets the changed
// files every workgroup depends on (alearn.yaml, or the workgroups folder itself): with one
// of those, every workgroup counts as changed.
struct ChangedFolders {
  std::vector<bool> changed; // one per folder
  std::vector<std::string> everything_because;
};
ChangedFolders changed_folders(const ChangedFiles &changes, const std::vector<FolderEntry> &folders,
                               const std::filesystem::path &root, const std::filesystem::path &real_root);

// The identifiers of the new record files (ChangedFiles::added) in the folders marked in
// `checked`: the names of files in a workgroup's record folders that are alearn identifiers.
std::vector<std::string> new_record_ids(const ChangedFiles &changes, const std::vector<FolderEntry> &folders,
                                        const std::vector<bool> &checked, const std::filesystem::path &root,
                                        const std::filesystem::path &real_root);

// An identifier seen as the name of a record file in a folder of `folders` (by its index).
struct NamedId {
  std::string id;
  std::size_t folder = 0;
  auto operator<=>(const NamedId &) const = default;
};

// The folders not marked in `checked` that hold a record file named by one of `ids`. A name
// only: whether the file reads as a record is for the loader to say.
std::vector<NamedId> ids_named_elsewhere(const std::vector<std::string> &ids,
                                         const std::vector<FolderEntry> &folders,
                                         const std::vector<bool> &checked,
                                         const std::filesystem::path &real_root, unsigned threads);

} // namespace alearn
