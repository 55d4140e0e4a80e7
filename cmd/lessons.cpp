// alearn lessons [--theme T] [--organisation O] [--network NAME] [--anonymous]
//                [--format text|md|html] [-o FILE] [--json] [--allow-personal-data]
// Falend Vooruit: what was stopped, abandoned or adapted across the network, shared by consent.
#include "lessons.hpp"

#include "commands.hpp"
#include "page_output.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct LessonsCommandOptions {
  NetworkFilter filter;
  bool anonymous = false;
  PageOutput page;
};

void print_lesson(Session &session, const Lesson &lesson) {
  const std::string outcome = session.t(lesson_outcome(lesson));
  session.io.out << fmt::format("{}  {}\n", session.paint(Style::bold, lesson.title),
                                session.paint(Style::dim, lesson.id));
  session.io.out << fmt::format("  {} · {} · {}{}\n", lesson.workgroup,
                                lesson.organisation.empty() ? lesson.repository : lesson.organisation,
                                outcome, lesson.ended ? " " + format_date(*lesson.ended) : std::string{});
  const auto field = [&](const Text &label, const std::string &text) {
    if (!text.empty()) {
      session.io.out << "  " << session.paint(Style::bold, session.t(label)) << "\n"
                     << wrap(text, session.line_width(), "    ") << "\n";
    }
  };
  field(Text{"Vraag", "Question"}, lesson.question);
  field(lesson.state == ExperimentState::stopped ? Text{"Waarom het stopte", "Why it stopped"}
                                                 : Text{"Wat er gebeurde", "What happened"},
        lesson.happened);
  field(Text{"Knelpunten", "Bottlenecks"}, lesson.bottlenecks);
  field(Text{"Lessen", "Lessons"}, lesson.lessons);
  field(Text{"Voor wie het bedoeld was", "Who it was meant for"}, lesson.for_whom);
  session.io.out << "\n";
}

void print_lessons(Session &session, const Lessons &lessons) {
  if (lessons.lessons.empty()) {
    session.io.out << session.t(Text{"Nog geen gedeelde lessen.\n", "No lessons shared yet.\n"});
  }
  for (const auto &lesson : lessons.lessons) {
    print_lesson(session, lesson);
  }
  if (lessons.not_shared > 0) {
    session.io.out << session.t(
        tr("Nog {} gestopte, verlaten of aangepaste experimenten zijn niet gedeeld; een groep "
           "deelt er een met: alearn experiment share ID\n",
           "{} more stopped, abandoned or adapted experiments are not shared; a group shares "
           "one with: alearn experiment share ID\n",
           lessons.not_shared));
  }
}

Status run_lessons(Session &session, const LessonsCommandOptions &options) {
  const bool scan = exports(options.page) && !options.page.allow_personal_data;
  auto lessons = collect_lessons(session.repository_root, session.repository().config,
                                 LessonsOptions{options.filter, options.anonymous, scan}, session.io.env);
  TRY(lessons);
  if (scan) {
    TRY(refuse_personal_data(session, lessons->personal_data));
  }
  if (options.page.output.format == OutputFormat::json) {
    return print_json(session, lessons_json(*lessons));
  }
  if (page_format(options.page) != "text") {
    return write_page(session, options.page, lessons_page(*lessons, session.lang));
  }
  print_lessons(session, *lessons);
  return {};
}

} // namespace

Command bind_lessons(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<LessonsCommandOptions>();
  add_network_filter_options(*cmd, options->filter, lang);
  cmd->add_flag("--anonymous", options->anonymous,
                help(lang, "Laat namen van mensen weg (eigenaar, wie het deelde, en namen in de tekst)",
                     "Leave out people's names (owner, who shared it, and names in the text)"));
  add_page_output_options(*cmd, options->page, lang);
  return command_for(options, run_lessons);
}

} // namespace alearn
