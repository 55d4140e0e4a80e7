// alearn resource show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ResourceShowOptions {
  std::string id;
  bool json = false;
};

Status run_resource_show(Session &session, const ResourceShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto resource = find_by_id((*group)->resources, options.id, Text{"bron", "source"});
  TRY(resource);
  if (auto ok = show_text_record(session, **resource, resource_kind_label((*resource)->kind), options.json,
                                 resource_json);
      !ok || options.json || (*resource)->link.empty()) {
    return ok;
  }
  session.io.out << session.t(tr("Link: {}\n", "Link: {}\n", (*resource)->link));
  return {};
}

} // namespace

Command bind_resource_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ResourceShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_resource_show);
}

} // namespace alearn
