#include "exploration.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

Parsed<ExplorationItem> parse_exploration_item(const Document &doc) {
  auto meta = parse_record_meta(doc, "exploration-item");
  TRY(meta);
  return ExplorationItem{*meta, parse_explore_kind(text_field(doc.data, "kind")).value_or(ExploreKind::fact)};
}

Parsed<ProblemStatement> parse_problem_statement(const Document &doc) {
  auto meta = parse_record_meta(doc, "problem-statement");
  TRY(meta);
  return ProblemStatement{*meta, text_field(doc.data, "statement")};
}

Result<ExplorationItem> add_exploration_item(const Workgroup &group, const NewExplorationItem &item,
                                             const Context &context) {
  auto author = require_acting_member(group, item.author);
  TRY(author);
  TRY(require_text(item.text, Text{"de tekst", "the text"}));
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", item.date)
                               .number("cycle", cycle_to_write(group, item.date))
                               .text("kind", explore_kind_name(item.kind))
                               .markdown(item.text);
  return create_record<ExplorationItem>(group.root, group.dir / folders::exploration, text,
                                        parse_exploration_item, context);
}

Result<ProblemStatement> narrow_problem(const Workgroup &group, const NewProblemStatement &statement,
                                        const Context &context) {
  auto author = require_acting_member(group, statement.author);
  TRY(author);
  if (auto ok = require_text(statement.statement, Text{"de probleemstelling", "the problem statement"});
      !ok) {
    return std::unexpected(ok.error());
  }
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", statement.date)
                               .number("cycle", cycle_to_write(group, statement.date))
                               .text("statement", statement.statement)
                               .markdown(statement.why);
  return create_record<ProblemStatement>(group.root, group.dir / folders::problem, text,
                                         parse_problem_statement, context);
}

std::string current_problem(const Workgroup &group) { return narrowed_problem(group, current_cycle(group)); }

} // namespace alearn
