#include "records.hpp"

#include <algorithm>
#include <array>

namespace alearn {

namespace {

// One value of an enum: its name in files and on the command line, and its word for people.
template <typename E> struct Named {
  E value;
  std::string_view name;
  std::string_view nl;
  std::string_view en;
};

template <typename E, std::size_t N> const Named<E> &entry(const std::array<Named<E>, N> &table, E value) {
  return *std::ranges::find(table, value, &Named<E>::value);
}

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<Named<E>, N> &table, std::string_view name) {
  const auto found = std::ranges::find(table, name, &Named<E>::name);
  return found == table.end() ? std::nullopt : std::optional<E>(found->value);
}

template <typename E, std::size_t N> Text label(const std::array<Named<E>, N> &table, E value) {
  const auto &named = entry(table, value);
  return Text{std::string(named.nl), std::string(named.en)};
}

constexpr std::array<Named<LogKind>, 3> log_kinds = {{
    {LogKind::action, "action", "actie", "action"},
    {LogKind::discovery, "discovery", "ontdekking", "discovery"},
    {LogKind::reflection, "reflection", "reflectie", "reflection"},
}};

constexpr std::array<Named<ExploreKind>, 4> explore_kinds = {{
    {ExploreKind::fact, "fact", "feit", "fact"},
    {ExploreKind::experience, "experience", "ervaring", "experience"},
    {ExploreKind::emotion, "emotion", "emotie", "emotion"},
    {ExploreKind::opinion, "opinion", "mening", "opinion"},
}};

constexpr std::array<Named<AssumptionAbout>, 2> abouts = {{
    {AssumptionAbout::problem, "problem", "over het probleem", "about the problem"},
    {AssumptionAbout::solution, "solution", "over oplossingen", "about solutions"},
}};

constexpr std::array<Named<Verdict>, 3> verdicts = {{
    {Verdict::held, "held", "houdt stand", "held"},
    {Verdict::revised, "revised", "bijgesteld", "revised"},
    {Verdict::dropped, "dropped", "vervallen", "dropped"},
}};

constexpr std::array<Named<ResourceKind>, 5> resource_kinds = {{
    {ResourceKind::person, "person", "persoon", "person"},
    {ResourceKind::organisation, "organisation", "organisatie", "organisation"},
    {ResourceKind::literature, "literature", "literatuur", "literature"},
    {ResourceKind::media, "media", "media", "media"},
    {ResourceKind::event, "event", "bijeenkomst", "event"},
}};

constexpr std::array<Named<ExperimentState>, 4> states = {{
    {ExperimentState::planned, "planned", "gepland", "planned"},
    {ExperimentState::running, "running", "loopt", "running"},
    {ExperimentState::finished, "finished", "afgerond", "finished"},
    {ExperimentState::stopped, "stopped", "gestopt", "stopped"},
}};

constexpr std::array<Named<Decision>, 3> decisions = {{
    {Decision::adopt, "adopt", "overnemen", "adopt"},
    {Decision::adapt, "adapt", "aanpassen", "adapt"},
    {Decision::abandon, "abandon", "stoppen", "abandon"},
}};

} // namespace

ExperimentState Experiment::state() const {
  if (stopped) {
    return ExperimentState::stopped;
  }
  if (finished) {
    return ExperimentState::finished;
  }
  return started ? ExperimentState::running : ExperimentState::planned;
}

std::string_view log_kind_name(LogKind kind) { return entry(log_kinds, kind).name; }
std::string_view explore_kind_name(ExploreKind kind) { return entry(explore_kinds, kind).name; }
std::string_view about_name(AssumptionAbout about) { return entry(abouts, about).name; }
std::string_view verdict_name(Verdict verdict) { return entry(verdicts, verdict).name; }
std::string_view resource_kind_name(ResourceKind kind) { return entry(resource_kinds, kind).name; }
std::string_view state_name(ExperimentState state) { return entry(states, state).name; }
std::string_view decision_name(Decision decision) { return entry(decisions, decision).name; }

Text log_kind_label(LogKind kind) { return label(log_kinds, kind); }
Text about_label(AssumptionAbout about) { return label(abouts, about); }
Text explore_kind_label(ExploreKind kind) { return label(explore_kinds, kind); }
Text verdict_label(Verdict verdict) { return label(verdicts, verdict); }
Text resource_kind_label(ResourceKind kind) { return label(resource_kinds, kind); }
Text state_label(ExperimentState state) { return label(states, state); }
Text decision_label(Decision decision) { return label(decisions, decision); }

std::optional<LogKind> parse_log_kind(std::string_view name) { return parse(log_kinds, name); }
std::optional<ExploreKind> parse_explore_kind(std::string_view name) { return parse(explore_kinds, name); }
std::optional<AssumptionAbout> parse_about(std::string_view name) { return parse(abouts, name); }
std::optional<Verdict> parse_verdict(std::string_view name) { return parse(verdicts, name); }
std::optional<ResourceKind> parse_resource_kind(std::string_view name) { return parse(resource_kinds, name); }
std::optional<ExperimentState> parse_state(std::string_view name) { return parse(states, name); }
std::optional<Decision> parse_decision(std::string_view name) { return parse(decisions, name); }

} // namespace alearn
