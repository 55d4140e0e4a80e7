// alearn explore list [--kind K] [--json]: the problem statement, then the items grouped by kind.
#include "choices.hpp"
#include "commands.hpp"
#include "exploration.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExploreListOptions {
  std::string kind;
  Output output;
};

constexpr std::array<ExploreKind, 4> kinds = {ExploreKind::fact, ExploreKind::experience,
                                              ExploreKind::emotion, ExploreKind::opinion};

using ShownItems = std::vector<WithBody<ExplorationItem>>;

struct Exploration {
  const Workgroup *group = nullptr; // its problem, and the statements that narrowed it
  std::optional<ExploreKind> only;  // the kind asked for, if any
  ShownItems items;
};

Json exploration_json(const Session &session, const Exploration &exploration) {
  const Workgroup &group = *exploration.group;
  Json json{{"problem", current_problem(group)}};
  json["narrowed"] = json_list(group.problem_statements, [&](const ProblemStatement &statement) {
    return record_json(statement, session.repository().root);
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
  const Workgroup &group = *exploration.group;
  print_block(session, Text{"Probleem", "Problem"}, current_problem(group));
  if (!group.problem_statements.empty()) {
    session.io.out << session.t(tr("  (afgekaderd op {} door {}; de eerdere stellingen staan in --json)\n",
                                   "  (narrowed on {} by {}; the earlier statements are in --json)\n",
                                   format_date(group.problem_statements.back().meta.date),
                                   group.problem_statements.back().meta.author));
  }
  for (const ExploreKind kind : kinds) {
    if (!exploration.only || kind == *exploration.only) {
      print_group(session, kind, exploration.items);
    }
  }
}

constexpr Renderers<Exploration> explore_list_renderers{print_exploration, exploration_json};

Status run_explore_list(Session &session, const ExploreListOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  const auto only = parse_explore_kind(options.kind);
  std::vector<const ExplorationItem *> items;
  for (const auto &item : (*group)->exploration) {
    if (!only || item.kind == *only) {
      items.push_back(&item);
    }
  }
  auto shown = with_bodies(items);
  TRY(shown);
  return render(session, options.output, Exploration{*group, only, std::move(*shown)},
                explore_list_renderers);
}

} // namespace

Command bind_explore_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExploreListOptions>();
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::explore_kinds, lang));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_explore_list);
}

} // namespace alearn
