#include "meeting.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

#include <algorithm>
#include <array>

namespace alearn {
namespace fs = std::filesystem;

Parsed<Meeting> parse_meeting(const Document &doc) {
  auto meta = parse_record_meta(doc, "meeting");
  TRY(meta);
  Meeting meeting{
      *meta, text_field(doc.data, "title"), text_list(doc.data, "present"), text_list(doc.data, "decisions"),
      {},    text_field(doc.data, "visual")};
  const Data actions = doc.data.value("actions", Data::array());
  for (std::size_t i = 0; i < actions.size(); ++i) {
    auto due = date_field(doc, Data::json_pointer(fmt::format("/actions/{}/due", i)));
    auto done = date_field(doc, Data::json_pointer(fmt::format("/actions/{}/done", i)));
    if (!due || !done) {
      return std::unexpected(Errors{!due ? due.error() : done.error()});
    }
    MeetingAction action;
    action.what = text_field(actions[i], "what");
    action.owner = text_field(actions[i], "owner");
    action.due = *due;
    action.done = *done;
    meeting.actions.push_back(std::move(action));
  }
  return meeting;
}

namespace {

std::string_view trimmed(std::string_view text) {
  const auto begin = text.find_first_not_of(' ');
  if (begin == std::string_view::npos) {
    return {};
  }
  return text.substr(begin, text.find_last_not_of(' ') - begin + 1);
}

// Whether `word` is written as a date (YYYY-MM-DD), real or not.
bool looks_like_date(std::string_view word) {
  return word.size() == 10 && word[4] == '-' && word[7] == '-' &&
         std::ranges::all_of(word, [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// The words that may stand between the owner and the due date.
bool is_due_word(std::string_view word) {
  const std::string folded = fold_for_matching(word);
  return folded == "due" || folded == "by" || folded == "uiterlijk" || folded == "voor" ||
         folded == "deadline";
}

} // namespace

Result<MeetingAction> parse_action_text(const Workgroup &group, std::string_view text) {
  const auto at = text.rfind(" @");
  if (at == std::string_view::npos || trimmed(text.substr(0, at)).empty()) {
    return fail(ErrorKind::usage, tr(R"(een actie heeft een eigenaar: "<wat> @<lid>", niet "{}")",
                                     R"(an action has an owner: "<what> @<member>", not "{}")", text));
  }
  std::string_view who = trimmed(text.substr(at + 2));
  MeetingAction action;
  action.what = std::string(trimmed(text.substr(0, at)));
  if (const auto space = who.rfind(' ');
      space != std::string_view::npos && looks_like_date(who.substr(space + 1))) {
    const std::string_view day = who.substr(space + 1);
    action.due = parse_date(day);
    if (!action.due) {
      return fail(ErrorKind::usage, date_problem(day));
    }
    who = trimmed(who.substr(0, space));
    if (const auto word = who.rfind(' ');
        word != std::string_view::npos && is_due_word(who.substr(word + 1))) {
      who = trimmed(who.substr(0, word));
    }
  }
  auto owner = require_member(group, who);
  TRY(owner);
  action.owner = (*owner)->name;
  return action;
}

namespace {

// The member a name that matches none may mean: one whose name is a few letters off, or whose
// first name is (for a name of one word). Null when none is that close.
const Member *close_member(const Workgroup &group, std::string_view name) {
  const std::string wanted = fold_for_matching(name);
  std::vector<std::string> names;
  std::vector<const Member *> members;
  for (const auto &member : group.members) {
    const std::string folded = fold_for_matching(member.name);
    names.push_back(folded);
    members.push_back(&member);
    if (wanted.find(' ') == std::string::npos && folded.find(' ') != std::string::npos) {
      names.push_back(folded.substr(0, folded.find(' ')));
      members.push_back(&member);
    }
  }
  const std::string closest = closest_match(wanted, {names.begin(), names.end()});
  if (closest.empty()) {
    return nullptr;
  }
  return members.at(static_cast<std::size_t>(std::ranges::find(names, closest) - names.begin()));
}

// The members whose name starts with the word or words of `name`, when more than one does.
std::vector<std::string> members_starting_with(const Workgroup &group, std::string_view name) {
  const std::string wanted = fold_for_matching(name) + " ";
  std::vector<std::string> found;
  for (const auto &member : group.members) {
    if (fold_for_matching(member.name).starts_with(wanted)) {
      found.push_back(member.name);
    }
  }
  return found.size() > 1 ? found : std::vector<std::string>{};
}

// A name given as present, as the record keeps it: a member's full name, or the name as given
// for a guest; refused when it looks like a member's name mistyped.
Result<std::string> present_name(const Workgroup &group, const std::string &name) {
  if (const Member *member = find_member(group, name)) {
    return member->name;
  }
  if (const auto several = members_starting_with(group, name); !several.empty()) {
    std::string listed;
    for (const auto &member : several) {
      listed += "\n  " + member;
    }
    return fail_input(tr("'{}' past bij meer dan één lid; geef de hele naam:{}",
                         "'{}' matches more than one member; give the whole name:{}", name, listed),
                      {Param::present});
  }
  if (const Member *member = close_member(group, name)) {
    return fail_input(
        tr("'{}' is geen lid van {}; bedoel je {}? Een gast met deze naam geef je op als gast",
           "'{}' is not a member of {}; did you mean {}? A guest of this name goes in as a guest", name,
           group.slug, member->name),
        {Param::guest});
  }
  return name; // a guest keeps the name given
}

} // namespace

Result<std::vector<std::string>> present_names(const Workgroup &group, const std::vector<std::string> &given,
                                               const std::vector<std::string> &guests) {
  std::vector<std::string> names;
  for (const auto &name : given) {
    const std::string word = fold_for_matching(name);
    if (word == "all" || word == "alle" || word == "iedereen" || word == "everyone") {
      for (const auto &member : group.members) {
        names.push_back(member.name);
      }
      continue;
    }
    auto kept = present_name(group, name);
    TRY(kept);
    names.push_back(std::move(*kept));
  }
  for (const auto &guest : guests) {
    // A member given as a guest is still the member, by the name the file spells.
    const std::string folded = fold_for_matching(guest);
    const auto member = std::ranges::find_if(
        group.members, [&](const Member &m) { return fold_for_matching(m.name) == folded; });
    names.push_back(member != group.members.end() ? member->name : guest);
  }
  std::vector<std::string> unique;
  for (const auto &name : names) {
    if (std::ranges::find(unique, name) == unique.end()) {
      unique.push_back(name);
    }
  }
  return unique;
}

namespace {

// The visual report must be an image that is part of the repository, so that git carries it.
Result<std::string> visual_path(const fs::path &root, const fs::path &visual) {
  if (visual.empty()) {
    return std::string{};
  }
  std::error_code ec;
  const fs::path file = fs::weakly_canonical(visual, ec);
  const fs::path base = fs::weakly_canonical(root, ec);
  if (!fs::is_regular_file(file, ec)) {
    return fail(ErrorKind::usage, tr("het beeldverslag {} bestaat niet",
                                     "the visual report {} does not exist", visual.string()));
  }
  const fs::path relative = file.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") {
    return fail(ErrorKind::usage,
                tr("het beeldverslag {} ligt buiten de repository; zet het erin, zodat git het meeneemt",
                   "the visual report {} lies outside the repository; put it inside, so that "
                   "git carries it",
                   visual.string()));
  }
  constexpr std::array<std::string_view, 7> images = {".png", ".jpg",  ".jpeg", ".gif",
                                                      ".svg", ".webp", ".pdf"};
  const std::string extension = fold_for_matching(file.extension().string());
  if (std::ranges::find(images, extension) == images.end()) {
    return fail(ErrorKind::usage,
                tr("{} is geen afbeelding (png, jpg, gif, svg, webp of pdf)",
                   "{} is not an image (png, jpg, gif, svg, webp or pdf)", visual.string()));
  }
  return relative.generic_string();
}

} // namespace

Result<Meeting> add_meeting(const fs::path &root, const Workgroup &group, const NewMeeting &meeting,
                            const Context &context) {
  auto author = require_acting_member(group, meeting.author);
  TRY(author);
  TRY(require_text(meeting.title, Text{"de titel", "the title"}, {Param::title}));
  auto visual = visual_path(root, meeting.visual);
  TRY(visual);
  for (const auto &[items, input] :
       {std::pair{&meeting.present, Param::present}, std::pair{&meeting.guests, Param::guest},
        std::pair{&meeting.decisions, Param::decision}, std::pair{&meeting.actions, Param::meeting_action}}) {
    if (std::ranges::any_of(*items, [](const std::string &item) { return clean_text(item).empty(); })) {
      return fail_input(tr("een van de waarden is leeg", "one of the values is empty"), {input});
    }
  }
  auto present = present_names(group, meeting.present, meeting.guests);
  TRY(present);
  std::vector<std::vector<Field>> actions;
  for (const auto &text : meeting.actions) {
    auto action = parse_action_text(group, text);
    TRY(action);
    if (action->due && *action->due < meeting.date) {
      return fail_input(tr("'{}' moet af zijn op {}, voor de bijeenkomst zelf ({})",
                           "'{}' is due on {}, before the meeting itself ({})", action->what,
                           format_date(*action->due), format_date(meeting.date)),
                        {Param::meeting_action});
    }
    std::vector<Field> fields = {{"what", action->what}, {"owner", action->owner}};
    if (action->due) {
      fields.emplace_back("due", format_date(*action->due));
    }
    actions.push_back(std::move(fields));
  }
  const std::string text = FrontMatter()
                               .text("title", meeting.title)
                               .date("date", meeting.date)
                               .number("cycle", cycle_to_write(group, meeting.date))
                               .text("author", (*author)->name)
                               .list("present", *present)
                               .list("decisions", meeting.decisions)
                               .maps("actions", actions)
                               .text("visual", *visual)
                               .markdown(meeting.discussed);
  return create_record<Meeting>(group.root, group.dir / folders::meetings, text, parse_meeting, context);
}

std::vector<const Meeting *> meetings_between(const Workgroup &group, std::optional<Date> from,
                                              std::optional<Date> to) {
  return newest_first(group.meetings, [&](const Meeting &meeting) {
    return (!from || meeting.meta.date >= *from) && (!to || meeting.meta.date <= *to);
  });
}

} // namespace alearn
