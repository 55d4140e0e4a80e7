#include "upgrade.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "lock.hpp"
#include "membership.hpp"
#include "yaml_edit.hpp"
#include "yaml_edit_tree.hpp"

#include <algorithm>
#include <set>

namespace alearn {
namespace fs = std::filesystem;

namespace {

namespace yi = yaml_edit_internal;

// The lines of a text as libyaml reads them; starts has one more entry: the text's end.
struct TextLines {
  std::string_view text;
  std::vector<std::size_t> starts;

  explicit TextLines(std::string_view whole) : text(whole) {
    for (std::size_t at = 0; at < text.size(); at = yi::line_next(text, at)) {
      starts.push_back(at);
    }
    starts.push_back(text.size());
  }
  std::size_t count() const { return starts.size() - 1; }
  std::string_view line(std::size_t k) const { return text.substr(starts[k], starts[k + 1] - starts[k]); }
  std::string_view span(std::size_t first, std::size_t last) const {
    return text.substr(starts[first], starts[last] - starts[first]);
  }
};

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool is_comment(std::string_view line) {
  const auto at = line.find_first_not_of(" \t");
  return at != std::string_view::npos && line[at] == '#';
}

std::string comment_text(std::string_view line) {
  const auto begin = line.find('#');
  const auto end = line.find_last_not_of(" \t\r\n");
  return std::string(line.substr(begin, end + 1 - begin));
}

// A field of a block mapping: its lines, from the comments right above its key to the next
// field's; its key and value.
struct FieldLines {
  std::size_t first = 0;
  std::size_t last = 0; // exclusive
  const yi::YamlNode *key = nullptr;
  const yi::YamlNode *value = nullptr;
};

std::vector<FieldLines> fields_of(const TextLines &lines, const yi::YamlNode &mapping, std::size_t floor,
                                  std::size_t end) {
  std::vector<FieldLines> fields;
  for (std::size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
    const auto &key = mapping.children[i];
    auto first = static_cast<std::size_t>(key.line);
    while (first > floor && is_comment(lines.line(first - 1))) {
      --first;
    }
    if (!fields.empty()) {
      fields.back().last = first;
    }
    fields.push_back(FieldLines{first, end, &key, &mapping.children[i + 1]});
    floor = static_cast<std::size_t>(key.line) + 1;
  }
  return fields;
}

// The lines of a field without the blank lines at its end.
std::size_t without_trailing_blanks(const TextLines &lines, std::size_t first, std::size_t last) {
  while (last > first && is_blank(lines.line(last - 1))) {
    --last;
  }
  return last;
}

bool is_block_mapping(const yi::YamlNode *node) {
  return node != nullptr && node->kind == yi::NodeKind::mapping && !node->flow && !node->children.empty();
}

// The fields joined with one blank line between them; the fields of a block mapping among them
// spaced the same way.
std::string spaced(const TextLines &lines, const std::vector<FieldLines> &fields, std::string_view newline) {
  std::string text;
  for (const auto &field : fields) {
    if (!text.empty()) {
      text += newline;
    }
    const std::size_t last = without_trailing_blanks(lines, field.first, field.last);
    if (is_block_mapping(field.value) && static_cast<std::size_t>(field.value->line) > field.first) {
      const auto inner = fields_of(lines, *field.value, static_cast<std::size_t>(field.key->line) + 1, last);
      text += lines.span(field.first, inner.front().first);
      text += spaced(lines, inner, newline);
    } else {
      text += lines.span(field.first, last);
    }
  }
  return text;
}

std::string unspaced(const TextLines &lines, const std::vector<FieldLines> &fields) {
  std::string text;
  for (const auto &field : fields) {
    text += lines.span(field.first, field.last);
  }
  return text;
}

Data without_keys(Data data, const std::vector<std::string> &drop) {
  for (const auto &key : drop) {
    data.erase(key);
  }
  return data;
}

Result<std::string> read_back(const Document &doc, const std::string &yaml, const Data &expected) {
  std::string text = doc.text.substr(0, doc.yaml_begin) + yaml + doc.text.substr(doc.yaml_end);
  auto again = parse_document(doc.file, text, doc.format);
  if (!again || again->data != expected) {
    return fail(ErrorKind::input,
                tr("alearn upgrade kan dit bestand niet herschikken zonder dat de inhoud verandert; "
                   "haal members, former_members en agreements er met de hand uit",
                   "alearn upgrade cannot rearrange this file without changing what it says; take "
                   "members, former_members and agreements out by hand"),
                doc.file);
  }
  return text;
}

// The lines of each item of a block list: from the comment lines right above its '-' to the
// next item's.
std::vector<std::pair<std::size_t, std::size_t>> item_spans(const TextLines &lines, const FieldLines &field) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  if (field.value == nullptr || field.value->kind != yi::NodeKind::sequence || field.value->flow) {
    return spans;
  }
  std::size_t floor = static_cast<std::size_t>(field.key->line) + 1;
  for (const auto &item : field.value->children) {
    auto first = static_cast<std::size_t>(item.line);
    while (first > floor && is_comment(lines.line(first - 1))) {
      --first;
    }
    if (!spans.empty()) {
      spans.back().second = first;
    }
    spans.emplace_back(first, field.last);
    floor = static_cast<std::size_t>(item.line) + 1;
  }
  return spans;
}

// Full-line comments inside each item of a list, for the item's own file.
std::vector<std::vector<std::string>>
item_comments(const TextLines &lines, const std::vector<std::pair<std::size_t, std::size_t>> &spans) {
  std::vector<std::vector<std::string>> comments;
  for (const auto &[first, last] : spans) {
    std::vector<std::string> found;
    for (std::size_t k = first; k < last; ++k) {
      if (is_comment(lines.line(k))) {
        found.push_back(comment_text(lines.line(k)));
      }
    }
    comments.push_back(std::move(found));
  }
  return comments;
}

const std::vector<std::string> &list_keys() {
  static const std::vector<std::string> keys = {"members", "former_members", "agreements"};
  return keys;
}

struct ListComments {
  std::map<std::string, std::vector<std::vector<std::string>>> per_item; // by list key
  std::vector<std::string> elsewhere; // in the lists, outside any member's item
};

Result<ListComments> list_comments(const Document &doc) {
  const TextLines lines(doc.yaml());
  auto tree = yi::read_yaml_tree(doc.yaml());
  ListComments found;
  if (!tree || !*tree || (*tree)->kind != yi::NodeKind::mapping) {
    return found;
  }
  for (const auto &field : fields_of(lines, **tree, 0, lines.count())) {
    if (std::ranges::find(list_keys(), field.key->value) == list_keys().end()) {
      continue;
    }
    std::set<std::size_t> inside;
    if (field.key->value != "agreements") {
      const auto spans = item_spans(lines, field);
      for (const auto &[first, last] : spans) {
        for (std::size_t k = first; k < last; ++k) {
          inside.insert(k);
        }
      }
      found.per_item[field.key->value] = item_comments(lines, spans);
    }
    for (std::size_t k = field.first; k < field.last; ++k) {
      if (!inside.contains(k) && is_comment(lines.line(k))) {
        found.elsewhere.push_back(comment_text(lines.line(k)));
      } else if (!inside.contains(k) && lines.line(k).find(" #") != std::string_view::npos) {
        found.elsewhere.push_back(
            std::string(lines.line(k).substr(0, lines.line(k).find_last_not_of("\r\n") + 1)));
      }
    }
  }
  return found;
}

} // namespace

Result<std::string> spaced_without(const Document &doc, const std::vector<std::string> &drop) {
  const std::string_view yaml = doc.yaml();
  auto tree = yi::read_yaml_tree(yaml);
  if (!tree) {
    return fail(ErrorKind::input, tree.error().message, doc.file);
  }
  if (!*tree || (*tree)->kind != yi::NodeKind::mapping || (*tree)->flow) {
    return doc.text;
  }
  const TextLines lines(yaml);
  const auto all = fields_of(lines, **tree, 0, lines.count());
  std::vector<FieldLines> kept;
  std::ranges::copy_if(all, std::back_inserter(kept), [&](const FieldLines &field) {
    return std::ranges::find(drop, field.key->value) == drop.end();
  });
  const std::string before = all.empty() ? std::string(yaml) : std::string(lines.span(0, all.front().first));
  const Data expected = without_keys(doc.data, drop);
  std::string yaml_spaced = before + spaced(lines, kept, doc.newline());
  if (!kept.empty() && !yaml_spaced.ends_with('\n') && !yaml_spaced.ends_with('\r')) {
    yaml_spaced += doc.newline();
  }
  if (auto text = read_back(doc, yaml_spaced, expected)) {
    return text;
  }
  // A value whose blank lines count (a block scalar kept with '|+'): drop the lists only.
  return read_back(doc, before + unspaced(lines, kept), expected);
}

namespace {

// The day the group settled its agreements: step 4 done, else the start, else today.
Date agreement_date(const Workgroup &group, const Context &context) {
  for (const auto &event : group.step_events) {
    if (event.step == 4 && event.action == StepAction::done) {
      if (auto date = parse_date(std::string_view(event.at).substr(0, 10))) {
        return *date;
      }
    }
  }
  return group.start.value_or(context.today);
}

std::string member_text(const Member &member, const std::vector<std::string> &comments) {
  std::string text;
  for (const auto &comment : comments) {
    text += comment + "\n";
  }
  return text + render_member_file(member);
}

Status plan_members(WorkgroupUpgrade &out, const Workgroup &group, const ListComments &comments) {
  std::set<fs::path> planned;
  const auto plan = [&](const Member &member, const std::vector<std::string> &carried) -> Status {
    const fs::path file = group.dir / folders::members / member_file_name(member.name);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(file, ec))) {
      ++out.kept;
      std::ranges::copy(carried, std::back_inserter(out.dropped_comments));
      return {};
    }
    if (!planned.insert(file).second) {
      return fail(ErrorKind::input,
                  tr("twee leden krijgen hetzelfde bestand {}; schrijf een van de namen anders",
                     "two members would get the same file {}; spell one of the names otherwise",
                     file.filename().string()),
                  group.file());
    }
    out.writes.push_back(UpgradeWrite{file, member_text(member, carried), true});
    ++out.members;
    return {};
  };
  const auto list = [&](const std::vector<Member> &members, const std::string &key) -> Status {
    const auto found = comments.per_item.find(key);
    std::size_t item = 0;
    for (const auto &member : members) {
      if (!member.file.empty()) {
        continue; // read from a file of its own already
      }
      const bool has = found != comments.per_item.end() && item < found->second.size();
      TRY(plan(member, has ? found->second[item] : std::vector<std::string>{}));
      ++item;
    }
    return {};
  };
  TRY(list(group.members, "members"));
  return list(group.former_members, "former_members");
}

void plan_agreements(WorkgroupUpgrade &out, const Workgroup &group, const Context &context) {
  std::vector<const Agreement *> listed;
  for (const auto &agreement : group.agreements) {
    if (agreement.id.empty()) {
      listed.push_back(&agreement);
    }
  }
  // Agreements of one date are listed by id: ids drawn in order keep the list's order.
  std::set<std::string> ids;
  while (ids.size() < listed.size()) {
    std::string id = new_id(context.random);
    std::error_code ec;
    if (!fs::exists(group.dir / folders::agreements / (id + ".yaml"), ec)) {
      ids.insert(std::move(id));
    }
  }
  auto id = ids.begin();
  const Date date = agreement_date(group, context);
  for (const auto *listed_agreement : listed) {
    Agreement agreement = *listed_agreement;
    agreement.date = date;
    out.writes.push_back(
        UpgradeWrite{group.dir / folders::agreements / (*id + ".yaml"), render_agreement(agreement), true});
    ++id;
    ++out.agreements;
  }
}

bool has_lists(const Document &doc) {
  return std::ranges::any_of(list_keys(), [&](const std::string &key) { return doc.data.contains(key); });
}

Result<std::optional<WorkgroupUpgrade>> plan_workgroup(const Workgroup &group, int from,
                                                       const Context &context) {
  auto doc = load_document(group.file(), Format::markdown);
  TRY(doc);
  if (from >= 2 && !has_lists(*doc)) {
    return std::optional<WorkgroupUpgrade>{};
  }
  WorkgroupUpgrade out;
  out.slug = group.slug;
  auto comments = list_comments(*doc);
  TRY(comments);
  TRY(plan_members(out, group, *comments));
  plan_agreements(out, group, context);
  out.dropped_comments.insert(out.dropped_comments.end(), comments->elsewhere.begin(),
                              comments->elsewhere.end());
  auto text = spaced_without(*doc, list_keys());
  TRY(text);
  if (*text != doc->text) {
    out.writes.push_back(UpgradeWrite{group.file(), std::move(*text), false});
  }
  return std::optional(std::move(out));
}

// alearn.yaml with `schema` set to the number `to` (set_scalar would write text: '2').
Result<std::string> config_with_schema(const Document &config, int to) {
  auto tree = yi::read_yaml_tree(config.yaml());
  if (!tree) {
    return fail(ErrorKind::input, tree.error().message, config.file);
  }
  Data expected = config.data;
  expected["schema"] = to;
  if (*tree && (*tree)->kind == yi::NodeKind::mapping) {
    const auto &children = (*tree)->children;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
      if (children[i].value == "schema" && children[i + 1].kind == yi::NodeKind::scalar) {
        const std::size_t begin = config.yaml_begin + children[i + 1].begin;
        const std::size_t end = config.yaml_begin + children[i + 1].end;
        std::string text = config.text.substr(0, begin) + std::to_string(to) + config.text.substr(end);
        auto again = parse_document(config.file, text, Format::yaml);
        if (again && again->data == expected) {
          return text;
        }
      }
    }
  }
  return fail(
      ErrorKind::input,
      tr("kan schema niet op {} zetten; doe het met de hand", "cannot set schema to {}; do it by hand", to),
      config.file);
}

bool is_workgroup_file(const Error &error) { return error.file.filename() == "workgroup.md"; }

} // namespace

Result<UpgradePlan> plan_upgrade(const Loaded &loaded, const Context &context) {
  if (!loaded.needed.empty()) {
    return std::unexpected(loaded.needed.front());
  }
  // A workgroup whose own file cannot be read cannot be upgraded: first make it readable.
  if (const auto broken = std::ranges::find_if(loaded.skipped, is_workgroup_file);
      broken != loaded.skipped.end()) {
    return std::unexpected(*broken);
  }
  const Repository &repo = loaded.repository;
  UpgradePlan plan;
  plan.from = repo.config.schema;
  plan.to = std::max(repo.config.schema, current_schema);
  for (const auto &group : repo.workgroups) {
    auto planned = plan_workgroup(group, plan.from, context);
    TRY(planned);
    if (*planned) {
      plan.workgroups.push_back(std::move(**planned));
    }
  }
  if (plan.from < plan.to) {
    auto config = load_document(repo.root / config_file_name, Format::yaml);
    TRY(config);
    auto text = config_with_schema(*config, plan.to);
    TRY(text);
    plan.config.push_back(UpgradeWrite{config->file, std::move(*text), false});
  }
  return plan;
}

Status apply_upgrade(const fs::path &root, const UpgradePlan &plan) {
  auto lock = lock_folder(root);
  TRY(lock);
  for (const bool created : {true, false}) {
    for (const auto &group : plan.workgroups) {
      for (const auto &write : group.writes) {
        if (write.created == created) {
          TRY(write_file_atomic(root, write.file, write.text,
                                created ? Overwrite::refuse : Overwrite::allow));
        }
      }
    }
  }
  for (const auto &write : plan.config) {
    TRY(write_file_atomic(root, write.file, write.text));
  }
  return {};
}

} // namespace alearn
