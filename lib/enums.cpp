#include "enums.hpp"

#include <array>

namespace alearn {

namespace {

constexpr std::array<EnumWord<LogKind>, 3> log_kinds = {{
    {LogKind::action, "action", "actie", "action"},
    {LogKind::discovery, "discovery", "ontdekking", "discovery"},
    {LogKind::reflection, "reflection", "reflectie", "reflection"},
}};

constexpr std::array<EnumWord<ExploreKind>, 4> explore_kinds = {{
    {ExploreKind::fact, "fact", "feit", "fact"},
    {ExploreKind::experience, "experience", "ervaring", "experience"},
    {ExploreKind::emotion, "emotion", "emotie", "emotion"},
    {ExploreKind::opinion, "opinion", "mening", "opinion"},
}};

constexpr std::array<EnumWord<AssumptionAbout>, 2> abouts = {{
    {AssumptionAbout::problem, "problem", "over het probleem", "about the problem", "probleem"},
    {AssumptionAbout::solution, "solution", "over oplossingen", "about solutions", "oplossing"},
}};

constexpr std::array<EnumWord<Verdict>, 3> verdicts = {{
    {Verdict::held, "held", "houdt stand", "held"},
    {Verdict::revised, "revised", "bijgesteld", "revised"},
    {Verdict::dropped, "dropped", "vervallen", "dropped"},
}};

constexpr std::array<EnumWord<ResourceKind>, 5> resource_kinds = {{
    {ResourceKind::person, "person", "persoon", "person"},
    {ResourceKind::organisation, "organisation", "organisatie", "organisation"},
    {ResourceKind::literature, "literature", "literatuur", "literature"},
    {ResourceKind::media, "media", "media", "media"},
    {ResourceKind::event, "event", "bijeenkomst", "event"},
}};

constexpr std::array<EnumWord<ExperimentState>, 4> states = {{
    {ExperimentState::planned, "planned", "gepland", "planned"},
    {ExperimentState::running, "running", "loopt", "running"},
    {ExperimentState::finished, "finished", "afgerond", "finished"},
    {ExperimentState::stopped, "stopped", "gestopt", "stopped"},
}};

constexpr std::array<EnumWord<Decision>, 3> decisions = {{
    {Decision::adopt, "adopt", "overnemen", "adopt"},
    {Decision::adapt, "adapt", "aanpassen", "adapt"},
    {Decision::abandon, "abandon", "stoppen", "abandon"},
}};

constexpr std::array<EnumWord<BlockerKind>, 5> blocker_kinds = {{
    {BlockerKind::law, "law", "wet", "law"},
    {BlockerKind::collective_agreement, "collective_agreement", "cao", "collective agreement"},
    {BlockerKind::inspection, "inspection", "inspectie", "inspection"},
    {BlockerKind::internal_policy, "internal_policy", "intern beleid", "internal policy"},
    {BlockerKind::other, "other", "anders", "other"},
}};

constexpr std::array<EnumWord<BlockerState>, 4> blocker_states = {{
    {BlockerState::noted, "noted", "genoteerd", "noted"},
    {BlockerState::raised, "raised", "aangekaart", "raised"},
    {BlockerState::resolved, "resolved", "opgelost", "resolved"},
    {BlockerState::withdrawn, "withdrawn", "ingetrokken", "withdrawn"},
}};

constexpr std::array<EnumWord<CourseEvent>, 3> course_events = {{
    {CourseEvent::raised, "raised", "aangekaart", "raised"},
    {CourseEvent::resolved, "resolved", "opgelost", "resolved"},
    {CourseEvent::withdrawn, "withdrawn", "ingetrokken", "withdrawn"},
}};

constexpr std::array<EnumWord<IndicatorType>, 3> indicator_types = {{
    {IndicatorType::number, "number", "een getal", "a number", "getal"},
    {IndicatorType::rating, "rating", "een score van 1 tot 5", "a rating from 1 to 5", "score"},
    {IndicatorType::yes_no, "yes-no", "ja of nee", "yes or no", "ja-nee"},
}};

constexpr std::array<EnumWord<Direction>, 2> directions = {{
    {Direction::up, "up", "hoger is beter", "higher is better", "omhoog"},
    {Direction::down, "down", "lager is beter", "lower is better", "omlaag"},
}};

constexpr std::array<EnumWord<StepAction>, 4> step_actions = {{
    {StepAction::done, "done", "afgerond", "done"},
    {StepAction::reopen, "reopen", "heropend", "reopened"},
    {StepAction::again, "again", "nog een ronde", "another round"},
    {StepAction::new_cycle, "new-cycle", "nieuwe cyclus", "new cycle"},
}};

constexpr std::array<EnumWord<RuleSet>, 2> rule_sets = {{
    {RuleSet::perla, "perla", "regels van Perla, Provost en Murray", "rules of Perla, Provost and Murray"},
    {RuleSet::anhoej, "anhoej", "regels van Anhøj en Olesen", "rules of Anhøj and Olesen"},
}};

constexpr std::array<EnumWord<SignalKind>, 6> signal_kinds = {{
    {SignalKind::shift, "shift", "verschuiving", "shift"},
    {SignalKind::trend, "trend", "trend", "trend"},
    {SignalKind::too_few_runs, "too-few-runs", "te weinig runs", "too few runs"},
    {SignalKind::too_many_runs, "too-many-runs", "te veel runs", "too many runs"},
    {SignalKind::astronomical, "astronomical-point", "uitschieter", "astronomical point"},
    {SignalKind::too_few_crossings, "too-few-crossings", "te weinig kruisingen van de mediaan",
     "too few crossings of the median"},
}};

constexpr std::array<EnumWord<Meaning>, 3> meanings = {{
    {Meaning::improvement, "improvement", "verbetering", "improvement"},
    {Meaning::concern, "concern", "zorg", "concern"},
    {Meaning::neutral, "neutral", "signaal", "signal"},
}};

constexpr std::array<EnumWord<Severity>, 3> severities = {{
    {Severity::error, "error", "fout", "error"},
    {Severity::warning, "warning", "waarschuwing", "warning"},
    {Severity::off, "off", "uit", "off"},
}};

} // namespace

const EnumTable<LogKind> &enum_table(LogKind) {
  static constexpr EnumTable<LogKind> table{log_kinds, "log-entry", "/properties/kind/enum"};
  return table;
}

const EnumTable<ExploreKind> &enum_table(ExploreKind) {
  static constexpr EnumTable<ExploreKind> table{explore_kinds, "exploration-item", "/properties/kind/enum"};
  return table;
}

const EnumTable<AssumptionAbout> &enum_table(AssumptionAbout) {
  static constexpr EnumTable<AssumptionAbout> table{abouts, "assumption", "/properties/about/enum"};
  return table;
}

const EnumTable<Verdict> &enum_table(Verdict) {
  static constexpr EnumTable<Verdict> table{verdicts, "assumption",
                                            "/properties/challenges/items/properties/verdict/enum"};
  return table;
}

const EnumTable<ResourceKind> &enum_table(ResourceKind) {
  static constexpr EnumTable<ResourceKind> table{resource_kinds, "resource", "/properties/kind/enum"};
  return table;
}

const EnumTable<ExperimentState> &enum_table(ExperimentState) {
  static constexpr EnumTable<ExperimentState> table{states, {}, {}};
  return table;
}

const EnumTable<Decision> &enum_table(Decision) {
  static constexpr EnumTable<Decision> table{decisions, "experiment", "/properties/decision/enum"};
  return table;
}

const EnumTable<BlockerKind> &enum_table(BlockerKind) {
  static constexpr EnumTable<BlockerKind> table{blocker_kinds, "blocker", "/properties/kind/enum"};
  return table;
}

// A blocker's state follows from its course.
const EnumTable<BlockerState> &enum_table(BlockerState) {
  static constexpr EnumTable<BlockerState> table{blocker_states, {}, {}};
  return table;
}

const EnumTable<CourseEvent> &enum_table(CourseEvent) {
  static constexpr EnumTable<CourseEvent> table{course_events, "blocker",
                                                "/properties/course/items/properties/event/enum"};
  return table;
}

const EnumTable<IndicatorType> &enum_table(IndicatorType) {
  static constexpr EnumTable<IndicatorType> table{indicator_types, "indicator", "/properties/type/enum"};
  return table;
}

const EnumTable<Direction> &enum_table(Direction) {
  static constexpr EnumTable<Direction> table{directions, "indicator", "/properties/direction/enum"};
  return table;
}

const EnumTable<StepAction> &enum_table(StepAction) {
  static constexpr EnumTable<StepAction> table{step_actions, "step-event", "/properties/action/enum"};
  return table;
}

const EnumTable<RuleSet> &enum_table(RuleSet) {
  static constexpr EnumTable<RuleSet> table{rule_sets, "config",
                                            "/properties/run_chart/properties/rules/enum"};
  return table;
}

const EnumTable<SignalKind> &enum_table(SignalKind) {
  static constexpr EnumTable<SignalKind> table{
      signal_kinds, "evaluation",
      "/properties/indicators/items/properties/signals/items/properties/kind/enum"};
  return table;
}

const EnumTable<Meaning> &enum_table(Meaning) {
  static constexpr EnumTable<Meaning> table{
      meanings, "evaluation",
      "/properties/indicators/items/properties/signals/items/properties/meaning/enum"};
  return table;
}

const EnumTable<Severity> &enum_table(Severity) {
  static constexpr EnumTable<Severity> table{severities, "config",
                                             "/properties/check/properties/overdue/enum"};
  return table;
}

} // namespace alearn
