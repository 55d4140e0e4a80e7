#include "network_views.hpp"

#include "enums.hpp"
#include "ids.hpp"
#include "record_files.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

struct GroupDesk {
  DeskGroup desk;
  std::vector<PersonalDataInFile> personal_data;
  Errors problems;
};

void add_once(std::vector<std::string> &list, const std::string &value) {
  if (std::ranges::none_of(list, [&](const std::string &known) {
        return fold_for_matching(known) == fold_for_matching(value);
      })) {
    list.push_back(value);
  }
}

} // namespace

Result<NetworkDesk> network_blockers(const fs::path &root, const Config &config, const NetworkFilter &filter,
                                     bool scan_personal_data, const Environment &env) {
  auto network = open_network(root, config, filter, env);
  TRY(network);
  TRY(check_theme_filter(*network, filter));
  const auto groups = map_workgroups<GroupDesk>(
      *network, filter, Depth::progress, Extent::front_matter,
      [&](const NetworkRepository &repository, const Workgroup &group) {
        GroupDesk found;
        found.desk.repository = repository.name;
        std::vector<fs::path> sources;
        auto desk = open_blockers_of(group, repository.name, organisation_of(group, repository), &sources);
        if (!desk) {
          found.problems.push_back(desk.error());
          return found;
        }
        found.desk = std::move(*desk);
        if (scan_personal_data && repository.config.privacy != Severity::off) {
          found.personal_data = personal_data_in_files(sources, member_emails(group));
        }
        return found;
      });
  NetworkDesk desk;
  desk.network = config.name;
  for (const auto &group : groups) {
    if (!group.desk.blockers.empty()) {
      desk.groups.push_back(group.desk);
    }
    desk.personal_data.insert(desk.personal_data.end(), group.personal_data.begin(),
                              group.personal_data.end());
    // A record that cannot be read is the repository's problem, as in every view of the network.
    for (const auto &problem : group.problems) {
      for (auto &repository : network->repositories) {
        if (repository.name == group.desk.repository) {
          repository.problems.push_back(problem);
          break;
        }
      }
    }
  }
  desk.repositories = std::move(network->repositories);
  return desk;
}

std::string source_key(const Resource &resource, const std::string &description) {
  if (!resource.link.empty()) {
    std::string link = fold_for_matching(resource.link);
    for (const std::string_view prefix : {"https://", "http://"}) {
      if (link.starts_with(prefix)) {
        link.erase(0, prefix.size());
      }
    }
    if (link.starts_with("www.")) {
      link.erase(0, 4);
    }
    while (link.ends_with('/')) {
      link.pop_back();
    }
    return "link:" + link;
  }
  const std::string first_line = description.substr(0, description.find('\n'));
  return "text:" + fold_for_matching(first_line);
}

namespace {

struct GroupSources {
  std::vector<std::pair<std::string, BundleSource>> sources; // with their keys
  std::vector<PersonalDataInFile> personal_data;
  Errors problems;
};

GroupSources sources_of(const NetworkRepository &repository, const Workgroup &group, bool scan) {
  GroupSources found;
  std::vector<fs::path> files;
  for (const auto &resource : group.resources) {
    auto description = record_body(resource.meta);
    if (!description) {
      found.problems.push_back(description.error());
      continue;
    }
    while (!description->empty() && description->back() == '\n') {
      description->pop_back();
    }
    BundleSource source{resource.kind, resource.link,
                        *description,  {fmt::format("{} ({})", group.name, repository.name)},
                        group.themes,  resource.meta.date};
    found.sources.emplace_back(source_key(resource, *description), std::move(source));
    files.push_back(resource.meta.file);
  }
  if (scan && repository.config.privacy != Severity::off) {
    found.personal_data = personal_data_in_files(files, member_emails(group));
  }
  return found;
}

} // namespace

Result<Bundle> inspiration_bundle(const fs::path &root, const Config &config, const NetworkFilter &filter,
                                  bool scan_personal_data, const Environment &env) {
  auto network = open_network(root, config, filter, env);
  TRY(network);
  TRY(check_theme_filter(*network, filter));
  const auto groups =
      map_workgroups<GroupSources>(*network, filter, Depth::progress, Extent::front_matter,
                                   [&](const NetworkRepository &repository, const Workgroup &group) {
                                     return sources_of(repository, group, scan_personal_data);
                                   });
  Bundle bundle;
  bundle.network = config.name;
  bundle.theme = filter.theme;
  std::vector<std::string> keys;
  for (const auto &group : groups) {
    for (const auto &[key, source] : group.sources) {
      const auto known = std::ranges::find(keys, key);
      if (known == keys.end()) {
        keys.push_back(key);
        bundle.sources.push_back(source);
        continue;
      }
      BundleSource &merged = bundle.sources[static_cast<std::size_t>(known - keys.begin())];
      for (const auto &workgroup : source.workgroups) {
        add_once(merged.workgroups, workgroup);
      }
      for (const auto &theme : source.themes) {
        add_once(merged.themes, theme);
      }
      if (source.first < merged.first) {
        merged.first = source.first;
      }
    }
    bundle.personal_data.insert(bundle.personal_data.end(), group.personal_data.begin(),
                                group.personal_data.end());
  }
  std::ranges::stable_sort(bundle.sources, [](const BundleSource &a, const BundleSource &b) {
    return std::pair(a.kind, a.first) < std::pair(b.kind, b.first);
  });
  bundle.repositories = std::move(network->repositories);
  return bundle;
}

Json bundle_json(const Bundle &bundle) {
  return Json{
      {"network", bundle.network},
      {"repositories",
       json_list(bundle.repositories,
                 [](const NetworkRepository &repository) {
                   return Json{{"name", repository.name}, {"commit", text_or_null(repository.commit)}};
                 })},
      {"sources", json_list(bundle.sources, [](const BundleSource &source) {
         return Json{{"kind", word_of(source.kind)},      {"link", text_or_null(source.link)},
                     {"description", source.description}, {"workgroups", source.workgroups},
                     {"themes", source.themes},           {"first_recorded", format_date(source.first)}};
       })}};
}

std::vector<PageBlock> bundle_page(const Bundle &bundle, Lang lang) {
  const bool nl = lang == Lang::nl;
  std::vector<PageBlock> blocks{
      heading_block(1, (nl ? "Inspiratiebundel: " : "Inspiration bundle: ") + bundle.network),
      text_block(
          nl ? "Alles wat de werkgroepen van het netwerk hielp: mensen, organisaties, literatuur, media en "
               "bijeenkomsten, per thema. Een bron die meer groepen noemden, staat er één keer, met alle "
               "groepen."
             : "Everything that helped the network's workgroups: people, organisations, literature, media "
               "and "
               "events, by theme. A source that several groups named is here once, with every group.")};
  if (bundle.sources.empty()) {
    blocks.push_back(text_block(nl ? "Nog geen bronnen vastgelegd." : "No sources recorded yet."));
  }
  std::vector<std::string> themes;
  for (const auto &source : bundle.sources) {
    for (const auto &theme : source.themes) {
      if (bundle.theme.empty() || fold_for_matching(theme) == fold_for_matching(bundle.theme)) {
        add_once(themes, theme);
      }
    }
  }
  std::ranges::sort(themes,
                    [](const auto &a, const auto &b) { return fold_for_matching(a) < fold_for_matching(b); });
  const std::string none = nl ? "(geen thema)" : "(no theme)";
  if (bundle.theme.empty() &&
      std::ranges::any_of(bundle.sources, [](const BundleSource &source) { return source.themes.empty(); })) {
    themes.push_back(none);
  }
  for (const auto &theme : themes) {
    blocks.push_back(heading_block(2, theme));
    std::vector<std::vector<std::string>> rows{
        {nl ? "Soort" : "Kind", nl ? "Bron" : "Source", "Link", nl ? "Genoemd door" : "Named by"}};
    for (const auto &source : bundle.sources) {
      const bool here = theme == none ? source.themes.empty()
                                      : std::ranges::any_of(source.themes, [&](const std::string &own) {
                                          return fold_for_matching(own) == fold_for_matching(theme);
                                        });
      if (here) {
        rows.push_back({resource_kind_label(source.kind).in(lang), source.description, source.link,
                        fmt::format("{}", fmt::join(source.workgroups, "; "))});
      }
    }
    blocks.push_back(table_block(std::move(rows)));
  }
  return blocks;
}

} // namespace alearn
