// alearn report [--format md|html] [-o FILE] [--cycle N] [--json]: the learning journey of one
// workgroup for a network meeting (step 13).
#include "report.hpp"

#include "choices.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "output.hpp"
#include "page_output.hpp"
#include "privacy.hpp"

namespace alearn {

namespace fs = std::filesystem;

namespace {

struct ReportCommandOptions {
  std::string format = "md";
  std::string file;
  std::optional<int> cycle;
  bool allow_personal_data = false;
  Output output;
};

// The report and, beside a Markdown file, one SVG file per chart: report.md, report-<slug>.svg.
Status write_report(Session &session, const Report &report, const ReportCommandOptions &options) {
  const fs::path file = options.file;
  std::size_t charts = 0;
  if (options.format == "html") {
    TRY(write_output_file(session, file, report_html(report, session.lang)));
  } else {
    const std::string stem = file.stem().string();
    for (const ReportIndicator &indicator : report.indicators) {
      if (!indicator.status.chart.points.empty()) {
        TRY(write_output_file(session,
                              file.parent_path() / chart_file_name(stem, *indicator.status.indicator),
                              render_svg_chart(indicator.figure)));
        ++charts;
      }
    }
    TRY(write_output_file(session, file, report_markdown(report, session.lang, stem)));
  }
  session.report_saved(charts == 0
                           ? tr("Verslag geschreven: {}\n", "Report written: {}\n", options.file)
                           : tr("Verslag geschreven: {} (en {} grafieken ernaast)\n",
                                "Report written: {} (and {} charts beside it)\n", options.file, charts));
  return {};
}

Status run_report(Session &session, const ReportCommandOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto report = build_report(session.repository(), **group,
                             ReportOptions{options.cycle, session.io.context.today, session.lang});
  TRY(report);
  if (!options.allow_personal_data && session.repository().config.privacy != Severity::off) {
    TRY(refuse_personal_data(session,
                             personal_data_in_files(report_sources(*report), member_emails(**group))));
  }
  if (options.output.format == OutputFormat::json) {
    return print_json(session, report_json(*report, session.lang));
  }
  if (!options.file.empty()) {
    return write_report(session, *report, options);
  }
  // On standard output a Markdown report has no files beside it: each chart is its table.
  session.io.out << (options.format == "html" ? report_html(*report, session.lang)
                                              : report_markdown(*report, session.lang, {}) + "\n");
  return {};
}

} // namespace

Command bind_report(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ReportCommandOptions>();
  cmd->add_option("--format", options->format,
                  help(lang, "md (Markdown, standaard) of html (één pagina om te delen en te printen)",
                       "md (Markdown, the default) or html (one page to share and print)"))
      ->transform(one_of(plain_choices({"md", "html"}), lang));
  cmd->add_option("-o,--output", options->file,
                  help(lang, "Schrijf naar dit bestand (bij Markdown met de grafieken als SVG ernaast)",
                       "Write to this file (for Markdown with the charts as SVG beside it)"));
  cmd->add_option(
         "--cycle", options->cycle,
         help(lang,
              "Deze cyclus: zijn probleem, ontwerp, datums, indicatoren en experimenten (standaard: het "
              "probleem van de huidige, alle experimenten)",
              "This cycle: its problem, design, dates, indicators and experiments (default: the "
              "current one's problem, every experiment)"))
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--allow-personal-data", options->allow_personal_data,
                help(lang, "Schrijf het verslag ook als er iets in staat dat op persoonsgegevens lijkt",
                     "Write the report even when something in it looks like personal data"));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_report);
}

} // namespace alearn
