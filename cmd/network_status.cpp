// alearn network status [--theme T] [--organisation O] [--network NAME] [--by organisation|theme]
//                       [--format text|md|html] [-o FILE] [--json] [--allow-personal-data]
// Every workgroup of the network at a glance, with the totals a coordinator reports.
#include "network_status.hpp"

#include "choices.hpp"
#include "commands.hpp"
#include "page_output.hpp"
#include "render.hpp"

namespace alearn {

namespace {

struct NetworkStatusCommandOptions {
  NetworkFilter filter;
  std::string by = "organisation";
  PageOutput page;
};

std::string value_text(const std::optional<double> &value) { return value ? fmt::format("{}", *value) : "–"; }

void print_indicator(Session &session, const IndicatorGlance &indicator) {
  std::string signal;
  if (indicator.signal) {
    signal = " · " + session.t(label_of(*indicator.signal));
  }
  if (indicator.target_met) {
    signal += session.t(Text{" · doel gehaald", " · target met"});
  }
  if (indicator.overdue) {
    signal +=
        " · " + session.paint(Style::red, session.t(Text{"meting achterstallig", "measurement overdue"}));
  }
  session.io.out << fmt::format("      {}: {} → {} ({})  {}{}\n", indicator.name,
                                value_text(indicator.baseline), value_text(indicator.latest),
                                session.t(Text{"doel ", "target "}) + value_text(indicator.target),
                                indicator.unit, signal);
}

void print_glance(Session &session, const WorkgroupGlance &glance, bool name_repository) {
  const std::string step = glance.step == 0 ? session.t(Text{"alle stappen gedaan", "all steps done"})
                                            : session.t(tr("stap {}", "step {}", glance.step)) + " (" +
                                                  phase_label(session, step_info(glance.step).phase) + ")";
  std::string end;
  if (glance.end) {
    end = " · " + session.t(tr("eind {}", "ends {}", format_date(*glance.end)));
    if (glance.end_passed) {
      end += " " + session.paint(Style::yellow, session.t(Text{"(verstreken)", "(passed)"}));
    }
  }
  session.io.out << fmt::format("  {}  {}{}\n", session.paint(Style::bold, glance.name),
                                session.paint(Style::dim, glance.slug),
                                name_repository ? fmt::format("  [{}]", glance.repository) : std::string{});
  session.io.out << fmt::format(
      "    {} · {}{}\n", step,
      session.t(tr("cyclus {}, ronde {}", "cycle {}, round {}", glance.cycle, glance.round)), end);
  session.io.out << fmt::format("    {} {} — {}\n", session.t(Text{"Voortgang", "Progress"}),
                                session.paint(Style::cyan, session.t(score_label(glance.score.value))),
                                session.t(glance.score.reason));
  for (const auto &indicator : glance.indicators) {
    print_indicator(session, indicator);
  }
  int experiments = 0;
  for (const int count : glance.experiments) {
    experiments += count;
  }
  if (experiments > 0) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < glance.experiments.size(); ++i) {
      if (glance.experiments.at(i) > 0) {
        parts.push_back(fmt::format("{} {}", glance.experiments.at(i),
                                    session.t(label_of(static_cast<ExperimentState>(i)))));
      }
    }
    for (std::size_t i = 0; i < glance.decisions.size(); ++i) {
      if (glance.decisions.at(i) > 0) {
        parts.push_back(
            fmt::format("{} {}", glance.decisions.at(i), session.t(label_of(static_cast<Decision>(i)))));
      }
    }
    session.io.out << fmt::format("    {}: {}\n", session.t(Text{"Experimenten", "Experiments"}),
                                  fmt::join(parts, ", "));
  }
  if (glance.open_blockers > 0) {
    session.io.out << "    "
                   << session.paint(Style::yellow,
                                    session.t(tr("{} knellende regel(s) open", "{} rule(s) in the way open",
                                                 glance.open_blockers)))
                   << "\n";
  }
  if (glance.last_record) {
    session.io.out << fmt::format("    {} {}\n", session.t(Text{"Laatste record:", "Last record:"}),
                                  format_date(*glance.last_record));
  }
}

void print_repositories(Session &session, const NetworkStatus &status) {
  session.io.out << session.paint(Style::bold, session.t(Text{"Gelezen", "Read"})) << "\n";
  for (const auto &repository : status.repositories) {
    const std::string commit =
        repository.commit.empty() ? session.t(Text{"geen git", "no git"}) : repository.commit.substr(0, 12);
    session.io.out << fmt::format("  {}  {}{}\n", repository.name,
                                  repository.read ? commit : session.t(Text{"niet gelezen", "not read"}),
                                  repository.changed ? session.t(Text{" (met niet-vastgelegde wijzigingen)",
                                                                      " (with uncommitted changes)"})
                                                     : "");
    for (const auto &problem : repository.problems) {
      const std::string where =
          problem.file.empty() ? std::string{}
                               : problem.file.lexically_relative(repository.root).generic_string() + ": ";
      session.io.out << "    " << session.paint(Style::yellow, session.t(Text{"waarschuwing: ", "warning: "}))
                     << where << session.t(problem.message) << "\n";
    }
  }
}

void print_totals(Session &session, const NetworkTotals &totals) {
  session.io.out << session.paint(Style::bold, session.t(Text{"Totalen", "Totals"})) << "\n";
  std::vector<std::string> steps;
  for (const auto &[step, count] : totals.per_step) {
    steps.push_back(step == 0 ? session.t(tr("{} klaar", "{} done", count))
                              : session.t(tr("{} in stap {}", "{} at step {}", count, step)));
  }
  session.io.out << fmt::format("  {}: {}\n",
                                session.t(tr("{} werkgroepen", "{} workgroups", totals.workgroups)),
                                fmt::join(steps, ", "));
  session.io.out << "  "
                 << session.t(tr("met een signaal van verbetering: {}", "with a signal of improvement: {}",
                                 totals.with_improvement))
                 << "\n";
  const auto decided = [&](Decision decision) {
    return totals.decisions.at(static_cast<std::size_t>(decision));
  };
  session.io.out << "  "
                 << session.t(tr("experimenten: {} ingevoerd, {} aangepast, {} verlaten",
                                 "experiments: {} adopted, {} adapted, {} abandoned",
                                 decided(Decision::adopt), decided(Decision::adapt),
                                 decided(Decision::abandon)))
                 << "\n";
  session.io.out << "  "
                 << session.t(
                        tr("knellende regels open: {}", "rules in the way open: {}", totals.open_blockers))
                 << "\n";
  session.io.out << "  "
                 << session.t(tr("gemiddelde voortgang (IHI 1–5): {:.1f}", "mean progress (IHI 1–5): {:.1f}",
                                 totals.mean_score))
                 << "\n";
}

void print_status(Session &session, const NetworkStatus &status, Grouping grouping) {
  session.io.out << session.paint(Style::bold, session.t(tr("Netwerk {}", "Network {}", status.name)))
                 << "\n\n";
  if (status.workgroups.empty()) {
    session.io.out << session.t(Text{"Geen werkgroepen gevonden.\n", "No workgroups found.\n"});
  }
  for (const auto &[title, glances] : group_glances(status, grouping, session.lang)) {
    session.io.out << session.paint(Style::bold, title) << "\n";
    for (const auto *glance : glances) {
      print_glance(session, *glance, status.repositories.size() > 1);
    }
    session.io.out << "\n";
  }
  print_totals(session, status.totals);
  session.io.out << "\n";
  print_repositories(session, status);
}

Status run_network_status(Session &session, const NetworkStatusCommandOptions &options) {
  const bool scan = exports(options.page) && !options.page.allow_personal_data;
  auto status =
      network_status(session.repository_root, session.repository().config,
                     NetworkStatusOptions{options.filter, session.io.context.today, scan}, session.io.env);
  TRY(status);
  if (scan) {
    TRY(refuse_personal_data(session, personal_data_in(*status)));
  }
  const Grouping grouping = options.by == "theme" ? Grouping::theme : Grouping::organisation;
  if (options.page.output.format == OutputFormat::json) {
    if (options.page.file.empty()) {
      return print_json(session, network_status_json(*status));
    }
    TRY(write_output_file(session, options.page.file, network_status_json(*status).dump(2) + "\n"));
    session.report_saved(tr("Geschreven: {}\n", "Written: {}\n", options.page.file));
    return {};
  }
  if (page_format(options.page) != "text") {
    return write_page(session, options.page, network_status_page(*status, grouping, session.lang));
  }
  print_status(session, *status, grouping);
  return {};
}

} // namespace

Command bind_network_status(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<NetworkStatusCommandOptions>();
  add_network_filter_options(*cmd, options->filter, lang);
  cmd->add_option("--by", options->by,
                  help(lang, "Groepeer per organisation (standaard) of theme",
                       "Group by organisation (the default) or theme"))
      ->transform(one_of(plain_choices({"organisation", "theme"}), lang));
  add_page_output_options(*cmd, options->page, lang);
  return command_for(options, run_network_status);
}

} // namespace alearn
