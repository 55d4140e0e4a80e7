#include "meeting.hpp"

#include "acting_member.hpp"
#include "ids.hpp"
#include "record_files.hpp"
#include "workgroup.hpp"

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
    if (!due) {
      return std::unexpected(Errors{due.error()});
    }
    meeting.actions.push_back(
        MeetingAction{text_field(actions[i], "what"), text_field(actions[i], "owner"), *due});
  }
  return meeting;
}

Result<MeetingAction> parse_action_text(const Workgroup &group, std::string_view text) {
  const auto at = text.rfind(" @");
  if (at == std::string_view::npos || text.substr(0, at).find_first_not_of(' ') == std::string_view::npos) {
    return fail(ErrorKind::usage, tr(R"(een actie heeft een eigenaar: "<wat> @<lid>", niet "{}")",
                                     R"(an action has an owner: "<what> @<member>", not "{}")", text));
  }
  auto owner = require_member(group, text.substr(at + 2));
  TRY(owner);
  return MeetingAction{std::string(text.substr(0, at)), (*owner)->name, std::nullopt};
}

std::vector<std::string> present_names(const Workgroup &group, const std::vector<std::string> &given) {
  std::vector<std::string> names;
  for (const auto &name : given) {
    const std::string word = fold_for_matching(name);
    if (word == "all" || word == "alle" || word == "iedereen" || word == "everyone") {
      for (const auto &member : group.members) {
        names.push_back(member.name);
      }
      continue;
    }
    const Member *member = find_member(group, name);
    names.push_back(member != nullptr ? member->name : name); // a guest keeps the name given
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
       {std::pair{&meeting.present, Param::present}, std::pair{&meeting.decisions, Param::decision},
        std::pair{&meeting.actions, Param::meeting_action}}) {
    if (std::ranges::any_of(*items, [](const std::string &item) { return clean_text(item).empty(); })) {
      return fail_input(tr("een van de waarden is leeg", "one of the values is empty"), {input});
    }
  }
  std::vector<std::vector<Field>> actions;
  for (const auto &text : meeting.actions) {
    auto action = parse_action_text(group, text);
    TRY(action);
    actions.push_back({{"what", action->what}, {"owner", action->owner}});
  }
  const std::string text = FrontMatter()
                               .text("title", meeting.title)
                               .date("date", meeting.date)
                               .text("author", (*author)->name)
                               .list("present", present_names(group, meeting.present))
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
