#pragma once
// Step 6: meeting reports, one file per meeting.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

#include <filesystem>

namespace alearn {

struct Workgroup;

Parsed<Meeting> parse_meeting(const Document &doc);

struct NewMeeting {
  std::string author; // who writes the report: a member
  Date date{};
  std::string title;
  std::vector<std::string> present; // members by name (matched loosely), guests as given; "all": every member
  std::vector<std::string> guests;  // people who are no member, kept as given without matching
  std::vector<std::string> decisions;
  std::vector<std::string> actions; // "what @owner [due DATE]", the owner a member
  std::filesystem::path visual;     // an image inside the repository; empty: none
  std::string discussed;            // the body
};

// `root` is the repository, which the visual report must lie in.
Result<Meeting> add_meeting(const std::filesystem::path &root, const Workgroup &group,
                            const NewMeeting &meeting, const Context &context);

// "Vragenlijst aanpassen @Anouk Peters" -> the action and its owner, who must be a member. A date
// after the owner is the day it is due, with or without a word before it: "@Anouk uiterlijk
// 2026-12-01", "@Anouk due 2026-12-01", "@Anouk 2026-12-01".
Result<MeetingAction> parse_action_text(const Workgroup &group, std::string_view text);

// The reports dated from `from` to `to` (either may be open), newest first.
std::vector<const Meeting *> meetings_between(const Workgroup &group, std::optional<Date> from,
                                              std::optional<Date> to);

// The people present as a record keeps them: members by their full name (matched loosely, "all"
// for every member), guests as given, each once. A name in `given` that is no member but close
// to one (a typo, a first name that two members share) is refused with the member it may mean:
// a guest who happens to be named so goes in `guests`, which are never matched.
Result<std::vector<std::string>> present_names(const Workgroup &group, const std::vector<std::string> &given,
                                               const std::vector<std::string> &guests = {});

} // namespace alearn
