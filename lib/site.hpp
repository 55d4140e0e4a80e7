#pragma once
// `alearn site`: the network as a static site that can be published as it is (GitHub Pages, a
// shared folder): an index with the status and links to a page per workgroup (its report), the
// lessons, the blockers and the inspiration bundle. Relative links, no script, nothing fetched.
//
// The site is written into a fresh folder beside the target and renamed into place only when
// every page was written and nothing in it looks like personal data, so that a refused or
// failed run leaves the earlier site (or nothing) as it was. Workgroups are written one at a
// time, so that memory is bounded by a workgroup, not by the network.
#include "git.hpp"
#include "network.hpp"
#include "privacy.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

struct SiteOptions {
  std::filesystem::path dir; // where the site goes
  NetworkFilter filter;
  Date today{};
  Lang lang = Lang::en;
  bool allow_personal_data = false;
};

struct SiteResult {
  std::size_t pages = 0;
  std::vector<PersonalDataInFile> personal_data; // when not empty, nothing was written
  std::vector<NetworkRepository> repositories;   // what was read
};

// The file a site marks its folder with, so that `site` replaces an earlier site and refuses to
// replace a folder of anything else.
inline constexpr std::string_view site_marker = ".alearn-site";

Result<SiteResult> write_site(const std::filesystem::path &root, const Config &config,
                              const SiteOptions &options, const Environment &env);

// The page of a workgroup within the site: "workgroups/de-lingehof--nachtdienst.html".
std::string workgroup_page(const std::string &repository, const std::string &slug);

} // namespace alearn
