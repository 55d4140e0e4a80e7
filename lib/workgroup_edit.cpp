#include "workgroup_edit.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "membership.hpp"
#include "record_files.hpp"
#include "safe_text.hpp"
#include "yaml_edit.hpp"

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

Result<Document> load_workgroup_file(const Workgroup &group) {
  return load_document(group.file(), Format::markdown);
}

// Whether `text` reads back as a workgroup, in a file alearn can read; the first problem if not.
// (The values an edit brings in are checked by the edit: of an edited file, only those are new.)
Status check_workgroup_text(const fs::path &file, const std::string &text, const std::string &slug) {
  auto doc = parse_document(file, text, Format::markdown);
  TRY(doc);
  if (auto ok = check_record_size(*doc); !ok) {
    return ok;
  }
  if (auto parsed = parse_workgroup(*doc, slug); !parsed) {
    return std::unexpected(parsed.error().front());
  }
  return {};
}

// Writes `text` as the new workgroup file, once it has proved to parse as a workgroup.
Status replace_workgroup_file(const Workgroup &group, const std::string &text) {
  if (auto ok = check_workgroup_text(group.file(), text, group.slug); !ok) {
    return ok;
  }
  return write_file_atomic(group.root, group.file(), text);
}

Status edit_workgroup(const Workgroup &group,
                      const std::function<Result<std::string>(const Document &)> &edit) {
  auto doc = load_workgroup_file(group);
  TRY(doc);
  auto text = edit(*doc);
  TRY(text);
  return replace_workgroup_file(group, *text);
}

Status check_slug(std::string_view slug) {
  if (slug.empty() || slug != slugify(slug)) {
    return fail(ErrorKind::usage,
                tr("'{}' is geen bruikbare korte naam: gebruik kleine letters, cijfers en streepjes",
                   "'{}' is not a usable short name: use lower-case letters, digits and dashes", slug));
  }
  return {};
}

} // namespace

namespace {

// A member as the keys of an item of `members` or `former_members`, empty ones left out.
std::vector<Field> member_fields(const Member &member) {
  std::vector<Field> fields = {{"name", member.name}};
  for (const auto &[key, value] :
       {std::pair<std::string_view, const std::string &>{"organisation", member.organisation},
        {"role", member.role},
        {"email", member.email}}) {
    if (!value.empty()) {
      fields.emplace_back(std::string(key), value);
    }
  }
  return fields;
}

} // namespace

Status check_member_date(const Workgroup &group, Date date, Date today) {
  if (date > today) {
    return fail(ErrorKind::usage, tr("{} ligt in de toekomst", "{} lies in the future", format_date(date)));
  }
  std::optional<Date> first = group.start;
  for (const auto &event : group.step_events) {
    if (auto day = parse_date(std::string_view(event.at).substr(0, 10)); day && (!first || *day < *first)) {
      first = *day;
    }
  }
  if (first && date < *first) {
    return fail(ErrorKind::usage, tr("{} ligt voor de eerste dag van {} op {}", "{} is before {} began on {}",
                                     format_date(date), group.slug, format_date(*first)));
  }
  return {};
}

namespace {

// Format 2 writes a file per member and agreement; format 1 keeps the lists in workgroup.md.
bool files_per_member(const Workgroup &group) { return group.schema >= 2; }

fs::path member_file(const Workgroup &group, const Member &member) {
  return member.file.empty() ? group.dir / folders::members / member_file_name(member.name) : member.file;
}

Status write_member_file(const Workgroup &group, const Member &member, Overwrite overwrite) {
  const std::string text = render_member_file(member);
  const fs::path file = member_file(group, member);
  auto doc = parse_document(file, text, Format::yaml);
  TRY(doc);
  TRY(check_new_document(*doc));
  if (auto parsed = parse_member_file(*doc); !parsed) {
    return std::unexpected(parsed.error().front());
  }
  return write_file_atomic(group.root, file, text, overwrite);
}

} // namespace

Result<fs::path> create_workgroup(const Repository &repo, const NewWorkgroup &group, std::string slug,
                                  Lang lang) {
  if (group.name.empty()) {
    return fail(ErrorKind::usage, tr("een werkgroep heeft een naam nodig", "a workgroup needs a name"));
  }
  if (slug.empty()) {
    slug = slugify(group.name);
  }
  TRY(check_slug(slug));
  fs::path file = repo.root / "workgroups" / slug / "workgroup.md";
  std::error_code ec;
  if (fs::exists(file.parent_path(), ec)) {
    Error exists{ErrorKind::refused,
                 tr("er is al een werkgroep '{}'; kies een andere naam of korte naam",
                    "a workgroup '{}' already exists; choose another name or short name", slug),
                 file};
    exists.inputs = {Param::slug};
    return std::unexpected(std::move(exists));
  }
  if (group.start && group.end && *group.end < *group.start) {
    return fail(ErrorKind::usage,
                tr("de einddatum ligt voor de startdatum", "the end date is before the start date"));
  }
  const std::string text = render_new_workgroup(group, lang, repo.config.schema);
  TRY(check_new_text(text));
  if (auto doc = parse_document(file, text, Format::markdown); doc) {
    TRY(check_new_document(*doc));
  }
  TRY(check_workgroup_text(file, text, slug));
  if (repo.config.schema >= 2) {
    for (const auto &member : group.members) {
      for (const auto &[key, value] : member_fields(member)) {
        TRY(check_new_value("members[]." + key, value));
      }
    }
  }
  TRY(write_file_atomic(repo.root, file, text, Overwrite::refuse));
  if (repo.config.schema >= 2) {
    Workgroup created;
    created.slug = slug;
    created.dir = file.parent_path();
    created.root = repo.root;
    for (const auto &member : group.members) {
      TRY(write_member_file(created, member, Overwrite::refuse));
    }
  }
  return file;
}

Status check_workgroup_date(const Workgroup &group, Date date, Date today) {
  if (date > today) {
    return fail(ErrorKind::usage, tr("{} ligt in de toekomst", "{} lies in the future", format_date(date)));
  }
  if (group.start && date < *group.start) {
    return fail(ErrorKind::usage, tr("{} ligt voor de start van {} op {}", "{} is before {} started on {}",
                                     format_date(date), group.slug, format_date(*group.start)));
  }
  return {};
}

Status add_member(const Workgroup &group, const Member &member) {
  if (member.name.empty()) {
    return fail(ErrorKind::usage, tr("een lid heeft een naam nodig", "a member needs a name"));
  }
  if (const Member *existing = find_member(group, member.name)) {
    return fail(ErrorKind::refused,
                tr("{} is al lid van {}", "{} is already a member of {}", existing->name, group.slug));
  }
  const std::vector<Field> fields = member_fields(member);
  for (const auto &[key, value] : fields) {
    if (auto ok = check_new_value("members[]." + key, value); !ok) {
      return ok;
    }
  }
  if (!files_per_member(group)) {
    return edit_workgroup(group,
                          [&](const Document &doc) { return append_map_item(doc, {"members"}, fields); });
  }
  Member added = member;
  added.file.clear();
  added.left.reset();
  if (auto written = write_member_file(group, added, Overwrite::refuse); !written) {
    if (written.error().kind == ErrorKind::refused) {
      return fail(ErrorKind::refused,
                  tr("er is al een bestand voor {}: een oud-lid met die naam? Kies een andere schrijfwijze",
                     "there is a file for {} already: a former member of that name? Spell the name otherwise",
                     member.name),
                  member_file(group, added));
    }
    return written;
  }
  return {};
}

std::vector<fs::path> files_naming(const Workgroup &group, std::string_view name) {
  const std::string wanted = fold_for_matching(name);
  std::vector<fs::path> files;
  const auto names = [&](std::string_view who) { return fold_for_matching(who) == wanted; };
  const auto by_author = [&](const auto &records) {
    for (const auto &record : records) {
      if (names(record.meta.author)) {
        files.push_back(record.meta.file);
      }
    }
  };
  by_author(group.logbook);
  by_author(group.exploration);
  by_author(group.problem_statements);
  by_author(group.assumptions);
  by_author(group.feedback);
  by_author(group.resources);
  by_author(group.sharing);
  by_author(group.blockers);
  for (const auto &meeting : group.meetings) {
    if (names(meeting.meta.author) || std::ranges::any_of(meeting.present, names)) {
      files.push_back(meeting.meta.file);
    }
  }
  for (const auto &experiment : group.experiments) {
    if (names(experiment.meta.author) || names(experiment.owner)) {
      files.push_back(experiment.meta.file);
    }
  }
  for (const auto &event : group.step_events) {
    if (names(event.by)) {
      files.push_back(event.file);
    }
  }
  for (const auto &indicator : group.indicators) {
    if (names(indicator.owner)) {
      files.push_back(indicator.file);
    }
    for (const auto &measurement : indicator.measurements) {
      if (names(measurement.by)) {
        files.push_back(measurement.file);
      }
    }
  }
  for (const auto &agreement : group.agreements) {
    if (names(agreement.author)) {
      files.push_back(agreement.file);
    }
  }
  return files;
}

namespace {

Status refuse_if_named(const Workgroup &group, const Member &member) {
  const auto files = files_naming(group, member.name);
  if (files.empty()) {
    return {};
  }
  std::string list;
  for (const auto &file : files) {
    list += "\n  " + file.lexically_relative(group.root).generic_string();
  }
  return fail(ErrorKind::refused,
              tr("{} staat al in het verslag van de groep, dus niet per vergissing toegevoegd; wie "
                 "vertrekt, blijft oud-lid (laat --mistake weg). Waar {} staat:{}",
                 "{} is in the group's record already, so not added by mistake; who leaves stays a "
                 "former member (leave out --mistake). Where {} is named:{}",
                 member.name, member.name, list));
}

} // namespace

Result<Member> remove_member(const Workgroup &group, std::string_view name, Date date, Removal removal) {
  auto found = require_member(group, name);
  TRY(found);
  const Member *member = *found;
  if (removal == Removal::mistake) {
    TRY(refuse_if_named(group, *member));
  } else if (member->joined && date < *member->joined) {
    return fail(ErrorKind::usage, tr("{} werd pas lid op {}", "{} joined only on {}", member->name,
                                     format_date(*member->joined)));
  }
  if (files_per_member(group) && !member->file.empty()) {
    if (removal == Removal::mistake) {
      TRY(remove_file_inside(group.root, member->file));
      return *member;
    }
    auto doc = load_document(member->file, Format::yaml);
    TRY(doc);
    auto text = set_scalar(*doc, {"left"}, format_date(date));
    TRY(text);
    auto edited = parse_document(member->file, *text, Format::yaml);
    TRY(edited);
    if (auto parsed = parse_member_file(*edited); !parsed) {
      return std::unexpected(parsed.error().front());
    }
    TRY(write_file_atomic(group.root, member->file, *text));
    return *member;
  }
  const auto index = static_cast<std::size_t>(member - group.members.data());
  std::vector<Field> fields = member_fields(*member);
  fields.emplace_back("left", format_date(date));
  const auto move = [&](const Document &doc) -> Result<std::string> {
    auto without = remove_item(doc, {"members"}, index);
    if (!without || removal == Removal::mistake) {
      return without;
    }
    auto shorter = parse_document(doc.file, std::move(*without), Format::markdown);
    TRY(shorter);
    return append_map_item(*shorter, {"former_members"}, fields);
  };
  TRY(edit_workgroup(group, move));
  return *member;
}

Result<std::string> add_agreement(const Workgroup &group, const NewAgreement &agreement,
                                  const Context &context) {
  if (agreement.text.empty()) {
    return fail(ErrorKind::usage, tr("de afspraak is leeg", "the agreement is empty"));
  }
  TRY(check_new_value("agreements[]", agreement.text));
  if (!files_per_member(group)) {
    TRY(edit_workgroup(
        group, [&](const Document &doc) { return append_text_item(doc, {"agreements"}, agreement.text); }));
    return std::string{};
  }
  Agreement record;
  record.date = agreement.date;
  record.author = agreement.author;
  record.text = agreement.text;
  return write_new_record(group.root, group.dir / folders::agreements, render_agreement(record),
                          reads_as(parse_agreement), context, Format::yaml);
}

namespace {

std::optional<std::size_t> find_theme(const std::vector<std::string> &themes, std::string_view theme) {
  const auto found = std::ranges::find_if(
      themes, [&](const std::string &known) { return fold_for_matching(known) == fold_for_matching(theme); });
  return found == themes.end() ? std::nullopt
                               : std::optional(static_cast<std::size_t>(found - themes.begin()));
}

Error unknown_theme(std::string_view theme, const std::vector<std::string> &themes, const Text &where) {
  const std::vector<std::string_view> words(themes.begin(), themes.end());
  const std::string closest = closest_match(theme, words);
  const std::string list = fmt::format("{}", fmt::join(themes, ", "));
  if (closest.empty()) {
    return Error{ErrorKind::usage, Text{fmt::format("'{}' staat niet in {}: {}", theme, where.nl, list),
                                        fmt::format("'{}' is not in {}: {}", theme, where.en, list)}};
  }
  return Error{ErrorKind::usage,
               Text{fmt::format("'{}' staat niet in {}; bedoel je '{}'?", theme, where.nl, closest),
                    fmt::format("'{}' is not in {}; did you mean '{}'?", theme, where.en, closest)}};
}

} // namespace

Result<std::string> add_theme(const Workgroup &group, const std::vector<std::string> &themes,
                              std::string_view theme) {
  if (theme.empty()) {
    return fail(ErrorKind::usage, tr("het thema is leeg", "the theme is empty"));
  }
  std::string chosen(theme);
  if (!themes.empty()) {
    const auto known = find_theme(themes, theme);
    if (!known) {
      Error error = unknown_theme(
          theme, themes,
          Text{"de thema's van het netwerk (alearn.yaml)", "the network's themes (alearn.yaml)"});
      error.message.nl +=
          "\n(Een nieuw thema komt eerst in de lijst themes van alearn.yaml, in overleg met het netwerk.)";
      error.message.en +=
          "\n(A new theme goes into the themes list of alearn.yaml first, agreed with the network.)";
      return std::unexpected(std::move(error));
    }
    chosen = themes[*known];
  }
  if (find_theme(group.themes, chosen)) {
    return fail(ErrorKind::refused,
                tr("{} heeft het thema '{}' al", "{} has the theme '{}' already", group.slug, chosen));
  }
  TRY(check_new_value("themes[]", chosen));
  TRY(edit_workgroup(group, [&](const Document &doc) { return append_text_item(doc, {"themes"}, chosen); }));
  return chosen;
}

Result<std::string> remove_theme(const Workgroup &group, std::string_view theme) {
  const auto index = find_theme(group.themes, theme);
  if (!index) {
    if (group.themes.empty()) {
      return fail(ErrorKind::not_found, tr("{} heeft geen thema's", "{} has no themes", group.slug));
    }
    return std::unexpected(
        unknown_theme(theme, group.themes, Text{"de thema's van de werkgroep", "the workgroup's themes"}));
  }
  TRY(edit_workgroup(group, [&](const Document &doc) { return remove_item(doc, {"themes"}, *index); }));
  return group.themes[*index];
}

Status set_workgroup_value(const Workgroup &group, std::string_view key, std::string_view value) {
  const auto &keys = settable_workgroup_keys();
  if (std::ranges::find(keys, key) == keys.end()) {
    std::string known;
    for (const auto k : keys) {
      known += fmt::format("{}{}", known.empty() ? "" : ", ", k);
    }
    return fail(ErrorKind::usage, tr("'{}' kan niet met set worden aangepast; wel: {}",
                                     "'{}' cannot be set; these can: {}", key, known));
  }
  if (auto ok = check_new_value(key, value); !ok) {
    return ok;
  }
  if ((key == "start" || key == "end") && !parse_date(value)) {
    return fail(ErrorKind::usage, date_problem(value));
  }
  if (key == "name" && value.empty()) {
    return fail(ErrorKind::usage, tr("een werkgroep heeft een naam nodig", "a workgroup needs a name"));
  }
  KeyPath path;
  for (std::string_view rest = key; !rest.empty();) {
    const auto dot = rest.find('.');
    path.emplace_back(rest.substr(0, dot));
    rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
  }
  return edit_workgroup(group, [&](const Document &doc) { return set_scalar(doc, path, value); });
}

Result<fs::path> create_indicator(const Workgroup &group, const NewIndicator &indicator, std::string slug,
                                  Lang lang) {
  if (indicator.name.empty()) {
    return fail(ErrorKind::usage, tr("een indicator heeft een naam nodig", "an indicator needs a name"));
  }
  if (slug.empty()) {
    slug = slugify(indicator.name);
  }
  TRY(check_slug(slug));
  if (!indicator.frequency.empty() && !is_valid_frequency(indicator.frequency)) {
    return fail(ErrorKind::usage,
                tr("frequentie is weekly, monthly, quarterly of 'N days', niet '{}'",
                   "frequency is weekly, monthly, quarterly or 'N days', not '{}'", indicator.frequency));
  }
  Indicator shape;
  shape.slug = slug;
  shape.type = indicator.type;
  for (const std::string &value : {indicator.baseline, indicator.target}) {
    if (auto parsed = parse_value(shape, value); !value.empty() && !parsed) {
      return std::unexpected(parsed.error());
    }
  }
  NewIndicator checked = indicator;
  if (!indicator.owner.empty()) {
    auto owner = require_member(group, indicator.owner);
    TRY(owner);
    checked.owner = (*owner)->name;
  }
  fs::path file = group.dir / "indicators" / (slug + ".md");
  const std::string text = render_new_indicator(checked, lang);
  TRY(check_new_text(text));
  auto doc = parse_document(file, text, Format::markdown);
  TRY(doc);
  TRY(check_new_document(*doc));
  if (auto parsed = parse_indicator(*doc, slug); !parsed) {
    return std::unexpected(parsed.error().front());
  }
  if (auto written = write_file_atomic(group.root, file, text, Overwrite::refuse); !written) {
    if (written.error().kind == ErrorKind::refused) {
      return fail(ErrorKind::refused,
                  tr("er is al een indicator '{}'", "an indicator '{}' already exists", slug), file);
    }
    return std::unexpected(written.error());
  }
  return file;
}

} // namespace alearn
