// alearn feedback show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

void print_feedback(Session &session, const WithBody<Feedback> &shown) {
  print_text_record(session, shown.record->meta, tr("van {}", "from {}", shown.record->from), shown.body);
}

} // namespace

Command bind_feedback_show(CLI::App *cmd, Lang lang) {
  return bind_show(*cmd, lang, &Workgroup::feedback, Text{"feedback", "feedback"}, print_feedback);
}

} // namespace alearn
