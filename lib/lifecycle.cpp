#include "lifecycle.hpp"

#include "progress.hpp"
#include "workgroup.hpp"

namespace alearn {

std::optional<Text> short_duration(std::optional<Date> start, std::optional<Date> end) {
  if (!start || !end || *end < *start || months_between(*start, *end) >= min_duration_months) {
    return std::nullopt;
  }
  return tr("van {} tot {} is korter dan drie maanden, de kortste duur die de methode vraagt",
            "{} to {} is shorter than three months, the least the method needs", format_date(*start),
            format_date(*end));
}

std::optional<PastEnd> past_end(const Workgroup &group, Date today) {
  if (!group.end || !(*group.end < today) || replay(group.step_events).is_done(step_count)) {
    return std::nullopt;
  }
  return PastEnd{
      *group.end,
      tr("de einddatum ({}) is voorbij, maar stap 15 is niet afgerond: schuif de einddatum op, of rond "
         "het traject af:",
         "the end date ({}) has passed, but step 15 is not done: move the end date, or close the process:",
         format_date(*group.end)),
      {Advice{Action::workgroup_set,
              {word(Param::word, "end"), placeholder(Param::word, "JJJJ-MM-DD", "YYYY-MM-DD")},
              group.slug},
       Advice{Action::step_done, {word(Param::word, std::to_string(step_count))}, group.slug}}};
}

} // namespace alearn
