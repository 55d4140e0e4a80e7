#include "privacy.hpp"

#include "dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <ranges>

namespace alearn {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_number_separator(char c) {
  return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')';
}

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lowered(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), lower);
  return out;
}

// "12•••••82": enough to find it again in the file, not enough to be the data.
std::string masked(std::string_view found) {
  constexpr std::size_t kept = 2;
  if (found.size() <= 2 * kept) {
    return std::string(found.size(), '*');
  }
  return std::string(found.substr(0, kept)) + std::string(found.size() - 2 * kept, '*') +
         std::string(found.substr(found.size() - kept));
}

// --- Dates ---------------------------------------------------------------------------------

// The length of the date that starts at `at`: 2026-11-23, 23-11-2026, 3/1/1950, 23.11.2026.
std::size_t date_length(std::string_view line, std::size_t at) {
  const auto digits = [&](std::size_t from, std::size_t fewest, std::size_t most) {
    std::size_t count = 0;
    while (from + count < line.size() && count < most && is_digit(line[from + count])) {
      ++count;
    }
    return count >= fewest && count <= most && !(from + count < line.size() && is_digit(line[from + count]))
               ? count
               : 0;
  };
  const auto separator = [&](std::size_t where) {
    return where < line.size() && (line[where] == '-' || line[where] == '/' || line[where] == '.');
  };
  if (const std::size_t year = digits(at, 4, 4); year != 0 && separator(at + 4)) {
    const std::size_t month = digits(at + 5, 1, 2);
    if (month != 0 && separator(at + 5 + month)) {
      const std::size_t day = digits(at + 6 + month, 1, 2);
      return day != 0 ? 6 + month + day : 0;
    }
  }
  if (const std::size_t day = digits(at, 1, 2); day != 0 && separator(at + day)) {
    const std::size_t month = digits(at + day + 1, 1, 2);
    if (month != 0 && separator(at + day + 1 + month)) {
      const std::size_t year = digits(at + day + 2 + month, 4, 4);
      return year != 0 ? day + month + 2 + year : 0;
    }
  }
  return 0;
}

// The line with every date written over, so that its digits are not read as a number.
std::string without_dates(std::string_view line) {
  std::string out(line);
  for (std::size_t at = 0; at < out.size(); ++at) {
    if (is_digit(out[at]) && (at == 0 || !is_alnum(out[at - 1]))) {
      const std::size_t length = date_length(out, at);
      std::fill_n(out.begin() + static_cast<std::ptrdiff_t>(at), length, 'D');
      at += length;
    }
  }
  return out;
}

// 20261123 or 23112026.
bool compact_date(std::string_view eight_digits) {
  const auto is_date = [](std::string_view year, std::string_view month, std::string_view day) {
    return parse_date(fmt::format("{}-{}-{}", year, month, day)).has_value();
  };
  return is_date(eight_digits.substr(0, 4), eight_digits.substr(4, 2), eight_digits.substr(6, 2)) ||
         is_date(eight_digits.substr(4, 4), eight_digits.substr(2, 2), eight_digits.substr(0, 2));
}

// --- Numbers: BSN and phone numbers --------------------------------------------------------

// Digits in groups, as written: "06 1234 5678", "+31 (0)6-12345678", "1234.56.782".
struct NumberGroup {
  std::size_t begin = 0; // in the line
  std::size_t end = 0;
  std::string digits;
  std::string separator; // the characters before it; empty for the first
};

// The groups of the number that starts at `at`: digits, one separator between groups.
std::vector<NumberGroup> number_groups(std::string_view line, std::size_t at) {
  std::vector<NumberGroup> groups;
  std::size_t pos = at;
  std::string separator;
  while (pos < line.size()) {
    NumberGroup group{pos, pos, "", separator};
    while (pos < line.size() && is_digit(line[pos])) {
      group.digits += line[pos++];
    }
    group.end = pos;
    if (group.digits.empty()) {
      break;
    }
    groups.push_back(group);
    // Up to three separators ("06 - 1234", "+31 (0)6") lead to the next group.
    std::size_t next = pos;
    while (next < line.size() && next - pos < 3 && is_number_separator(line[next])) {
      ++next;
    }
    if (next == pos || next >= line.size() || !is_digit(line[next])) {
      break;
    }
    separator = line.substr(pos, next - pos);
    pos = next;
  }
  return groups;
}

std::string joined(const std::vector<NumberGroup> &groups, std::size_t first, std::size_t last) {
  std::string digits;
  for (std::size_t i = first; i <= last; ++i) {
    digits += groups[i].digits;
  }
  return digits;
}

// How a BSN is written: 123456782, 1234.56.782, 123 456 782, 12.34.56.782, or eight digits
// (a BSN with its leading 0 dropped) that are not a date such as 20261123. Three groups of
// three with full stops are an amount of money more often than a BSN.
bool bsn_shape(const std::vector<NumberGroup> &groups, std::size_t first, std::size_t last) {
  std::vector<std::size_t> sizes;
  for (std::size_t i = first; i <= last; ++i) {
    sizes.push_back(groups[i].digits.size());
  }
  using Shape = std::vector<std::size_t>;
  if (sizes == Shape{3, 3, 3}) {
    return groups[first + 1].separator.find('.') == std::string::npos;
  }
  return sizes == Shape{9} || sizes == Shape{4, 2, 3} || sizes == Shape{2, 2, 2, 3} ||
         (sizes == Shape{8} && !compact_date(groups[first].digits));
}

// A Dutch number: 10 digits from a 0 (06, 010, 0592, ...), or a service number 0800/090x with 4
// or 7 digits after it. +31 and 0031 stand for the first 0; "(0)" after them is left out.
bool phone_number(std::string digits, bool international) {
  if (international) {
    if (digits.starts_with("0031")) {
      digits = digits.substr(4);
    } else if (digits.starts_with("31")) {
      digits = digits.substr(2);
    } else {
      return false;
    }
    digits = digits.starts_with('0') ? digits : "0" + digits;
  } else if (digits.starts_with("0031")) {
    digits = "0" + digits.substr(4);
  }
  if (!digits.starts_with('0')) {
    return false;
  }
  const bool service = digits.starts_with("0800") || digits.starts_with("0900") ||
                       digits.starts_with("0906") || digits.starts_with("0909");
  if (service) {
    return digits.size() == 8 || digits.size() == 11;
  }
  return digits.size() == 10 && digits[1] != '0';
}

// How a phone number is written: groups of two digits or more, apart from the "6" or "(0)6"
// after a country code, and never with full stops, which "09.00-17.00" and "0.5 0.6" have.
bool phone_shape(const std::vector<NumberGroup> &groups, std::size_t first, std::size_t last,
                 bool international) {
  const bool country_code = international || groups[first].digits == "0031";
  for (std::size_t i = first; i <= last; ++i) {
    if (groups[i].separator.find('.') != std::string::npos && i > first) {
      return false;
    }
    if (groups[i].digits.size() < 2 && !(country_code && (i == first + 1 || i == first + 2))) {
      return false;
    }
  }
  return true;
}

constexpr std::size_t max_digits = 13; // "0031 6 12345678"

// A number after "KvK", "AGB" or "RSIN" registers an organisation or a care provider: eight or
// nine digits like a BSN (an RSIN passes the 11-proof by design), but no client's.
bool registration_number_before(std::string_view lower_line, std::size_t at) {
  constexpr std::size_t reach = 12;
  const std::string_view before = lower_line.substr(at > reach ? at - reach : 0, at > reach ? reach : at);
  return std::ranges::any_of(
      std::array<std::string_view, 4>{"kvk", "agb", "rsin", "kamer van koophandel"},
      [&](std::string_view word) { return before.find(word) != std::string_view::npos; });
}

std::optional<PersonalData> number_kind(const std::vector<NumberGroup> &groups, std::size_t first,
                                        std::size_t last, bool international) {
  const std::string digits = joined(groups, first, last);
  if (phone_shape(groups, first, last, international) && phone_number(digits, international)) {
    return PersonalData::phone;
  }
  if (!international && bsn_shape(groups, first, last) &&
      passes_eleven_proof(digits.size() == 8 ? "0" + digits : digits)) {
    return PersonalData::bsn;
  }
  return std::nullopt;
}

// Each number of the line, and in it each run of groups that is a phone number or a BSN,
// the longest first: "bel 06 12345678 of 010 1234567" has two.
void find_numbers(std::string_view original, std::string_view line, std::string_view lower_line,
                  std::size_t line_number, std::vector<PrivacyFinding> &found) {
  for (std::size_t at = 0; at < line.size(); ++at) {
    const bool plus = line[at] == '+' && at + 1 < line.size() && is_digit(line[at + 1]);
    const bool after_bsn = at >= 3 && lower_line.substr(at - 3, 3) == "bsn" &&
                           (at == 3 || !is_alnum(line[at - 4])); // "BSN123456782"
    if (!(is_digit(line[at]) || plus) ||
        (at > 0 && ((is_alnum(line[at - 1]) && !after_bsn) || line[at - 1] == '+'))) {
      continue;
    }
    if (registration_number_before(lower_line, at)) {
      at = number_groups(line, at).back().end;
      continue;
    }
    const std::vector<NumberGroup> groups = number_groups(line, plus ? at + 1 : at);
    const std::size_t end = groups.back().end;
    if (end < line.size() && is_alnum(line[end])) {
      at = end; // part of a word or an identifier
      continue;
    }
    for (std::size_t first = 0; first < groups.size(); ++first) {
      const bool international = plus && first == 0;
      // No phone number or BSN has more than 13 digits: longer runs need no trying.
      std::size_t longest = first;
      for (std::size_t digits = 0; longest < groups.size(); ++longest) {
        digits += groups[longest].digits.size();
        if (digits > max_digits) {
          break;
        }
      }
      for (std::size_t last = longest; last-- > first;) {
        if (const auto kind = number_kind(groups, first, last, international)) {
          const std::size_t begin = international ? at : groups[first].begin;
          found.push_back({*kind, line_number, begin + 1,
                           masked(original.substr(begin, groups[last].end - begin)),
                           std::string(original.substr(begin, groups[last].end - begin))});
          first = last;
          break;
        }
      }
    }
    at = end;
  }
}

// --- IBAN ----------------------------------------------------------------------------------

constexpr std::size_t max_iban = 34;

void find_ibans(std::string_view line, std::size_t line_number, std::vector<PrivacyFinding> &found) {
  for (std::size_t at = 0; at + 4 <= line.size(); ++at) {
    if (!(is_upper(line[at]) && is_upper(line[at + 1]) && is_digit(line[at + 2]) && is_digit(line[at + 3])) ||
        (at > 0 && is_alnum(line[at - 1]))) {
      continue;
    }
    // Letters and digits, single spaces allowed between them; each place a candidate may end.
    std::string compact;
    std::vector<std::pair<std::size_t, std::size_t>> ends; // (length of compact, end in the line)
    std::size_t pos = at;
    while (pos < line.size() && compact.size() <= max_iban) {
      if (is_upper(line[pos]) || is_digit(line[pos])) {
        compact += line[pos++];
        if (pos == line.size() || !is_alnum(line[pos])) {
          ends.emplace_back(compact.size(), pos);
        }
      } else if (line[pos] == ' ' && pos + 1 < line.size() &&
                 (is_upper(line[pos + 1]) || is_digit(line[pos + 1]))) {
        ++pos;
      } else {
        break;
      }
    }
    for (const auto &[length, end] : std::views::reverse(ends)) { // the longest first
      if (length >= 15 && length <= max_iban && valid_iban(compact.substr(0, length))) {
        found.push_back({PersonalData::iban, line_number, at + 1, masked(line.substr(at, end - at)),
                         std::string(line.substr(at, end - at))});
        at = end;
        break;
      }
    }
  }
}

// --- E-mail ---------------------------------------------------------------------------------

bool local_part_char(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

void find_emails(std::string_view line, std::size_t line_number, const std::vector<std::string> &allowed,
                 std::vector<PrivacyFinding> &found) {
  for (std::size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && local_part_char(line[begin - 1])) {
      --begin;
    }
    std::size_t end = at + 1;
    while (end < line.size() && domain_char(line[end])) {
      ++end;
    }
    while (end > at + 1 && (line[end - 1] == '.' || line[end - 1] == '-')) {
      --end; // the full stop of a sentence
    }
    const std::string_view domain = line.substr(at + 1, end - at - 1);
    const auto dot = domain.rfind('.');
    const bool has_tld = dot != std::string_view::npos && dot > 0 && domain.size() - dot - 1 >= 2 &&
                         std::ranges::all_of(domain.substr(dot + 1), [](char c) {
                           return std::isalpha(static_cast<unsigned char>(c)) != 0;
                         });
    if (begin == at || !has_tld) {
      continue;
    }
    if (allowed_email(line.substr(begin, end - begin), allowed)) {
      continue;
    }
    found.push_back({PersonalData::email, line_number, begin + 1, masked(line.substr(begin, end - begin)),
                     std::string(line.substr(begin, end - begin))});
  }
}

// --- Dates of birth ---------------------------------------------------------------------------

constexpr std::array birth_words{"geboren", "geb.", "geboortedatum", "born", "birth", "dob", "d.o.b."};
constexpr std::array month_names{"jan", "feb", "maa", "mar", "apr", "mei", "may", "jun",
                                 "jul", "aug", "sep", "okt", "oct", "nov", "dec"};

// A date written out: "12 maart 1950", "3 Jan 1948": a day, a month's name, a year.
std::size_t written_date_length(std::string_view lower_line, std::size_t at) {
  std::size_t pos = at;
  while (pos < lower_line.size() && is_digit(lower_line[pos]) && pos - at < 2) {
    ++pos;
  }
  if (pos == at || pos >= lower_line.size() || lower_line[pos] != ' ') {
    return 0;
  }
  const std::size_t month = ++pos;
  while (pos < lower_line.size() && std::isalpha(static_cast<unsigned char>(lower_line[pos])) != 0) {
    ++pos;
  }
  const std::string_view name = lower_line.substr(month, pos - month);
  if (name.size() < 3 ||
      std::ranges::none_of(month_names, [&](const char *start) { return name.starts_with(start); })) {
    return 0;
  }
  if (pos + 5 > lower_line.size() || lower_line[pos] != ' ' ||
      !std::all_of(lower_line.begin() + static_cast<std::ptrdiff_t>(pos) + 1,
                   lower_line.begin() + static_cast<std::ptrdiff_t>(pos) + 5, is_digit)) {
    return 0;
  }
  return pos + 5 - at;
}

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

void find_birth_dates(std::string_view line, std::string_view lower_line, std::size_t line_number,
                      std::vector<PrivacyFinding> &found) {
  constexpr std::size_t reach = 12; // how far after the word the date may stand: next to it
  for (const char *word : birth_words) {
    const std::string_view needle = word;
    for (std::size_t at = lower_line.find(needle); at != std::string::npos;
         at = lower_line.find(needle, at + 1)) {
      const std::size_t after = at + needle.size();
      if ((at > 0 && is_letter(lower_line[at - 1])) ||
          (after < lower_line.size() && is_letter(lower_line[after]))) {
        continue; // "stubborn", "Borne", "dobbelen"
      }
      const std::size_t stop = std::min(lower_line.size(), at + needle.size() + reach);
      for (std::size_t pos = at + needle.size(); pos < stop; ++pos) {
        if (!is_digit(lower_line[pos]) || is_digit(lower_line[pos - 1])) {
          continue;
        }
        const std::size_t length =
            std::max(date_length(lower_line, pos), written_date_length(lower_line, pos));
        if (length != 0) {
          found.push_back({PersonalData::birth_date, line_number, pos + 1, masked(line.substr(pos, length)),
                           std::string(line.substr(pos, length))});
          return;
        }
      }
    }
  }
}

} // namespace

bool allowed_email(std::string_view address, const std::vector<std::string> &allowed) {
  const std::string folded = lowered(address);
  return std::ranges::any_of(allowed, [&](const std::string &ok) { return lowered(ok) == folded; });
}

bool passes_eleven_proof(std::string_view nine_digits) {
  if (nine_digits.size() != 9 || !std::ranges::all_of(nine_digits, is_digit)) {
    return false;
  }
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    sum += static_cast<int>(9 - i) * (nine_digits[i] - '0');
  }
  sum -= nine_digits[8] - '0';
  return sum > 0 && sum % 11 == 0;
}

bool valid_iban(std::string_view iban) {
  std::string compact;
  for (const char c : iban) {
    if (c != ' ') {
      compact += c;
    }
  }
  if (compact.size() < 15 || compact.size() > 34 || !is_upper(compact[0]) || !is_upper(compact[1]) ||
      !is_digit(compact[2]) || !is_digit(compact[3])) {
    return false;
  }
  const std::string rotated = compact.substr(4) + compact.substr(0, 4);
  int remainder = 0;
  for (const char c : rotated) {
    if (is_digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (is_upper(c)) {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

std::vector<PrivacyFinding> find_personal_data(std::string_view text,
                                               const std::vector<std::string> &allowed_emails) {
  std::vector<PrivacyFinding> found;
  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(begin, end - begin);
    ++line_number;
    begin = end + 1;
    const std::string lower_line = lowered(line);
    if (lower_line.find(privacy_ok_marker) != std::string::npos) {
      continue;
    }
    std::vector<PrivacyFinding> in_line;
    find_ibans(line, line_number, in_line);
    find_emails(line, line_number, allowed_emails, in_line);
    // The digits of a date, an IBAN or an e-mail address are not read again as a number; a
    // no-break space (copied from a word processor) separates digits as a space does.
    std::string numbers_only = without_dates(line);
    for (const PrivacyFinding &finding : in_line) {
      numbers_only.replace(finding.column - 1, finding.shown.size(), finding.shown.size(), 'X');
    }
    for (auto at = numbers_only.find("\xC2\xA0"); at != std::string::npos;
         at = numbers_only.find("\xC2\xA0", at)) {
      numbers_only.replace(at, 2, "  ");
    }
    find_numbers(line, numbers_only, lower_line, line_number, in_line);
    find_birth_dates(line, lower_line, line_number, in_line);
    std::ranges::sort(in_line, {}, &PrivacyFinding::column);
    found.insert(found.end(), in_line.begin(), in_line.end());
  }
  return found;
}

Text personal_data_name(PersonalData kind) {
  switch (kind) {
  case PersonalData::bsn:
    return Text{"een BSN", "a BSN"};
  case PersonalData::iban:
    return Text{"een IBAN", "an IBAN"};
  case PersonalData::phone:
    return Text{"een telefoonnummer", "a phone number"};
  case PersonalData::email:
    return Text{"een e-mailadres", "an e-mail address"};
  case PersonalData::birth_date:
    return Text{"een geboortedatum", "a date of birth"};
  case PersonalData::unread:
    return Text{"een bestand dat niet te lezen is", "a file that cannot be read"};
  }
  return Text{};
}

Text personal_data_message(const PrivacyFinding &found) {
  if (found.kind == PersonalData::unread) {
    return Text{"dit bestand is niet te lezen en dus niet na te gaan op persoonsgegevens",
                "this file cannot be read, so it cannot be checked for personal data"};
  }
  const Text kind = personal_data_name(found.kind);
  return Text{
      fmt::format("dit lijkt {} ({}); gegevens van cliënten horen niet in wat gedeeld wordt: haal het "
                  "weg, of zet '{}' op de regel als het geen gegevens van een cliënt zijn",
                  kind.nl, found.shown, privacy_ok_marker),
      fmt::format("this looks like {} ({}); clients' data does not belong in what is shared: take it "
                  "out, or put '{}' on the line if it is not a client's data",
                  kind.en, found.shown, privacy_ok_marker)};
}

std::vector<PrivacyFinding> personal_data_in(const Document &document,
                                             const std::vector<std::string> &allowed_emails) {
  if (text_field(document.data, "privacy") == "ok") {
    return {};
  }
  return find_personal_data(document.text, allowed_emails);
}

std::vector<PersonalDataInFile> personal_data_in_files(const std::vector<std::filesystem::path> &files,
                                                       const std::vector<std::string> &allowed_emails) {
  std::vector<PersonalDataInFile> found;
  for (const auto &file : files) {
    const Format format = file.extension() == ".md" ? Format::markdown : Format::yaml;
    const auto document = load_document(file, format, Extent::whole);
    if (!document) {
      found.push_back({file, PrivacyFinding{PersonalData::unread, 0, 0, "", ""}});
      continue;
    }
    for (PrivacyFinding &finding : personal_data_in(*document, allowed_emails)) {
      found.push_back({file, std::move(finding)});
    }
  }
  return found;
}

Text personal_data_refusal(const std::vector<PersonalDataInFile> &found, const std::filesystem::path &root) {
  Text text{"dit lijkt persoonsgegevens te bevatten; er is niets geschreven:",
            "this seems to hold personal data; nothing was written:"};
  for (const PersonalDataInFile &in : found) {
    const std::string path = in.file.lexically_relative(root).string();
    const std::string where = in.found.line == 0
                                  ? fmt::format("\n  {}: ", path)
                                  : fmt::format("\n  {}:{}:{}: ", path, in.found.line, in.found.column);
    const Text message = personal_data_message(in.found);
    text.nl += where + message.nl;
    text.en += where + message.en;
  }
  return text;
}

std::vector<std::string> member_emails(const Workgroup &group) {
  std::vector<std::string> emails;
  for (const auto *members : {&group.members, &group.former_members}) {
    for (const Member &member : *members) {
      if (!member.email.empty()) {
        emails.push_back(member.email);
      }
    }
  }
  return emails;
}

} // namespace alearn
