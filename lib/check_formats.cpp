#include "check_formats.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// "1 fout" / "2 errors": a count with its noun.
std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string_view level_name(Level level) { return level == Level::error ? "error" : "warning"; }

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

} // namespace

namespace {

// Why --since checked what it checked: "changed since origin/main".
Text since_reason(const CheckReport &report) {
  const SinceScope &since = *report.since;
  const bool uncommitted = since.uncommitted == Uncommitted::included;
  Text reason{
      fmt::format("gewijzigd sinds {}{}", since.revision,
                  uncommitted ? ", niet-gecommitte wijzigingen meegeteld" : ""),
      fmt::format("changed since {}{}", since.revision, uncommitted ? ", uncommitted changes included" : "")};
  std::string because;
  for (const auto &file : since.everything_because) {
    because += (because.empty() ? "" : ", ") + file;
  }
  if (!because.empty()) {
    reason = Text{
        fmt::format("{}: {} is {}", report.narrowed ? "genoemd met --workgroup" : "allemaal", because,
                    reason.nl),
        fmt::format("{}: {} {}", report.narrowed ? "named by --workgroup" : "every one", because, reason.en)};
  } else if (report.narrowed) {
    reason = Text{reason.nl + " en genoemd met --workgroup", reason.en + " and named by --workgroup"};
  }
  return reason;
}

// "3 workgroups", or with --since "2 of 170 workgroups, changed since origin/main".
Text workgroups_checked(const CheckReport &report) {
  if (!report.since) {
    return Text{counted(report.workgroups, "werkgroep", "werkgroepen"),
                counted(report.workgroups, "workgroup", "workgroups")};
  }
  const Text reason = since_reason(report);
  return Text{fmt::format("{} van de {}, {}", report.workgroups,
                          counted(report.all_workgroups, "werkgroep", "werkgroepen"), reason.nl),
              fmt::format("{} of {}, {}", report.workgroups,
                          counted(report.all_workgroups, "workgroup", "workgroups"), reason.en)};
}

} // namespace

Text check_summary(const CheckReport &report) {
  const Text workgroups = workgroups_checked(report);
  return Text{fmt::format("{}, {} in {} van {}", counted(report.errors(), "fout", "fouten"),
                          counted(report.warnings(), "waarschuwing", "waarschuwingen"),
                          counted(report.files, "bestand", "bestanden"), workgroups.nl),
              fmt::format("{}, {} in {} of {}", counted(report.errors(), "error", "errors"),
                          counted(report.warnings(), "warning", "warnings"),
                          counted(report.files, "file", "files"), workgroups.en)};
}

std::string finding_file(const fs::path &root, const fs::path &file) {
  if (file.empty()) {
    return "alearn.yaml";
  }
  const auto relative = file.lexically_relative(root);
  return !relative.empty() && *relative.begin() != ".." ? relative.generic_string() : file.generic_string();
}

std::string finding_place(const fs::path &root, const Error &where) {
  std::string text = one_line(finding_file(root, where.file));
  if (where.line > 0) {
    text += fmt::format(":{}", where.line);
    if (where.column > 0) {
      text += fmt::format(":{}", where.column);
    }
  }
  return text;
}

Json check_json(const CheckView &view) {
  Json findings = Json::array();
  for (std::size_t i = 0; i < view.report.findings.size(); ++i) {
    const Finding &finding = view.report.findings[i];
    findings.push_back({{"file", finding_file(view.root, finding.where.file)},
                        {"line", finding.where.line > 0 ? Json(finding.where.line) : Json(nullptr)},
                        {"column", finding.where.column > 0 ? Json(finding.where.column) : Json(nullptr)},
                        {"level", level_name(finding.level)},
                        {"rule", finding.rule},
                        {"workgroup", text_or_null(finding.workgroup)},
                        {"message", view.messages.at(i)}});
  }
  Json since(nullptr);
  if (const auto &scope = view.report.since) {
    since = Json{{"revision", scope->revision},
                 {"base", scope->base},
                 {"uncommitted", scope->uncommitted == Uncommitted::included},
                 {"changed_files", scope->changed_files},
                 {"all_because", scope->everything_because}};
  }
  return Json{{"errors", view.report.errors()},
              {"warnings", view.report.warnings()},
              {"files", view.report.files},
              {"workgroups", view.report.workgroups},
              {"checked_workgroups", view.report.checked},
              {"workgroups_in_repository", view.report.all_workgroups},
              {"since", since},
              {"findings", findings}};
}

std::string github_annotations(const CheckView &view) {
  std::string out;
  for (std::size_t i = 0; i < view.report.findings.size(); ++i) {
    const Finding &finding = view.report.findings[i];
    std::string properties = "file=" + escape_github(finding_file(view.root, finding.where.file), true);
    if (finding.where.line > 0) {
      properties += fmt::format(",line={}", finding.where.line);
    }
    if (finding.where.column > 0) {
      properties += fmt::format(",col={}", finding.where.column);
    }
    properties += ",title=" + escape_github("alearn check (" + finding.rule + ")", true);
    out += fmt::format("::{} {}::{}\n", level_name(finding.level), properties,
                       escape_github(view.messages.at(i), false));
  }
  return out + "alearn check: " + check_summary(view.report).in(view.lang) + "\n";
}

std::string markdown_cell(std::string_view text) {
  constexpr std::string_view inline_markup = "\\`*_[]()<>!&|~@#:$";
  std::string cell;
  cell.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      // A line break would end the row; no control character belongs in the page.
      cell += ' ';
    } else if (inline_markup.find(c) != std::string_view::npos) {
      // CommonMark takes ASCII punctuation after a backslash as itself: no emphasis, link, code
      // span, HTML, entity, end of the cell ('|'), autolink (':'), math ('$'), @mention or
      // #reference can start. (A table cell holds inline text only: no list, heading or quote.)
      cell += '\\';
      cell += c;
    } else {
      cell += c;
    }
  }
  return cell;
}

std::string github_summary(const CheckView &view) {
  const auto pick = [&](const Text &text) { return text.in(view.lang); };
  std::string out = "## alearn check\n\n" + markdown_cell(pick(check_summary(view.report))) + "\n\n";
  if (view.report.findings.empty()) {
    return out;
  }
  out += fmt::format("| {} | {} | {} | {} | {} |\n|---|---:|---|---|---|\n", pick(Text{"bestand", "file"}),
                     pick(Text{"regel", "line"}), pick(Text{"soort", "level"}),
                     pick(Text{"controle", "rule"}), pick(Text{"melding", "message"}));
  for (std::size_t i = 0; i < view.report.findings.size(); ++i) {
    const Finding &finding = view.report.findings[i];
    const bool error = finding.level == Level::error;
    out += fmt::format("| {} | {} | {} | {} | {} |\n",
                       markdown_cell(finding_file(view.root, finding.where.file)),
                       finding.where.line > 0 ? std::to_string(finding.where.line) : std::string(),
                       pick(error ? Text{"fout", "error"} : Text{"waarschuwing", "warning"}),
                       markdown_cell(finding.rule), markdown_cell(view.messages.at(i)));
  }
  return out;
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

namespace {

// The files with findings, each once, in the report's order.
std::vector<std::string> files_with_findings(const CheckView &view) {
  std::vector<std::string> files;
  for (const auto &finding : view.report.findings) {
    const std::string file = finding_file(view.root, finding.where.file);
    if (std::ranges::find(files, file) == files.end()) {
      files.push_back(file);
    }
  }
  return files;
}

std::string junit_case(const CheckView &view, const std::string &file) {
  std::string out =
      fmt::format("    <testcase classname=\"alearn.check\" name=\"{}\">\n", escape_xml(one_line(file)));
  std::string warnings;
  for (std::size_t i = 0; i < view.report.findings.size(); ++i) {
    const Finding &finding = view.report.findings[i];
    if (finding_file(view.root, finding.where.file) != file) {
      continue;
    }
    const std::string message =
        escape_xml(finding_place(view.root, finding.where) + ": " + view.messages.at(i));
    if (finding.level == Level::error) {
      out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", finding.rule, message,
                         message);
    } else {
      warnings += message + "\n";
    }
  }
  if (!warnings.empty()) {
    out += "      <system-out>" + warnings + "</system-out>\n";
  }
  return out + "    </testcase>\n";
}

} // namespace

std::string junit_xml(const CheckView &view) {
  const std::vector<std::string> files = files_with_findings(view);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"alearn check\" tests=\"{}\" failures=\"{}\">\n", files.size() + 1,
                     view.report.errors());
  out += fmt::format("  <testsuite name=\"alearn check\" tests=\"{}\" failures=\"{}\">\n", files.size() + 1,
                     view.report.errors());
  out += fmt::format("    <testcase classname=\"alearn\" name=\"{}\"/>\n",
                     escape_xml(check_summary(view.report).in(view.lang)));
  for (const auto &file : files) {
    out += junit_case(view, file);
  }
  return out + "  </testsuite>\n</testsuites>\n";
}

} // namespace alearn
