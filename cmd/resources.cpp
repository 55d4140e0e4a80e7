// alearn resources [--network [NAME]] [--theme T] [--organisation O] [--format text|md|html]
//                  [-o FILE] [--json] [--allow-personal-data]
// The inspiration bundle: every source of help the workgroups recorded, duplicates merged, by
// theme; across the network with --network.
#include "commands.hpp"
#include "network_views.hpp"
#include "page_output.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct ResourcesOptions {
  NetworkFilter filter;
  PageOutput page;
};

void print_bundle(Session &session, const Bundle &bundle) {
  if (bundle.sources.empty()) {
    session.io.out << session.t(Text{"Nog geen bronnen vastgelegd.\n", "No sources recorded yet.\n"});
  }
  for (const auto &source : bundle.sources) {
    session.io.out << session.paint(Style::bold, session.t(resource_kind_label(source.kind)))
                   << (source.link.empty() ? "" : "  " + source.link) << "\n"
                   << wrap(source.description, session.line_width(), "    ");
    session.io.out << "    "
                   << session.paint(Style::dim,
                                    session.t(tr("genoemd door: {}", "named by: {}",
                                                 fmt::format("{}", fmt::join(source.workgroups, "; ")))))
                   << "\n";
  }
}

Status run_resources(Session &session, const ResourcesOptions &options) {
  const bool scan = exports(options.page) && !options.page.allow_personal_data;
  auto bundle = inspiration_bundle(session.repository_root, session.repository().config, options.filter, scan,
                                   session.io.env);
  TRY(bundle);
  if (scan) {
    TRY(refuse_personal_data(session, bundle->personal_data));
  }
  if (options.page.output.format == OutputFormat::json) {
    return print_json(session, bundle_json(*bundle));
  }
  if (page_format(options.page) != "text") {
    return write_page(session, options.page, bundle_page(*bundle, session.lang));
  }
  print_bundle(session, *bundle);
  return {};
}

} // namespace

Command bind_resources(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ResourcesOptions>();
  add_network_scope_options(*cmd, options->filter, lang);
  add_page_output_options(*cmd, options->page, lang);
  return command_for(options, run_resources);
}

} // namespace alearn
