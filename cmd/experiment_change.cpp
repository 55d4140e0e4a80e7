#include "experiment_change.hpp"

#include "record_files.hpp"
#include "render_records.hpp"

namespace alearn {

Result<ExperimentChange> experiment_change(const Session &session, std::string_view id,
                                           std::string_view date) {
  auto group = session.workgroup();
  if (!group) {
    return std::unexpected(group.error());
  }
  auto experiment = find_by_id((*group)->experiments, id, Text{"experiment", "experiment"});
  if (!experiment) {
    return std::unexpected(experiment.error());
  }
  auto day = record_date(date, session.io.context);
  if (!day) {
    return std::unexpected(day.error());
  }
  return ExperimentChange{*group, *experiment, *day};
}

} // namespace alearn
