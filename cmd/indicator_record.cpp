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
  auto writing = session.start_writing(options.date);
  TRY(writing);
  auto indicator = find_indicator(*writing->group, options.indicator);
  TRY(indicator);
  auto measurement = record_measurement(
      *writing->group, **indicator,
      NewMeasurement{writing->author->name, writing->date, options.value, options.note}, session.io.context);
  TRY(measurement);
  const std::string unit = (*indicator)->unit.empty() ? "" : " " + (*indicator)->unit;
  session.report_saved(tr("{} op {}: {}{}\n", "{} on {}: {}{}\n", (*indicator)->slug,
                          format_date(measurement->date),
                          session.t(readable_value(**indicator, measurement->value)), unit));
  return {};
}

} // namespace

Command bind_indicator_record(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<RecordOptions>();
  cmd->add_option("indicator", options->indicator,
                  help(lang, "De indicator (korte naam, of een uniek begin ervan)",
                       "The indicator (short name, or a unique start of it)"))
      ->required();
  cmd->add_option("value", options->value,
                  help(lang, "De waarde: een getal (2,8 mag), een score 1-5, of yes/no (ja/nee)",
                       "The value: a number, a rating from 1 to 5, or yes/no"))
      ->required();
  add_date_option(*cmd, options->date, lang);
  cmd->add_option("--note", options->note, help(lang, "Een toelichting", "A note"));
  return command_for(options, run_record);
}

} // namespace alearn
