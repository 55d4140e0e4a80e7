// alearn workgroup new NAME [--slug S] [--organisation O] [--member NAME]... [--problem TEXT]
//                            [--theme T]... [--start DATE] [--end DATE]
#include "commands.hpp"
#include "lifecycle.hpp"
#include "record_files.hpp"
#include "render.hpp"
#include "spell.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct NewOptions {
  std::string name;
  std::string slug;
  std::string organisation;
  std::vector<std::string> members;
  std::string problem;
  std::vector<std::string> themes;
  std::string start;
  std::string end;
};

Status run_new(Session &session, const NewOptions &options) {
  NewWorkgroup group;
  group.name = options.name;
  group.organisation = options.organisation;
  for (const auto &name : options.members) {
    Member member;
    member.name = name;
    member.organisation = options.organisation;
    group.members.push_back(std::move(member));
  }
  group.problem = options.problem;
  group.themes = options.themes;
  auto start = optional_date(options.start);
  auto end = optional_date(options.end);
  if (!start || !end) {
    return std::unexpected(!start ? start.error() : end.error());
  }
  group.start = *start;
  group.end = *end;
  auto file = create_workgroup(session.repository(), group, options.slug, session.lang);
  TRY(file);
  // With no other workgroup, later commands need no -w.
  const std::string slug = file->parent_path().filename().string();
  const std::string next = spell(
      session, Advice{Action::step_next, {}, session.repository().slugs.empty() ? std::string() : slug});
  session.report_saved(tr("Werkgroep '{}' gemaakt in {}\nVolgende stap: {}\n",
                          "Workgroup '{}' created in {}\nNext: {}\n", options.name,
                          file->lexically_relative(session.repository().root).string(), next));
  if (const auto short_one = short_duration(group.start, group.end)) {
    print_note(session, *short_one);
  }
  return {};
}

} // namespace

Command bind_workgroup_new(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NewOptions>();
  cmd->add_option("name", options->name, help(lang, "De naam van de werkgroep", "The workgroup's name"))
      ->required();
  cmd->add_option("--slug", options->slug,
                  help(lang, "De korte naam (map en --workgroup); standaard uit de naam",
                       "The short name (folder and --workgroup); made from the name by default"));
  cmd->add_option("--organisation", options->organisation,
                  help(lang, "De trekkende organisatie", "The lead organisation"));
  cmd->add_option("--member", options->members, help(lang, "Een lid (mag vaker)", "A member (repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--problem", options->problem,
                  help(lang, "Het urgente probleem (stap 1)", "The urgent problem (step 1)"));
  cmd->add_option("--theme", options->themes, help(lang, "Een thema (mag vaker)", "A theme (repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--start", options->start, help(lang, "Startdatum JJJJ-MM-DD", "Start date YYYY-MM-DD"));
  cmd->add_option("--end", options->end, help(lang, "Einddatum JJJJ-MM-DD", "End date YYYY-MM-DD"));
  return command_for(options, run_new);
}

} // namespace alearn
