#include "site.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "lessons.hpp"
#include "network_status.hpp"
#include "network_views.hpp"
#include "report.hpp"

#include <cstdlib>
#include <mutex>
#include <sys/stat.h>

namespace alearn {
namespace fs = std::filesystem;

std::string workgroup_page(const std::string &repository, const std::string &slug) {
  return "workgroups/" + slugify(repository) + "--" + slug + ".html";
}

namespace {

// A page of the site links back to the index: a line at the top of its <main>.
std::string with_way_back(std::string html, std::string_view href, Lang lang) {
  const std::string nav = fmt::format("<nav><a href=\"{}\">{}</a></nav>\n", href,
                                      lang == Lang::nl ? "← Stand van het netwerk" : "← Network status");
  const auto main = html.find("<main>\n");
  if (main != std::string::npos) {
    html.insert(main + 7, nav);
  }
  return html;
}

// Where the site can be written: a folder that does not exist yet, or an earlier site.
Status check_target(const fs::path &dir) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(dir, ec))) {
    return {};
  }
  if (!fs::is_directory(fs::symlink_status(dir, ec)) || !fs::exists(dir / site_marker, ec)) {
    return fail(ErrorKind::refused, tr("{} bestaat al en is geen site van alearn; kies een nieuwe map",
                                       "{} exists and is no site of alearn; "
                                       "choose a new folder",
                                       dir.string()));
  }
  return {};
}

// A new, private folder beside the target, to write the site into.
Result<fs::path> fresh_folder(const fs::path &dir) {
  std::error_code ec;
  fs::create_directories(dir.parent_path(), ec);
  std::string pattern = (dir.parent_path() / ("." + dir.filename().string() + ".alearn-tmp-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return fail(ErrorKind::io,
                tr("kan geen map maken naast {}", "cannot create a folder beside {}", dir.string()));
  }
  // mkdtemp makes the folder private; a site is for reading, as any folder the user makes.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  fs::permissions(pattern, static_cast<fs::perms>(0777 & ~mask), ec);
  return fs::path(pattern);
}

// Puts the new site in place of the old one (if any) in two renames.
Status move_into_place(const fs::path &fresh, const fs::path &dir) {
  std::error_code ec;
  const fs::path old = fresh.string() + "-old";
  const bool replacing = fs::exists(dir, ec);
  if (replacing) {
    fs::rename(dir, old, ec);
  }
  if (!ec) {
    fs::rename(fresh, dir, ec);
  }
  if (ec) {
    return fail(
        ErrorKind::io,
        tr("kan de site niet op zijn plaats zetten: {}", "cannot put the site in place: {}", ec.message()),
        dir);
  }
  if (replacing) {
    fs::remove_all(old, ec);
  }
  return {};
}

struct SiteWriter {
  SiteWriter(fs::path into, Lang language) : dir(std::move(into)), lang(language) {}
  fs::path dir;
  Lang lang;
  std::mutex mutex;
  std::size_t pages = 0;
  Errors failures;

  void write(const std::string &file, const std::string &text) {
    const std::lock_guard lock(mutex);
    if (auto written = write_file_atomic(dir, dir / file, text); !written) {
      failures.push_back(written.error());
      return;
    }
    ++pages;
  }
};

std::vector<PageBlock> page_of_markdown(std::string title, std::string markdown) {
  return {heading_block(1, std::move(title)), markdown_block(std::move(markdown))};
}

// The reports of every workgroup, written as they are made; their sources are checked for
// personal data.
void write_reports(SiteWriter &writer, Network &network, const SiteOptions &options,
                   std::vector<PersonalDataInFile> &personal_data) {
  std::mutex found_mutex;
  visit_workgroups(
      network, options.filter, Depth::everything, Extent::front_matter,
      [&](std::size_t, const NetworkRepository &repository, const Workgroup &group) {
        Repository holder{repository.root, repository.config, {}, {}};
        auto report = build_report(holder, group, ReportOptions{std::nullopt, options.today, writer.lang});
        if (!report) {
          const std::lock_guard lock(writer.mutex);
          writer.failures.push_back(report.error());
          return;
        }
        if (!options.allow_personal_data && repository.config.privacy != Severity::off) {
          auto found = personal_data_in_files(report_sources(*report), member_emails(group));
          const std::lock_guard lock(found_mutex);
          personal_data.insert(personal_data.end(), found.begin(), found.end());
        }
        writer.write(workgroup_page(repository.name, group.slug),
                     with_way_back(report_html(*report, writer.lang), "../index.html", writer.lang));
      });
}

std::vector<PageBlock> index_page(const NetworkStatus &status, Lang lang) {
  const bool nl = lang == Lang::nl;
  std::vector<PageBlock> blocks = network_status_page(status, Grouping::organisation, lang);
  std::vector<PageBlock> links{
      heading_block(2, nl ? "Pagina's" : "Pages"),
      links_block(
          {nl ? "Falend Vooruit: lessen uit wat niet lukte" : "Falend Vooruit: lessons from what failed",
           nl ? "Regels die in de weg staan" : "Rules in the way",
           nl ? "Inspiratiebundel" : "Inspiration bundle"},
          {"lessons.html", "blockers.html", "bundle.html"}),
      heading_block(2, nl ? "Leertrajecten van de werkgroepen" : "Learning journeys of the workgroups")};
  std::vector<std::string> names;
  std::vector<std::string> hrefs;
  for (const auto &glance : status.workgroups) {
    names.push_back(fmt::format("{} ({})", glance.name,
                                glance.organisation.empty() ? glance.repository : glance.organisation));
    hrefs.push_back(workgroup_page(glance.repository, glance.slug));
  }
  links.push_back(links_block(std::move(names), std::move(hrefs)));
  // After the title and the line under it.
  blocks.insert(blocks.begin() + std::min<std::ptrdiff_t>(2, static_cast<std::ptrdiff_t>(blocks.size())),
                links.begin(), links.end());
  return blocks;
}

template <typename Value> void add_found(std::vector<PersonalDataInFile> &all, const Value &value) {
  all.insert(all.end(), value.personal_data.begin(), value.personal_data.end());
}

} // namespace

Result<SiteResult> write_site(const fs::path &root, const Config &config, const SiteOptions &options,
                              const Environment &env) {
  TRY(check_target(options.dir));
  const bool scan = !options.allow_personal_data;
  auto status = network_status(root, config, NetworkStatusOptions{options.filter, options.today, scan}, env);
  TRY(status);
  auto lessons = collect_lessons(root, config, LessonsOptions{options.filter, false, scan}, env);
  TRY(lessons);
  auto desk = network_blockers(root, config, options.filter, scan, env);
  TRY(desk);
  auto bundle = inspiration_bundle(root, config, options.filter, scan, env);
  TRY(bundle);
  auto network = open_network(root, config, options.filter, env);
  TRY(network);

  SiteResult result;
  result.personal_data = personal_data_in(*status);
  add_found(result.personal_data, *lessons);
  add_found(result.personal_data, *desk);
  add_found(result.personal_data, *bundle);
  result.repositories = status->repositories;
  if (!result.personal_data.empty()) {
    return result; // nothing written
  }
  auto fresh = fresh_folder(options.dir);
  TRY(fresh);
  SiteWriter writer(*fresh, options.lang);
  write_reports(writer, *network, options, result.personal_data);
  const bool nl = options.lang == Lang::nl;
  writer.write("index.html", page_html(index_page(*status, options.lang), options.lang));
  writer.write("lessons.html", with_way_back(page_html(lessons_page(*lessons, options.lang), options.lang),
                                             "index.html", options.lang));
  std::string desk_text = desk_markdown(desk->groups, options.lang);
  desk_text.erase(0, desk_text.find('\n') + 1); // its own title becomes the page's
  writer.write("blockers.html",
               with_way_back(page_html(page_of_markdown(
                                           nl ? "Regels die in de weg staan" : "Rules in the way", desk_text),
                                       options.lang),
                             "index.html", options.lang));
  writer.write("bundle.html", with_way_back(page_html(bundle_page(*bundle, options.lang), options.lang),
                                            "index.html", options.lang));
  writer.write(std::string(site_marker), "alearn site\n");
  std::error_code ec;
  if (!result.personal_data.empty() || !writer.failures.empty()) {
    fs::remove_all(*fresh, ec);
    if (!writer.failures.empty()) {
      return std::unexpected(writer.failures.front());
    }
    return result;
  }
  TRY(move_into_place(*fresh, options.dir));
  result.pages = writer.pages - 1; // the marker is no page
  return result;
}

} // namespace alearn
