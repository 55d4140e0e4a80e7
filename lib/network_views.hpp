#pragma once
// Two lists across the network: the blockers still open, for the desk that raises rules with
// the ministries ("Ruimte in de Regels"), and the inspiration bundle: every source of help the
// workgroups recorded, duplicates merged, by theme.
#include "blocker.hpp"
#include "json_values.hpp"
#include "network.hpp"
#include "privacy.hpp"
#include "report_page.hpp"

#include <string>
#include <vector>

namespace alearn {

struct NetworkDesk {
  std::string network;
  std::vector<NetworkRepository> repositories;
  std::vector<DeskGroup> groups; // workgroups with open blockers, in the order of the network
  std::vector<PersonalDataInFile> personal_data;
};

Result<NetworkDesk> network_blockers(const std::filesystem::path &root, const Config &config,
                                     const NetworkFilter &filter, bool scan_personal_data,
                                     const Environment &env);

// A source of help, as often as the network recorded it.
struct BundleSource {
  ResourceKind kind = ResourceKind::literature;
  std::string link;
  std::string description;             // the first record's
  std::vector<std::string> workgroups; // "name (repository)", each once
  std::vector<std::string> themes;     // of those workgroups, each once
  Date first{};                        // when it was first recorded
};

struct Bundle {
  std::string network;
  std::string theme; // the theme asked for, if any: the page shows that theme alone
  std::vector<NetworkRepository> repositories;
  std::vector<BundleSource> sources; // by kind, then when first recorded
  std::vector<PersonalDataInFile> personal_data;
};

// Two records are one source when their links are the same (ignoring the scheme, "www.", a
// trailing slash and case) or, without links, their first lines are (ignoring case and accents).
std::string source_key(const Resource &resource, const std::string &description);

Result<Bundle> inspiration_bundle(const std::filesystem::path &root, const Config &config,
                                  const NetworkFilter &filter, bool scan_personal_data,
                                  const Environment &env);

Json bundle_json(const Bundle &bundle);

// The bundle as a page: by theme (a source under each of its themes), then by kind.
std::vector<PageBlock> bundle_page(const Bundle &bundle, Lang lang);

} // namespace alearn
