#include "membership.hpp"

#include "ids.hpp"
#include "record_files.hpp"
#include "schema.hpp"

#include <algorithm>
#include <map>

namespace alearn {

Parsed<Member> parse_member_file(const Document &doc) {
  if (auto errors = schema_errors(doc, "member"); !errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  Member member;
  member.name = text_field(data, "name");
  member.organisation = text_field(data, "organisation");
  member.role = text_field(data, "role");
  member.email = text_field(data, "email");
  auto joined = date_field(doc, Data::json_pointer("/joined"));
  auto left = date_field(doc, Data::json_pointer("/left"));
  if (!joined || !left) {
    return std::unexpected(Errors{!joined ? joined.error() : left.error()});
  }
  member.joined = *joined;
  member.left = *left;
  if (member.joined && member.left && *member.left < *member.joined) {
    return std::unexpected(Errors{error_at(
        doc, Data::json_pointer("/left"),
        tr("het lid vertrok voor de dag dat het lid werd", "the member left before the day they joined"))});
  }
  member.file = doc.file;
  return member;
}

std::string render_member_file(const Member &member) {
  FrontMatter fields;
  fields.text("name", member.name)
      .text("organisation", member.organisation)
      .text("role", member.role)
      .text("email", member.email)
      .date("joined", member.joined)
      .date("left", member.left);
  return fields.yaml();
}

std::string member_file_name(std::string_view name) {
  const std::string slug = slugify(name);
  return (slug.empty() ? std::string("member") : slug) + ".yaml";
}

Parsed<Agreement> parse_agreement(const Document &doc) {
  auto meta = parse_record_meta(doc, "agreement");
  if (!meta) {
    return std::unexpected(std::move(meta.error()));
  }
  Agreement agreement;
  agreement.id = meta->id;
  agreement.file = meta->file;
  agreement.date = meta->date;
  agreement.author = meta->author;
  agreement.text = text_field(doc.data, "text");
  return agreement;
}

std::string render_agreement(const Agreement &agreement) {
  FrontMatter fields;
  fields.date("date", agreement.date).text("author", agreement.author).text("text", agreement.text);
  return fields.yaml();
}

void sort_members(std::vector<Member> &members) {
  std::ranges::stable_sort(members, [](const Member &a, const Member &b) {
    const auto key = [](const Member &m) {
      return std::tuple(m.joined.value_or(Date{}), fold_for_matching(m.name), m.file);
    };
    return key(a) < key(b);
  });
}

void sort_agreements(std::vector<Agreement> &agreements) {
  std::ranges::stable_sort(agreements, [](const Agreement &a, const Agreement &b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
}

void add_member_files(Workgroup &group, std::vector<Member> members) {
  sort_members(members);
  for (auto &member : members) {
    (member.left ? group.former_members : group.members).push_back(std::move(member));
  }
}

void add_agreement_files(Workgroup &group, std::vector<Agreement> agreements) {
  sort_agreements(agreements);
  std::ranges::move(agreements, std::back_inserter(group.agreements));
}

Errors duplicate_members(const Workgroup &group) {
  std::map<std::string, const Member *> seen;
  Errors errors;
  const auto where = [&](const Member &member) { return member.file.empty() ? group.file() : member.file; };
  for (const auto *list : {&group.members, &group.former_members}) {
    for (const auto &member : *list) {
      const auto [first, inserted] = seen.emplace(fold_for_matching(member.name), &member);
      if (!inserted) {
        errors.push_back(Error{ErrorKind::input,
                               tr("{} staat twee keer bij de leden, ook in {}",
                                  "{} is listed twice among the members, also in {}", member.name,
                                  where(*first->second).filename().generic_string()),
                               where(member), 0, 0});
      }
    }
  }
  return errors;
}

std::vector<std::string> agreement_texts(const Workgroup &group) {
  std::vector<std::string> texts;
  texts.reserve(group.agreements.size());
  for (const auto &agreement : group.agreements) {
    texts.push_back(agreement.text);
  }
  return texts;
}

} // namespace alearn
