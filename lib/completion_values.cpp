#include "completion_values.hpp"

#include "loader.hpp"
#include "safe_text.hpp"
#include "step_catalog.hpp"

#include <algorithm>
#include <array>

namespace alearn {
namespace fs = std::filesystem;

namespace {

constexpr std::array<ValueKindName, 18> kind_names{{
    {ValueKind::workgroup, "workgroup"},
    {ValueKind::member, "member"},
    {ValueKind::indicator, "indicator"},
    {ValueKind::theme, "theme"},
    {ValueKind::workgroup_theme, "workgroup-theme"},
    {ValueKind::organisation, "organisation"},
    {ValueKind::network, "network"},
    {ValueKind::step, "step"},
    {ValueKind::record, "record"},
    {ValueKind::log, "log"},
    {ValueKind::meeting, "meeting"},
    {ValueKind::explore, "explore"},
    {ValueKind::assumption, "assumption"},
    {ValueKind::feedback, "feedback"},
    {ValueKind::resource, "resource"},
    {ValueKind::share, "share"},
    {ValueKind::experiment, "experiment"},
    {ValueKind::blocker, "blocker"},
}};

// What must be read for a kind: alearn.yaml alone, one workgroup's own file, or all its records.
enum class Reach { config, own_file, records };

Reach reach_of(ValueKind kind) {
  switch (kind) {
  case ValueKind::workgroup:
  case ValueKind::theme:
  case ValueKind::organisation:
  case ValueKind::network:
  case ValueKind::step:
    return Reach::config;
  case ValueKind::member:
  case ValueKind::workgroup_theme:
    return Reach::own_file;
  default:
    return Reach::records;
  }
}

template <typename T> void add_ids(std::vector<std::string> &values, const std::vector<T> &records) {
  for (const auto &record : records) {
    values.push_back(record.meta.id);
  }
}

std::vector<std::string> config_values(const fs::path &root, ValueKind kind) {
  std::vector<std::string> values;
  if (kind == ValueKind::workgroup) {
    return list_workgroup_slugs(root);
  }
  const auto config = load_config(root);
  if (!config) {
    return values;
  }
  if (kind == ValueKind::theme) {
    values = config->themes;
  }
  for (const auto &organisation :
       kind == ValueKind::organisation ? config->organisations : std::vector<Organisation>{}) {
    values.push_back(organisation.name);
  }
  for (const auto &entry : kind == ValueKind::network ? config->network : std::vector<NetworkEntry>{}) {
    values.push_back(entry.name);
  }
  return values;
}

std::vector<std::string> workgroup_values(const Workgroup &group, ValueKind kind) {
  std::vector<std::string> values;
  switch (kind) {
  case ValueKind::member:
    for (const auto &member : group.members) {
      values.push_back(member.name);
    }
    break;
  case ValueKind::workgroup_theme:
    values = group.themes;
    break;
  case ValueKind::indicator:
    for (const auto &indicator : group.indicators) {
      values.push_back(indicator.slug);
    }
    break;
  case ValueKind::record:
    for (const auto &[id, file] : record_ids(group)) {
      values.push_back(id);
    }
    break;
  case ValueKind::log:
    add_ids(values, group.logbook);
    break;
  case ValueKind::meeting:
    add_ids(values, group.meetings);
    break;
  case ValueKind::explore:
    add_ids(values, group.exploration);
    add_ids(values, group.problem_statements);
    break;
  case ValueKind::assumption:
    add_ids(values, group.assumptions);
    break;
  case ValueKind::feedback:
    add_ids(values, group.feedback);
    break;
  case ValueKind::resource:
    add_ids(values, group.resources);
    break;
  case ValueKind::share:
    add_ids(values, group.sharing);
    break;
  case ValueKind::experiment:
    add_ids(values, group.experiments);
    break;
  case ValueKind::blocker:
    add_ids(values, group.blockers);
    break;
  default:
    break;
  }
  return values;
}

std::vector<std::string> read_values(const fs::path &root, ValueKind kind, const WorkgroupChoice &choice) {
  if (kind == ValueKind::step) {
    std::vector<std::string> steps;
    for (const auto &step : step_catalog()) {
      steps.push_back(std::to_string(step.number));
    }
    return steps;
  }
  const Reach reach = reach_of(kind);
  if (reach == Reach::config) {
    return config_values(root, kind);
  }
  const auto slug = choose_workgroup(root, list_workgroup_slugs(root), choice);
  if (!slug) {
    return {};
  }
  LoadOptions options;
  options.only = *slug;
  options.depth = reach == Reach::own_file ? Depth::own_file_and_steps : Depth::everything;
  const Loaded loaded = load_repository(root, options);
  if (!loaded.needed.empty() || loaded.repository.workgroups.empty()) {
    return {};
  }
  return workgroup_values(loaded.repository.workgroups.front(), kind);
}

} // namespace

std::span<const ValueKindName> value_kind_names() { return kind_names; }

std::optional<ValueKind> parse_value_kind(std::string_view word) {
  const auto found = std::ranges::find(kind_names, word, &ValueKindName::word);
  return found == kind_names.end() ? std::nullopt : std::optional<ValueKind>{found->kind};
}

std::string_view value_kind_word(ValueKind kind) {
  return std::ranges::find(kind_names, kind, &ValueKindName::kind)->word;
}

std::vector<std::string> completion_values(const std::optional<fs::path> &root, ValueKind kind,
                                           const WorkgroupChoice &choice) {
  std::vector<std::string> values;
  if (kind == ValueKind::step || root) {
    values = read_values(root.value_or(fs::path{}), kind, choice);
  }
  std::erase_if(values, [](const std::string &value) {
    return value.empty() || value.find('\t') != std::string::npos ||
           find_control(value, Lines::one).has_value();
  });
  return values;
}

} // namespace alearn
