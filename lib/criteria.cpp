#include "criteria.hpp"

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

} // namespace

StepCriteria criteria_for(int step, const Workgroup &group, std::string_view alearn) {
  StepCriteria criteria{step, {}};
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
  default:
    break;
  }
  return criteria;
}

} // namespace alearn
