// Personal data in what a workgroup shares: what is found, and as important, what is not.
#include "helpers.hpp"
#include "privacy.hpp"

#include <doctest/doctest.h>

using namespace alearn;
using fs_path = std::filesystem::path;

namespace {

std::vector<PersonalData> kinds_in(std::string_view text, const std::vector<std::string> &allowed = {}) {
  std::vector<PersonalData> kinds;
  for (const PrivacyFinding &finding : find_personal_data(text, allowed)) {
    kinds.push_back(finding.kind);
  }
  return kinds;
}

using Kinds = std::vector<PersonalData>;

} // namespace

TEST_SUITE("privacy") {
  TEST_CASE("the 11-proof and mod 97") {
    CHECK(passes_eleven_proof("111222333"));
    CHECK(passes_eleven_proof("123456782"));
    CHECK_FALSE(passes_eleven_proof("123456789"));
    CHECK_FALSE(passes_eleven_proof("000000000")); // sums to 0: no BSN
    CHECK_FALSE(passes_eleven_proof("12345678"));
    CHECK(valid_iban("NL91ABNA0417164300"));
    CHECK(valid_iban("NL91 ABNA 0417 1643 00"));
    CHECK(valid_iban("DE89370400440532013000"));
    CHECK_FALSE(valid_iban("NL91ABNA0417164301"));
    CHECK_FALSE(valid_iban("NL91"));
  }

  TEST_CASE("a BSN as people write it is found; numbers that fail the 11-proof are not") {
    for (const char *text : {"BSN 111222333", "bsn: 1112.22.333", "123 456 782", "12.34.56.782",
                             "nummer 12345672.", "(111222333)"}) {
      CAPTURE(std::string(text));
      CHECK(kinds_in(text) == Kinds{PersonalData::bsn});
    }
    CHECK(kinds_in("BSN123456782") == Kinds{PersonalData::bsn});
    for (const char *text :
         {"123456789", "1234.56.789", "score 3.8", "werkgroep 15", "111.222.333 euro", "code 111222333x",
          "0af2eqz0", "id 1112223334", "20261123", "23112026", "KvK 12345672", "KvK-nummer: 12345672",
          "RSIN 111222333", "AGB-code 12345672", "postcode 1234 AB", "75%", "2026"}) {
      CAPTURE(std::string(text));
      CHECK(kinds_in(text).empty());
    }
  }

  TEST_CASE("Dutch phone numbers in their usual shapes are found") {
    for (const char *text : {"06-12345678", "bel 06 1234 5678", "+31 6 12345678", "+31 (0)6 12345678",
                             "+31612345678", "0031 6 12345678", "010-1234567", "020 123 4567", "0592-123456",
                             "0800-1234", "0900 123 4567", "06 - 12345678", "06 12 34 56 78",
                             "06\xC2\xA0"
                             "12345678"}) {
      CAPTURE(std::string(text));
      CHECK(kinds_in(text) == Kinds{PersonalData::phone});
    }
    CHECK(kinds_in("bel 06 12345678 of 010 1234567") == Kinds{PersonalData::phone, PersonalData::phone});
  }

  TEST_CASE("dates, amounts, values, times and identifiers are not phone numbers") {
    for (const char *text :
         {"2026-11-23", "op 01-02-2026 om 10:30", "23/11/2026", "0612345", "12345678901", "value: 0.5",
          "1.000.000", "08:30-17:00", "v1.2.3", "06-12-2026 08:00", "ticket #0612345678x", "+44 20 7946 0958",
          "0000000000", "spreekuur 09.00-17.00", "08.00-12.00", "09.06-12.06", "0.5 0.6 0.7 0.8 0.9",
          "schaal 0 1 2 3 4 5 6 7 8 9 10"}) {
      CAPTURE(std::string(text));
      CHECK(kinds_in(text).empty());
    }
  }

  TEST_CASE("an IBAN with a correct check is found, with or without spaces") {
    CHECK(kinds_in("rekening NL91 ABNA 0417 1643 00.") == Kinds{PersonalData::iban});
    CHECK(kinds_in("NL91ABNA0417164300") == Kinds{PersonalData::iban});
    CHECK(kinds_in("IBAN NL91ABNA0417164300 EN MEER") == Kinds{PersonalData::iban});
    CHECK(kinds_in("NL91ABNA0417164301").empty());
    CHECK(kinds_in("ISO 9001 and NL 2026").empty());
  }

  TEST_CASE("e-mail addresses, unless they are allowed") {
    CHECK(kinds_in("mail jan.jansen@example.nl.") == Kinds{PersonalData::email});
    CHECK(kinds_in("Mail Sanne@Zorg.nl", {"sanne@zorg.nl"}).empty());
    CHECK(kinds_in("@priya, see a@b and x@y.z").empty());
  }

  TEST_CASE("a date next to a word about birth") {
    for (const char *text : {"geboren op 12-03-1950", "Born 3 January 1948 in Zwolle",
                             "geboortedatum: 1950-03-12", "mevrouw (geb. 12 maart 1950)", "DOB 3/1/1948"}) {
      CAPTURE(std::string(text));
      CHECK(kinds_in(text) == Kinds{PersonalData::birth_date});
    }
    for (const char *text : {"stubborn since 2026-01-01", "geboren en getogen in Zwolle",
                             "gestart op 12-03-2026", "born in the team", "in Borne op 12-03-2026",
                             "we dobbelen op 12-03-2026", "het idee is geboren in het team op 12-03-2026"}) {
      CAPTURE(std::string(text));
      CHECK(kinds_in(text).empty());
    }
  }

  TEST_CASE("long lines of numbers take linear time") {
    std::string numbers;
    std::string words;
    for (int i = 0; i < 100000; ++i) {
      numbers += std::to_string(i % 10) + " ";
      words += "AB12 ";
    }
    CHECK(find_personal_data(numbers).empty());
    CHECK(find_personal_data(words).empty());
  }

  TEST_CASE("a line marked as checked is left alone; findings name line and column and mask the data") {
    CHECK(kinds_in("BSN 111222333 <!-- privacy: ok -->").empty());
    CHECK(kinds_in("BSN 111222333 <!-- Privacy: OK -->").empty());
    CHECK(kinds_in("06-12345678  # privacy: ok").empty());
    const auto found = find_personal_data("title: x\n---\nBel 06-12345678 of mail a.b@example.nl\n");
    REQUIRE(found.size() == 2);
    CHECK(found[0].line == 3);
    CHECK(found[0].column == 5);
    CHECK(found[0].shown == "06*******78");
    CHECK(found[1].kind == PersonalData::email);
    CHECK(found[1].column == 25);
    CHECK(found[1].shown.find("b@example") == std::string::npos);
  }
}

namespace {

// The example repository with a new exploration item of `front` (front matter lines) and `body`.
fs_path add_exploration(const test::ExampleRepo &repo, const std::string &front, const std::string &body) {
  const fs_path file = repo.root() / "workgroups/inwerken/exploration/pr1vacy0.md";
  test::write_file(file, "---\nkind: experience\ndate: 2026-11-20\nauthor: Sanne de Vries\n" + front +
                             "---\n" + body);
  return file;
}

} // namespace

TEST_SUITE("privacy") {
  TEST_CASE("check reports personal data where it is, as the repository says, and a person can allow it") {
    test::ExampleRepo repo;
    add_exploration(repo, "", "De buddy belde mevrouw op 06-12345678.\nZe wil niet meer.\n");
    test::Outcome checked = repo({"check"});
    CHECK(checked.code == 1);
    test::contains(checked.out,
                   "workgroups/inwerken/exploration/pr1vacy0.md:6:27: error: this looks like a phone "
                   "number (06*******78)");
    CHECK(checked.out.find("12345678") == std::string::npos); // the message itself leaks nothing
    test::contains(repo({"check", "--format", "json"}).out, "\"rule\": \"privacy\"");

    add_exploration(repo, "privacy: ok\n", "De buddy belde de helpdesk op 0800-1234.\n");
    CHECK(repo({"check"}).code == 0);
    add_exploration(repo, "", "De buddy belde de helpdesk op 0800-1234. <!-- privacy: ok -->\n");
    CHECK(repo({"check"}).code == 0);

    // A member's own address, as the member list records it, is no client's.
    const fs_path group_file = repo.root() / "workgroups/inwerken/workgroup.md";
    const std::string group_text = test::read_file(group_file);
    const std::string sanne = "  - name: Sanne de Vries\n";
    const auto at = group_text.find(sanne);
    REQUIRE(at != std::string::npos);
    test::write_file(group_file, group_text.substr(0, at) + sanne + "    email: S.deVries@example.nl\n" +
                                     group_text.substr(at + sanne.size()));
    add_exploration(repo, "", "Vragen? Mail s.devries@example.nl\n");
    CHECK(repo({"check"}).code == 0);
    CHECK(repo({"-w", "inwerken", "report", "--json"}).code == 0);
    test::write_file(group_file, group_text);

    add_exploration(repo, "", "Mail naar j.jansen@example.nl\n");
    const fs_path config = repo.root() / "alearn.yaml";
    const std::string original = test::read_file(config);
    test::write_file(config, original + "check:\n  privacy: warning\n");
    checked = repo({"check"});
    CHECK(checked.code == 0);
    test::contains(checked.out, "warning: this looks like an e-mail address");
    CHECK(repo({"check", "--strict"}).code == 1);
    test::write_file(config, original + "check:\n  privacy: off\n");
    test::contains(repo({"check"}).out, "0 errors, 0 warnings");
    test::write_file(config, original + "check:\n  privacy: maybe\n");
    test::contains(repo({"check"}).out, "alearn.yaml");
  }

  TEST_CASE("a report with personal data in it is not written, unless asked") {
    test::ExampleRepo repo;
    add_exploration(repo, "", "Mevrouw J., BSN 111222333, belde.\n");
    const auto before = test::snapshot(repo.root());
    const test::Outcome refused = repo({"-w", "inwerken", "report", "--format", "html", "-o", "r.html"});
    CHECK(refused.code == 2);
    test::contains(refused.err, "workgroups/inwerken/exploration/pr1vacy0.md:6:17: this looks like a BSN");
    test::contains(refused.err, "--allow-personal-data");
    CHECK(test::snapshot(repo.root()) == before);
    CHECK(repo({"-w", "inwerken", "report", "--json"}).code == 2);
    const test::Outcome allowed =
        repo({"-w", "inwerken", "report", "--format", "html", "-o", "r.html", "--allow-personal-data"});
    CHECK(allowed.code == 0);
    CHECK(std::filesystem::exists(repo.root() / "r.html"));
  }
}
