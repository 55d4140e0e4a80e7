// alearn check [--format text|json|github|junit] [--strict]: every problem in the repository,
// for people and for CI. Exit 0 without errors, 1 when the repository fails, 2 on usage errors.
#include "check.hpp"

#include "choices.hpp"
#include "commands.hpp"
#include "render.hpp"
#include "safe_output.hpp"
#include "spell.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace alearn {

namespace {

struct CheckCommandOptions {
  std::string format = "text";
  bool strict = false;
};

std::string shown_path(const Session &session, const std::filesystem::path &file) {
  if (file.empty()) {
    return "alearn.yaml";
  }
  const auto relative = file.lexically_relative(session.repository_root);
  return !relative.empty() && *relative.begin() != ".." ? relative.generic_string() : file.generic_string();
}

// Where a finding is, for one line of text: a line break in a file name is shown as "\n".
// (JSON and GitHub's properties escape line breaks their own way.)
std::string place(const Session &session, const Error &where) {
  std::string text = one_line(shown_path(session, where.file));
  if (where.line > 0) {
    text += fmt::format(":{}", where.line);
    if (where.column > 0) {
      text += fmt::format(":{}", where.column);
    }
  }
  return text;
}

// A finding's message and its advice (rm, indicator record). The advice names no workgroup, as
// check's findings never did: the file they point at says which one.
std::string finding_message(const Session &session, const Finding &finding) {
  return message_of(session, finding.where);
}

// "1 fout" / "2 errors": a count with its noun.
std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

Text summary(const CheckReport &report) {
  return Text{fmt::format("{}, {} in {} van {}", counted(report.errors(), "fout", "fouten"),
                          counted(report.warnings(), "waarschuwing", "waarschuwingen"),
                          counted(report.files, "bestand", "bestanden"),
                          counted(report.workgroups, "werkgroep", "werkgroepen")),
              fmt::format("{}, {} in {} of {}", counted(report.errors(), "error", "errors"),
                          counted(report.warnings(), "warning", "warnings"),
                          counted(report.files, "file", "files"),
                          counted(report.workgroups, "workgroup", "workgroups"))};
}

// file:line:col: error: message, as compilers write it.
void print_text(Session &session, const CheckReport &report) {
  for (const auto &finding : report.findings) {
    const bool error = finding.level == Level::error;
    const std::string level =
        session.lang == Lang::nl ? (error ? "fout" : "waarschuwing") : (error ? "error" : "warning");
    session.io.out << place(session, finding.where) << ": "
                   << session.paint(error ? Style::red : Style::yellow, level) << ": "
                   << finding_message(session, finding) << "\n";
  }
  session.io.out << session.t(summary(report)) << "\n";
}

Json finding_json(const Session &session, const Finding &finding) {
  return Json{{"file", shown_path(session, finding.where.file)},
              {"line", finding.where.line > 0 ? Json(finding.where.line) : Json(nullptr)},
              {"column", finding.where.column > 0 ? Json(finding.where.column) : Json(nullptr)},
              {"level", finding.level == Level::error ? "error" : "warning"},
              {"rule", finding.rule},
              {"workgroup", finding.workgroup.empty() ? Json(nullptr) : Json(finding.workgroup)},
              {"message", finding_message(session, finding)}};
}

Status print_json_report(Session &session, const CheckReport &report) {
  Json findings = Json::array();
  for (const auto &finding : report.findings) {
    findings.push_back(finding_json(session, finding));
  }
  return print_json(session, Json{{"errors", report.errors()},
                                  {"warnings", report.warnings()},
                                  {"files", report.files},
                                  {"workgroups", report.workgroups},
                                  {"findings", findings}});
}

// GitHub Actions reads "::error file=...,line=...::message" from a step's output. Its data and
// properties escape %, CR and LF, and properties also ':' and ','.
std::string escape_github(std::string_view text, bool property) {
  std::string escaped;
  for (const char c : text) {
    if (c == '%') {
      escaped += "%25";
    } else if (c == '\r') {
      escaped += "%0D";
    } else if (c == '\n') {
      escaped += "%0A";
    } else if (property && c == ':') {
      escaped += "%3A";
    } else if (property && c == ',') {
      escaped += "%2C";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

void print_github(Session &session, const CheckReport &report) {
  for (const auto &finding : report.findings) {
    std::string properties = "file=" + escape_github(shown_path(session, finding.where.file), true);
    if (finding.where.line > 0) {
      properties += fmt::format(",line={}", finding.where.line);
    }
    if (finding.where.column > 0) {
      properties += fmt::format(",col={}", finding.where.column);
    }
    properties += ",title=" + escape_github("alearn check (" + finding.rule + ")", true);
    session.io.out << (finding.level == Level::error ? "::error " : "::warning ") << properties
                   << "::" << escape_github(finding_message(session, finding), false) << "\n";
  }
  session.io.out << "alearn check: " << session.t(summary(report)) << "\n";
  // The job summary, when the runner offers one.
  if (const std::string file = session.env("GITHUB_STEP_SUMMARY"); !file.empty()) {
    std::ofstream out(file, std::ios::app);
    out << "## alearn check\n\n" << session.t(summary(report)) << "\n\n";
    if (!report.findings.empty()) {
      out << "| " << session.t(Text{"bestand", "file"}) << " | " << session.t(Text{"soort", "level"}) << " | "
          << session.t(Text{"melding", "message"}) << " |\n|---|---|---|\n";
      // This file does not go through the output's filter: the text is escaped here.
      for (const auto &finding : report.findings) {
        std::string message = escape_controls(finding_message(session, finding));
        std::ranges::replace(message, '\n', ' ');
        out << "| `" << escape_controls(place(session, finding.where)) << "` | "
            << (finding.level == Level::error ? "error" : "warning") << " | " << message << " |\n";
      }
    }
  }
}

std::string escape_xml(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
    case '&':
      escaped += "&amp;";
      break;
    case '<':
      escaped += "&lt;";
      break;
    case '>':
      escaped += "&gt;";
      break;
    case '"':
      escaped += "&quot;";
      break;
    default:
      escaped += c;
    }
  }
  return escaped;
}

// JUnit XML: one test case per file with findings (errors fail it, warnings are its output),
// and one for the repository as a whole, so that a clean run shows as a passed test.
void print_junit(Session &session, const CheckReport &report) {
  std::vector<std::string> files;
  for (const auto &finding : report.findings) {
    const std::string file = shown_path(session, finding.where.file);
    if (std::ranges::find(files, file) == files.end()) {
      files.push_back(file);
    }
  }
  auto &out = session.io.out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"alearn check\" tests=\"{}\" failures=\"{}\">\n", files.size() + 1,
                     report.errors());
  out << fmt::format("  <testsuite name=\"alearn check\" tests=\"{}\" failures=\"{}\">\n", files.size() + 1,
                     report.errors());
  out << fmt::format("    <testcase classname=\"alearn\" name=\"{}\"/>\n",
                     escape_xml(session.t(summary(report))));
  for (const auto &file : files) {
    out << fmt::format("    <testcase classname=\"alearn.check\" name=\"{}\">\n", escape_xml(one_line(file)));
    std::string warnings;
    for (const auto &finding : report.findings) {
      if (shown_path(session, finding.where.file) != file) {
        continue;
      }
      const std::string message =
          escape_xml(place(session, finding.where) + ": " + finding_message(session, finding));
      if (finding.level == Level::error) {
        out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", finding.rule, message,
                           message);
      } else {
        warnings += message + "\n";
      }
    }
    if (!warnings.empty()) {
      out << "      <system-out>" << warnings << "</system-out>\n";
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
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
  auto report = check_repository(session.repository_root, check);
  TRY(report);
  if (options.format == "json") {
    if (auto ok = print_json_report(session, *report); !ok) {
      return ok;
    }
  } else if (options.format == "github") {
    print_github(session, *report);
  } else if (options.format == "junit") {
    print_junit(session, *report);
  } else {
    print_text(session, *report);
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
  return command_for(options, run_check);
}

} // namespace alearn
