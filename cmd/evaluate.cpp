// alearn evaluate [--record] [-m TEXT|-] [--json]: every indicator against its baseline and
// target, with the run-chart signals and when it is measured next (step 14).
#include "commands.hpp"
#include "enums.hpp"
#include "progress.hpp"
#include "record_files.hpp"
#include "render_indicators.hpp"
#include "render_records.hpp"
#include "spell.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct EvaluateOptions {
  bool record = false;
  std::string date;
  std::optional<std::string> message;
  Output output;
};

// The evaluation as the command shows it.
struct EvaluationView {
  const Workgroup *group = nullptr;
  Date day{};
  std::vector<IndicatorStatus> statuses;
  std::optional<Advice> to_record;    // how to record it, when the command does not
  std::optional<Evaluation> recorded; // JSON only: the evaluation recorded before it is shown
};

void print_evaluation(Session &session, const EvaluationView &view) {
  const RuleSet rules = session.repository().config.run_chart_rules;
  auto &out = session.io.out;
  out << session.paint(Style::bold, session.t(tr("Evaluatie van {} op {}", "Evaluation of {} on {}",
                                                 view.group->name, format_date(view.day))))
      << "\n";
  if (view.statuses.empty()) {
    print_advice(
        session, tr("Nog geen indicatoren (stap 5):", "No indicators yet (step 5):"),
        Advice{Action::indicator_add, {placeholder(Param::text, "<naam>", "<name>")}, view.group->slug});
  }
  for (const auto &status : view.statuses) {
    const Indicator &indicator = *status.indicator;
    out << "\n" << session.paint(Style::bold, indicator.name) << "  (" << indicator.slug << ")\n";
    out << "  " << session.t(values_summary(status)) << "\n";
    if (!status.chart.points.empty()) {
      out << session.t(tr("  mediaan {} · metingen: {}\n", "  median {} · measurements: {}\n",
                          session.t(readable_value(indicator, status.chart.median)),
                          status.chart.points.size()));
    }
    print_signals(session, status, rules);
    out << "  " << due_line(session, status) << "\n";
  }
  if (view.to_record) {
    out << "\n"
        << session.t(tr("Vastleggen, met de conclusie van de groep: {}\n",
                        "To record it, with the group's conclusion: {}\n", spell(session, *view.to_record)));
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

Json evaluation_json(const Session &session, const EvaluationView &view) {
  Json json{{"workgroup", view.group->slug},
            {"date", format_date(view.day)},
            {"rules", word_of(session.repository().config.run_chart_rules)},
            {"indicators", json_list(view.statuses,
                                     [&](const auto &status) { return status_json(status, session.lang); })}};
  // Only with --record: the evaluation that was saved, so that a script knows it happened.
  if (view.recorded) {
    json["recorded"] =
        Json{{"id", view.recorded->id},
             {"file", view.recorded->file.lexically_relative(session.repository().root).generic_string()}};
  }
  return json;
}

constexpr Renderers<EvaluationView> evaluate_renderers{print_evaluation, evaluation_json};

// How to record the evaluation just shown. It repeats --date, so that it records that view.
Advice record_advice(const Workgroup &group, const EvaluateOptions &options, Date day) {
  Advice advice{Action::evaluate, {}, group.slug};
  if (!options.date.empty()) {
    advice.arguments.push_back(word(Param::date, format_date(day)));
  }
  advice.arguments.push_back(flag(Param::record));
  advice.arguments.push_back(placeholder(Param::message, "<conclusie>", "<conclusion>"));
  return advice;
}

Status run_evaluate(Session &session, const EvaluateOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  // --date looks back: the evaluation as it would have been on that day.
  auto day = record_date(options.date, session.io.context);
  TRY(day);
  const Workgroup then = as_it_stood(**group, *day);
  EvaluationView view{
      *group, *day, indicator_statuses(then, session.repository().config.run_chart_rules, *day), {}, {}};
  if (!options.record) {
    view.to_record = record_advice(**group, options, *day);
  }
  // JSON shows the evaluation with its identifier, so it is recorded first; text shows it
  // first, so that the group sees it before writing its conclusion.
  if (options.record && options.output.format == OutputFormat::json) {
    auto evaluation = record(session, **group, options);
    TRY(evaluation);
    view.recorded = std::move(*evaluation);
  }
  TRY(render(session, options.output, view, evaluate_renderers));
  if (!options.record || view.recorded) {
    return {};
  }
  auto evaluation = record(session, **group, options);
  TRY(evaluation);
  session.report_saved(tr("\nEvaluatie {} vastgelegd ({} indicatoren).\n",
                          "\nEvaluation {} recorded ({} indicators).\n", evaluation->id,
                          evaluation->items.size()));
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
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_evaluate);
}

} // namespace alearn
