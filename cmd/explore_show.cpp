// alearn explore show ID [--json]
#include "commands.hpp"
#include "render_records.hpp"

namespace alearn {

namespace {

struct ExploreShowOptions {
  std::string id;
  bool json = false;
};

Status run_explore_show(Session &session, const ExploreShowOptions &options) {
  auto group = session.workgroup();
  if (!group) {
    return std::unexpected(group.error());
  }
  auto item = find_by_id((*group)->exploration, options.id, Text{"item", "item"});
  if (!item) {
    return std::unexpected(item.error());
  }
  return show_text_record(session, **item, explore_kind_label((*item)->kind), options.json, exploration_json);
}

} // namespace

void setup_explore_show(CLI::App &explore, Registry &registry, Lang lang) {
  auto options = std::make_shared<ExploreShowOptions>();
  CLI::App *cmd = explore.add_subcommand("show", help(lang, "Toon een item", "Show an item"));
  cmd->add_option("id", options->id,
                  help(lang, "De id, of een uniek begin ervan", "The id, or a unique start of it"))
      ->required();
  cmd->add_flag("--json", options->json, help(lang, "Uitvoer als JSON", "Output as JSON"));
  cmd->fallthrough();
  registry[cmd] =
      Command{Needs::repository, [options](Session &session) { return run_explore_show(session, *options); }};
}

} // namespace alearn
