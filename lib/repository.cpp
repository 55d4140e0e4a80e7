#include "repository.hpp"

#include "document.hpp"
#include "enums.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "schema.hpp"
#include "tree.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <array>

namespace alearn {
namespace fs = std::filesystem;

std::optional<fs::path> find_repository_root(const fs::path &start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  while (!dir.empty()) {
    if (fs::is_regular_file(dir / config_file_name, ec)) {
      return dir;
    }
    if (dir == dir.parent_path()) {
      break;
    }
    dir = dir.parent_path();
  }
  return std::nullopt;
}

Parsed<Config> parse_config(const Document &doc) {
  if (auto errors = schema_errors(doc, "config"); !errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  Config config;
  config.schema = static_cast<int>(integer_field(data, "schema"));
  config.name = text_field(data, "name");
  Lang lang{};
  if (parse_lang(text_field(data, "language"), lang)) {
    config.language = lang;
  }
  for (const auto &item : data.value("organisations", Data::array())) {
    config.organisations.push_back(Organisation{text_field(item, "name"), text_field(item, "place")});
  }
  config.themes = text_list(data, "themes");
  for (const auto &item : data.value("network", Data::array())) {
    config.network.push_back(NetworkEntry{text_field(item, "name"), text_field(item, "organisation"),
                                          text_field(item, "path"), text_field(item, "remote")});
  }
  config.run_chart_rules =
      parse_rule_set(text_field(data.value("run_chart", Data::object()), "rules")).value_or(RuleSet::perla);
  const Data check = data.value("check", Data::object());
  config.overdue = parse_word<Severity>(text_field(check, "overdue")).value_or(Severity::error);
  config.privacy = parse_word<Severity>(text_field(check, "privacy")).value_or(Severity::error);
  return config;
}

Parsed<Config> load_config(const fs::path &root) {
  auto file = where_to_read(root, root / config_file_name);
  if (!file) {
    return std::unexpected(Errors{file.error()});
  }
  auto doc = load_document(*file, Format::yaml);
  if (!doc) {
    return std::unexpected(Errors{doc.error()});
  }
  return parse_config(*doc);
}

namespace {

// "  slug  (name)" for each workgroup, for messages that ask the user to choose. The names come
// from the workgroups' own files, read only for such a message.
std::string workgroup_list(const fs::path &root, const std::vector<std::string> &slugs) {
  std::string list;
  for (const auto &slug : slugs) {
    auto file = where_to_read(root, root / "workgroups" / slug / "workgroup.md");
    auto doc =
        file ? load_document(*file, Format::markdown, Extent::front_matter) : std::unexpected(file.error());
    const std::string name = doc ? text_field(doc->data, "name") : std::string{};
    list += name.empty() ? fmt::format("\n  {}", slug) : fmt::format("\n  {}  ({})", slug, name);
  }
  return list;
}

} // namespace

Result<std::string> match_workgroup(const fs::path &root, const std::vector<std::string> &slugs,
                                    std::string_view slug_prefix) {
  const auto matches = match_prefix(slug_prefix, slugs);
  if (matches.size() == 1) {
    return matches.front();
  }
  if (matches.empty()) {
    return fail(ErrorKind::not_found,
                tr("er is geen werkgroep '{}'; kies uit:{}", "there is no workgroup '{}'; choose from:{}",
                   slug_prefix, workgroup_list(root, slugs)));
  }
  std::string candidates;
  for (const auto &slug : matches) {
    candidates += "\n  " + slug;
  }
  return fail(ErrorKind::usage, tr("'{}' past bij meer dan één werkgroep:{}",
                                   "'{}' matches more than one workgroup:{}", slug_prefix, candidates));
}

Result<std::string> choose_workgroup(const fs::path &root, const std::vector<std::string> &slugs,
                                     const WorkgroupChoice &choice) {
  if (!choice.option.empty()) {
    return match_workgroup(root, slugs, choice.option);
  }
  if (!choice.environment.empty()) {
    return match_workgroup(root, slugs, choice.environment);
  }
  std::error_code ec;
  const fs::path cwd = fs::weakly_canonical(choice.cwd, ec);
  for (const auto &slug : slugs) {
    if (lies_within(fs::weakly_canonical(root / "workgroups" / slug, ec), cwd)) {
      return slug;
    }
  }
  if (slugs.size() == 1) {
    return slugs.front();
  }
  if (slugs.empty()) {
    return std::unexpected(
        Error{ErrorKind::not_found,
              tr("deze repository heeft nog geen werkgroep; maak er een met:",
                 "this repository has no workgroup yet; create one with:"),
              {},
              0,
              0,
              Advice{Action::workgroup_new, {placeholder(Param::word, "NAAM", "NAME")}, {}}});
  }
  return fail_input(tr("welke werkgroep? Zet ALEARN_WORKGROUP, ga in de map van een werkgroep staan, of noem "
                       "haar\nWerkgroepen:{}",
                       "which workgroup? Set ALEARN_WORKGROUP, work inside a workgroup's folder, or name "
                       "it\nWorkgroups:{}",
                       workgroup_list(root, slugs)),
                    {Param::workgroup});
}

namespace {

Result<const Workgroup *> loaded_workgroup(const Repository &repo, const Result<std::string> &slug) {
  TRY(slug);
  const auto found = std::ranges::find(repo.workgroups, *slug, &Workgroup::slug);
  if (found == repo.workgroups.end()) {
    // Its own file could not be read; the loader said why.
    return fail(
        ErrorKind::input,
        tr("de werkgroep '{}' kon niet worden gelezen", "the workgroup '{}' could not be read", *slug),
        repo.root / "workgroups" / *slug / "workgroup.md");
  }
  return &*found;
}

} // namespace

Result<const Workgroup *> find_workgroup(const Repository &repo, std::string_view slug_prefix) {
  return loaded_workgroup(repo, match_workgroup(repo.root, repo.slugs, slug_prefix));
}

Result<const Workgroup *> select_workgroup(const Repository &repo, const WorkgroupChoice &choice) {
  return loaded_workgroup(repo, choose_workgroup(repo.root, repo.slugs, choice));
}

} // namespace alearn
