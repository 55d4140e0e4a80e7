// alearn upgrade [--dry-run] [--json]: rewrites the repository to the current format (2: a file
// per member and per agreement), keeping every other byte a person wrote.
#include "upgrade.hpp"

#include "commands.hpp"
#include "output.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct UpgradeOptions {
  bool dry_run = false;
  Output output;
};

struct UpgradeResult {
  const UpgradePlan *plan = nullptr;
  std::filesystem::path root;
  bool written = false;
};

std::string relative(const UpgradeResult &result, const std::filesystem::path &file) {
  return file.lexically_relative(result.root).generic_string();
}

Json upgrade_json(const Session & /*session*/, const UpgradeResult &result) {
  const UpgradePlan &plan = *result.plan;
  Json json = {{"from", plan.from}, {"to", plan.to}, {"written", result.written}};
  json["workgroups"] = json_list(plan.workgroups, [&](const WorkgroupUpgrade &group) {
    Json files = Json::array();
    for (const auto &write : group.writes) {
      files.push_back({{"file", relative(result, write.file)}, {"created", write.created}});
    }
    return Json{
        {"slug", group.slug}, {"members", group.members}, {"agreements", group.agreements},
        {"kept", group.kept}, {"files", files},           {"dropped_comments", group.dropped_comments}};
  });
  return json;
}

void print_upgrade(Session &session, const UpgradeResult &result) {
  const UpgradePlan &plan = *result.plan;
  auto &out = session.io.out;
  if (plan.nothing_to_do()) {
    out << session.t(tr("De repository heeft al formaat {}: er is niets te doen.\n",
                        "The repository is at format {} already: nothing to do.\n", plan.to));
    return;
  }
  out << session.t(result.written ? tr("Formaat {} → {}:\n", "Format {} → {}:\n", plan.from, plan.to)
                                  : tr("Formaat {} → {}, als je het uitvoert zonder --dry-run:\n",
                                       "Format {} → {}, when run without --dry-run:\n", plan.from, plan.to));
  for (const auto &group : plan.workgroups) {
    out << "  " << session.paint(Style::bold, group.slug) << ": "
        << session.t(tr("{} leden en {} afspraken naar eigen bestanden",
                        "{} members and {} agreements into files of their own", group.members,
                        group.agreements));
    if (group.kept > 0) {
      out << session.t(tr("; {} stonden er al", "; {} had one already", group.kept));
    }
    out << "\n";
    for (const auto &comment : group.dropped_comments) {
      out << "    "
          << session.paint(Style::yellow,
                           session.t(Text{"opmerking niet meegenomen: ", "comment not carried over: "}))
          << comment << "\n";
    }
  }
  for (const auto &write : plan.config) {
    out << "  " << relative(result, write.file) << ": schema " << plan.to << "\n";
  }
  if (!result.written) {
    return;
  }
  out << session.t(tr("Bekijk het met git diff en leg het vast met git commit; werk open takken bij "
                      "door main erin te mergen en daar alearn upgrade te draaien.\n",
                      "Look at it with git diff and commit it; bring open branches along by merging "
                      "main into them and running alearn upgrade there.\n"));
}

constexpr Renderers<UpgradeResult> upgrade_renderers{print_upgrade, upgrade_json};

Status run_upgrade(Session &session, const UpgradeOptions &options) {
  LoadOptions load;
  load.extent = Extent::whole;
  const Loaded loaded = load_repository(session.repository_root, load);
  auto plan = plan_upgrade(loaded, session.io.context);
  TRY(plan);
  UpgradeResult result{&*plan, session.repository_root, false};
  if (!options.dry_run && !plan->nothing_to_do()) {
    TRY(apply_upgrade(session.repository_root, *plan));
    result.written = true;
  }
  return render(session, options.output, result, upgrade_renderers);
}

} // namespace

Command bind_upgrade(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<UpgradeOptions>();
  cmd->add_flag("--dry-run", options->dry_run,
                help(lang, "Toon wat er zou veranderen, zonder iets te schrijven",
                     "Show what would change, without writing anything"));
  add_output_options(*cmd, options->output, lang);
  return command_for(options, run_upgrade);
}

} // namespace alearn
