// alearn explore show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

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
                    : record_json(*shown.statement->record, session.repository().root);
}

constexpr Renderers<ShownItem> explore_show_renderers{print_item, item_json};

Result<ShownItem> find_item(const Workgroup &group, std::string_view id) {
  auto item = find_with_body(group.exploration, id, Text{"item", "item"});
  if (item) {
    return ShownItem{*item, {}};
  }
  auto statement = find_by_id(group.problem_statements, id, Text{"item", "item"});
  if (!statement) {
    return std::unexpected(item.error());
  }
  auto why = with_body(**statement);
  TRY(why);
  return ShownItem{{}, *why};
}

} // namespace

Command bind_explore_show(CLI::App *cmd, Lang lang) {
  return bind_show<ShownItem>(*cmd, lang, find_item, explore_show_renderers);
}

} // namespace alearn
