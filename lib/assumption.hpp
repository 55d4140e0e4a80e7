#pragma once
// Steps 8 and 10: assumptions about the problem and about solutions, and how they were
// challenged. A challenge is added to the assumption's own file.
#include "advice.hpp"
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<Assumption> parse_assumption(const Document &doc);

struct NewAssumption {
  std::string author;
  Date date{};
  AssumptionAbout about = AssumptionAbout::problem;
  std::string text;
};
Result<Assumption> add_assumption(const Workgroup &group, const NewAssumption &assumption,
                                  const Context &context);

struct NewChallenge {
  std::string by; // a member
  Date date{};
  std::string how;
  Verdict verdict = Verdict::held;
  std::string revision; // required when the verdict is `revised`
};
Result<Assumption> challenge_assumption(const Workgroup &group, const Assumption &assumption,
                                        const NewChallenge &challenge);

// The challenges in the order they happened: by date, and on one day by what they hold (who,
// how, the verdict, the revision), so that the order never depends on where a merge of two
// branches put each in the file.
std::vector<const Challenge *> challenges_in_order(const Assumption &assumption);

// The verdict that holds: the latest challenge's (in that order), if any.
std::optional<Verdict> current_verdict(const Assumption &assumption);

// What to do with an assumption of the workgroup `slug` that nobody challenged yet.
Advice challenge_advice(const std::string &slug, const Assumption &assumption);

} // namespace alearn
