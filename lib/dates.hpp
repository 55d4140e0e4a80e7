#pragma once
#include "text.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace alearn {

using Date = std::chrono::year_month_day;
using Timestamp = std::chrono::system_clock::time_point;

// The years a date may have. A record is about a workgroup of our time: a year outside these
// is a typing error (0226 for 2026), and the bounds keep every date arithmetic far from overflow.
inline constexpr int first_year = 1900;
inline constexpr int last_year = 2200;

// "2026-11-23" -> a valid calendar date from first_year to last_year; nullopt for anything else
// (also 2026-02-30, 1899-12-31).
std::optional<Date> parse_date(std::string_view text);
// Whether `text` is a real calendar date whose year lies outside first_year to last_year.
bool outside_years(std::string_view text);
// Why parse_date refuses `text`, as a message: not a date, or a year out of bounds.
Text date_problem(std::string_view text);
std::string format_date(Date date);
Date date_of(Timestamp time);

// ISO 8601 UTC with milliseconds, "2026-11-23T14:05:12.345Z"; sorts as text in time order.
std::string format_timestamp(Timestamp time);
std::optional<Timestamp> parse_timestamp(std::string_view text);

// Whole calendar months from `from` to `to` (negative when `to` is earlier); a month counts
// once the same day of the month is reached.
int months_between(Date from, Date to);

} // namespace alearn
