#include "workgroup.hpp"

#include "cycle.hpp"
#include "ids.hpp"
#include "lifecycle.hpp"
#include "safe_text.hpp"
#include "schema.hpp"
#include "yaml_edit.hpp"

#include <array>

namespace alearn {

namespace {

// A member as an item of workgroup.md's lists (format 1).
Member listed_member(const Data &item) {
  Member member;
  member.name = text_field(item, "name");
  member.organisation = text_field(item, "organisation");
  member.role = text_field(item, "role");
  member.email = text_field(item, "email");
  return member;
}

} // namespace

Parsed<Workgroup> parse_workgroup(const Document &doc, std::string slug) {
  Errors errors = name_errors(doc.file.parent_path(), slug, Text{"een werkgroep", "a workgroup"});
  auto problems = schema_errors(doc, "workgroup");
  errors.insert(errors.end(), problems.begin(), problems.end());
  if (!errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  Workgroup group;
  group.slug = std::move(slug);
  group.dir = doc.file.parent_path();
  group.root = group.dir.parent_path().parent_path(); // workgroups/<slug>/; the loader says for sure
  group.name = text_field(data, "name");
  group.organisation = text_field(data, "organisation");
  group.problem = text_field(data, "problem");
  for (const auto &item : data.value("members", Data::array())) {
    group.members.push_back(listed_member(item));
  }
  const Data former = data.value("former_members", Data::array());
  for (std::size_t i = 0; i < former.size(); ++i) {
    auto left = date_field(doc, Data::json_pointer(fmt::format("/former_members/{}/left", i)));
    if (!left) {
      return std::unexpected(Errors{left.error()});
    }
    group.former_members.push_back(listed_member(former[i]));
    group.former_members.back().left = *left;
  }
  const Data design = data.value("design", Data::object());
  group.design = Design{text_field(design, "goal"), text_field(design, "means"),
                        text_field(design, "preconditions"), text_field(design, "approach")};
  for (auto &text : text_list(data, "agreements")) {
    Agreement agreement;
    agreement.text = std::move(text);
    group.agreements.push_back(std::move(agreement));
  }
  group.themes = text_list(data, "themes");
  auto start = date_field(doc, Data::json_pointer("/start"));
  auto end = date_field(doc, Data::json_pointer("/end"));
  if (!start || !end) {
    return std::unexpected(Errors{!start ? start.error() : end.error()});
  }
  group.start = *start;
  group.end = *end;
  if (group.start && group.end && *group.end < *group.start) {
    return std::unexpected(Errors{
        error_at(doc, Data::json_pointer("/end"),
                 tr("de einddatum ligt voor de startdatum", "the end date is before the start date"))});
  }
  return group;
}

std::vector<Text> workgroup_flags(const Workgroup &group) {
  std::vector<Text> flags;
  const auto count = group.members.size();
  if (count < min_members || count > max_members) {
    flags.push_back(tr("de werkgroep heeft {} leden; de methode gaat uit van 5 tot 7",
                       "the workgroup has {} members; the method asks for 5 to 7", count));
  }
  const Cycle cycle = current_cycle(group); // a new cycle has dates of its own
  if (auto short_one = short_duration(cycle.start, cycle.end)) {
    flags.push_back(std::move(*short_one));
  }
  return flags;
}

const Member *find_member(const Workgroup &group, std::string_view name) {
  const std::string wanted = fold_for_matching(name);
  if (wanted.empty()) {
    return nullptr;
  }
  const Member *by_first_words = nullptr;
  int first_word_matches = 0;
  for (const auto &member : group.members) {
    const std::string folded = fold_for_matching(member.name);
    if (folded == wanted) {
      return &member;
    }
    if (folded.starts_with(wanted + " ")) {
      by_first_words = &member;
      ++first_word_matches;
    }
  }
  return first_word_matches == 1 ? by_first_words : nullptr;
}

Result<const Member *> require_member(const Workgroup &group, std::string_view name) {
  if (const Member *member = find_member(group, name)) {
    return member;
  }
  const std::string wanted = fold_for_matching(name) + " ";
  std::string several;
  for (const auto &member : group.members) {
    if (fold_for_matching(member.name).starts_with(wanted)) {
      several += "\n  " + member.name;
    }
  }
  if (!several.empty()) {
    return fail(ErrorKind::usage,
                tr("'{}' past bij meer dan één lid; geef de hele naam:{}",
                   "'{}' matches more than one member; give the whole name:{}", name, several));
  }
  std::string names;
  for (const auto &member : group.members) {
    names += "\n  " + member.name;
  }
  return fail(ErrorKind::not_found,
              tr("{} is geen lid van {}; de leden zijn:{}", "{} is not a member of {}; the members are:{}",
                 name, group.slug, names.empty() ? std::string(" -") : names));
}

const Member *find_person(const Workgroup &group, std::string_view name) {
  if (const Member *member = find_member(group, name)) {
    return member;
  }
  Workgroup former;
  former.members = group.former_members;
  const Member *match = find_member(former, name);
  return match == nullptr ? nullptr
                          : &group.former_members.at(static_cast<std::size_t>(match - former.members.data()));
}

Result<const Member *> require_person(const Workgroup &group, std::string_view name) {
  if (const Member *person = find_person(group, name)) {
    return person;
  }
  return require_member(group, name); // for its message
}

std::vector<Text> member_roles(const Workgroup &group, std::string_view name) {
  const std::string folded = fold_for_matching(name);
  std::vector<Text> roles;
  for (const auto &indicator : group.indicators) {
    if (fold_for_matching(indicator.owner) == folded) {
      roles.push_back(
          tr("{} meet nog de indicator '{}'; kies een nieuwe eigenaar in {}",
             "{} still measures the indicator '{}'; choose a new owner in {}", name, indicator.name,
             indicator.file.lexically_relative(group.dir.parent_path().parent_path()).generic_string()));
    }
  }
  for (const auto &experiment : group.experiments) {
    const auto state = experiment.state();
    const bool open = state == ExperimentState::planned || state == ExperimentState::running;
    if (open && fold_for_matching(experiment.owner) == folded) {
      roles.push_back(tr(
          "{} is nog eigenaar van experiment {} ({}); kies een nieuwe eigenaar in {}",
          "{} still owns experiment {} ({}); choose a new owner in {}", name, experiment.meta.id,
          experiment.title,
          experiment.meta.file.lexically_relative(group.dir.parent_path().parent_path()).generic_string()));
    }
  }
  return roles;
}

const std::vector<std::string_view> &settable_workgroup_keys() {
  static const std::vector<std::string_view> keys = {
      "name",         "organisation",         "problem",         "design.goal",
      "design.means", "design.preconditions", "design.approach", "start",
      "end"};
  return keys;
}

namespace {

constexpr std::array<std::string_view, 4> design_keys = {"goal", "means", "preconditions", "approach"};

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

} // namespace

std::string render_new_workgroup(const NewWorkgroup &group, Lang lang, int schema) {
  const Comments comments = comments_in(lang);
  const bool format_2 = schema >= 2;
  const std::string gap = format_2 ? "\n" : "";
  std::string text = "---\n";
  text += field_line("name", group.name, "") + gap;
  text += field_line("organisation", group.organisation, "") + gap;
  if (!format_2) {
    text += "members:\n";
    for (const auto &member : group.members) {
      text += field_line("- name", member.name, "", 2);
      if (!member.organisation.empty()) {
        text += field_line("organisation", member.organisation, "", 4);
      }
      if (!member.role.empty()) {
        text += field_line("role", member.role, "", 4);
      }
      if (!member.email.empty()) {
        text += field_line("email", member.email, "", 4);
      }
    }
  }
  text += field_line("problem", group.problem, comments.problem) + gap;
  text += "design:  " + std::string(comments.design) + "\n";
  for (std::size_t i = 0; i < design_keys.size(); ++i) {
    text += field_line(design_keys[i], "", "", 2) + gap;
  }
  if (!format_2) {
    text += "agreements:  " + std::string(comments.agreements) + "\n";
  }
  text += field_line("start", group.start ? format_date(*group.start) : "", comments.dates) + gap;
  text += field_line("end", group.end ? format_date(*group.end) : "", "") + gap;
  text += "themes:  " + std::string(comments.themes) + "\n";
  for (const auto &theme : group.themes) {
    text += "  - " + render_scalar(theme, 4) + "\n";
  }
  text += "---\n";
  text += comments.body;
  return text;
}

std::vector<const Experiment *> experiments_for(const Workgroup &group, const Indicator &indicator) {
  std::vector<const Experiment *> experiments;
  for (const auto &experiment : group.experiments) {
    if (std::ranges::find(experiment.indicators, indicator.slug) != experiment.indicators.end()) {
      experiments.push_back(&experiment);
    }
  }
  return experiments;
}

} // namespace alearn
