#include "resource.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

Parsed<Resource> parse_resource(const Document &doc) {
  auto meta = parse_record_meta(doc, "resource");
  TRY(meta);
  return Resource{*meta, parse_resource_kind(text_field(doc.data, "kind")).value_or(ResourceKind::person),
                  text_field(doc.data, "link")};
}

Result<Resource> add_resource(const Workgroup &group, const NewResource &resource, const Context &context) {
  auto author = require_acting_member(group, resource.author);
  TRY(author);
  TRY(require_text(resource.text, Text{"de beschrijving", "the description"}));
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", resource.date)
                               .number("cycle", cycle_to_write(group, resource.date))
                               .text("kind", resource_kind_name(resource.kind))
                               .text("link", resource.link)
                               .markdown(resource.text);
  return create_record<Resource>(group.root, group.dir / folders::resources, text, parse_resource, context);
}

std::vector<const Resource *> resources_of_kind(const Workgroup &group, std::optional<ResourceKind> kind) {
  return newest_first(group.resources,
                      [&](const Resource &resource) { return !kind || resource.kind == *kind; });
}

} // namespace alearn
