#include "measure.hpp"

#include "acting_member.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

namespace alearn {

Result<const Indicator *> find_indicator(const Workgroup &group, std::string_view prefix) {
  std::vector<std::string> slugs;
  slugs.reserve(group.indicators.size());
  for (const auto &indicator : group.indicators) {
    slugs.push_back(indicator.slug);
  }
  const auto matches = match_prefix(prefix, slugs);
  if (matches.size() == 1) {
    return &*std::ranges::find(group.indicators, matches.front(), &Indicator::slug);
  }
  std::string list;
  for (const auto &slug : matches.empty() ? slugs : matches) {
    list += "\n  " + slug;
  }
  if (matches.empty()) {
    return fail(ErrorKind::not_found, tr("{} heeft geen indicator '{}'; de indicatoren zijn:{}",
                                         "{} has no indicator '{}'; the indicators are:{}", group.slug,
                                         prefix, list.empty() ? std::string(" -") : list));
  }
  return fail(ErrorKind::usage, tr("'{}' past bij meer dan één indicator:{}",
                                   "'{}' matches more than one indicator:{}", prefix, list));
}

Result<Measurement> record_measurement(const Workgroup &group, const Indicator &indicator,
                                       const NewMeasurement &measurement, const Context &context) {
  auto by = require_acting_member(group, measurement.by);
  TRY(by);
  auto value = parse_value(indicator, measurement.value);
  TRY(value);
  const auto same_day = std::ranges::find(indicator.measurements, measurement.date, &Measurement::date);
  if (same_day != indicator.measurements.end()) {
    return fail(ErrorKind::refused,
                tr("'{}' heeft al een meting op {} ({}); was die fout, pas dan dat bestand aan",
                   "'{}' already has a measurement on {} ({}); if that one was wrong, change that file",
                   indicator.slug, format_date(measurement.date), format_value(indicator, same_day->value)),
                same_day->file);
  }
  FrontMatter fields;
  fields.date("date", measurement.date);
  // A number is written as a number, with the digits as typed; yes and no as words.
  const std::string text = fields.yaml() + "value: " + stored_value(indicator, measurement.value) + "\n" +
                           FrontMatter().text("by", (*by)->name).text("note", measurement.note).yaml();
  auto parse = [&](const Document &doc) { return parse_measurement(doc, indicator); };
  return create_record<Measurement>(group.root, group.dir / folders::measurements / indicator.slug, text,
                                    parse, context, Format::yaml);
}

} // namespace alearn
