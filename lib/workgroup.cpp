#include "workgroup.hpp"

#include "ids.hpp"
#include "yaml_edit.hpp"

#include <array>

namespace alearn {

namespace {

constexpr std::array<std::string_view, 9> workgroup_keys = {
    "name", "organisation", "members", "problem", "design", "agreements", "start", "end", "themes"};
constexpr std::array<std::string_view, 3> member_keys = {"name", "organisation", "role"};
constexpr std::array<std::string_view, 4> design_keys = {"goal", "means", "preconditions", "approach"};

Result<std::vector<Member>> parse_members(const Document &doc, const YAML::Node &root) {
  std::vector<Member> members;
  const YAML::Node list = root["members"];
  if (!list || list.IsNull()) {
    return members;
  }
  if (!list.IsSequence()) {
    return std::unexpected(
        error_at(doc, list, tr("'members' moet een lijst zijn", "'members' must be a list")));
  }
  for (const auto &item : list) {
    if (auto ok = check_keys(doc, item, member_keys); !ok) {
      return std::unexpected(ok.error());
    }
    Member member;
    auto name = get_text(doc, item, "name", Need::required);
    auto organisation = get_text(doc, item, "organisation");
    auto role = get_text(doc, item, "role");
    for (auto *field : {&name, &organisation, &role}) {
      if (!*field) {
        return std::unexpected(field->error());
      }
    }
    members.push_back(Member{*name, *organisation, *role});
  }
  return members;
}

Result<Design> parse_design(const Document &doc, const YAML::Node &root) {
  const YAML::Node node = root["design"];
  if (!node || node.IsNull()) {
    return Design{};
  }
  if (auto ok = check_keys(doc, node, design_keys); !ok) {
    return std::unexpected(ok.error());
  }
  Design design;
  for (auto [key, field] :
       {std::pair{"goal", &design.goal}, std::pair{"means", &design.means},
        std::pair{"preconditions", &design.preconditions}, std::pair{"approach", &design.approach}}) {
    auto value = get_text(doc, node, key);
    if (!value) {
      return std::unexpected(value.error());
    }
    *field = *value;
  }
  return design;
}

} // namespace

Result<Workgroup> parse_workgroup(const Document &doc, std::string slug) {
  if (auto ok = check_keys(doc, doc.root, workgroup_keys); !ok) {
    return std::unexpected(ok.error());
  }
  Workgroup group;
  group.slug = std::move(slug);
  group.dir = doc.file.parent_path();
  auto name = get_text(doc, doc.root, "name", Need::required);
  auto organisation = get_text(doc, doc.root, "organisation");
  auto problem = get_text(doc, doc.root, "problem");
  auto members = parse_members(doc, doc.root);
  auto design = parse_design(doc, doc.root);
  auto agreements = get_text_list(doc, doc.root, "agreements");
  auto themes = get_text_list(doc, doc.root, "themes");
  auto start = get_date(doc, doc.root, "start");
  auto end = get_date(doc, doc.root, "end");
  if (!name || !organisation || !problem) {
    return std::unexpected(!name ? name.error() : !organisation ? organisation.error() : problem.error());
  }
  if (!members || !design) {
    return std::unexpected(!members ? members.error() : design.error());
  }
  if (!agreements || !themes) {
    return std::unexpected(!agreements ? agreements.error() : themes.error());
  }
  if (!start || !end) {
    return std::unexpected(!start ? start.error() : end.error());
  }
  if (*start && *end && **end < **start) {
    return std::unexpected(
        error_at(doc, doc.root["end"],
                 tr("de einddatum ligt voor de startdatum", "the end date is before the start date")));
  }
  group.name = *name;
  group.organisation = *organisation;
  group.problem = *problem;
  group.members = std::move(*members);
  group.design = std::move(*design);
  group.agreements = std::move(*agreements);
  group.themes = std::move(*themes);
  group.start = *start;
  group.end = *end;
  return group;
}

std::vector<Text> workgroup_flags(const Workgroup &group) {
  std::vector<Text> flags;
  const auto count = group.members.size();
  if (count < min_members || count > max_members) {
    flags.push_back(tr("de werkgroep heeft {} leden; de methode gaat uit van 5 tot 7",
                       "the workgroup has {} members; the method asks for 5 to 7", count));
  }
  if (group.start && group.end && months_between(*group.start, *group.end) < min_duration_months) {
    flags.push_back(tr("van {} tot {} is korter dan drie maanden, de kortste duur die de methode vraagt",
                       "{} to {} is shorter than three months, the least the method needs",
                       format_date(*group.start), format_date(*group.end)));
  }
  return flags;
}

const Member *find_member(const Workgroup &group, std::string_view name) {
  const std::string wanted = fold_for_matching(name);
  for (const auto &member : group.members) {
    if (fold_for_matching(member.name) == wanted) {
      return &member;
    }
  }
  return nullptr;
}

const std::vector<std::string_view> &settable_workgroup_keys() {
  static const std::vector<std::string_view> keys = {
      "name",         "organisation",         "problem",         "design.goal",
      "design.means", "design.preconditions", "design.approach", "start",
      "end"};
  return keys;
}

namespace {

struct Comments {
  std::string_view problem, design, agreements, dates, themes, body;
};

Comments comments_in(Lang lang) {
  if (lang == Lang::nl) {
    return {"# stap 1: het echte, urgente probleem, in een paar zinnen",
            "# stap 2: het ontwerp van het actieleerproces",
            "# stap 4: de afspraken van de groep, een per regel",
            "# stap 5: start- en einddatum (JJJJ-MM-DD), minstens drie maanden uit elkaar",
            "# trefwoorden, bijvoorbeeld onboarding, behoud",
            "Vrije aantekeningen van de werkgroep. alearn verandert deze tekst nooit.\n"};
  }
  return {"# step 1: the real, urgent problem, in a few sentences",
          "# step 2: the design of the action-learning process",
          "# step 4: the group's agreements, one per line",
          "# step 5: start and end date (YYYY-MM-DD), at least three months apart",
          "# keywords, for example onboarding, retention",
          "Free notes of the workgroup. alearn never changes this text.\n"};
}

std::string scalar_line(std::string_view key, std::string_view value, std::string_view comment,
                        int indent = 0) {
  std::string line = std::string(static_cast<std::size_t>(indent), ' ') + std::string(key) + ":";
  if (!value.empty()) {
    line += " " + render_scalar(value, indent + 2);
  }
  if (!comment.empty() && value.find('\n') == std::string_view::npos) {
    line += "  " + std::string(comment);
  }
  return line + "\n";
}

} // namespace

std::string render_new_workgroup(const NewWorkgroup &group, Lang lang) {
  const Comments comments = comments_in(lang);
  std::string text = "---\n";
  text += scalar_line("name", group.name, "");
  text += scalar_line("organisation", group.organisation, "");
  text += "members:\n";
  for (const auto &member : group.members) {
    text += scalar_line("- name", member.name, "", 2);
    if (!member.organisation.empty()) {
      text += scalar_line("organisation", member.organisation, "", 4);
    }
    if (!member.role.empty()) {
      text += scalar_line("role", member.role, "", 4);
    }
  }
  text += scalar_line("problem", group.problem, comments.problem);
  text += "design:  " + std::string(comments.design) + "\n";
  for (const auto key : design_keys) {
    text += scalar_line(key, "", "", 2);
  }
  text += "agreements:  " + std::string(comments.agreements) + "\n";
  text += scalar_line("start", group.start ? format_date(*group.start) : "", comments.dates);
  text += scalar_line("end", group.end ? format_date(*group.end) : "", "");
  text += "themes:  " + std::string(comments.themes) + "\n";
  for (const auto &theme : group.themes) {
    text += "  - " + render_scalar(theme, 4) + "\n";
  }
  text += "---\n";
  text += comments.body;
  return text;
}

} // namespace alearn
