// alearn evaluate [--record] [-m TEXT|-] [--json]: every indicator against its baseline and
// target, with the run-chart signals and when it is measured next (step 14).
#include "commands.hpp"
#include "enums.hpp"
#include "progress.hpp"
#include "record_files.hpp"
#include "render_indicators.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct EvaluateOptions {
  bool record = false;
  std::string date;
  std::optional<std::string> message;
  bool json = false;
};

void print_evaluation(Session &session, const Workgroup &group, Date day,
                      const std::vector<IndicatorStatus> &statuses) {
  const RuleSet rules = session.repository().config.run_chart_rules;
  auto &out = session.io.out;
  out << session.paint(Style::bold, session.t(tr("Evaluatie van {} op {}", "Evaluation of {} on {}",
                                                 group.name, format_date(day))))
      << "\n";
  if (statuses.empty()) {
    out << session.t(tr("Nog geen indicatoren (stap 5): alearn indicator add \"<naam>\"\n",
                        "No indicators yet (step 5): alearn indicator add \"<name>\"\n"));
  }
  for (const auto &status : statuses) {
    const Indicator &indicator = *status.indicator;
    out << "\n" << session.paint(Style::bold, indicator.name) << "  (" << indicator.slug << ")\n";
    out << "  " << values_line(session, status) << "\n";
    if (!status.chart.points.empty()) {
      out << session.t(tr("  mediaan {} · metingen: {}\n", "  median {} · measurements: {}\n",
                          shown_value(session, indicator, status.chart.median), status.chart.points.size()));
    }
    print_signals(session, status, rules);
    out << "  " << due_line(session, status) << "\n";
  }
}

// Records the evaluation with the group's conclusion (from -m or the editor). Prints nothing: the
// caller says what was saved, in the format asked for.
Result<Evaluation> record(Session &session, const Workgroup &group, const EvaluateOptions &options) {
  auto writing = session.start_writing(group, options.date);
  TRY(writing);
  const Form form{
      Text{"Evaluatie", "Evaluation"},
      {{"conclusion",
        Text{"Conclusie", "Conclusion"},
        Text{"Wat concludeert de groep uit de indicatoren? Werken de afspraken, is er genoeg tijd?",
             "What does the group conclude from the indicators? Do the agreements work, is there enough "
             "time?"},
        false,
        {}}}};
  auto conclusion = text_input(session, options.message, {}, form);
  TRY(conclusion);
  return record_evaluation(group, NewEvaluation{writing->author->name, writing->date, *conclusion},
                           session.repository().config.run_chart_rules, session.io.context);
}

Json evaluation_json(Session &session, const Workgroup &group, Date day,
                     const std::vector<IndicatorStatus> &statuses,
                     const std::optional<Evaluation> &recorded) {
  Json list = Json::array();
  for (const auto &status : statuses) {
    list.push_back(status_json(session, status));
  }
  Json json{{"workgroup", group.slug},
            {"date", format_date(day)},
            {"rules", word_of(session.repository().config.run_chart_rules)},
            {"indicators", list}};
  // Only with --record: the evaluation that was saved, so that a script knows it happened.
  if (recorded) {
    json["recorded"] =
        Json{{"id", recorded->id},
             {"file", recorded->file.lexically_relative(session.repository().root).generic_string()}};
  }
  return json;
}

Status run_evaluate(Session &session, const EvaluateOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  // --date looks back: the evaluation as it would have been on that day.
  auto day = record_date(options.date, session.io.context);
  TRY(day);
  const Workgroup then = as_it_stood(**group, *day);
  const auto statuses = indicator_statuses(then, session.repository().config.run_chart_rules, *day);
  // With --json the evaluation is recorded first and then shown with its identifier; as text it
  // is shown first, so that the group sees it before writing its conclusion.
  if (options.json) {
    std::optional<Evaluation> recorded;
    if (options.record) {
      auto evaluation = record(session, **group, options);
      TRY(evaluation);
      recorded = std::move(*evaluation);
    }
    return print_json(session, evaluation_json(session, **group, *day, statuses, recorded));
  }
  print_evaluation(session, **group, *day, statuses);
  if (options.record) {
    auto evaluation = record(session, **group, options);
    TRY(evaluation);
    session.report_saved(tr("\nEvaluatie {} vastgelegd ({} indicatoren).\n",
                            "\nEvaluation {} recorded ({} indicators).\n", evaluation->id,
                            evaluation->items.size()));
    return {};
  }
  // The advice repeats --date, so that it records the view that was just shown.
  Advice advice{Action::evaluate, {}, (*group)->slug};
  if (!options.date.empty()) {
    advice.arguments.push_back(word(Param::date, format_date(*day)));
  }
  advice.arguments.push_back(flag(Param::record));
  advice.arguments.push_back(placeholder(Param::message, "<conclusie>", "<conclusion>"));
  session.io.out << "\n"
                 << session.t(tr("Vastleggen, met de conclusie van de groep: {}\n",
                                 "To record it, with the group's conclusion: {}\n", spell(session, advice)));
  return {};
}

} // namespace

Command bind_evaluate(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<EvaluateOptions>();
  cmd->add_flag("--record", options->record,
                help(lang, "Leg de evaluatie vast, met de conclusie van de groep",
                     "Record the evaluation, with the group's conclusion"));
  cmd->add_option(
      "--date", options->date,
      help(lang, "De datum van de evaluatie, JJJJ-MM-DD (standaard vandaag; latere metingen tellen niet mee)",
           "The date of the evaluation, YYYY-MM-DD (default today; later measurements do not count)"));
  add_message_option(*cmd, options->message, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_evaluate);
}

} // namespace alearn
