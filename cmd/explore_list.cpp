// alearn explore list [--kind K] [--cycle N|all] [--json]: the problem statement, then the items
// grouped by kind.
#include "choices.hpp"
#include "commands.hpp"
#include "exploration.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExploreListOptions {
  std::string kind;
  std::string cycle;
  Output output;
};

constexpr std::array<ExploreKind, 4> kinds = {ExploreKind::fact, ExploreKind::experience,
                                              ExploreKind::emotion, ExploreKind::opinion};

using ShownItems = std::vector<WithBody<ExplorationItem>>;

struct Exploration {
  std::string problem;                            // as the cycle shown narrowed it
  std::vector<const ProblemStatement *> narrowed; // the statements of the cycles shown, oldest first
  std::optional<ExploreKind> only;                // the kind asked for, if any
  ShownItems items;
  std::size_t in_other_cycles = 0;
};

Json exploration_json(const Session &session, const Exploration &exploration) {
  Json json{{"problem", exploration.problem}};
  json["narrowed"] = json_list(exploration.narrowed, [&](const ProblemStatement *statement) {
    return record_json(*statement, session.repository().root);
  });
  Json grouped = Json::object();
  for (const ExploreKind kind : kinds) {
    grouped[std::string(explore_kind_name(kind))] = Json::array();
  }
  for (const auto &[item, text] : exploration.items) {
    grouped[std::string(explore_kind_name(item->kind))].push_back(
        record_json(*item, text, session.repository().root));
  }
  json["items"] = grouped;
  return json;
}

void print_group(Session &session, ExploreKind kind, const ShownItems &items) {
  ShownItems of_kind;
  std::ranges::copy_if(items, std::back_inserter(of_kind),
                       [&](const WithBody<ExplorationItem> &item) { return item.record->kind == kind; });
  session.io.out << "\n"
                 << session.paint(Style::bold, session.t(explore_kind_label(kind))) << " (" << of_kind.size()
                 << ")\n";
  for (const auto &[item, text] : of_kind) {
    session.io.out << "  " << session.paint(Style::cyan, item->meta.id) << "  " << first_line(text, 66)
                   << "\n";
  }
}

void print_exploration(Session &session, const Exploration &exploration) {
  print_block(session, Text{"Probleem", "Problem"}, exploration.problem);
  if (!exploration.narrowed.empty()) {
    session.io.out << session.t(tr("  (afgekaderd op {} door {}; de eerdere stellingen staan in --json)\n",
                                   "  (narrowed on {} by {}; the earlier statements are in --json)\n",
                                   format_date(exploration.narrowed.back()->meta.date),
                                   exploration.narrowed.back()->meta.author));
  }
  for (const ExploreKind kind : kinds) {
    if (!exploration.only || kind == *exploration.only) {
      print_group(session, kind, exploration.items);
    }
  }
  print_other_cycles(session, exploration.in_other_cycles);
}

constexpr Renderers<Exploration> explore_list_renderers{print_exploration, exploration_json};

Status run_explore_list(Session &session, const ExploreListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const Workgroup &workgroup = **group;
  auto cycles = choose_cycle(workgroup, options.cycle);
  TRY(cycles);
  const auto only = parse_explore_kind(options.kind);
  std::vector<const ExplorationItem *> items;
  for (const auto &item : workgroup.exploration) {
    if (!only || item.kind == *only) {
      items.push_back(&item);
    }
  }
  const auto chosen = in_cycles(workgroup, items, *cycles);
  auto shown = with_bodies(chosen);
  TRY(shown);
  Exploration exploration;
  // Every cycle: the problem as it stands now; one cycle: as that cycle narrowed it.
  auto cycle = find_cycle(workgroup, cycles->number.value_or(current_cycle(workgroup).number));
  TRY(cycle);
  exploration.problem = narrowed_problem(workgroup, *cycle);
  std::vector<const ProblemStatement *> statements;
  for (const auto &statement : workgroup.problem_statements) {
    statements.push_back(&statement);
  }
  exploration.narrowed = in_cycles(workgroup, statements, *cycles);
  exploration.only = only;
  exploration.items = std::move(*shown);
  exploration.in_other_cycles = items.size() - chosen.size();
  return render(session, options.output, exploration, explore_list_renderers);
}

} // namespace

Command bind_explore_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExploreListOptions>();
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::explore_kinds, lang));
  add_cycle_option(*cmd, options->cycle, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_explore_list);
}

} // namespace alearn
