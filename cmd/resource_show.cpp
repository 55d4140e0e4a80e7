// alearn resource show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

void print_resource(Session &session, const WithBody<Resource> &shown) {
  const Resource &resource = *shown.record;
  print_text_record(session, resource.meta, resource_kind_label(resource.kind), shown.body);
  if (!resource.link.empty()) {
    session.io.out << session.t(tr("Link: {}\n", "Link: {}\n", resource.link));
  }
}

} // namespace

Command bind_resource_show(CLI::App *cmd, Lang lang) {
  return bind_show(*cmd, lang, &Workgroup::resources, Text{"bron", "source"}, print_resource);
}

} // namespace alearn
