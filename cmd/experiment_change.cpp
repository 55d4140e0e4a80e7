#include "experiment_change.hpp"

#include "record_files.hpp"
#include "render_records.hpp"

namespace alearn {

Result<ExperimentChange> experiment_change(const Session &session, std::string_view id,
                                           std::string_view date) {
  auto group = session.workgroup();
  TRY(group);
  auto experiment = find_by_id((*group)->experiments, id, Text{"experiment", "experiment"});
  TRY(experiment);
  auto day = record_date(date, session.io.context);
  TRY(day);
  return ExperimentChange{*group, *experiment, *day};
}

} // namespace alearn
