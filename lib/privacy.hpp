#pragma once
// Personal data of clients must not travel with what a workgroup shares: a repository that other
// organisations read, a report, a site. This finds what looks like it in a text, line by line:
// a BSN (citizen service number, checked with the 11-proof), an IBAN (checked with mod 97), a
// Dutch phone number, an e-mail address, and a date written next to a word such as "geboren" or
// "born". Numbers that fail their check are not flagged: a measurement, a date or an identifier
// of digits is not a BSN by looking like one.
//
// A person who has looked and finds a line harmless marks it with `privacy: ok` anywhere on it
// (in a Markdown comment `<!-- privacy: ok -->` or a YAML comment `# privacy: ok`).
#include "document.hpp"
#include "text.hpp"
#include "workgroup.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace alearn {

enum class PersonalData { bsn, iban, phone, email, birth_date, unread };

struct PrivacyFinding {
  PersonalData kind = PersonalData::bsn;
  std::size_t line = 0;   // 1-based
  std::size_t column = 0; // 1-based, in bytes
  std::string shown;      // what was found, partly masked, for a message that itself leaks nothing
  std::string text;       // what was found as written: to compare, never to show
  bool operator==(const PrivacyFinding &) const = default;
};

// The marker that allows a line (in any case).
inline constexpr std::string_view privacy_ok_marker = "privacy: ok";

// Everything in `text` that looks like personal data, in order of line and column. Lines with
// the marker are skipped; e-mail addresses in `allowed_emails` (compared without regard to
// case) are not flagged.
std::vector<PrivacyFinding> find_personal_data(std::string_view text,
                                               const std::vector<std::string> &allowed_emails = {});

// The checks behind it, for the tests and for anyone who needs one alone.
bool passes_eleven_proof(std::string_view nine_digits);
bool valid_iban(std::string_view iban); // spaces allowed
// Whether `address` is one of `allowed`, without regard to case.
bool allowed_email(std::string_view address, const std::vector<std::string> &allowed);

// "a BSN" / "een BSN", and so on.
Text personal_data_name(PersonalData kind);

// What `check` and the exports say about a finding: what it looks like, and what to do.
Text personal_data_message(const PrivacyFinding &found);

// A finding in a file of the repository.
struct PersonalDataInFile {
  std::filesystem::path file;
  PrivacyFinding found;
};

// The findings in a record file read whole, unless the record says a person looked at it
// (`privacy: ok` in its front matter or YAML).
std::vector<PrivacyFinding> personal_data_in(const Document &document,
                                             const std::vector<std::string> &allowed_emails = {});
// The same for files read from disk. A file that cannot be read is a finding of its own kind
// (`unread`): what cannot be checked is not shared.
std::vector<PersonalDataInFile> personal_data_in_files(const std::vector<std::filesystem::path> &files,
                                                       const std::vector<std::string> &allowed_emails = {});
// The members' own addresses (Member::email), which are no client's.
std::vector<std::string> member_emails(const Workgroup &group);

// Why an export stops: each finding on a line of its own, "path:line:column: message", the
// paths relative to `root`. cmd/ adds how to export anyway.
Text personal_data_refusal(const std::vector<PersonalDataInFile> &found, const std::filesystem::path &root);

} // namespace alearn
