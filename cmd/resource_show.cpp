// alearn resource show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ResourceShowOptions {
  std::string id;
  Output output;
};

void print_resource(Session &session, const WithBody<Resource> &shown) {
  const Resource &resource = *shown.record;
  print_text_record(session, resource.meta, resource_kind_label(resource.kind), shown.body);
  if (!resource.link.empty()) {
    session.io.out << session.t(tr("Link: {}\n", "Link: {}\n", resource.link));
  }
}

constexpr Renderers<WithBody<Resource>> renderers{print_resource, shown_json<Resource>};

Status run_resource_show(Session &session, const ResourceShowOptions &options) {
  return show_record(session, options.output, &Workgroup::resources, options.id, Text{"bron", "source"},
                     renderers);
}

} // namespace

Command bind_resource_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ResourceShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_resource_show);
}

} // namespace alearn
