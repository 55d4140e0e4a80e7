#include "feedback.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

Parsed<Feedback> parse_feedback(const Document &doc) {
  auto meta = parse_record_meta(doc, "feedback");
  TRY(meta);
  return Feedback{*meta, text_field(doc.data, "from")};
}

Result<Feedback> add_feedback(const Workgroup &group, const NewFeedback &feedback, const Context &context) {
  auto author = require_acting_member(group, feedback.author);
  TRY(author);
  TRY(require_text(feedback.from, Text{"de bron", "the source"}, {Param::from}));
  TRY(require_text(feedback.text, Text{"de feedback", "the feedback"}));
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", feedback.date)
                               .number("cycle", cycle_to_write(group, feedback.date))
                               .text("from", feedback.from)
                               .markdown(feedback.text);
  return create_record<Feedback>(group.root, group.dir / folders::feedback, text, parse_feedback, context);
}

std::vector<const Feedback *> feedback_from(const Workgroup &group, std::string_view source) {
  const std::string wanted = fold_for_matching(source);
  return newest_first(group.feedback, [&](const Feedback &item) {
    return fold_for_matching(item.from).find(wanted) != std::string::npos;
  });
}

} // namespace alearn
