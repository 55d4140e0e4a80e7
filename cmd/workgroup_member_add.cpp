// alearn workgroup member add NAME [--organisation ORG] [--role ROLE]
#include "commands.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct MemberAddOptions {
  std::string name;
  std::string organisation;
  std::string role;
};

Status run_member_add(Session &session, const MemberAddOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  // A member's organisation is the workgroup's unless told otherwise, as with `workgroup new`.
  const std::string organisation =
      options.organisation.empty() ? (*group)->organisation : options.organisation;
  if (auto added = add_member(**group, Member{options.name, organisation, options.role, {}, std::nullopt});
      !added) {
    return added;
  }
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
  return command_for(options, run_member_add);
}

} // namespace alearn
