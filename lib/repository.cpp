#include "repository.hpp"

#include "document.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "schema.hpp"
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

namespace {

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
  config.run_chart_rules =
      parse_rule_set(text_field(data.value("run_chart", Data::object()), "rules")).value_or(RuleSet::perla);
  if (text_field(data.value("check", Data::object()), "overdue") == "warning") {
    config.overdue = Severity::warning;
  }
  return config;
}

} // namespace

Parsed<Config> load_config(const fs::path &root) {
  auto doc = load_document(root / config_file_name, Format::yaml);
  if (!doc) {
    return std::unexpected(Errors{doc.error()});
  }
  return parse_config(*doc);
}

namespace {

std::string workgroup_list(const Repository &repo) {
  std::string list;
  for (const auto &group : repo.workgroups) {
    list += fmt::format("\n  {}  ({})", group.slug, group.name);
  }
  return list;
}

} // namespace

Result<const Workgroup *> find_workgroup(const Repository &repo, std::string_view slug_prefix) {
  std::vector<std::string> slugs;
  slugs.reserve(repo.workgroups.size());
  for (const auto &group : repo.workgroups) {
    slugs.push_back(group.slug);
  }
  const auto matches = match_prefix(slug_prefix, slugs);
  if (matches.size() == 1) {
    const auto found = std::ranges::find(repo.workgroups, matches.front(), &Workgroup::slug);
    return &*found;
  }
  if (matches.empty()) {
    return fail(ErrorKind::not_found,
                tr("er is geen werkgroep '{}'; kies uit:{}", "there is no workgroup '{}'; choose from:{}",
                   slug_prefix, workgroup_list(repo)));
  }
  std::string candidates;
  for (const auto &slug : matches) {
    candidates += "\n  " + slug;
  }
  return fail(ErrorKind::usage, tr("'{}' past bij meer dan één werkgroep:{}",
                                   "'{}' matches more than one workgroup:{}", slug_prefix, candidates));
}

Result<const Workgroup *> select_workgroup(const Repository &repo, const WorkgroupChoice &choice) {
  if (!choice.option.empty()) {
    return find_workgroup(repo, choice.option);
  }
  if (!choice.environment.empty()) {
    return find_workgroup(repo, choice.environment);
  }
  std::error_code ec;
  const fs::path cwd = fs::weakly_canonical(choice.cwd, ec);
  for (const auto &group : repo.workgroups) {
    const fs::path dir = fs::weakly_canonical(group.dir, ec);
    const auto [end, _] = std::ranges::mismatch(dir, cwd);
    if (end == dir.end()) {
      return &group;
    }
  }
  if (repo.workgroups.size() == 1) {
    return &repo.workgroups.front();
  }
  if (repo.workgroups.empty()) {
    return fail(ErrorKind::not_found,
                tr("deze repository heeft nog geen werkgroep; maak er een met: alearn workgroup new NAAM",
                   "this repository has no workgroup yet; create one with: alearn workgroup new NAME"));
  }
  return fail(ErrorKind::usage,
              tr("welke werkgroep? Geef --workgroup (of ALEARN_WORKGROUP), of ga in de map van een werkgroep "
                 "staan. Werkgroepen:{}",
                 "which workgroup? Give --workgroup (or ALEARN_WORKGROUP), or work inside a workgroup's "
                 "folder. Workgroups:{}",
                 workgroup_list(repo)));
}

} // namespace alearn
