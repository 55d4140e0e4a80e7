// The network's status as JSON and as a page of blocks (Markdown and HTML).
#include "enums.hpp"
#include "ids.hpp"
#include "network_status.hpp"
#include "records.hpp"

#include <fmt/format.h>

namespace alearn {
namespace fs = std::filesystem;

namespace {

Json optional_number(const std::optional<double> &value) {
  return value ? number_json(*value) : Json(nullptr);
}

Json problems_json(const Errors &problems, const fs::path &root) {
  return json_list(problems, [&](const Error &problem) {
    return Json{{"file", problem.file.empty() ? Json(nullptr)
                                              : Json(problem.file.lexically_relative(root).generic_string())},
                {"line", problem.line == 0 ? Json(nullptr) : Json(problem.line)},
                {"message", problem.message.en}};
  });
}

} // namespace

Json repository_json(const NetworkRepository &repository) {
  return Json{{"name", repository.name},
              {"organisation", text_or_null(repository.organisation)},
              {"path", repository.path},
              {"remote", text_or_null(repository.remote)},
              {"own", repository.own},
              {"read", repository.read},
              {"commit", text_or_null(repository.commit)},
              {"uncommitted_changes", repository.changed},
              {"problems", problems_json(repository.problems, repository.root)}};
}

namespace {

template <typename E, std::size_t N> Json counts_json(const std::array<int, N> &counts) {
  Json json = Json::object();
  for (std::size_t i = 0; i < N; ++i) {
    json[std::string(word_of(static_cast<E>(i)))] = counts.at(i);
  }
  return json;
}

Json glance_json(const WorkgroupGlance &glance) {
  return Json{{"repository", glance.repository},
              {"slug", glance.slug},
              {"name", glance.name},
              {"organisation", text_or_null(glance.organisation)},
              {"themes", glance.themes},
              {"step", glance.step == 0 ? Json(nullptr) : Json(glance.step)},
              {"phase", glance.step == 0 ? Json(nullptr) : Json(phase_id(step_info(glance.step).phase))},
              {"cycle", glance.cycle},
              {"round", glance.round},
              {"end", date_json(glance.end)},
              {"end_passed", glance.end_passed},
              {"indicators", json_list(glance.indicators,
                                       [](const IndicatorGlance &indicator) {
                                         return Json{{"slug", indicator.slug},
                                                     {"name", indicator.name},
                                                     {"unit", text_or_null(indicator.unit)},
                                                     {"baseline", optional_number(indicator.baseline)},
                                                     {"latest", optional_number(indicator.latest)},
                                                     {"latest_date", date_json(indicator.latest_date)},
                                                     {"target", optional_number(indicator.target)},
                                                     {"target_met", indicator.target_met},
                                                     {"signal", indicator.signal
                                                                    ? Json(word_of(*indicator.signal))
                                                                    : Json(nullptr)},
                                                     {"overdue", indicator.overdue}};
                                       })},
              {"overdue", glance.overdue},
              {"experiments", counts_json<ExperimentState>(glance.experiments)},
              {"decisions", counts_json<Decision>(glance.decisions)},
              {"open_blockers", glance.open_blockers},
              {"last_record", date_json(glance.last_record)},
              {"progress_score", Json{{"value", glance.score.value}, {"reason", glance.score.reason.en}}}};
}

} // namespace

Json network_status_json(const NetworkStatus &status) {
  Json per_step = Json::object();
  for (const auto &[step, count] : status.totals.per_step) {
    per_step[step == 0 ? std::string("done") : std::to_string(step)] = count;
  }
  return Json{{"network", status.name},
              {"date", format_date(status.today)},
              {"repositories", json_list(status.repositories, repository_json)},
              {"workgroups", json_list(status.workgroups, glance_json)},
              {"totals", Json{{"workgroups", status.totals.workgroups},
                              {"per_step", per_step},
                              {"with_improvement", status.totals.with_improvement},
                              {"experiments", counts_json<ExperimentState>(status.totals.experiments)},
                              {"decisions", counts_json<Decision>(status.totals.decisions)},
                              {"open_blockers", status.totals.open_blockers},
                              {"mean_progress_score", status.totals.mean_score}}}};
}

namespace {

std::string number_text(const std::optional<double> &value) {
  return value ? fmt::format("{}", *value) : std::string("–");
}

std::string step_text(const WorkgroupGlance &glance, Lang lang) {
  if (glance.step == 0) {
    return Text{"alle stappen gedaan", "all steps done"}.in(lang);
  }
  const StaticText phase = phase_name(step_info(glance.step).phase);
  return fmt::format("{} ({})", glance.step, lang == Lang::nl ? phase.nl : phase.en);
}

std::string experiments_text(const WorkgroupGlance &glance, Lang lang) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < glance.experiments.size(); ++i) {
    if (glance.experiments.at(i) > 0) {
      parts.push_back(
          fmt::format("{} {}", glance.experiments.at(i), label_of(static_cast<ExperimentState>(i)).in(lang)));
    }
  }
  for (std::size_t i = 0; i < glance.decisions.size(); ++i) {
    if (glance.decisions.at(i) > 0) {
      parts.push_back(
          fmt::format("{} {}", glance.decisions.at(i), label_of(static_cast<Decision>(i)).in(lang)));
    }
  }
  return parts.empty() ? std::string("–") : fmt::format("{}", fmt::join(parts, ", "));
}

std::string end_text(const WorkgroupGlance &glance, Lang lang) {
  if (!glance.end) {
    return "–";
  }
  return glance.end_passed ? format_date(*glance.end) + Text{" (verstreken)", " (passed)"}.in(lang)
                           : format_date(*glance.end);
}

std::vector<std::vector<std::string>> workgroup_table(const std::vector<const WorkgroupGlance *> &glances,
                                                      Lang lang) {
  const bool nl = lang == Lang::nl;
  std::vector<std::vector<std::string>> rows{
      {nl ? "Werkgroep" : "Workgroup", nl ? "Stap" : "Step", nl ? "Cyclus" : "Cycle",
       nl ? "Einddatum" : "End", nl ? "Voortgang (IHI)" : "Progress (IHI)",
       nl ? "Experimenten" : "Experiments", nl ? "Achterstallig" : "Overdue",
       nl ? "Laatste record" : "Last record"}};
  for (const auto *glance : glances) {
    rows.push_back({glance->name, step_text(*glance, lang),
                    fmt::format("{}.{}", glance->cycle, glance->round), end_text(*glance, lang),
                    glance->score.value == 0 ? "–" : score_label(glance->score.value).in(lang),
                    experiments_text(*glance, lang), std::to_string(glance->overdue),
                    std::to_string(glance->open_blockers),
                    glance->last_record ? format_date(*glance->last_record) : "–"});
  }
  return rows;
}

std::vector<std::vector<std::string>> indicator_table(const std::vector<const WorkgroupGlance *> &glances,
                                                      Lang lang) {
  const bool nl = lang == Lang::nl;
  std::vector<std::vector<std::string>> rows{{nl ? "Werkgroep" : "Workgroup", "Indicator",
                                              nl ? "Nulmeting" : "Baseline", nl ? "Laatste" : "Latest",
                                              nl ? "Doel" : "Target", nl ? "Signaal" : "Signal"}};
  for (const auto *glance : glances) {
    for (const auto &indicator : glance->indicators) {
      std::vector<std::string> signal;
      if (indicator.signal) {
        signal.push_back(label_of(*indicator.signal).in(lang));
      }
      if (indicator.target_met) {
        signal.emplace_back(nl ? "doel gehaald" : "target met");
      }
      if (indicator.overdue) {
        signal.emplace_back(nl ? "meting achterstallig" : "measurement overdue");
      }
      const std::string unit = indicator.unit.empty() ? "" : " " + indicator.unit;
      rows.push_back({glance->name, indicator.name, number_text(indicator.baseline),
                      indicator.latest ? number_text(indicator.latest) + unit + " (" +
                                             format_date(*indicator.latest_date) + ")"
                                       : "–",
                      number_text(indicator.target),
                      signal.empty() ? std::string("–") : fmt::format("{}", fmt::join(signal, ", "))});
    }
  }
  return rows;
}

void add_group(std::vector<PageBlock> &blocks, const std::string &title,
               const std::vector<const WorkgroupGlance *> &glances, Lang lang) {
  blocks.push_back(heading_block(2, title));
  blocks.push_back(table_block(workgroup_table(glances, lang)));
  auto indicators = indicator_table(glances, lang);
  if (indicators.size() > 1) {
    blocks.push_back(table_block(std::move(indicators)));
  }
  std::vector<std::string> reasons;
  for (const auto *glance : glances) {
    reasons.push_back(fmt::format("{}: {} ({})", glance->name, score_label(glance->score.value).in(lang),
                                  glance->score.reason.in(lang)));
  }
  blocks.push_back(items_block(std::move(reasons)));
}

void add_totals(std::vector<PageBlock> &blocks, const NetworkStatus &status, Lang lang) {
  const bool nl = lang == Lang::nl;
  const NetworkTotals &totals = status.totals;
  blocks.push_back(heading_block(2, nl ? "Totalen" : "Totals"));
  std::vector<std::vector<std::string>> steps{{nl ? "Stap" : "Step", nl ? "Werkgroepen" : "Workgroups"}};
  for (const auto &[step, count] : totals.per_step) {
    if (step != 0) { // all steps done comes last
      steps.push_back(
          {fmt::format("{} {}", step, lang == Lang::nl ? step_info(step).title.nl : step_info(step).title.en),
           std::to_string(count)});
    }
  }
  if (const auto done = totals.per_step.find(0); done != totals.per_step.end()) {
    steps.push_back({nl ? "alle stappen gedaan" : "all steps done", std::to_string(done->second)});
  }
  blocks.push_back(table_block(std::move(steps)));
  const auto share = totals.workgroups == 0 ? 0.0
                                            : 100.0 * static_cast<double>(totals.with_improvement) /
                                                  static_cast<double>(totals.workgroups);
  const auto decided = [&](Decision decision) {
    return totals.decisions.at(static_cast<std::size_t>(decision));
  };
  blocks.push_back(items_block(
      {Text{fmt::format("Met een signaal van verbetering: {} van de {} werkgroepen ({:.0f}%)",
                        totals.with_improvement, totals.workgroups, share),
            fmt::format("With a signal of improvement: {} of {} workgroups ({:.0f}%)",
                        totals.with_improvement, totals.workgroups, share)}
           .in(lang),
       Text{fmt::format(
                "Experimenten: {} ingevoerd, {} aangepast, {} verlaten, {} gestopt, {} lopend, {} gepland",
                decided(Decision::adopt), decided(Decision::adapt), decided(Decision::abandon),
                totals.experiments.at(static_cast<std::size_t>(ExperimentState::stopped)),
                totals.experiments.at(static_cast<std::size_t>(ExperimentState::running)),
                totals.experiments.at(static_cast<std::size_t>(ExperimentState::planned))),
            fmt::format(
                "Experiments: {} adopted, {} adapted, {} abandoned, {} stopped, {} running, {} planned",
                decided(Decision::adopt), decided(Decision::adapt), decided(Decision::abandon),
                totals.experiments.at(static_cast<std::size_t>(ExperimentState::stopped)),
                totals.experiments.at(static_cast<std::size_t>(ExperimentState::running)),
                totals.experiments.at(static_cast<std::size_t>(ExperimentState::planned)))}
           .in(lang),
       Text{fmt::format("Knellende regels open: {}", totals.open_blockers),
            fmt::format("Rules in the way, open: {}", totals.open_blockers)}
           .in(lang),
       Text{fmt::format("Gemiddelde voortgang (IHI 1–5): {:.1f}", totals.mean_score),
            fmt::format("Mean progress (IHI 1–5): {:.1f}", totals.mean_score)}
           .in(lang)}));
}

void add_repositories(std::vector<PageBlock> &blocks, const NetworkStatus &status, Lang lang) {
  const bool nl = lang == Lang::nl;
  blocks.push_back(heading_block(2, nl ? "Gelezen repositories" : "Repositories read"));
  std::vector<std::vector<std::string>> rows{
      {"Repository", nl ? "Organisatie" : "Organisation", "Commit", nl ? "Opmerkingen" : "Remarks"}};
  std::vector<std::string> problems;
  for (const auto &repository : status.repositories) {
    std::string remark = !repository.read ? (nl ? "niet gelezen" : "not read")
                         : repository.changed
                             ? (nl ? "met niet-vastgelegde wijzigingen" : "with uncommitted changes")
                             : "";
    if (!repository.problems.empty()) {
      remark += fmt::format("{}{} {}", remark.empty() ? "" : "; ", repository.problems.size(),
                            nl ? "waarschuwing(en)" : "warning(s)");
    }
    rows.push_back(
        {repository.name, repository.organisation,
         repository.commit.empty() ? (nl ? "geen git" : "no git") : repository.commit.substr(0, 12), remark});
    for (const auto &problem : repository.problems) {
      problems.push_back(fmt::format("{}: {}", repository.name, problem.message.in(lang)));
    }
  }
  blocks.push_back(table_block(std::move(rows)));
  if (!problems.empty()) {
    blocks.push_back(items_block(std::move(problems)));
  }
}

} // namespace

std::vector<PageBlock> network_status_page(const NetworkStatus &status, Grouping grouping, Lang lang) {
  const bool nl = lang == Lang::nl;
  std::vector<PageBlock> blocks{
      heading_block(1, (nl ? "Netwerkstatus: " : "Network status: ") + status.name),
      text_block(Text{fmt::format("{} · {} werkgroepen in {} repositories", format_date(status.today),
                                  status.workgroups.size(), status.repositories.size()),
                      fmt::format("{} · {} workgroups in {} repositories", format_date(status.today),
                                  status.workgroups.size(), status.repositories.size())}
                     .in(lang))};
  add_totals(blocks, status, lang);
  for (const auto &[title, glances] : group_glances(status, grouping, lang)) {
    add_group(blocks, title, glances, lang);
  }
  add_repositories(blocks, status, lang);
  return blocks;
}

std::vector<GlanceGroup> group_glances(const NetworkStatus &status, Grouping grouping, Lang lang) {
  std::vector<GlanceGroup> groups;
  const auto add = [&](const std::string &title, const WorkgroupGlance &glance) {
    auto found = std::ranges::find_if(groups, [&](const GlanceGroup &group) {
      return fold_for_matching(group.first) == fold_for_matching(title);
    });
    if (found == groups.end()) {
      groups.emplace_back(title, std::vector<const WorkgroupGlance *>{&glance});
    } else {
      found->second.push_back(&glance);
    }
  };
  for (const auto &glance : status.workgroups) {
    if (grouping == Grouping::organisation) {
      add(glance.organisation.empty() ? Text{"(geen organisatie)", "(no organisation)"}.in(lang)
                                      : glance.organisation,
          glance);
    } else if (glance.themes.empty()) {
      add(Text{"(geen thema)", "(no theme)"}.in(lang), glance);
    } else {
      for (const auto &theme : glance.themes) {
        if (status.theme.empty() || fold_for_matching(theme) == fold_for_matching(status.theme)) {
          add(theme, glance);
        }
      }
    }
  }
  std::ranges::sort(groups, [](const auto &a, const auto &b) {
    return fold_for_matching(a.first) < fold_for_matching(b.first);
  });
  return groups;
}

} // namespace alearn
