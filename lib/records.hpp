#pragma once
// The records a workgroup keeps while it works through steps 6 to 12: logbooks, meeting
// reports, the exploration of the problem, assumptions, feedback, sources of help and
// experiments. Each record is one Markdown file with YAML front matter in a folder of its
// kind, named by a random identifier, so that people adding records on different branches
// never touch the same file.
#include "dates.hpp"
#include "text.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

// The folder of each kind under workgroups/<slug>/.
namespace folders {
inline constexpr std::string_view logbook = "logbook";
inline constexpr std::string_view meetings = "meetings";
inline constexpr std::string_view exploration = "exploration";
inline constexpr std::string_view problem = "problem";
inline constexpr std::string_view assumptions = "assumptions";
inline constexpr std::string_view feedback = "feedback";
inline constexpr std::string_view resources = "resources";
inline constexpr std::string_view experiments = "experiments";
inline constexpr std::string_view measurements = "measurements";
inline constexpr std::string_view evaluations = "evaluations";
inline constexpr std::string_view sharing = "sharing";
inline constexpr std::string_view blockers = "blockers";
inline constexpr std::string_view members = "members";       // format 2: one file per member
inline constexpr std::string_view agreements = "agreements"; // format 2: one file per agreement
} // namespace folders

// What every record has: its identifier (the file name), its file, when and by whom.
struct RecordMeta {
  std::string id;
  std::filesystem::path file;
  Date date{};
  std::string author; // a member's name as the workgroup file spells it
  bool operator==(const RecordMeta &) const = default;
};

// Step 6: a personal logbook entry. The text is the Markdown body.
enum class LogKind { action, discovery, reflection };
struct LogEntry {
  RecordMeta meta;
  LogKind kind = LogKind::action;
  bool operator==(const LogEntry &) const = default;
};

// Step 6: the report of a meeting. What was discussed is the Markdown body.
struct MeetingAction {
  std::string what;
  std::string owner;
  std::optional<Date> due;
  std::optional<Date> done; // the day it was done; open until then
  bool operator==(const MeetingAction &) const = default;
};
struct Meeting {
  RecordMeta meta; // author: who wrote the report
  std::string title;
  std::vector<std::string> present;
  std::vector<std::string> decisions;
  std::vector<MeetingAction> actions;
  std::string visual; // an image in the repository, relative to the repository root
  bool operator==(const Meeting &) const = default;
};

// Step 7: one item laid on the table about the problem. The text is the Markdown body.
enum class ExploreKind { fact, experience, emotion, opinion };
struct ExplorationItem {
  RecordMeta meta;
  ExploreKind kind = ExploreKind::fact;
  bool operator==(const ExplorationItem &) const = default;
};

// Step 7: the problem statement narrowed ("afgekaderd"). The latest one is the workgroup's
// current problem; the earlier ones and the original in workgroup.md stay as history.
struct ProblemStatement {
  RecordMeta meta;
  std::string statement;
  bool operator==(const ProblemStatement &) const = default;
};

// Step 13: the results shared at a meeting open to others (a network meeting, a management
// team). The reactions are the Markdown body.
struct Sharing {
  RecordMeta meta;
  std::string where;                // the meeting
  std::vector<std::string> present; // members by name, guests and organisations as given
  bool operator==(const Sharing &) const = default;
};

// "Ruimte in de Regels": a rule that stands in the way of renewal, recorded so that it can be
// raised (with a ministry, a branch organisation, the board) and followed until it is resolved
// or withdrawn. Why the rule blocks, in the group's words, is the Markdown body. Its state
// follows from its course: noted, raised, then resolved or withdrawn.
enum class BlockerKind { law, collective_agreement, inspection, internal_policy, other };
enum class BlockerState { noted, raised, resolved, withdrawn };
// What happened to a blocker: the events of its course, each with its date and who acted.
enum class CourseEvent { raised, resolved, withdrawn };
struct CourseEntry {
  CourseEvent event = CourseEvent::raised;
  Date date{};
  std::string by;      // a member
  std::string with;    // raised: with whom (a ministry, a branch organisation, the board)
  std::string outcome; // resolved or withdrawn: what came of it
  bool operator==(const CourseEntry &) const = default;
};
struct Blocker {
  RecordMeta meta; // date: when it was noted
  std::string rule;
  BlockerKind kind = BlockerKind::other;
  std::string source;              // where the rule is written ("Wet BIG, art. 36"); may be empty
  std::string link;                // may be empty
  std::vector<std::string> blocks; // ids of the group's experiments it stands in the way of
  Date since{};                    // when the rule started to block; the record's date if not given
  std::vector<CourseEntry> course; // oldest first

  BlockerState state() const;
  bool operator==(const Blocker &) const = default;
};

// Steps 8 and 10: an assumption about the problem or about solutions, and how it was
// challenged. The assumption itself is the Markdown body.
enum class AssumptionAbout { problem, solution };
enum class Verdict { held, revised, dropped };
struct Challenge {
  Date date{};
  std::string by;
  std::string how;
  Verdict verdict = Verdict::held;
  std::string revision; // the assumption as revised, when the verdict is `revised`
  bool operator==(const Challenge &) const = default;
};
struct Assumption {
  RecordMeta meta;
  AssumptionAbout about = AssumptionAbout::problem;
  std::vector<Challenge> challenges; // as the file has them; challenges_in_order() says which holds
  bool operator==(const Assumption &) const = default;
};

// Step 9: feedback on the problem from the network or the organisation. The text is the body.
struct Feedback {
  RecordMeta meta;
  std::string from; // the source: a person, a team, an organisation
  bool operator==(const Feedback &) const = default;
};

// Step 10: what or who can help. The description is the body.
enum class ResourceKind { person, organisation, literature, media, event };
struct Resource {
  RecordMeta meta;
  ResourceKind kind = ResourceKind::person;
  std::string link;
  bool operator==(const Resource &) const = default;
};

// Steps 11 and 12: a small experiment with one owner. Its state follows from its dates:
// planned, running once started, then finished (with a reflection and a decision) or stopped
// (with a reason). Free notes are the Markdown body.
enum class ExperimentState { planned, running, finished, stopped };
enum class Decision { adopt, adapt, abandon };
struct Plan {
  std::string who;
  std::string what;
  std::string when;
  std::string where;
  bool operator==(const Plan &) const = default;
};
struct Reflection {
  std::string result;
  std::string observations;
  std::string comparison; // with the prediction
  std::string success_factors;
  std::string bottlenecks;
  std::string lessons;
  bool operator==(const Reflection &) const = default;
};
// The group's agreement to share an experiment's lessons with the network (Falend Vooruit):
// when, and who recorded it. Nothing of an experiment leaves the group without it.
struct Consent {
  Date date{};
  std::string by;
  bool operator==(const Consent &) const = default;
};
struct Experiment {
  RecordMeta meta; // date: when it was planned; author: who planned it
  std::string title;
  std::string owner;
  std::string question;
  std::string prediction;
  Plan plan;
  std::vector<std::string> indicators; // slugs of the workgroup's indicators it should move
  std::string follows;                 // the id of the experiment it adapts
  int cycle = 1;
  int round = 1;
  std::optional<Date> started;
  std::optional<Date> finished;
  std::optional<Date> stopped;
  Reflection reflection;
  std::optional<Decision> decision;
  std::string stop_reason;
  std::string for_whom; // who would have benefited: asked when it is finished or stopped
  std::optional<Consent> shared;

  ExperimentState state() const;
  bool operator==(const Experiment &) const = default;
};

// Names as they stand in files and on the command line, and as words for people: each from its
// enum's table in enums.hpp.
std::string_view log_kind_name(LogKind kind);
std::string_view explore_kind_name(ExploreKind kind);
std::string_view about_name(AssumptionAbout about);
std::string_view verdict_name(Verdict verdict);
std::string_view resource_kind_name(ResourceKind kind);
std::string_view state_name(ExperimentState state);
std::string_view decision_name(Decision decision);
std::string_view blocker_kind_name(BlockerKind kind);
std::string_view blocker_state_name(BlockerState state);
std::string_view course_event_name(CourseEvent event);

Text log_kind_label(LogKind kind);
Text about_label(AssumptionAbout about); // "over het probleem" / "about the problem"
Text explore_kind_label(ExploreKind kind);
Text verdict_label(Verdict verdict);
Text resource_kind_label(ResourceKind kind);
Text state_label(ExperimentState state);
Text decision_label(Decision decision);
Text blocker_kind_label(BlockerKind kind);
Text blocker_state_label(BlockerState state);

// Parsing a name back; nullopt for anything else.
std::optional<LogKind> parse_log_kind(std::string_view name);
std::optional<ExploreKind> parse_explore_kind(std::string_view name);
std::optional<AssumptionAbout> parse_about(std::string_view name);
std::optional<Verdict> parse_verdict(std::string_view name);
std::optional<ResourceKind> parse_resource_kind(std::string_view name);
std::optional<ExperimentState> parse_state(std::string_view name);
std::optional<Decision> parse_decision(std::string_view name);
std::optional<BlockerKind> parse_blocker_kind(std::string_view name);
std::optional<BlockerState> parse_blocker_state(std::string_view name);
std::optional<CourseEvent> parse_course_event(std::string_view name);

} // namespace alearn
