#pragma once
// Step 7: everything about the problem on the table (facts, experiences, emotions, opinions),
// and the problem statement narrowed when it proves too big.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<ExplorationItem> parse_exploration_item(const Document &doc);
Parsed<ProblemStatement> parse_problem_statement(const Document &doc);

struct NewExplorationItem {
  std::string author;
  Date date{};
  ExploreKind kind = ExploreKind::fact;
  std::string text;
};
Result<ExplorationItem> add_exploration_item(const Workgroup &group, const NewExplorationItem &item,
                                             const Context &context);

struct NewProblemStatement {
  std::string author;
  Date date{};
  std::string statement;
  std::string why; // the body: why the group narrowed it
};
Result<ProblemStatement> narrow_problem(const Workgroup &group, const NewProblemStatement &statement,
                                        const Context &context);

// The problem as the group states it now: the current cycle's latest narrowing, else its problem
// (step 1).
std::string current_problem(const Workgroup &group);

} // namespace alearn
