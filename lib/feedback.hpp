#pragma once
// Step 9: feedback on the problem from the network or the organisation.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

namespace alearn {

struct Workgroup;

Parsed<Feedback> parse_feedback(const Document &doc);

struct NewFeedback {
  std::string author; // the member who gathered it
  Date date{};
  std::string from;
  std::string text;
};
Result<Feedback> add_feedback(const Workgroup &group, const NewFeedback &feedback, const Context &context);

// The feedback whose source contains `source` (without regard to case or accents; empty: all),
// newest first.
std::vector<const Feedback *> feedback_from(const Workgroup &group, std::string_view source);

} // namespace alearn
