#pragma once
// Step 13: sharing the results in a meeting open to others. The record says where and when, who
// was there, and how they reacted (the Markdown body), so that what others said feeds the next
// cycle.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<Sharing> parse_sharing(const Document &doc);

struct NewSharing {
  std::string author; // the member who records it
  Date date{};
  std::string where;
  std::vector<std::string> present;
  std::vector<std::string> guests; // no members, kept as given
  std::string reactions;           // may be empty: that the results were shared is the record
};
Result<Sharing> add_sharing(const Workgroup &group, const NewSharing &sharing, const Context &context);

} // namespace alearn
