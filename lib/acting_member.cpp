#include "acting_member.hpp"

#include "ids.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace alearn {

const Member *closest_member(const Workgroup &group, std::string_view name) {
  // Whole names and first names, folded, each pointing back at its member.
  std::vector<std::string> folded;
  std::vector<const Member *> owners;
  for (const auto &member : group.members) {
    std::string whole = fold_for_matching(member.name);
    if (const auto space = whole.find(' '); space != std::string::npos) {
      folded.push_back(whole.substr(0, space));
      owners.push_back(&member);
    }
    folded.push_back(std::move(whole));
    owners.push_back(&member);
  }
  const std::vector<std::string_view> candidates(folded.begin(), folded.end());
  const std::string closest = closest_match(fold_for_matching(name), candidates);
  if (closest.empty()) {
    return nullptr;
  }
  const auto at = static_cast<std::size_t>(std::ranges::find(folded, closest) - folded.begin());
  return owners.at(at);
}

Result<const Member *> require_acting_member(const Workgroup &group, std::string_view name) {
  if (const Member *member = find_member(group, name)) {
    return member;
  }
  std::string names;
  for (const auto &member : group.members) {
    names += "\n  " + member.name;
  }
  if (names.empty()) {
    names = " -";
  }
  if (fold_for_matching(name).empty()) {
    return fail(ErrorKind::usage,
                tr("geen naam: wie doet dit? De leden van {} zijn:{}",
                   "no name: who is doing this? The members of {} are:{}", group.slug, names));
  }
  if (group.members.empty()) {
    // A group being set up (steps 1 and 2 come before it is formed): whoever starts it joins first.
    return std::unexpected(
        Error{ErrorKind::refused,
              tr("{} heeft nog geen leden; wie meedoet, voegt zich eerst toe:",
                 "{} has no members yet; whoever takes part joins first:", group.slug),
              {},
              0,
              0,
              Advice{Action::workgroup_member_add, {word(Param::text, std::string(name))}, group.slug}});
  }
  if (const Member *former = find_person(group, name)) {
    const std::string left = former->left ? format_date(*former->left) : "?";
    return fail(ErrorKind::refused,
                tr("{0} is sinds {2} geen lid meer van {1}; alleen leden doen mee. De leden zijn:{3}",
                   "{0} left {1} on {2}; only members take part. The members are:{3}", former->name,
                   group.slug, left, names));
  }
  auto ambiguous = require_member(group, name);
  if (!ambiguous && ambiguous.error().kind != ErrorKind::not_found) {
    return ambiguous; // a first name that fits several members: their whole names
  }
  if (const Member *close = closest_member(group, name)) {
    return fail(ErrorKind::not_found, tr("{} is geen lid van {}; bedoel je {}? De leden zijn:{}",
                                         "{} is not a member of {}; did you mean {}? The members are:{}",
                                         name, group.slug, close->name, names));
  }
  return fail(ErrorKind::not_found,
              tr("{} is geen lid van {}; de leden zijn:{}", "{} is not a member of {}; the members are:{}",
                 name, group.slug, names));
}

} // namespace alearn
