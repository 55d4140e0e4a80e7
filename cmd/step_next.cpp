// alearn step next [--json]: where the workgroup stands and what to do next.
#include "commands.hpp"
#include "criteria.hpp"
#include "cycle.hpp"
#include "indicator_edit.hpp"
#include "lifecycle.hpp"
#include "output.hpp"
#include "render_records.hpp"
#include "spell.hpp"

namespace alearn {

namespace {

struct NextOptions {
  Output output;
};

// Where the workgroup stands: its progress, and what the current step needs (none when every
// step of the cycle is done).
struct Next {
  const Workgroup *group = nullptr;
  Progress progress;
  StepCriteria criteria;
  std::vector<OpenAction> open_actions;
  std::optional<PastEnd> past_end;
  std::optional<CycleNews> news; // at the start of a new cycle: what is new
};

std::string slugs_or_none(const std::vector<std::string> &slugs) {
  std::string text;
  for (const auto &slug : slugs) {
    text += (text.empty() ? "" : ", ") + slug;
  }
  return text.empty() ? std::string("-") : text;
}

void print_news(Session &session, const CycleNews &news) {
  auto &out = session.io.out;
  const std::string began = news.began ? format_date(*news.began) : "?";
  if (!news.own_file) {
    // Begun in format 1, or by an alearn from before cycles had files: one set for every cycle.
    out << wrap(session.t(
                    tr("Cyclus {} begon op {}. Hij heeft geen eigen bestand: het probleem, het ontwerp "
                       "en de datums zijn die in workgroup.md, en elke indicator gaat mee. Zet ze daar "
                       "opnieuw met workgroup set.",
                       "Cycle {} began on {}. It has no file of its own: its problem, design and dates "
                       "are those in workgroup.md, and every indicator goes on. Set them anew there with "
                       "workgroup set.",
                       news.number, began)),
                78, "")
        << "\n";
    return;
  }
  out << wrap(
      session.t(tr("Cyclus {} begon op {} en begint opnieuw: een eigen probleem (stap 1), ontwerp "
                   "(stap 2), einddatum en indicatoren (stap 5). Die van cyclus {} blijven te zien met "
                   "--cycle {}.",
                   "Cycle {} began on {} and starts afresh: a problem (step 1), design (step 2), end "
                   "date and indicators (step 5) of its own. Those of cycle {} stay readable with "
                   "--cycle {}.",
                   news.number, began, news.number - 1, news.number - 1)),
      78, "");
  out << session.t(tr("Indicatoren meegenomen uit cyclus {}: {}\n",
                      "Indicators carried over from cycle {}: {}\n", news.number - 1,
                      slugs_or_none(news.kept)));
  if (!news.dropped.empty()) {
    out << session.t(tr("Niet meegenomen: {}\n", "Not carried over: {}\n", slugs_or_none(news.dropped)));
  }
  if (!news.added.empty()) {
    out << session.t(tr("Nieuw in deze cyclus: {}\n", "New in this cycle: {}\n", slugs_or_none(news.added)));
  }
  out << "\n";
}

Json news_json(const std::optional<CycleNews> &news) {
  if (!news) {
    return nullptr;
  }
  return Json{{"cycle", news->number},
              {"began", date_json(news->began)},
              {"kept_indicators", news->kept},
              {"dropped_indicators", news->dropped},
              {"new_indicators", news->added}};
}

// How many open actions step next lists; workgroup show lists them all.
constexpr std::size_t open_actions_shown = 5;

Json past_end_json(const Session &session, const std::optional<PastEnd> &ended) {
  if (!ended) {
    return nullptr;
  }
  return Json{
      {"end", format_date(ended->end)},
      {"message", session.t(ended->message)},
      {"commands", json_list(ended->ways_out, [&](const Advice &way) { return spell(session, way); })}};
}

void print_past_end(Session &session, const std::optional<PastEnd> &ended) {
  if (!ended) {
    return;
  }
  print_note(session, ended->message);
  for (const Advice &way : ended->ways_out) {
    session.io.out << "  " << session.paint(Style::cyan, spell(session, way)) << "\n";
  }
}

// Indicators nobody measures any more, since their owner left, with the command that hands
// each to a member.
void print_owners_gone(Session &session, const Workgroup &group) {
  for (const auto &gone : owners_gone(group)) {
    print_note(session, gone.message);
    session.io.out << "  " << session.paint(Style::cyan, spell(session, gone.advice)) << "\n";
  }
}

Json owners_gone_json(const Session &session, const Workgroup &group) {
  return json_list(owners_gone(group), [&](const OwnerGone &gone) {
    return Json{{"indicator", gone.indicator->slug},
                {"owner", gone.former->name},
                {"message", session.t(gone.message)},
                {"command", spell(session, gone.advice)}};
  });
}

// What the group has to do besides the step: its open actions, a course past its end date, and
// indicators whose owner left.
void print_besides(Session &session, const Next &next) {
  if (!next.open_actions.empty()) {
    session.io.out << "\n";
  }
  print_open_actions(session, *next.group, next.open_actions, open_actions_shown);
  print_past_end(session, next.past_end);
  print_owners_gone(session, *next.group);
}

// The commands that close the step, as the user would type them. Step 12 has two: the round is
// done and the group moves on, or another round of experiments follows.
std::vector<std::string> closing_commands(const Session &session, const Workgroup &group, int step) {
  const Advice done{Action::step_done, {word(Param::word, std::to_string(step))}, group.slug};
  if (step == 12) {
    Advice again = done;
    again.arguments.push_back(flag(Param::again));
    return {spell(session, done), spell(session, again)};
  }
  return {spell(session, done)};
}

std::string new_cycle_command(const Session &session, const Workgroup &group) {
  return spell(session, Advice{Action::step_done,
                               {word(Param::word, std::to_string(step_count)), flag(Param::new_cycle)},
                               group.slug});
}

void print_requirements(Session &session, const Workgroup &group, const StepCriteria &criteria) {
  const auto missing = criteria.unmet();
  if (criteria.requirements.empty()) {
    session.io.out << wrap(
        session.t(tr("alearn kan het resultaat van deze stap niet in de repository zien: de groep "
                     "beslist wanneer hij af is.",
                     "alearn cannot see this step's result in the repository: the group decides "
                     "when it is done.")),
        78, "");
  } else if (missing.empty()) {
    session.io.out << session.paint(Style::green, session.t(tr("Alles wat alearn kan zien is er.",
                                                               "Everything alearn can see is there.")))
                   << "\n";
  } else {
    session.io.out << session.paint(Style::bold, session.t(tr("Nog nodig:", "Still missing:"))) << "\n";
    for (const auto &requirement : missing) {
      session.io.out << "  - " << session.t(requirement.description) << "\n";
      for (const auto &command : what_to_do(session, requirement)) {
        session.io.out << "      " << session.paint(Style::cyan, command) << "\n";
      }
    }
  }
  const auto closing = closing_commands(session, group, criteria.step);
  const Text close = missing.empty() ? tr("Stap afronden: ", "Close the step: ")
                                     : tr("Daarna de stap afronden: ", "Then close the step: ");
  session.io.out << session.t(close) << session.paint(Style::cyan, closing.front()) << "\n";
  if (closing.size() > 1) {
    session.io.out << session.t(tr("Of, voor nog een ronde: ", "Or, for another round: "))
                   << session.paint(Style::cyan, closing.back()) << "\n";
  }
}

Json next_json(const Session &session, const Next &next) {
  const Workgroup &group = *next.group;
  const Progress &progress = next.progress;
  const int current = progress.current();
  Json json{
      {"workgroup", group.slug}, {"name", group.name}, {"cycle", progress.cycle}, {"round", progress.round}};
  json["flags"] = flags_json(session, group);
  json["open_actions"] = json_list(next.open_actions, open_action_json);
  json["past_end"] = past_end_json(session, next.past_end);
  json["owners_left"] = owners_gone_json(session, group);
  json["new_cycle"] = news_json(next.news);
  if (current == 0) {
    json["step"] = nullptr;
    json["commands"] = Json::array({new_cycle_command(session, group)});
    return json;
  }
  const StepInfo &info = step_info(current);
  json["phase"] = phase_id(info.phase);
  json["phase_label"] = phase_label(session, info.phase);
  json["step"] = Json{{"number", info.number},
                      {"title", std::string(session.t(info.title))},
                      {"guidance", std::string(session.t(info.guidance))},
                      {"checked_by_alearn", !next.criteria.requirements.empty()},
                      {"requirements", requirements_json(session, next.criteria)}};
  json["commands"] = closing_commands(session, group, current);
  return json;
}

void print_next(Session &session, const Next &next) {
  const Workgroup &group = *next.group;
  const int current = next.progress.current();
  auto &out = session.io.out;
  out << session.t(tr("Werkgroep: ", "Workgroup: ")) << session.paint(Style::bold, group.name) << " ("
      << group.slug << ")\n";
  if (current == 0) {
    out << session.t(tr("Alle 15 stappen van cyclus {} zijn af. Een nieuwe cyclus begint met:\n  {}\n",
                        "All 15 steps of cycle {} are done. A new cycle starts with:\n  {}\n",
                        next.progress.cycle, new_cycle_command(session, group)));
    print_besides(session, next);
    return;
  }
  const StepInfo &info = step_info(current);
  out << session.t(tr("Cyclus {} · fase: {} · ronde {}\n\n", "Cycle {} · phase: {} · round {}\n\n",
                      next.progress.cycle, phase_label(session, info.phase), next.progress.round));
  if (next.news) {
    print_news(session, *next.news);
  }
  out << session.paint(Style::bold, session.t(tr("Stap {} van 15: ", "Step {} of 15: ", current)) +
                                        std::string(session.t(info.title)))
      << "\n";
  out << wrap(session.t(info.guidance), 78, "  ") << "\n";
  print_requirements(session, group, next.criteria);
  print_besides(session, next);
  print_flags(session, group);
}

constexpr Renderers<Next> step_next_renderers{print_next, next_json};

Status run_next(Session &session, const NextOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const Date today = session.io.context.today;
  Next next{*group,
            replay((*group)->step_events),
            {},
            open_actions(**group, today),
            past_end(**group, today),
            cycle_news(**group)};
  if (const int current = next.progress.current(); current != 0) {
    next.criteria = criteria_for(current, **group);
  }
  return render(session, options.output, next, step_next_renderers);
}

} // namespace

Command bind_step_next(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NextOptions>();
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_next);
}

} // namespace alearn
