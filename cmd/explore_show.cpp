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
  TRY(group);
  auto item = find_by_id((*group)->exploration, options.id, Text{"item", "item"});
  if (item) {
    return show_text_record(session, **item, explore_kind_label((*item)->kind), options.json,
                            exploration_json);
  }
  // The id may be that of a narrowed problem statement, which `explore narrow` printed.
  auto statement = find_by_id((*group)->problem_statements, options.id, Text{"item", "item"});
  if (!statement) {
    return std::unexpected(item.error());
  }
  if (options.json) {
    return print_json(session, problem_statement_json(session, **statement));
  }
  auto why = record_body((*statement)->meta);
  TRY(why);
  session.io.out << record_line(session, (*statement)->meta) << "  ("
                 << session.t(Text{"afgekaderd probleem", "narrowed problem"}) << ")\n\n"
                 << wrap((*statement)->statement, 78, "  ");
  print_block(session, Text{"Waarom", "Why"}, *why);
  return {};
}

} // namespace

Command bind_explore_show(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ExploreShowOptions>();
  add_id_argument(*cmd, options->id, lang);
  add_json_flag(*cmd, options->json, lang);
  return command_for(options, run_explore_show);
}

} // namespace alearn
