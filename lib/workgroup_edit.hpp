#pragma once
// Changes to a workgroup's own file and new records beside it. Every change is checked by
// parsing the new text before it is written, so a change never leaves a file alearn cannot read.
#include "context.hpp"
#include "error.hpp"
#include "repository.hpp"
#include "workgroup.hpp"

#include <filesystem>
#include <string>

namespace alearn {

// Creates workgroups/<slug>/workgroup.md; the slug comes from the name when empty.
Result<std::filesystem::path> create_workgroup(const Repository &repo, const NewWorkgroup &group,
                                               std::string slug, Lang lang);

Status add_member(const Workgroup &group, const Member &member);
// Moves a member to the former members, who left on `today`, and returns who it was (the name
// as the file spells it). Their records keep naming them.
Result<Member> remove_member(const Workgroup &group, std::string_view name, Date today);
Status add_agreement(const Workgroup &group, std::string_view agreement);
// Adds a theme of the network's list (`themes`; ignoring case and accents, spelled as the list
// spells it); a theme not on the list is refused with the closest one. Without a list any
// theme goes. Returns the theme as written.
Result<std::string> add_theme(const Workgroup &group, const std::vector<std::string> &themes,
                              std::string_view theme);
// Removes one of the workgroup's themes; returns it as it was written.
Result<std::string> remove_theme(const Workgroup &group, std::string_view theme);
// `key` is one of settable_workgroup_keys(); dates are checked.
Status set_workgroup_value(const Workgroup &group, std::string_view key, std::string_view value);

Result<std::filesystem::path> create_indicator(const Workgroup &group, const NewIndicator &indicator,
                                               std::string slug, Lang lang);

} // namespace alearn
