#include "criteria.hpp"

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

Text command(std::string_view alearn, std::string_view nl, std::string_view en) {
  return Text{fmt::format("{} {}", alearn, nl), fmt::format("{} {}", alearn, en)};
}

std::vector<Requirement> problem_statement(const Workgroup &group, std::string_view alearn) {
  return {{tr("een beschrijving van het urgente probleem", "a statement of the urgent problem"),
           !group.problem.empty(),
           {command(alearn, R"(workgroup set problem "<het probleem in een paar zinnen>")",
                    R"(workgroup set problem "<the problem in a few sentences>")")}}};
}

std::vector<Requirement> process_design(const Workgroup &group, std::string_view alearn) {
  struct Part {
    const std::string &value;
    std::string_view key;
    Text description;
  };
  const std::vector<Part> parts = {
      {group.design.goal, "goal", tr("het doel van het proces", "the goal of the process")},
      {group.design.means, "means",
       tr("de middelen (tijd, geld, mensen)", "the means (time, money, people)")},
      {group.design.preconditions, "preconditions", tr("de randvoorwaarden", "the preconditions")},
      {group.design.approach, "approach",
       tr("de aanpak (werkconferenties, werkgroepen)", "the approach (work conferences, workgroups)")},
  };
  std::vector<Requirement> requirements;
  requirements.reserve(parts.size());
  for (const auto &part : parts) {
    requirements.push_back({part.description,
                            !part.value.empty(),
                            {command(alearn, fmt::format("workgroup set design.{} \"<tekst>\"", part.key),
                                     fmt::format("workgroup set design.{} \"<text>\"", part.key))}});
  }
  return requirements;
}

std::vector<Requirement> members(const Workgroup &group, std::string_view alearn) {
  return {{tr("leden in de werkgroep (de methode vraagt er 5 tot 7)",
              "members in the workgroup (the method asks for 5 to 7)"),
           !group.members.empty(),
           {command(alearn, R"(workgroup member add "<naam>" --organisation "<organisatie>")",
                    R"(workgroup member add "<name>" --organisation "<organisation>")")}}};
}

std::vector<Requirement> agreements(const Workgroup &group, std::string_view alearn) {
  return {{tr("de afspraken van de groep over het actieleren", "the group's agreements on how it works"),
           !group.agreements.empty(),
           {command(alearn, "workgroup agreement add \"<afspraak>\"",
                    "workgroup agreement add \"<agreement>\"")}}};
}

std::vector<Requirement> plan_and_indicators(const Workgroup &group, std::string_view alearn) {
  const bool has_indicator = std::ranges::any_of(
      group.indicators, [](const Indicator &indicator) { return indicator.target.has_value(); });
  return {
      {tr("een startdatum", "a start date"),
       group.start.has_value(),
       {command(alearn, "workgroup set start JJJJ-MM-DD", "workgroup set start YYYY-MM-DD")}},
      {tr("een einddatum", "an end date"),
       group.end.has_value(),
       {command(alearn, "workgroup set end JJJJ-MM-DD", "workgroup set end YYYY-MM-DD")}},
      {tr("minstens een indicator met een streefwaarde", "at least one indicator with a target"),
       has_indicator,
       {command(alearn,
                "indicator add \"<naam>\" --question \"<hoe merken we het?>\" --unit \"<eenheid>\" "
                "--direction up --baseline <nu> --target <doel> --frequency monthly --owner \"<lid>\"",
                "indicator add \"<name>\" --question \"<how do we notice?>\" --unit \"<unit>\" "
                "--direction up --baseline <now> --target <goal> --frequency monthly --owner \"<member>\"")}},
  };
}

// --- Steps 6 to 12: the records of the work. Records from before the current cycle count for
// the cycle they belong to, not for this one. ---

template <typename T>
std::vector<const T *> this_cycle(const std::vector<T> &records, const Progress &progress) {
  std::vector<const T *> current;
  for (const auto &record : records) {
    if (!progress.cycle_began || record.meta.date >= *progress.cycle_began) {
      current.push_back(&record);
    }
  }
  return current;
}

std::string in_quotes(std::string_view name) { return fmt::format("\"{}\"", name); }

std::vector<Requirement> logbooks_and_meetings(const Workgroup &group, const Progress &progress,
                                               std::string_view alearn) {
  const auto entries = this_cycle(group.logbook, progress);
  std::vector<std::string> missing;
  std::vector<Text> commands;
  for (const auto &member : group.members) {
    const std::string name = fold_for_matching(member.name);
    if (std::ranges::none_of(
            entries, [&](const LogEntry *entry) { return fold_for_matching(entry->meta.author) == name; })) {
      missing.push_back(member.name);
      commands.push_back(command(
          alearn, fmt::format("log add --as {} --kind action -m \"<wat ik deed>\"", in_quotes(member.name)),
          fmt::format("log add --as {} --kind action -m \"<what I did>\"", in_quotes(member.name))));
    }
  }
  std::string names;
  for (const auto &name : missing) {
    names += (names.empty() ? "" : ", ") + name;
  }
  Requirement logbooks{missing.empty() ? tr("een logboekregel van elk lid", "a logbook entry by every member")
                                       : tr("een logboekregel van elk lid (nog niet: {})",
                                            "a logbook entry by every member (not yet: {})", names),
                       !group.members.empty() && missing.empty(), commands};
  Requirement meeting{tr("een verslag van een bijeenkomst", "a report of a meeting"),
                      !this_cycle(group.meetings, progress).empty(),
                      {command(alearn, R"(meeting new --title "<bijeenkomst>" --present all)",
                               R"(meeting new --title "<meeting>" --present all)")}};
  return {logbooks, meeting};
}

std::vector<Requirement> exploration(const Workgroup &group, const Progress &progress,
                                     std::string_view alearn) {
  const auto items = this_cycle(group.exploration, progress);
  std::vector<Requirement> requirements;
  for (const ExploreKind kind :
       {ExploreKind::fact, ExploreKind::experience, ExploreKind::emotion, ExploreKind::opinion}) {
    const bool met =
        std::ranges::any_of(items, [&](const ExplorationItem *item) { return item->kind == kind; });
    const Text label = explore_kind_label(kind);
    const std::string name(explore_kind_name(kind));
    requirements.push_back(
        {Text{fmt::format("minstens één {}", label.nl), fmt::format("at least one {}", label.en)},
         met,
         {command(alearn, fmt::format("explore add --kind {} \"<tekst>\"", name),
                  fmt::format("explore add --kind {} \"<text>\"", name))}});
  }
  return requirements;
}

std::vector<Requirement> assumptions(const Workgroup &group, const Progress &progress, AssumptionAbout about,
                                     std::string_view alearn) {
  const auto all = this_cycle(group.assumptions, progress);
  std::vector<const Assumption *> relevant;
  std::ranges::copy_if(all, std::back_inserter(relevant),
                       [&](const Assumption *a) { return a->about == about; });
  const std::string name(about_name(about));
  std::vector<Text> challenge_commands;
  for (const Assumption *assumption : relevant) {
    if (assumption->challenges.empty()) {
      challenge_commands.push_back(command(
          alearn,
          fmt::format("assumption challenge {} --how \"<hoe uitgedaagd>\" --verdict held|revised|dropped",
                      assumption->meta.id),
          fmt::format(
              "assumption challenge {} --how \"<how it was challenged>\" --verdict held|revised|dropped",
              assumption->meta.id)));
    }
  }
  const bool problem = about == AssumptionAbout::problem;
  return {
      {problem ? tr("minstens één aanname over het probleem", "at least one assumption about the problem")
               : tr("minstens één aanname over oplossingen", "at least one assumption about solutions"),
       !relevant.empty(),
       {command(alearn, fmt::format("assumption add --about {} \"<aanname>\"", name),
                fmt::format("assumption add --about {} \"<assumption>\"", name))}},
      {problem
           ? tr("elke aanname over het probleem uitgedaagd", "every assumption about the problem challenged")
           : tr("elke aanname over oplossingen uitgedaagd", "every assumption about solutions challenged"),
       !relevant.empty() && challenge_commands.empty(), challenge_commands},
  };
}

std::vector<Requirement> network_feedback(const Workgroup &group, const Progress &progress,
                                          std::string_view alearn) {
  return {{tr("feedback uit het netwerk of de organisatie", "feedback from the network or the organisation"),
           !this_cycle(group.feedback, progress).empty(),
           {command(alearn, R"(feedback add --from "<van wie>" "<wat zij zeggen>")",
                    R"(feedback add --from "<whom>" "<what they say>")")}}};
}

std::vector<Requirement> help_and_solutions(const Workgroup &group, const Progress &progress,
                                            std::string_view alearn) {
  std::vector<Requirement> requirements = {
      {tr("minstens één bron van hulp (persoon, organisatie, literatuur, media, bijeenkomst)",
          "at least one source of help (person, organisation, literature, media, event)"),
       !this_cycle(group.resources, progress).empty(),
       {command(alearn, R"(resource add --kind person "<wie of wat kan helpen>")",
                R"(resource add --kind person "<who or what can help>")")}}};
  const auto solutions = assumptions(group, progress, AssumptionAbout::solution, alearn);
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

std::vector<Requirement> experiments_chosen(const Workgroup &group, const Progress &progress,
                                            std::string_view alearn) {
  const auto round = this_round(group, progress);
  std::vector<Text> unowned;
  std::vector<Text> unstarted;
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
      unstarted.push_back(command(alearn, fmt::format("experiment start {}", experiment->meta.id),
                                  fmt::format("experiment start {}", experiment->meta.id)));
    }
  }
  const bool any_started = std::ranges::any_of(
      round, [](const Experiment *experiment) { return experiment->state() != ExperimentState::planned; });
  return {
      {tr("minstens één experiment in ronde {}", "at least one experiment in round {}", progress.round),
       !round.empty(),
       {command(
           alearn,
           R"(experiment new "<titel>" --owner "<lid>" --question "<wat willen we weten?>" --prediction "<wat verwachten we?>")",
           R"(experiment new "<title>" --owner "<member>" --question "<what do we want to know?>" --prediction "<what do we expect?>")")}},
      {tr("elk lopend experiment heeft een eigenaar uit de groep",
          "every open experiment has an owner in the group"),
       unowned.empty(), unowned},
      {tr("minstens één experiment is gestart", "at least one experiment has started"), any_started,
       unstarted},
  };
}

std::vector<Requirement> results_shared(const Workgroup &group, const Progress &progress,
                                        std::string_view alearn) {
  const auto round = this_round(group, progress);
  std::vector<Text> open;
  std::vector<Text> unreflected;
  for (const Experiment *experiment : round) {
    const std::string &id = experiment->meta.id;
    switch (experiment->state()) {
    case ExperimentState::planned:
    case ExperimentState::running:
      open.push_back(command(
          alearn,
          fmt::format(
              R"(experiment finish {} --result "<wat kwam eruit>" --lessons "<wat leren we>" --decision adopt|adapt|abandon)",
              id),
          fmt::format(
              R"(experiment finish {} --result "<what came of it>" --lessons "<what we learn>" --decision adopt|adapt|abandon)",
              id)));
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
       !round.empty() && open.empty(), open},
      {tr("elk afgerond experiment heeft een reflectie en een besluit",
          "every finished experiment has a reflection and a decision"),
       unreflected.empty(), unreflected},
  };
}

// Step 14: an evaluation in this cycle, covering every indicator with enough points to judge.
std::vector<Requirement> evaluated(const Workgroup &group, const Progress &progress,
                                   std::string_view alearn) {
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
  for (const auto &indicator : group.indicators) {
    const auto status = indicator_status(group, indicator, RuleSet::perla, Date{});
    const bool covered = std::ranges::any_of(evaluations, [&](const Evaluation *evaluation) {
      return std::ranges::any_of(
          evaluation->items, [&](const EvaluationItem &item) { return item.indicator == indicator.slug; });
    });
    if (status.chart.enough && !covered) {
      missing += (missing.empty() ? "" : ", ") + indicator.slug;
    }
  }
  const Text record = command(alearn, R"(evaluate --record -m "<wat de groep concludeert>")",
                              R"(evaluate --record -m "<what the group concludes>")");
  return {
      {tr("een evaluatie aan de hand van de indicatoren", "an evaluation against the indicators"),
       !evaluations.empty(),
       {record}},
      {missing.empty() ? tr("elke indicator met genoeg metingen is geëvalueerd",
                            "every indicator with enough measurements is evaluated")
                       : tr("elke indicator met genoeg metingen is geëvalueerd (nog niet: {})",
                            "every indicator with enough measurements is evaluated (not yet: {})", missing),
       missing.empty(), missing.empty() ? std::vector<Text>{} : std::vector<Text>{record}},
  };
}

} // namespace

StepCriteria criteria_for(int step, const Workgroup &group, std::string_view alearn) {
  StepCriteria criteria{step, {}};
  const Progress progress = replay(group.step_events);
  switch (step) {
  case 1:
    criteria.requirements = problem_statement(group, alearn);
    break;
  case 2:
    criteria.requirements = process_design(group, alearn);
    break;
  case 3:
    criteria.requirements = members(group, alearn);
    break;
  case 4:
    criteria.requirements = agreements(group, alearn);
    break;
  case 5:
    criteria.requirements = plan_and_indicators(group, alearn);
    break;
  case 6:
    criteria.requirements = logbooks_and_meetings(group, progress, alearn);
    break;
  case 7:
    criteria.requirements = exploration(group, progress, alearn);
    break;
  case 8:
    criteria.requirements = assumptions(group, progress, AssumptionAbout::problem, alearn);
    break;
  case 9:
    criteria.requirements = network_feedback(group, progress, alearn);
    break;
  case 10:
    criteria.requirements = help_and_solutions(group, progress, alearn);
    break;
  case 11:
    criteria.requirements = experiments_chosen(group, progress, alearn);
    break;
  case 12:
    criteria.requirements = results_shared(group, progress, alearn);
    break;
  case 14:
    criteria.requirements = evaluated(group, progress, alearn);
    break;
  default:
    break;
  }
  return criteria;
}

} // namespace alearn
