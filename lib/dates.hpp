#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace alearn {

using Date = std::chrono::year_month_day;
using Timestamp = std::chrono::system_clock::time_point;

// "2026-11-23" -> a valid calendar date; nullopt for anything else (also 2026-02-30).
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date date);
Date date_of(Timestamp time);

// ISO 8601 UTC with milliseconds, "2026-11-23T14:05:12.345Z"; sorts as text in time order.
std::string format_timestamp(Timestamp time);
std::optional<Timestamp> parse_timestamp(std::string_view text);

// Whole calendar months from `from` to `to` (negative when `to` is earlier); a month counts
// once the same day of the month is reached.
int months_between(Date from, Date to);

} // namespace alearn
