// alearn feedback show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct FeedbackShowOptions {
  std::string id;
  bool json = false;
};

Status run_feedback_show(Session &session, const FeedbackShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto item = find_by_id((*group)->feedback, options.id, Text{"feedback", "feedback"});
  TRY(item);
  return show_text_record(session, **item, tr("van {}", "from {}", (*item)->from), options.json,
                          feedback_json);
}

} // namespace

Command bind_feedback_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<FeedbackShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_feedback_show);
}

} // namespace alearn
