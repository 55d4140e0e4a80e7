#pragma once
// Step 10: what and who can help find a solution.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<Resource> parse_resource(const Document &doc);

struct NewResource {
  std::string author;
  Date date{};
  ResourceKind kind = ResourceKind::person;
  std::string link;
  std::string text;
};
Result<Resource> add_resource(const Workgroup &group, const NewResource &resource, const Context &context);

// The sources of help of one kind (none: all), newest first.
std::vector<const Resource *> resources_of_kind(const Workgroup &group, std::optional<ResourceKind> kind);

} // namespace alearn
