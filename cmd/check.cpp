// alearn check [--format text|json|github|junit] [--strict] [--since REV [--uncommitted]]: every
// problem in the repository, or in the workgroups changed since REV, for people and for CI.
// Exit 0 without errors, 1 when the repository fails, 2 on usage errors.
#include "check_formats.hpp"
#include "choices.hpp"
#include "commands.hpp"
#include "render.hpp"
#include "safe_output.hpp"
#include "spell.hpp"

#include <cstdlib>
#include <fstream>

namespace alearn {

namespace {

struct CheckCommandOptions {
  std::string format = "text";
  bool strict = false;
  std::string since;
  bool uncommitted = false;
};

// Each finding's message with its advice (rm, indicator record), in the session's language.
std::vector<std::string> finding_messages(const Session &session, const CheckReport &report) {
  std::vector<std::string> messages;
  messages.reserve(report.findings.size());
  for (const auto &finding : report.findings) {
    messages.push_back(message_of(session, finding.where));
  }
  return messages;
}

// file:line:col: error: message, as compilers write it.
void print_text(Session &session, const CheckView &view) {
  for (std::size_t i = 0; i < view.report.findings.size(); ++i) {
    const Finding &finding = view.report.findings[i];
    const bool error = finding.level == Level::error;
    const Text level = error ? Text{"fout", "error"} : Text{"waarschuwing", "warning"};
    session.io.out << finding_place(view.root, finding.where) << ": "
                   << session.paint(error ? Style::red : Style::yellow, session.t(level)) << ": "
                   << view.messages[i] << "\n";
  }
  session.io.out << session.t(check_summary(view.report)) << "\n";
}

// GitHub's annotations, and the job summary when the runner offers one. The summary file does
// not go through the output's filter: its text is escaped here.
void print_github(Session &session, const CheckView &view) {
  session.io.out << github_annotations(view);
  if (const std::string file = session.env("GITHUB_STEP_SUMMARY"); !file.empty()) {
    std::ofstream(file, std::ios::app) << escape_controls(github_summary(view));
  }
}

Status run_check(Session &session, const CheckCommandOptions &options) {
  CheckOptions check;
  check.workgroup = session.global.workgroup;
  check.strict = options.strict;
  check.today = session.io.context.today;
  // For benchmarks: how many threads read the repository (default: one per core).
  if (const std::string threads = session.env("ALEARN_THREADS"); !threads.empty()) {
    check.threads = static_cast<unsigned>(std::max(1, std::atoi(threads.c_str())));
  }
  if (!options.since.empty()) {
    auto changes =
        changed_since(session.repository_root, options.since,
                      options.uncommitted ? Uncommitted::included : Uncommitted::left_out, session.io.env);
    TRY(changes);
    check.changes = std::move(*changes);
  }
  auto report = check_repository(session.repository_root, check);
  TRY(report);
  const std::vector<std::string> messages = finding_messages(session, *report);
  const CheckView view{*report, session.repository_root, messages, session.lang};
  if (options.format == "json") {
    TRY(print_json(session, check_json(view)));
  } else if (options.format == "github") {
    print_github(session, view);
  } else if (options.format == "junit") {
    session.io.out << junit_xml(view);
  } else {
    print_text(session, view);
  }
  session.exit_code = report->errors() > 0 ? 1 : 0;
  return {};
}

} // namespace

Command bind_check(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::Option *format =
      cmd->add_option("--format", options->format,
                      help(lang, "text (standaard), json, github (annotaties) of junit (XML)",
                           "text (the default), json, github (annotations) or junit (XML)"))
          ->transform(one_of(plain_choices({"text", "json", "github", "junit"}), lang));
  // --json, as every other report has it, is --format json.
  cmd->add_flag_callback(
         "--json", [options] { options->format = "json"; },
         help(lang, "Uitvoer als JSON (hetzelfde als --format json)",
              "Output as JSON (the same as --format json)"))
      ->excludes(format);
  cmd->add_flag("--strict", options->strict,
                help(lang, "Waarschuwingen tellen als fouten", "Warnings count as errors"));
  CLI::Option *since =
      cmd->add_option(
             "--since", options->since,
             help(lang,
                  "Alleen de werkgroepen met bestanden die veranderd zijn in de commits sinds REV "
                  "(vanaf waar REV en HEAD samenkomen, zoals in een pull request), en wat over de hele "
                  "repository gaat; een gewijzigde alearn.yaml controleert alles. Wat niet gecommit is, telt "
                  "alleen met --uncommitted",
                  "Only the workgroups with files changed in the commits since REV (from where REV "
                  "and HEAD meet, as in a pull request), and what concerns the whole repository; a "
                  "changed alearn.yaml checks everything. What is not committed counts only with "
                  "--uncommitted"))
          ->type_name("REV");
  cmd->add_flag("--uncommitted", options->uncommitted,
                help(lang,
                     "Met --since: tel ook wat nog niet gecommit is (gestaged, gewijzigd, nieuwe bestanden); "
                     "git kijkt dan naar elk bestand, zoals git status",
                     "With --since: count what is not committed yet too (staged, changed, new files); git "
                     "then looks at every file, as git status does"))
      ->needs(since);
  return command_for(options, run_check);
}

} // namespace alearn
