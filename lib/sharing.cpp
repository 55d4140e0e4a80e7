#include "sharing.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "meeting.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

Parsed<Sharing> parse_sharing(const Document &doc) {
  auto meta = parse_record_meta(doc, "sharing");
  TRY(meta);
  return Sharing{*meta, text_field(doc.data, "where"), text_list(doc.data, "present")};
}

Result<Sharing> add_sharing(const Workgroup &group, const NewSharing &sharing, const Context &context) {
  auto author = require_acting_member(group, sharing.author);
  TRY(author);
  TRY(require_text(sharing.where, Text{"waar de resultaten gedeeld zijn", "where the results were shared"},
                   {Param::where}));
  auto present = present_names(group, sharing.present, sharing.guests);
  TRY(present);
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", sharing.date)
                               .number("cycle", cycle_to_write(group, sharing.date))
                               .text("where", sharing.where)
                               .list("present", *present)
                               .markdown(sharing.reactions);
  return create_record<Sharing>(group.root, group.dir / folders::sharing, text, parse_sharing, context);
}

} // namespace alearn
