#include "dates.hpp"

#include <fmt/format.h>

#include <charconv>

namespace alearn {
namespace chr = std::chrono;

namespace {

bool parse_number(std::string_view text, int &out) {
  if (text.empty()) {
    return false;
  }
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

} // namespace

namespace {

std::optional<Date> calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  int year = 0;
  int month = 0;
  int day = 0;
  if (!parse_number(text.substr(0, 4), year) || !parse_number(text.substr(5, 2), month) ||
      !parse_number(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  const Date date{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                  chr::day{static_cast<unsigned>(day)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

bool in_years(Date date) {
  return date.year() >= chr::year{first_year} && date.year() <= chr::year{last_year};
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
  const auto date = calendar_date(text);
  if (!date || !in_years(*date)) {
    return std::nullopt;
  }
  return date;
}

bool outside_years(std::string_view text) {
  const auto date = calendar_date(text);
  return date && !in_years(*date);
}

Text date_problem(std::string_view text) {
  if (outside_years(text)) {
    return tr("{} ligt buiten de jaren die alearn aanneemt ({} tot en met {})",
              "{} lies outside the years alearn accepts ({} to {})", text, first_year, last_year);
  }
  return tr("'{}' is geen geldige datum (JJJJ-MM-DD)", "'{}' is not a valid date (YYYY-MM-DD)", text);
}

std::string format_date(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

Date date_of(Timestamp time) { return Date{chr::floor<chr::days>(time)}; }

std::string format_timestamp(Timestamp time) {
  const auto day = chr::floor<chr::days>(time);
  const chr::hh_mm_ss clock{chr::floor<chr::milliseconds>(time - day)};
  return fmt::format("{}T{:02}:{:02}:{:02}.{:03}Z", format_date(Date{day}), clock.hours().count(),
                     clock.minutes().count(), clock.seconds().count(), clock.subseconds().count());
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.mmm]Z
  if (text.size() < 20 || text[10] != 'T' || text.back() != 'Z') {
    return std::nullopt;
  }
  const auto date = parse_date(text.substr(0, 10));
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  int millis = 0;
  if (!date || text[13] != ':' || text[16] != ':' || !parse_number(text.substr(11, 2), hours) ||
      !parse_number(text.substr(14, 2), minutes) || !parse_number(text.substr(17, 2), seconds)) {
    return std::nullopt;
  }
  const auto rest = text.substr(19, text.size() - 20);
  if (!rest.empty() && (rest.size() != 4 || rest[0] != '.' || !parse_number(rest.substr(1), millis))) {
    return std::nullopt;
  }
  if (hours > 23 || minutes > 59 || seconds > 60) {
    return std::nullopt;
  }
  return chr::sys_days{*date} + chr::hours{hours} + chr::minutes{minutes} + chr::seconds{seconds} +
         chr::milliseconds{millis};
}

int months_between(Date from, Date to) {
  int months = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(to.month())) -
                static_cast<int>(static_cast<unsigned>(from.month())));
  if (months > 0 && to.day() < from.day()) {
    --months;
  } else if (months < 0 && to.day() > from.day()) {
    ++months;
  }
  return months;
}

} // namespace alearn
