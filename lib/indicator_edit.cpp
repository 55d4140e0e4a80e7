#include "indicator_edit.hpp"

#include "acting_member.hpp"
#include "record_files.hpp"

#include <algorithm>

namespace alearn {

const std::vector<std::string_view> &settable_indicator_keys() {
  static const std::vector<std::string_view> keys = {"name", "question", "unit", "frequency", "owner"};
  return keys;
}

namespace {

// The value as it goes into the file, once it proved to suit `key`.
Result<std::string> checked_value(const Workgroup &group, std::string_view key, std::string_view value) {
  if (std::ranges::find(settable_indicator_keys(), key) == settable_indicator_keys().end()) {
    std::string keys;
    for (const auto known : settable_indicator_keys()) {
      keys += fmt::format("{}{}", keys.empty() ? "" : ", ", known);
    }
    return fail(ErrorKind::usage, tr("'{}' kan niet met indicator set; wel: {}",
                                     "'{}' cannot be set with indicator set; these can: {}", key, keys));
  }
  if (key == "owner") {
    auto owner = require_acting_member(group, value);
    TRY(owner);
    return (*owner)->name;
  }
  if (key == "frequency" && !is_valid_frequency(value)) {
    return fail(ErrorKind::usage, tr("frequentie is weekly, monthly, quarterly of 'N days', niet '{}'",
                                     "frequency is weekly, monthly, quarterly or 'N days', not '{}'", value));
  }
  if (key == "name" && value.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return fail(ErrorKind::usage, tr("een indicator heeft een naam nodig", "an indicator needs a name"));
  }
  return std::string(value);
}

} // namespace

Result<Indicator> set_indicator_value(const Workgroup &group, const Indicator &indicator,
                                      std::string_view key, std::string_view value) {
  auto checked = checked_value(group, key, value);
  TRY(checked);
  const auto parse = [&](const Document &doc) { return parse_indicator(doc, indicator.slug); };
  TRY(set_record_values(group.root, indicator.file, {{KeyPath{std::string(key)}, *checked}},
                        reads_as(parse)));
  auto changed = reread_record<Indicator>(indicator.file, parse);
  TRY(changed);
  changed->measurements = indicator.measurements;
  return changed;
}

std::optional<OwnerGone> owner_gone(const Workgroup &group, const Indicator &indicator) {
  if (indicator.owner.empty() || find_member(group, indicator.owner) != nullptr) {
    return std::nullopt;
  }
  const Member *former = find_person(group, indicator.owner);
  if (former == nullptr) {
    return std::nullopt; // a name nobody in the group had: check reports it as such
  }
  OwnerGone gone;
  gone.indicator = &indicator;
  gone.former = former;
  gone.message =
      former->left
          ? tr("de eigenaar van '{}', {}, is op {} uit de groep gegaan; geef de indicator een nieuwe "
               "eigenaar:",
               "the owner of '{}', {}, left the group on {}; give the indicator a new owner:", indicator.slug,
               former->name, format_date(*former->left))
          : tr("de eigenaar van '{}', {}, is uit de groep gegaan; geef de indicator een nieuwe eigenaar:",
               "the owner of '{}', {}, left the group; give the indicator a new owner:", indicator.slug,
               former->name);
  gone.advice = Advice{Action::indicator_set,
                       {word(Param::word, indicator.slug), word(Param::word, "owner"),
                        placeholder(Param::text, "<lid>", "<member>")},
                       group.slug};
  return gone;
}

std::vector<OwnerGone> owners_gone(const Workgroup &group) {
  std::vector<OwnerGone> gone;
  for (const auto &indicator : group.indicators) {
    if (auto one = owner_gone(group, indicator)) {
      gone.push_back(std::move(*one));
    }
  }
  return gone;
}

} // namespace alearn
