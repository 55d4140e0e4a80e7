// alearn explore list [--kind K] [--json]: the problem statement, then the items grouped by kind.
#include "choices.hpp"
#include "commands.hpp"
#include "exploration.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExploreListOptions {
  std::string kind;
  bool json = false;
};

constexpr std::array<ExploreKind, 4> kinds = {ExploreKind::fact, ExploreKind::experience,
                                              ExploreKind::emotion, ExploreKind::opinion};

using ShownItems = std::vector<WithBody<ExplorationItem>>;

Status print_json_list(Session &session, const Workgroup &group, const ShownItems &items) {
  Json json{{"problem", current_problem(group)}};
  Json history = Json::array();
  for (const auto &statement : group.problem_statements) {
    history.push_back(problem_statement_json(session, statement));
  }
  json["narrowed"] = history;
  Json grouped = Json::object();
  for (const ExploreKind kind : kinds) {
    grouped[std::string(explore_kind_name(kind))] = Json::array();
  }
  for (const auto &[item, text] : items) {
    grouped[std::string(explore_kind_name(item->kind))].push_back(exploration_json(session, *item, text));
  }
  json["items"] = grouped;
  return print_json(session, json);
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
  if (options.json) {
    return print_json_list(session, **group, *shown);
  }
  print_block(session, Text{"Probleem", "Problem"}, current_problem(**group));
  if (!(*group)->problem_statements.empty()) {
    session.io.out << session.t(tr("  (afgekaderd op {} door {}; de eerdere stellingen staan in --json)\n",
                                   "  (narrowed on {} by {}; the earlier statements are in --json)\n",
                                   format_date((*group)->problem_statements.back().meta.date),
                                   (*group)->problem_statements.back().meta.author));
  }
  for (const ExploreKind kind : kinds) {
    if (!only || kind == *only) {
      print_group(session, kind, *shown);
    }
  }
  return {};
}

} // namespace

Command bind_explore_list(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExploreListOptions>();
  cmd->add_option("--kind", options->kind, help(lang, "Alleen deze soort", "Only this kind"))
      ->transform(one_of(choices::explore_kinds, lang));
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_explore_list);
}

} // namespace alearn
