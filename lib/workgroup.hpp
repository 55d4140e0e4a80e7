#pragma once
#include "dates.hpp"
#include "document.hpp"
#include "error.hpp"
#include "evaluation.hpp"
#include "indicator.hpp"
#include "progress.hpp"
#include "records.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

// The repository format (`schema:` in alearn.yaml). Format 2 gives each member and agreement a
// file of their own; alearn reads format 1 too (the network reads repositories not yet
// upgraded), and writes a workgroup in the format of its repository.
inline constexpr int current_schema = 2;

struct Member {
  std::string name;
  std::string organisation;
  std::string role;
  std::string email;        // optional: an address that is no client's, so check allows it
  std::optional<Date> left; // former members only
  // Format 2: when the member joined (absent: from the start), and the member's own file
  // (members/<slug>.yaml). Empty for a member listed in workgroup.md (format 1).
  std::optional<Date> joined;
  std::filesystem::path file;
  bool operator==(const Member &) const = default;
};

// Step 4: one agreement of the group. In format 2 each has its own file (agreements/<id>.yaml),
// so that agreements added on two branches merge; in format 1 they are a list in workgroup.md
// (no id, no file, no date).
struct Agreement {
  std::string id;
  std::filesystem::path file;
  std::optional<Date> date; // when the group agreed on it
  std::string author;
  std::string text;
  bool operator==(const Agreement &) const = default;
};

// Step 2: the design of the action-learning process.
struct Design {
  std::string goal;
  std::string means;
  std::string preconditions;
  std::string approach;
  bool operator==(const Design &) const = default;
};

struct Workgroup {
  std::string slug;          // the folder name under workgroups/
  std::filesystem::path dir; // workgroups/<slug>
  // The repository that holds it: nothing of the workgroup is written outside it.
  std::filesystem::path root;
  std::string name;
  std::string organisation;
  std::vector<Member> members;
  std::vector<Member> former_members; // who left; their records still name them
  std::string problem;                // step 1
  Design design;                      // step 2
  std::vector<Agreement> agreements;  // step 4, by date and id
  std::optional<Date> start;          // step 5
  std::optional<Date> end;
  std::vector<std::string> themes;
  // The repository format the workgroup is written in (alearn.yaml's schema): writers keep to it.
  int schema = current_schema;

  std::vector<StepEvent> step_events; // sorted in the order they happened
  std::vector<Indicator> indicators;
  // The records of steps 6 to 12, each sorted by date, oldest first.
  std::vector<LogEntry> logbook;
  std::vector<Meeting> meetings;
  std::vector<ExplorationItem> exploration;
  std::vector<ProblemStatement> problem_statements;
  std::vector<Assumption> assumptions;
  std::vector<Feedback> feedback;
  std::vector<Resource> resources;
  std::vector<Experiment> experiments;
  std::vector<Sharing> sharing;        // step 13
  std::vector<Evaluation> evaluations; // step 14
  std::vector<Blocker> blockers;       // rules in the way ("Ruimte in de Regels")

  std::filesystem::path file() const { return dir / "workgroup.md"; }
  bool operator==(const Workgroup &) const = default;
};

// The method asks for groups of 5 to 7 and a process of at least three months.
inline constexpr std::size_t min_members = 5;
inline constexpr std::size_t max_members = 7;
inline constexpr int min_duration_months = 3;

Parsed<Workgroup> parse_workgroup(const Document &doc, std::string slug);

// Points where the workgroup departs from the method: allowed, but worth a word.
std::vector<Text> workgroup_flags(const Workgroup &group);

// The member named `name`, ignoring case and accents ("zoe" for "Zoë"). People go by their
// first name, so the first word or words of one member's name will do ("zoe" for "Zoë
// Hendriks") when no other member's name starts so.
const Member *find_member(const Workgroup &group, std::string_view name);

// The member named `name` (ignoring case and accents), or an error that lists the members.
Result<const Member *> require_member(const Workgroup &group, std::string_view name);

// A member or former member: whoever may have written the group's records.
const Member *find_person(const Workgroup &group, std::string_view name);
// The same, or an error that lists the members.
Result<const Member *> require_person(const Workgroup &group, std::string_view name);

// What a member is still responsible for (owner of an indicator, ...), as notes for whoever
// removes that member.
std::vector<Text> member_roles(const Workgroup &group, std::string_view name);

// The workgroup's experiments that should move `indicator`, in the order of the record.
std::vector<const Experiment *> experiments_for(const Workgroup &group, const Indicator &indicator);

// The text of a new workgroup.md: the given values, and empty keys with a comment for the rest,
// so that a person editing it by hand sees what belongs where.
struct NewWorkgroup {
  std::string name;
  std::string organisation;
  std::vector<Member> members;
  std::string problem;
  std::vector<std::string> themes;
  std::optional<Date> start;
  std::optional<Date> end;
};
// In format 2 the members are not in it (they get files of their own), and a blank line stands
// between fields, so that edits of two neighbouring fields on two branches merge.
std::string render_new_workgroup(const NewWorkgroup &group, Lang lang, int schema = current_schema);

// The keys `workgroup set` may change, in the order they appear in a new file.
const std::vector<std::string_view> &settable_workgroup_keys();

} // namespace alearn
