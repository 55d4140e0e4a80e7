// alearn site -o DIR [--theme T] [--organisation O] [--network NAME] [--allow-personal-data]
// The network as a static site: an index with the status, a page per workgroup (its report),
// the lessons, the blockers and the inspiration bundle.
#include "site.hpp"

#include "commands.hpp"
#include "page_output.hpp"

namespace alearn {

namespace {

struct SiteCommandOptions {
  std::string dir;
  NetworkFilter filter;
  bool allow_personal_data = false;
};

Status run_site(Session &session, const SiteCommandOptions &options) {
  const std::filesystem::path dir = (session.io.context.cwd / options.dir).lexically_normal();
  auto site = write_site(
      session.repository_root, session.repository().config,
      SiteOptions{dir, options.filter, session.io.context.today, session.lang, options.allow_personal_data},
      session.io.env);
  TRY(site);
  TRY(refuse_personal_data(session, site->personal_data));
  for (const auto &repository : site->repositories) {
    for (const auto &problem : repository.problems) {
      session.io.err << session.t(
          tr("waarschuwing: {}: {}\n", "warning: {}: {}\n", repository.name, session.t(problem.message)));
    }
  }
  session.report_saved(tr("Site geschreven in {}: {} pagina's; begin bij {}/index.html\n",
                          "Site written to {}: {} pages; start at {}/index.html\n", options.dir, site->pages,
                          options.dir));
  return {};
}

} // namespace

Command bind_site(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<SiteCommandOptions>();
  cmd->add_option("-o,--output", options->dir,
                  help(lang, "De map voor de site (nieuw, of een eerdere site die wordt vervangen)",
                       "The folder for the site (new, or an earlier site, which is replaced)"))
      ->required();
  add_network_filter_options(*cmd, options->filter, lang);
  cmd->add_flag("--allow-personal-data", options->allow_personal_data,
                help(lang, "Schrijf de site ook als er iets in staat dat op persoonsgegevens lijkt",
                     "Write the site even when something in it looks like personal data"));
  return command_for(options, run_site);
}

} // namespace alearn
