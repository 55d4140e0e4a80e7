// alearn workgroup member add NAME [--organisation ORG] [--role ROLE] [--date DATE]
#include "commands.hpp"
#include "record_files.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct MemberAddOptions {
  std::string name;
  std::string organisation;
  std::string role;
  std::string date; // when the member joined; absent: from the start (or today, once started)
};

// When a member joins: the date given, or today once the group has started (a member who is
// there from the start needs no date).
Result<std::optional<Date>> joining_date(const Workgroup &group, const MemberAddOptions &options,
                                         const Context &context) {
  if (options.date.empty()) {
    const bool started = group.start && *group.start < context.today;
    return started ? std::optional(context.today) : std::nullopt;
  }
  auto date = record_date(options.date, context);
  TRY(date);
  TRY(check_member_date(group, *date, context.today));
  return std::optional(*date);
}

Status run_member_add(Session &session, const MemberAddOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  // A member's organisation is the workgroup's unless told otherwise, as with `workgroup new`.
  const std::string organisation =
      options.organisation.empty() ? (*group)->organisation : options.organisation;
  auto joined = joining_date(**group, options, session.io.context);
  TRY(joined);
  Member member;
  member.name = options.name;
  member.organisation = organisation;
  member.role = options.role;
  member.joined = (*group)->schema >= 2 ? *joined : std::nullopt;
  TRY(add_member(**group, member));
  const std::size_t count = (*group)->members.size() + 1;
  session.report_saved(count == 1 ? tr("{} is lid van {} (het eerste lid)\n",
                                       "{} joined {} (the first member)\n", options.name, (*group)->slug)
                                  : tr("{} is lid van {} ({} leden)\n", "{} joined {} ({} members)\n",
                                       options.name, (*group)->slug, count));
  return {};
}

} // namespace

Command bind_workgroup_member_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<MemberAddOptions>();
  cmd->add_option("name", options->name, help(lang, "De naam", "The name"))->required();
  cmd->add_option("--organisation", options->organisation,
                  help(lang, "De organisatie van het lid", "The member's organisation"));
  cmd->add_option("--role", options->role,
                  help(lang, "Een rol, zoals facilitator", "A role, such as facilitator"));
  cmd->add_option("--date", options->date,
                  help(lang, "Wanneer het lid erbij kwam, JJJJ-MM-DD (standaard vandaag)",
                       "When the member joined, YYYY-MM-DD (default today)"));
  return command_for(options, run_member_add);
}

} // namespace alearn
