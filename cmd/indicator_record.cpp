// alearn indicator record ID VALUE [--date D] [--note TEXT]
#include "commands.hpp"
#include "evaluation.hpp"
#include "measure.hpp"
#include "record_files.hpp"
#include "render_indicators.hpp"

namespace alearn {

namespace {

struct RecordOptions {
  std::string indicator;
  std::string value;
  std::string date;
  std::string note;
};

Status run_record(Session &session, const RecordOptions &options) {
  auto group = session.workgroup();
  if (!group) {
    return std::unexpected(group.error());
  }
  auto indicator = find_indicator(**group, options.indicator);
  auto by = session.writer(**group);
  auto date = record_date(options.date, session.io.context);
  if (!indicator || !by || !date) {
    return std::unexpected(!indicator ? indicator.error() : !by ? by.error() : date.error());
  }
  auto measurement =
      record_measurement(**group, **indicator,
                         NewMeasurement{(*by)->name, *date, options.value, options.note}, session.io.context);
  if (!measurement) {
    return std::unexpected(measurement.error());
  }
  const std::string unit = (*indicator)->unit.empty() ? "" : " " + (*indicator)->unit;
  session.io.out << session.t(tr("{} op {}: {}{}\n", "{} on {}: {}{}\n", (*indicator)->slug,
                                 format_date(measurement->date),
                                 shown_value(session, **indicator, measurement->value), unit));
  return {};
}

} // namespace

void setup_indicator_record(CLI::App &indicator, Registry &registry, Lang lang) {
  auto options = std::make_shared<RecordOptions>();
  CLI::App *cmd =
      indicator.add_subcommand("record", help(lang, "Leg een meting vast", "Record a measurement"));
  cmd->add_option("indicator", options->indicator,
                  help(lang, "De indicator (korte naam, of een uniek begin ervan)",
                       "The indicator (short name, or a unique start of it)"))
      ->required();
  cmd->add_option("value", options->value,
                  help(lang, "De waarde: een getal (2,8 mag), een score 1-5, of yes/no (ja/nee)",
                       "The value: a number, a rating from 1 to 5, or yes/no"))
      ->required();
  cmd->add_option(
      "--date", options->date,
      help(lang, "De datum, JJJJ-MM-DD (standaard vandaag)", "The date, YYYY-MM-DD (default today)"));
  cmd->add_option("--note", options->note, help(lang, "Een toelichting", "A note"));
  cmd->fallthrough();
  registry[cmd] =
      Command{Needs::repository, [options](Session &session) { return run_record(session, *options); }};
}

} // namespace alearn
