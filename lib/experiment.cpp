#include "experiment.hpp"

#include "acting_member.hpp"
#include "ids.hpp"
#include "progress.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

namespace {

Result<std::optional<Date>> optional_date(const Document &doc, std::string_view key) {
  return date_field(doc, Data::json_pointer("/" + std::string(key)));
}

} // namespace

Parsed<Experiment> parse_experiment(const Document &doc) {
  auto meta = parse_record_meta(doc, "experiment");
  TRY(meta);
  const Data &data = doc.data;
  Experiment experiment;
  experiment.meta = *meta;
  experiment.title = text_field(data, "title");
  experiment.owner = text_field(data, "owner");
  experiment.question = text_field(data, "question");
  experiment.prediction = text_field(data, "prediction");
  const Data plan = data.value("plan", Data::object());
  experiment.plan = Plan{text_field(plan, "who"), text_field(plan, "what"), text_field(plan, "when"),
                         text_field(plan, "where")};
  experiment.indicators = text_list(data, "indicators");
  experiment.follows = text_field(data, "follows");
  experiment.cycle = static_cast<int>(integer_field(data, "cycle"));
  experiment.round = static_cast<int>(integer_field(data, "round"));
  experiment.reflection = Reflection{text_field(data, "result"),      text_field(data, "observations"),
                                     text_field(data, "comparison"),  text_field(data, "success_factors"),
                                     text_field(data, "bottlenecks"), text_field(data, "lessons")};
  experiment.decision = parse_decision(text_field(data, "decision"));
  experiment.stop_reason = text_field(data, "stop_reason");
  experiment.for_whom = text_field(data, "for_whom");
  if (const Data shared = data.value("shared", Data::object()); !shared.empty()) {
    // The schema asks for both fields and a date's shape; the date itself may still be wrong.
    const auto date = parse_date(text_field(shared, "date"));
    if (!date) {
      return std::unexpected(
          Errors{Error{ErrorKind::input, date_problem(text_field(shared, "date")), doc.file}});
    }
    experiment.shared = Consent{*date, text_field(shared, "by")};
  }
  auto started = optional_date(doc, "started");
  auto finished = optional_date(doc, "finished");
  auto stopped = optional_date(doc, "stopped");
  for (const auto *date : {&started, &finished, &stopped}) {
    if (!*date) {
      return std::unexpected(Errors{date->error()});
    }
  }
  experiment.started = *started;
  experiment.finished = *finished;
  experiment.stopped = *stopped;
  return experiment;
}

namespace {

Result<std::vector<std::string>> indicator_slugs(const Workgroup &group,
                                                 const std::vector<std::string> &given) {
  std::vector<std::string> known;
  known.reserve(group.indicators.size());
  for (const auto &indicator : group.indicators) {
    known.push_back(indicator.slug);
  }
  std::vector<std::string> slugs;
  for (const auto &name : given) {
    const auto matches = match_prefix(name, known);
    if (matches.size() != 1) {
      std::string list;
      for (const auto &slug : known) {
        list += "\n  " + slug;
      }
      return fail(ErrorKind::usage, tr("'{}' is geen indicator van {}; de indicatoren zijn:{}",
                                       "'{}' is not an indicator of {}; the indicators are:{}", name,
                                       group.slug, list.empty() ? std::string(" -") : list));
    }
    slugs.push_back(matches.front());
  }
  return slugs;
}

std::string describe(const Experiment &experiment) {
  return fmt::format("{} ({})", experiment.title, experiment.owner);
}

Result<std::string> followed_id(const Workgroup &group, std::string_view prefix) {
  if (prefix.empty()) {
    return std::string{};
  }
  auto found = find_record<Experiment>(group.experiments, prefix, Text{"experiment", "experiment"},
                                       std::function<std::string(const Experiment &)>(describe));
  TRY(found);
  return (*found)->meta.id;
}

Status require_texts(const NewExperiment &experiment) {
  TRY(require_text(experiment.title, Text{"de titel", "the title"}));
  TRY(require_text(experiment.question, Text{"de vraag", "the question"}, {Param::question}));
  return require_text(experiment.prediction, Text{"de voorspelling", "the prediction"}, {Param::prediction});
}

} // namespace

Result<Experiment> plan_experiment(const Workgroup &group, const NewExperiment &experiment,
                                   const Context &context) {
  auto author = require_acting_member(group, experiment.author);
  auto owner = require_member(group, experiment.owner);
  if (!author || !owner) {
    return std::unexpected(!author ? author.error() : owner.error());
  }
  TRY(require_texts(experiment));
  auto indicators = indicator_slugs(group, experiment.indicators);
  auto follows = followed_id(group, experiment.follows);
  if (!indicators || !follows) {
    return std::unexpected(!indicators ? indicators.error() : follows.error());
  }
  // Once step 11 of this round is done, its experiments are chosen: a new one (an adapted
  // version, say) belongs to the next round.
  const Progress progress = replay(group.step_events);
  const int round = progress.round + (progress.is_done(11) ? 1 : 0);
  const std::string text = FrontMatter()
                               .text("title", experiment.title)
                               .text("owner", (*owner)->name)
                               .date("date", experiment.date)
                               .text("author", (*author)->name)
                               .number("cycle", progress.cycle)
                               .number("round", round)
                               .text("question", experiment.question)
                               .text("prediction", experiment.prediction)
                               .map("plan", {{"who", experiment.plan.who},
                                             {"what", experiment.plan.what},
                                             {"when", experiment.plan.when},
                                             {"where", experiment.plan.where}})
                               .list("indicators", *indicators)
                               .text("follows", *follows)
                               .markdown(experiment.notes);
  return create_record<Experiment>(group.root, group.dir / folders::experiments, text, parse_experiment,
                                   context);
}

namespace {

Text state_text(const Experiment &experiment) {
  switch (experiment.state()) {
  case ExperimentState::planned:
    return tr("is nog niet gestart", "was never started");
  case ExperimentState::running:
    return tr("loopt sinds {}", "has been running since {}", format_date(*experiment.started));
  case ExperimentState::finished:
    return tr("is al afgerond op {}", "was already finished on {}", format_date(*experiment.finished));
  case ExperimentState::stopped:
    break;
  }
  return tr("is al gestopt op {}", "was already stopped on {}", format_date(*experiment.stopped));
}

// "Experiment k3m9x2ab kan niet worden afgerond: het is nog niet gestart. Eerst:", and the advice
// to start it.
Error wrong_state(const Workgroup &group, const Experiment &experiment, const Text &action) {
  const Text state = state_text(experiment);
  Text message{
      fmt::format("experiment {} kan niet worden {}: het {}", experiment.meta.id, action.nl, state.nl),
      fmt::format("cannot {} experiment {}: it {}", action.en, experiment.meta.id, state.en)};
  if (experiment.state() != ExperimentState::planned) {
    return Error{ErrorKind::refused, std::move(message)};
  }
  message.nl += ". Eerst:";
  message.en += ". First:";
  return Error{ErrorKind::refused,
               std::move(message),
               {},
               0,
               0,
               Advice{Action::experiment_start, {word(Param::word, experiment.meta.id)}, group.slug}};
}

Status not_before(Date date, Date earliest, const Text &what) {
  if (date < earliest) {
    return fail(ErrorKind::usage, Text{fmt::format("{} ligt voor {}", format_date(date), what.nl),
                                       fmt::format("{} lies before {}", format_date(date), what.en)});
  }
  return {};
}

Result<Experiment> change(const Workgroup &group, const Experiment &experiment,
                          const std::vector<std::pair<KeyPath, std::string>> &values) {
  if (auto ok = set_record_values(group.root, experiment.meta.file, values, reads_as(parse_experiment));
      !ok) {
    return std::unexpected(ok.error());
  }
  return reread_record<Experiment>(experiment.meta.file, parse_experiment);
}

} // namespace

Status may_start(const Workgroup &group, const Experiment &experiment) {
  if (experiment.state() != ExperimentState::planned) {
    return std::unexpected(wrong_state(group, experiment, Text{"gestart", "start"}));
  }
  return {};
}

Status may_finish(const Workgroup &group, const Experiment &experiment) {
  if (experiment.state() != ExperimentState::running) {
    return std::unexpected(wrong_state(group, experiment, Text{"afgerond", "finish"}));
  }
  return {};
}

Status may_stop(const Workgroup &group, const Experiment &experiment) {
  const ExperimentState state = experiment.state();
  if (state == ExperimentState::finished || state == ExperimentState::stopped) {
    return std::unexpected(wrong_state(group, experiment, Text{"gestopt", "stop"}));
  }
  return {};
}

Result<Experiment> start_experiment(const Workgroup &group, const Experiment &experiment, Date date) {
  TRY(may_start(group, experiment));
  const Text planned =
      tr("de planning ({})", "the day it was planned ({})", format_date(experiment.meta.date));
  TRY(not_before(date, experiment.meta.date, planned));
  return change(group, experiment, {{{"started"}, format_date(date)}});
}

Result<Experiment> finish_experiment(const Workgroup &group, const Experiment &experiment,
                                     const Finish &finish) {
  TRY(may_finish(group, experiment));
  const Text started = tr("de start ({})", "the start ({})", format_date(*experiment.started));
  TRY(not_before(finish.date, *experiment.started, started));
  TRY(require_text(finish.reflection.result, Text{"het resultaat", "the result"}, {Param::result}));
  TRY(require_text(finish.reflection.lessons,
                   Text{"wat de groep ervan leert", "what the group learns from it"}, {Param::lessons}));
  const Reflection &reflection = finish.reflection;
  std::vector<std::pair<KeyPath, std::string>> values = {{{"finished"}, format_date(finish.date)},
                                                         {{"result"}, reflection.result}};
  for (const auto &[key, value] :
       {std::pair{"observations", &reflection.observations}, std::pair{"comparison", &reflection.comparison},
        std::pair{"success_factors", &reflection.success_factors},
        std::pair{"bottlenecks", &reflection.bottlenecks}, std::pair{"lessons", &reflection.lessons}}) {
    if (!value->empty()) {
      values.push_back({{key}, *value});
    }
  }
  values.push_back({{"decision"}, std::string(decision_name(finish.decision))});
  if (!finish.for_whom.empty()) {
    values.push_back({{"for_whom"}, finish.for_whom});
  }
  return change(group, experiment, values);
}

Result<Experiment> stop_experiment(const Workgroup &group, const Experiment &experiment, Date date,
                                   std::string_view reason, std::string_view for_whom) {
  TRY(may_stop(group, experiment));
  TRY(require_text(reason, Text{"de reden", "the reason"}, {Param::reason}));
  const Date earliest = experiment.started.value_or(experiment.meta.date);
  TRY(not_before(date, earliest, Text{format_date(earliest), format_date(earliest)}));
  std::vector<std::pair<KeyPath, std::string>> values = {{{"stopped"}, format_date(date)},
                                                         {{"stop_reason"}, std::string(reason)}};
  if (!for_whom.empty()) {
    values.push_back({{"for_whom"}, std::string(for_whom)});
  }
  return change(group, experiment, values);
}

Result<Experiment> share_experiment(const Workgroup &group, const Experiment &experiment,
                                    const ShareLessons &share) {
  auto by = require_acting_member(group, share.by);
  TRY(by);
  const ExperimentState state = experiment.state();
  if (state != ExperimentState::finished && state != ExperimentState::stopped) {
    const Text label = state_label(state);
    return fail(
        ErrorKind::refused,
        Text{fmt::format("experiment {} is {}: alleen een afgerond of gestopt experiment heeft lessen om "
                         "te delen",
                         experiment.meta.id, label.nl),
             fmt::format("experiment {} is {}: only a finished or stopped experiment has lessons to share",
                         experiment.meta.id, label.en)});
  }
  if (experiment.shared) {
    return fail(ErrorKind::refused, tr("experiment {} is al gedeeld (op {}, door {})",
                                       "experiment {} is shared already (on {}, by {})", experiment.meta.id,
                                       format_date(experiment.shared->date), experiment.shared->by));
  }
  const Date ended = experiment.finished ? *experiment.finished : *experiment.stopped;
  TRY(not_before(share.date, ended, Text{format_date(ended), format_date(ended)}));
  std::vector<std::pair<KeyPath, std::string>> values = {{{"shared", "date"}, format_date(share.date)},
                                                         {{"shared", "by"}, (*by)->name}};
  if (!share.for_whom.empty()) {
    values.push_back({{"for_whom"}, share.for_whom});
  }
  return change(group, experiment, values);
}

Result<std::vector<const Experiment *>> filter_experiments(const Workgroup &group,
                                                           const ExperimentFilter &filter) {
  std::string owner;
  if (!filter.owner.empty()) {
    auto found = require_person(group, filter.owner);
    TRY(found);
    owner = fold_for_matching((*found)->name);
  }
  std::vector<const Experiment *> experiments;
  for (const auto &experiment : group.experiments) {
    if ((!filter.state || experiment.state() == *filter.state) &&
        (owner.empty() || fold_for_matching(experiment.owner) == owner) &&
        (!filter.decision || experiment.decision == filter.decision)) {
      experiments.push_back(&experiment);
    }
  }
  return experiments;
}

std::vector<const Experiment *> experiment_chain(const Workgroup &group, const Experiment &experiment) {
  const auto by_id = [&](std::string_view id) -> const Experiment * {
    const auto found =
        std::ranges::find(group.experiments, id, [](const Experiment &e) { return e.meta.id; });
    return found == group.experiments.end() ? nullptr : &*found;
  };
  std::vector<const Experiment *> chain = {&experiment};
  // Backwards along `follows`; a loop in hand-edited files ends the walk.
  for (const Experiment *at = by_id(experiment.follows);
       at != nullptr && std::ranges::find(chain, at) == chain.end(); at = by_id(at->follows)) {
    chain.insert(chain.begin(), at);
  }
  // Forwards: every experiment that follows one in the chain.
  for (std::size_t i = 0; i < chain.size(); ++i) {
    for (const auto &later : group.experiments) {
      if (later.follows == chain[i]->meta.id && std::ranges::find(chain, &later) == chain.end()) {
        chain.push_back(&later);
      }
    }
  }
  std::ranges::sort(chain, [](const Experiment *a, const Experiment *b) {
    return std::tie(a->meta.date, a->meta.id) < std::tie(b->meta.date, b->meta.id);
  });
  return chain;
}

bool has_reflection(const Experiment &experiment) {
  return !experiment.reflection.result.empty() && !experiment.reflection.lessons.empty();
}

} // namespace alearn
