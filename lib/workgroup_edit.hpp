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

// A date given for something the group did (a member joined or left, an agreement was made):
// not after `today`, and not before the workgroup started.
Status check_workgroup_date(const Workgroup &group, Date date, Date today);
// A date given for a member joining or leaving: steps 1 to 3, where a group forms, may come
// before its start date, so the bound is the group's first day on record (its first step
// event, or its start date when that is earlier); not after `today`.
Status check_member_date(const Workgroup &group, Date date, Date today);

// Adds a member: in format 2 a file members/<name>.yaml (with `joined` when given), in format 1
// an item of workgroup.md's list.
Status add_member(const Workgroup &group, const Member &member);

enum class Removal {
  left,    // the member left the group: kept as a former member, whose records keep naming them
  mistake, // the member was added by mistake: gone, as if never added
};
// Removes a member and returns who it was (the name as the file spells it). A member who left
// on `date` becomes a former member; one added by mistake goes altogether, which is refused
// while a record or an indicator names them.
Result<Member> remove_member(const Workgroup &group, std::string_view name, Date date,
                             Removal removal = Removal::left);
// What names `name` in the group's records: their authors, owners and who measured.
std::vector<std::filesystem::path> files_naming(const Workgroup &group, std::string_view name);

// Adds an agreement: in format 2 a file agreements/<id>.yaml, in format 1 an item of
// workgroup.md's list. Returns the id (empty in format 1).
struct NewAgreement {
  std::string text;
  Date date{};
  std::string author; // may be empty
};
Result<std::string> add_agreement(const Workgroup &group, const NewAgreement &agreement,
                                  const Context &context);
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
