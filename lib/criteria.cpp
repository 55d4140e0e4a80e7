#include "criteria.hpp"

#include "cycle.hpp"
#include "enums.hpp"
#include "experiment.hpp"
#include "ids.hpp"

#include <algorithm>

namespace alearn {

bool StepCriteria::all_met() const { return std::ranges::all_of(requirements, &Requirement::met); }

std::vector<Requirement> StepCriteria::unmet() const {
  std::vector<Requirement> missing;
  std::ranges::copy_if(requirements, std::back_inserter(missing),
                       [](const Requirement &r) { return !r.met; });
  return missing;
}

namespace {

Advice advise(const Workgroup &group, Action action, std::vector<Argument> arguments) {
  return Advice{action, std::move(arguments), group.slug};
}

// Steps 1, 2 and 5 look at the current cycle's problem, design and dates: a new cycle sets them
// anew (cycle.hpp).
std::vector<Requirement> problem_statement(const Workgroup &group, const Cycle &cycle) {
  return {
      {tr("een beschrijving van het urgente probleem", "a statement of the urgent problem"),
       !cycle.problem.empty(),
       {advise(group, Action::workgroup_set,
               {word(Param::word, "problem"), placeholder(Param::text, "<het probleem in een paar zinnen>",
                                                          "<the problem in a few sentences>")})},
       {}}};
}

std::vector<Requirement> process_design(const Workgroup &group, const Cycle &cycle) {
  struct Part {
    const std::string &value;
    std::string_view key;
    Text description;
  };
  const std::vector<Part> parts = {
      {cycle.design.goal, "goal", tr("het doel van het proces", "the goal of the process")},
      {cycle.design.means, "means",
       tr("de middelen (tijd, geld, mensen)", "the means (time, money, people)")},
      {cycle.design.preconditions, "preconditions", tr("de randvoorwaarden", "the preconditions")},
      {cycle.design.approach, "approach",
       tr("de aanpak (werkconferenties, werkgroepen)", "the approach (work conferences, workgroups)")},
  };
  std::vector<Requirement> requirements;
  requirements.reserve(parts.size());
  for (const auto &part : parts) {
    requirements.push_back({part.description,
                            !part.value.empty(),
                            {advise(group, Action::workgroup_set,
                                    {word(Param::word, fmt::format("design.{}", part.key)),
                                     placeholder(Param::text, "<tekst>", "<text>")})},
                            {}});
  }
  return requirements;
}

std::vector<Requirement> members(const Workgroup &group) {
  return {{tr("leden in de werkgroep (de methode vraagt er 5 tot 7)",
              "members in the workgroup (the method asks for 5 to 7)"),
           !group.members.empty(),
           {advise(group, Action::workgroup_member_add,
                   {placeholder(Param::text, "<naam>", "<name>"),
                    placeholder(Param::organisation, "<organisatie>", "<organisation>")})},
           {}}};
}

std::vector<Requirement> agreements(const Workgroup &group) {
  return {{tr("de afspraken van de groep over het actieleren", "the group's agreements on how it works"),
           !group.agreements.empty(),
           {advise(group, Action::workgroup_agreement_add,
                   {placeholder(Param::text, "<afspraak>", "<agreement>")})},
           {}}};
}

std::vector<Requirement> plan_and_indicators(const Workgroup &group, const Cycle &cycle) {
  const bool has_indicator =
      std::ranges::any_of(indicators_in(group, cycle.number),
                          [](const Indicator *indicator) { return indicator->target.has_value(); });
  const auto set_date = [&](std::string_view key) {
    return advise(
        group, Action::workgroup_set,
        {word(Param::word, std::string(key)), placeholder(Param::word, "JJJJ-MM-DD", "YYYY-MM-DD")});
  };
  return {
      {tr("een startdatum", "a start date"), cycle.start.has_value(), {set_date("start")}, {}},
      {tr("een einddatum", "an end date"), cycle.end.has_value(), {set_date("end")}, {}},
      {tr("minstens een indicator met een streefwaarde", "at least one indicator with a target"),
       has_indicator,
       {advise(group, Action::indicator_add,
               {placeholder(Param::text, "<naam>", "<name>"),
                placeholder(Param::question, "<hoe merken we het?>", "<how do we notice?>"),
                placeholder(Param::unit, "<eenheid>", "<unit>"),
                word(Param::direction, std::string(word_of(Direction::up))),
                placeholder(Param::baseline, "<nu>", "<now>"), placeholder(Param::target, "<doel>", "<goal>"),
                word(Param::frequency, "monthly"), placeholder(Param::owner, "<lid>", "<member>")})},
       {}},
  };
}

// --- Steps 6 to 12: the records of the work. Records of an earlier cycle count for the cycle
// they belong to, not for this one. ---

template <typename T>
std::vector<const T *> this_cycle(const Workgroup &group, const std::vector<T> &records,
                                  const Progress &progress) {
  return records_in(group, records, progress.cycle);
}

std::vector<Requirement> logbooks_and_meetings(const Workgroup &group, const Progress &progress) {
  const auto entries = this_cycle(group, group.logbook, progress);
  std::vector<std::string> missing;
  std::vector<Advice> advice;
  for (const auto &member : group.members) {
    const std::string name = fold_for_matching(member.name);
    if (std::ranges::none_of(
            entries, [&](const LogEntry *entry) { return fold_for_matching(entry->meta.author) == name; })) {
      missing.push_back(member.name);
      advice.push_back(
          advise(group, Action::log_add,
                 {word(Param::as, member.name), word(Param::kind, std::string(word_of(LogKind::action))),
                  placeholder(Param::message, "<wat ik deed>", "<what I did>")}));
    }
  }
  std::string names;
  for (const auto &name : missing) {
    names += (names.empty() ? "" : ", ") + name;
  }
  Requirement logbooks{missing.empty() ? tr("een logboekregel van elk lid", "a logbook entry by every member")
                                       : tr("een logboekregel van elk lid (nog niet: {})",
                                            "a logbook entry by every member (not yet: {})", names),
                       !group.members.empty() && missing.empty(),
                       advice,
                       {}};
  Requirement meeting{
      tr("een verslag van een bijeenkomst", "a report of a meeting"),
      !this_cycle(group, group.meetings, progress).empty(),
      {advise(group, Action::meeting_new,
              {placeholder(Param::title, "<bijeenkomst>", "<meeting>"), word(Param::present, "all")})},
      {}};
  return {logbooks, meeting};
}

std::vector<Requirement> exploration(const Workgroup &group, const Progress &progress) {
  const auto items = this_cycle(group, group.exploration, progress);
  std::vector<Requirement> requirements;
  for (const auto &kind : enum_words<ExploreKind>()) {
    const bool met =
        std::ranges::any_of(items, [&](const ExplorationItem *item) { return item->kind == kind.value; });
    requirements.push_back(
        {Text{fmt::format("minstens één {}", kind.nl), fmt::format("at least one {}", kind.en)},
         met,
         {advise(group, Action::explore_add,
                 {word(Param::kind, std::string(kind.word)), placeholder(Param::text, "<tekst>", "<text>")})},
         {}});
  }
  return requirements;
}

std::vector<Requirement> assumptions(const Workgroup &group, const Progress &progress,
                                     AssumptionAbout about) {
  const auto all = this_cycle(group, group.assumptions, progress);
  std::vector<const Assumption *> relevant;
  std::ranges::copy_if(all, std::back_inserter(relevant),
                       [&](const Assumption *a) { return a->about == about; });
  std::vector<Advice> challenges;
  for (const Assumption *assumption : relevant) {
    if (assumption->challenges.empty()) {
      challenges.push_back(advise(group, Action::assumption_challenge,
                                  {word(Param::word, assumption->meta.id),
                                   placeholder(Param::how, "<hoe uitgedaagd>", "<how it was challenged>"),
                                   word(Param::verdict, alternatives<Verdict>())}));
    }
  }
  const bool problem = about == AssumptionAbout::problem;
  return {
      {problem ? tr("minstens één aanname over het probleem", "at least one assumption about the problem")
               : tr("minstens één aanname over oplossingen", "at least one assumption about solutions"),
       !relevant.empty(),
       {advise(group, Action::assumption_add,
               {word(Param::about, std::string(word_of(about))),
                placeholder(Param::text, "<aanname>", "<assumption>")})},
       {}},
      {problem
           ? tr("elke aanname over het probleem uitgedaagd", "every assumption about the problem challenged")
           : tr("elke aanname over oplossingen uitgedaagd", "every assumption about solutions challenged"),
       !relevant.empty() && challenges.empty(),
       challenges,
       {}},
  };
}

std::vector<Requirement> network_feedback(const Workgroup &group, const Progress &progress) {
  return {{tr("feedback uit het netwerk of de organisatie", "feedback from the network or the organisation"),
           !this_cycle(group, group.feedback, progress).empty(),
           {advise(group, Action::feedback_add,
                   {placeholder(Param::from, "<van wie>", "<whom>"),
                    placeholder(Param::text, "<wat zij zeggen>", "<what they say>")})},
           {}}};
}

// Step 13: the results shared in a meeting open to others, prepared with a report.
std::vector<Requirement> results_presented(const Workgroup &group, const Progress &progress) {
  return {
      {tr("de resultaten gedeeld in een open bijeenkomst", "the results shared at an open meeting"),
       !this_cycle(group, group.sharing, progress).empty(),
       {advise(group, Action::report,
               {word(Param::format, "html"), placeholder(Param::output, "leertraject.html", "journey.html")}),
        advise(group, Action::share_add,
               {placeholder(Param::where, "<welke bijeenkomst>", "<which meeting>"),
                placeholder(Param::present, "<wie>", "<who>"),
                placeholder(Param::text, "<hoe reageerden zij>", "<how they reacted>")})},
       {}}};
}

std::vector<Requirement> help_and_solutions(const Workgroup &group, const Progress &progress) {
  std::vector<Requirement> requirements = {
      {tr("minstens één bron van hulp (persoon, organisatie, literatuur, media, bijeenkomst)",
          "at least one source of help (person, organisation, literature, media, event)"),
       !this_cycle(group, group.resources, progress).empty(),
       {advise(group, Action::resource_add,
               {word(Param::kind, std::string(word_of(ResourceKind::person))),
                placeholder(Param::text, "<wie of wat kan helpen>", "<who or what can help>")})},
       {}}};
  const auto solutions = assumptions(group, progress, AssumptionAbout::solution);
  requirements.insert(requirements.end(), solutions.begin(), solutions.end());
  return requirements;
}

std::vector<const Experiment *> this_round(const Workgroup &group, const Progress &progress) {
  std::vector<const Experiment *> round;
  for (const auto &experiment : group.experiments) {
    if (experiment.cycle == progress.cycle && experiment.round == progress.round) {
      round.push_back(&experiment);
    }
  }
  return round;
}

std::vector<Requirement> experiments_chosen(const Workgroup &group, const Progress &progress) {
  const auto round = this_round(group, progress);
  std::vector<Text> unowned;
  std::vector<Advice> unstarted;
  for (const Experiment *experiment : round) {
    const auto state = experiment->state();
    if (state != ExperimentState::finished && state != ExperimentState::stopped &&
        find_member(group, experiment->owner) == nullptr) {
      unowned.push_back(Text{fmt::format("{}: {} is geen lid; pas 'owner' aan in {}", experiment->meta.id,
                                         experiment->owner, experiment->meta.file.filename().string()),
                             fmt::format("{}: {} is not a member; change 'owner' in {}", experiment->meta.id,
                                         experiment->owner, experiment->meta.file.filename().string())});
    }
    if (state == ExperimentState::planned) {
      unstarted.push_back(advise(group, Action::experiment_start, {word(Param::word, experiment->meta.id)}));
    }
  }
  const bool any_started = std::ranges::any_of(
      round, [](const Experiment *experiment) { return experiment->state() != ExperimentState::planned; });
  return {
      {tr("minstens één experiment in ronde {}", "at least one experiment in round {}", progress.round),
       !round.empty(),
       {advise(group, Action::experiment_new,
               {placeholder(Param::text, "<titel>", "<title>"),
                placeholder(Param::owner, "<lid>", "<member>"),
                placeholder(Param::question, "<wat willen we weten?>", "<what do we want to know?>"),
                placeholder(Param::prediction, "<wat verwachten we?>", "<what do we expect?>")})},
       {}},
      {tr("elk lopend experiment heeft een eigenaar uit de groep",
          "every open experiment has an owner in the group"),
       unowned.empty(),
       {},
       unowned},
      {tr("minstens één experiment is gestart", "at least one experiment has started"),
       any_started,
       unstarted,
       {}},
  };
}

std::vector<Requirement> results_shared(const Workgroup &group, const Progress &progress) {
  const auto round = this_round(group, progress);
  std::vector<Advice> open;
  std::vector<Text> unreflected;
  for (const Experiment *experiment : round) {
    const std::string &id = experiment->meta.id;
    switch (experiment->state()) {
    case ExperimentState::planned:
    case ExperimentState::running:
      open.push_back(
          advise(group, Action::experiment_finish,
                 {word(Param::word, id), placeholder(Param::result, "<wat kwam eruit>", "<what came of it>"),
                  placeholder(Param::lessons, "<wat leren we>", "<what we learn>"),
                  word(Param::decision, alternatives<Decision>())}));
      break;
    case ExperimentState::finished:
      if (!has_reflection(*experiment) || !experiment->decision) {
        unreflected.push_back(Text{fmt::format("{}: vul 'result', 'lessons' en 'decision' aan in {}", id,
                                               experiment->meta.file.filename().string()),
                                   fmt::format("{}: fill in 'result', 'lessons' and 'decision' in {}", id,
                                               experiment->meta.file.filename().string())});
      }
      break;
    case ExperimentState::stopped:
      break;
    }
  }
  return {
      {tr("elk experiment van ronde {} is afgerond of gestopt",
          "every experiment of round {} is finished or stopped", progress.round),
       !round.empty() && open.empty(),
       open,
       {}},
      {tr("elk afgerond experiment heeft een reflectie en een besluit",
          "every finished experiment has a reflection and a decision"),
       unreflected.empty(),
       {},
       unreflected},
  };
}

// Step 14: an evaluation in this cycle, covering every indicator with enough points to judge.
std::vector<Requirement> evaluated(const Workgroup &group, const Progress &progress) {
  const auto evaluations = [&] {
    std::vector<const Evaluation *> current;
    for (const auto &evaluation : group.evaluations) {
      if (evaluation.cycle == progress.cycle) {
        current.push_back(&evaluation);
      }
    }
    return current;
  }();
  std::string missing;
  for (const Indicator *shown : indicators_in(group, progress.cycle)) {
    const Indicator &indicator = *shown;
    const auto status = indicator_status(group, indicator, RuleSet::perla, Date{});
    const bool covered = std::ranges::any_of(evaluations, [&](const Evaluation *evaluation) {
      return std::ranges::any_of(
          evaluation->items, [&](const EvaluationItem &item) { return item.indicator == indicator.slug; });
    });
    if (status.chart.enough && !covered) {
      missing += (missing.empty() ? "" : ", ") + indicator.slug;
    }
  }
  const Advice record = advise(group, Action::evaluate,
                               {flag(Param::record), placeholder(Param::message, "<wat de groep concludeert>",
                                                                 "<what the group concludes>")});
  return {
      {tr("een evaluatie aan de hand van de indicatoren", "an evaluation against the indicators"),
       !evaluations.empty(),
       {record},
       {}},
      {missing.empty() ? tr("elke indicator met genoeg metingen is geëvalueerd",
                            "every indicator with enough measurements is evaluated")
                       : tr("elke indicator met genoeg metingen is geëvalueerd (nog niet: {})",
                            "every indicator with enough measurements is evaluated (not yet: {})", missing),
       missing.empty(),
       missing.empty() ? std::vector<Advice>{} : std::vector<Advice>{record},
       {}},
  };
}

} // namespace

StepCriteria criteria_for(int step, const Workgroup &group) {
  StepCriteria criteria{step, {}};
  const Progress progress = replay(group.step_events);
  const Cycle cycle = current_cycle(group);
  switch (step) {
  case 1:
    criteria.requirements = problem_statement(group, cycle);
    break;
  case 2:
    criteria.requirements = process_design(group, cycle);
    break;
  case 3:
    criteria.requirements = members(group);
    break;
  case 4:
    criteria.requirements = agreements(group);
    break;
  case 5:
    criteria.requirements = plan_and_indicators(group, cycle);
    break;
  case 6:
    criteria.requirements = logbooks_and_meetings(group, progress);
    break;
  case 7:
    criteria.requirements = exploration(group, progress);
    break;
  case 8:
    criteria.requirements = assumptions(group, progress, AssumptionAbout::problem);
    break;
  case 9:
    criteria.requirements = network_feedback(group, progress);
    break;
  case 10:
    criteria.requirements = help_and_solutions(group, progress);
    break;
  case 11:
    criteria.requirements = experiments_chosen(group, progress);
    break;
  case 12:
    criteria.requirements = results_shared(group, progress);
    break;
  case 13:
    criteria.requirements = results_presented(group, progress);
    break;
  case 14:
    criteria.requirements = evaluated(group, progress);
    break;
  default:
    break;
  }
  return criteria;
}

} // namespace alearn
