// alearn feedback show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct FeedbackShowOptions {
  std::string id;
  Output output;
};

void print_feedback(Session &session, const WithBody<Feedback> &shown) {
  print_text_record(session, shown.record->meta, tr("van {}", "from {}", shown.record->from), shown.body);
}

constexpr Renderers<WithBody<Feedback>> renderers{print_feedback, shown_json<Feedback>};

Status run_feedback_show(Session &session, const FeedbackShowOptions &options) {
  return show_record(session, options.output, &Workgroup::feedback, options.id, Text{"feedback", "feedback"},
                     renderers);
}

} // namespace

Command bind_feedback_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<FeedbackShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_feedback_show);
}

} // namespace alearn
