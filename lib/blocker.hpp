#pragma once
// "Ruimte in de Regels": rules that stand in the way of renewal. A workgroup notes a rule with
// what it blocks (its experiments) and why (the body), raises it with whoever can change it, and
// records how it ended: resolved, or withdrawn. A national desk collects the open ones of every
// workgroup (open_blockers). Each change of course is added to the blocker's own file.
#include "context.hpp"
#include "document.hpp"
#include "records.hpp"

#include <optional>
#include <string>
#include <vector>

namespace alearn {

struct Repository;
struct Workgroup;

Parsed<Blocker> parse_blocker(const Document &doc);

struct NewBlocker {
  std::string author; // a member
  Date date{};
  std::string rule;
  BlockerKind kind = BlockerKind::other;
  std::string source;
  std::string link;
  std::vector<std::string> blocks; // experiment ids or unique starts of them
  std::optional<Date> since;       // default: `date`
  std::string analysis;            // the body: why the rule blocks
};
Result<Blocker> add_blocker(const Workgroup &group, const NewBlocker &blocker, const Context &context);

// Whether the blocker's state allows raising it (only a noted one) or closing it (noted or
// raised: a rule can be settled inside the organisation without being raised); if not, why.
// Commands ask before they open an editor.
Status may_raise(const Blocker &blocker);
Status may_close(const Blocker &blocker, CourseEvent end);

struct Raise {
  std::string by; // a member
  Date date{};
  std::string with; // whom it was raised with
};
Result<Blocker> raise_blocker(const Workgroup &group, const Blocker &blocker, const Raise &raise);

struct Closing {
  std::string by; // a member
  Date date{};
  std::string outcome;
  CourseEvent end = CourseEvent::resolved; // resolved or withdrawn
};
Result<Blocker> close_blocker(const Workgroup &group, const Blocker &blocker, const Closing &closing);

// noted or raised: still in the way.
bool is_open(BlockerState state);

// The date the blocker's state began: its last event's, or the day it was noted.
Date state_since(const Blocker &blocker);

// The group's experiments a blocker names, in the order it names them; ids without an
// experiment (check reports them) are left out.
std::vector<const Experiment *> blocked_experiments(const Workgroup &group, const Blocker &blocker);

// Whom a raised blocker was raised with: the last `raised` event's; empty when never raised.
std::string raised_with(const Blocker &blocker);

// A blocker as it goes to the desk: the record, the experiments it blocks and the analysis.
struct DeskBlocker {
  Blocker blocker;
  std::vector<Experiment> blocks;
  std::string analysis;
  bool operator==(const DeskBlocker &) const = default;
};
// The open blockers of one workgroup, oldest first. The values are copies, so that lists of
// several repositories can be put together.
struct DeskGroup {
  std::string repository; // the repository's name (alearn.yaml)
  std::string slug;
  std::string name;
  std::string organisation;
  std::vector<DeskBlocker> blockers;
  bool operator==(const DeskGroup &) const = default;
};
// The open blockers (noted or raised) of every workgroup loaded from `repo`, by workgroup;
// workgroups without one are left out.
Result<std::vector<DeskGroup>> open_blockers(const Repository &repo);
// The open blockers of one workgroup of the repository named `repository`, with the files they
// tell from (each blocker's and the experiments' it blocks), for a check on personal data.
Result<DeskGroup> open_blockers_of(const Workgroup &group, const std::string &repository,
                                   const std::string &organisation,
                                   std::vector<std::filesystem::path> *sources = nullptr);

// The list for the desk as a Markdown document, in `lang`.
std::string desk_markdown(const std::vector<DeskGroup> &groups, Lang lang);

// How long a noted blocker may wait to be raised before check warns: eight weeks.
inline constexpr int unraised_days = 56;

} // namespace alearn
