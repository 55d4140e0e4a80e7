// alearn explore show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExploreShowOptions {
  std::string id;
  Output output;
};

// An item of the exploration, or a narrowed problem statement (`explore narrow` prints its id).
struct ShownItem {
  std::optional<WithBody<ExplorationItem>> item;
  std::optional<WithBody<ProblemStatement>> statement; // the body says why it was narrowed so
};

void print_item(Session &session, const ShownItem &shown) {
  if (shown.item) {
    const ExplorationItem &item = *shown.item->record;
    print_text_record(session, item.meta, explore_kind_label(item.kind), shown.item->body);
    return;
  }
  const ProblemStatement &statement = *shown.statement->record;
  print_text_record(session, statement.meta, Text{"afgekaderd probleem", "narrowed problem"},
                    statement.statement);
  print_block(session, Text{"Waarom", "Why"}, shown.statement->body);
}

Json item_json(const Session &session, const ShownItem &shown) {
  return shown.item ? shown_json(session, *shown.item)
                    : problem_statement_json(session, *shown.statement->record);
}

constexpr Renderers<ShownItem> renderers{print_item, item_json};

Status run_explore_show(Session &session, const ExploreShowOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto item = find_with_body((*group)->exploration, options.id, Text{"item", "item"});
  if (item) {
    return render(session, options.output, ShownItem{*item, {}}, renderers);
  }
  auto statement = find_by_id((*group)->problem_statements, options.id, Text{"item", "item"});
  if (!statement) {
    return std::unexpected(item.error());
  }
  auto why = with_body(**statement);
  TRY(why);
  return render(session, options.output, ShownItem{{}, *why}, renderers);
}

} // namespace

Command bind_explore_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExploreShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_explore_show);
}

} // namespace alearn
