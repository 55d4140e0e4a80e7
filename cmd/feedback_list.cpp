// alearn feedback list [--from SOURCE] [--json]
#include "commands.hpp"
#include "feedback.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct FeedbackListOptions {
  std::string from;
  Output output;
};

void print_feedback_list(Session &session, const RecordList<Feedback> &list) {
  if (list.records.empty()) {
    print_advice(session, tr("Geen feedback. Leg er een vast met:", "No feedback. Record some with:"),
                 Advice{Action::feedback_add,
                        {placeholder(Param::from, "<van wie>", "<whom>"),
                         placeholder(Param::text, "<tekst>", "<text>")},
                        list.workgroup});
  }
  for (const auto &[item, text] : list.records) {
    session.io.out << record_line(session, item->meta) << "  "
                   << session.t(tr("van {}", "from {}", item->from)) << "\n    " << first_line(text, 72)
                   << "\n";
  }
}

constexpr Renderers<RecordList<Feedback>> feedback_list_renderers{print_feedback_list, list_json<Feedback>};

Status run_feedback_list(Session &session, const FeedbackListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto list = record_list(**group, feedback_from(**group, options.from));
  TRY(list);
  return render(session, options.output, *list, feedback_list_renderers);
}

} // namespace

Command bind_feedback_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<FeedbackListOptions>();
  cmd->add_option("--from", options->from,
                  help(lang, "Alleen van deze bron (een deel van de naam volstaat)",
                       "Only from this source (part of the name will do)"));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_feedback_list);
}

} // namespace alearn
