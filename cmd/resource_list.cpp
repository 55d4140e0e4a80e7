// alearn resource list [--kind K] [--json]
#include "choices.hpp"
#include "commands.hpp"
#include "enums.hpp"
#include "render_records.hpp"
#include "resource.hpp"

namespace alearn {

namespace {

struct ResourceListOptions {
  std::string kind;
  Output output;
};

void print_resources(Session &session, const RecordList<Resource> &list) {
  if (list.records.empty()) {
    print_advice(session, tr("Geen bronnen. Leg er een vast met:", "No sources. Record one with:"),
                 Advice{Action::resource_add,
                        {word(Param::kind, std::string(word_of(ResourceKind::person))),
                         placeholder(Param::text, "<wie>", "<who>")},
                        list.workgroup});
  }
  for (const auto &[resource, text] : list.records) {
    session.io.out << record_line(session, resource->meta) << "  ("
                   << session.t(resource_kind_label(resource->kind)) << ")\n    " << first_line(text, 72)
                   << "\n";
    if (!resource->link.empty()) {
      session.io.out << "    " << resource->link << "\n";
    }
  }
}

constexpr Renderers<RecordList<Resource>> resource_list_renderers{print_resources, list_json<Resource>};

Status run_resource_list(Session &session, const ResourceListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto list = record_list(**group, resources_of_kind(**group, parse_resource_kind(options.kind)));
  TRY(list);
  return render(session, options.output, *list, resource_list_renderers);
}

} // namespace

Command bind_resource_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ResourceListOptions>();
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::resource_kinds, lang));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_resource_list);
}

} // namespace alearn
