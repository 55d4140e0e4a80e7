#pragma once
// Falend Vooruit ("failing forward"): what failed, told with the group's reflection, so that
// others in the network do not repeat it. `alearn lessons` collects, across the network, the
// experiments that were stopped, abandoned or adapted, and only those the group agreed to
// share (`alearn experiment share`). Nothing else of them is exported: no notes, no logbooks.
#include "json_values.hpp"
#include "network.hpp"
#include "privacy.hpp"
#include "report_page.hpp"

#include <optional>
#include <string>
#include <vector>

namespace alearn {

struct Lesson {
  std::string repository; // the network's name of the repository
  std::string workgroup;  // its name
  std::string slug;
  std::string organisation;
  std::vector<std::string> themes;
  std::string id;
  std::string title;
  std::string owner; // empty when anonymous
  std::string question;
  std::string prediction;
  ExperimentState state = ExperimentState::stopped;
  std::optional<Decision> decision;
  std::optional<Date> started;
  std::optional<Date> ended; // finished or stopped
  std::string happened;      // the result, or why it stopped
  std::string observations;
  std::string comparison; // with the prediction
  std::string bottlenecks;
  std::string lessons;
  std::string for_whom;
  std::string adapted_into; // the title of the experiment that continued it, if any
  Consent shared;           // `by` empty when anonymous
  std::filesystem::path file;
};

struct LessonsOptions {
  NetworkFilter filter;
  bool anonymous = false;         // leave out people's names, in the fields and in the texts
  bool scan_personal_data = true; // look for personal data in the files of the lessons
};

struct Lessons {
  std::string network;
  std::string theme; // the theme asked for, if any: the page shows that theme alone
  std::vector<NetworkRepository> repositories;
  std::vector<Lesson> lessons; // by repository, workgroup, then date
  std::size_t not_shared = 0;  // experiments that would be lessons, but the group did not share
  std::vector<PersonalDataInFile> personal_data;
};

// Whether an experiment is a lesson of Falend Vooruit: stopped, or finished and abandoned or
// adapted (shared or not).
bool is_failure(const Experiment &experiment);

// The lessons of one workgroup; `not_shared` counts the others.
std::vector<Lesson> lessons_of(const Workgroup &group, const NetworkRepository &repository, bool anonymous,
                               std::size_t &not_shared);

Result<Lessons> collect_lessons(const std::filesystem::path &root, const Config &config,
                                const LessonsOptions &options, const Environment &env);

// `text` with each name of `names` (full names, then first names as whole words) put as "N.N.".
std::string without_names(std::string text, const std::vector<std::string> &names);

// "gestopt" / "stopped", "aangepast" / "adapted", "verlaten" / "abandoned".
Text lesson_outcome(const Lesson &lesson);

Json lessons_json(const Lessons &lessons);

// The lessons as a page, grouped by theme (a lesson of a workgroup with two themes under both).
std::vector<PageBlock> lessons_page(const Lessons &lessons, Lang lang);

} // namespace alearn
