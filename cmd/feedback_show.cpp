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

void setup_feedback_show(CLI::App &feedback, Registry &registry, Lang lang) {
  auto options = std::make_shared<FeedbackShowOptions>();
  CLI::App *cmd =
      feedback.add_subcommand("show", help(lang, "Toon een feedback", "Show a piece of feedback"));
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  cmd->fallthrough();
  register_command(registry, cmd, options, run_feedback_show);
}

} // namespace alearn
