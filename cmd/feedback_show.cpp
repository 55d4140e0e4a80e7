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
  if (!group) {
    return std::unexpected(group.error());
  }
  auto item = find_by_id((*group)->feedback, options.id, Text{"feedback", "feedback"});
  if (!item) {
    return std::unexpected(item.error());
  }
  return show_text_record(session, **item, tr("van {}", "from {}", (*item)->from), options.json,
                          feedback_json);
}

} // namespace

void setup_feedback_show(CLI::App &feedback, Registry &registry, Lang lang) {
  auto options = std::make_shared<FeedbackShowOptions>();
  CLI::App *cmd =
      feedback.add_subcommand("show", help(lang, "Toon een feedback", "Show a piece of feedback"));
  cmd->add_option("id", options->id,
                  help(lang, "De id, of een uniek begin ervan", "The id, or a unique start of it"))
      ->required();
  cmd->add_flag("--json", options->json, help(lang, "Uitvoer als JSON", "Output as JSON"));
  cmd->fallthrough();
  registry[cmd] = Command{Needs::repository,
                          [options](Session &session) { return run_feedback_show(session, *options); }};
}

} // namespace alearn
