// alearn feedback list [--from SOURCE] [--json]
#include "commands.hpp"
#include "feedback.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct FeedbackListOptions {
  std::string from;
  bool json = false;
};

Status run_feedback_list(Session &session, const FeedbackListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const auto items = feedback_from(**group, options.from);
  auto shown = with_bodies(items);
  TRY(shown);
  if (options.json) {
    return print_records_json(session, *shown, feedback_json);
  }
  if (items.empty()) {
    session.io.out << session.t(
        tr("Geen feedback. Leg er een vast met: alearn feedback add --from \"<van wie>\" \"<tekst>\"\n",
           "No feedback. Record some with: alearn feedback add --from \"<whom>\" \"<text>\"\n"));
    return {};
  }
  for (const auto &[item, text] : *shown) {
    session.io.out << record_line(session, item->meta) << "  "
                   << session.t(tr("van {}", "from {}", item->from)) << "\n    " << first_line(text, 72)
                   << "\n";
  }
  return {};
}

} // namespace

Command bind_feedback_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<FeedbackListOptions>();
  cmd->add_option("--from", options->from,
                  help(lang, "Alleen van deze bron (een deel van de naam volstaat)",
                       "Only from this source (part of the name will do)"));
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_feedback_list);
}

} // namespace alearn
