#pragma once
// Recording measurements of a workgroup's indicators, one file per measurement, so that
// measurements from two branches merge in any order without a conflict.
#include "context.hpp"
#include "indicator.hpp"

namespace alearn {

struct Workgroup;

// The indicator whose slug starts with `prefix`; none or several: an error naming them.
Result<const Indicator *> find_indicator(const Workgroup &group, std::string_view prefix);

struct NewMeasurement {
  std::string by; // a member
  Date date{};
  std::string value; // as the user wrote it
  std::string note;
};

// Refuses a second value for the same date: the first may be right, so it is for a person to
// choose (by editing the file that is there).
Result<Measurement> record_measurement(const Workgroup &group, const Indicator &indicator,
                                       const NewMeasurement &measurement, const Context &context);

} // namespace alearn
