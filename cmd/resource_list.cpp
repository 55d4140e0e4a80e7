// alearn resource list [--kind K] [--json]
#include "choices.hpp"
#include "commands.hpp"
#include "render_records.hpp"
#include "resource.hpp"

namespace alearn {

namespace {

struct ResourceListOptions {
  std::string kind;
  bool json = false;
};

Status run_resource_list(Session &session, const ResourceListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const auto resources = resources_of_kind(**group, parse_resource_kind(options.kind));
  auto shown = with_bodies(resources);
  TRY(shown);
  if (options.json) {
    return print_records_json(session, *shown, resource_json);
  }
  if (resources.empty()) {
    session.io.out << session.t(
        tr("Geen bronnen. Leg er een vast met: alearn resource add --kind person \"<wie>\"\n",
           "No sources. Record one with: alearn resource add --kind person \"<who>\"\n"));
    return {};
  }
  for (const auto &[resource, text] : *shown) {
    session.io.out << record_line(session, resource->meta) << "  ("
                   << session.t(resource_kind_label(resource->kind)) << ")\n    " << first_line(text, 72)
                   << "\n";
    if (!resource->link.empty()) {
      session.io.out << "    " << resource->link << "\n";
    }
  }
  return {};
}

} // namespace

Command bind_resource_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ResourceListOptions>();
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::resource_kinds, lang));
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_resource_list);
}

} // namespace alearn
