#include "report_page.hpp"

#include "assumption.hpp"
#include "enums.hpp"
#include "exploration.hpp"
#include "membership.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace alearn {

namespace {

// Builds the blocks of one language; every section is left out when it has nothing to say.
class Page {
public:
  explicit Page(Lang lang) : lang_(lang) {}

  std::string t(const Text &text) const { return text.in(lang_); }
  Lang lang() const { return lang_; }

  void heading(int level, std::string text) {
    add({PageBlock::Kind::heading, level, {}, std::move(text), {}, {}, nullptr, {}});
  }
  void text(std::string text) {
    if (!text.empty()) {
      add({PageBlock::Kind::text, 0, {}, std::move(text), {}, {}, nullptr, {}});
    }
  }
  void markdown(std::string text) {
    if (!text.empty()) {
      add({PageBlock::Kind::markdown, 0, {}, std::move(text), {}, {}, nullptr, {}});
    }
  }
  void field(const Text &label, std::string text) {
    if (!text.empty()) {
      add({PageBlock::Kind::field, 0, t(label), std::move(text), {}, {}, nullptr, {}});
    }
  }
  void items(std::vector<std::string> items) {
    if (!items.empty()) {
      add({PageBlock::Kind::items, 0, {}, {}, std::move(items), {}, nullptr, {}});
    }
  }
  void table(std::vector<std::vector<std::string>> rows) {
    if (rows.size() > 1) {
      add({PageBlock::Kind::table, 0, {}, {}, {}, std::move(rows), nullptr, {}});
    }
  }
  void chart(const ReportIndicator &indicator) {
    add({PageBlock::Kind::chart, 0, {}, {}, {}, {}, &indicator, {}});
  }

  // A section: its heading is added only when `fill` adds something under it.
  template <typename Fill> void section(const Text &title, Fill fill) {
    const std::size_t before = blocks_.size();
    fill();
    if (blocks_.size() > before) {
      blocks_.insert(blocks_.begin() + static_cast<std::ptrdiff_t>(before),
                     PageBlock{PageBlock::Kind::heading, 2, {}, t(title), {}, {}, nullptr, {}});
    }
  }

  std::vector<PageBlock> take() { return std::move(blocks_); }

private:
  void add(PageBlock block) { blocks_.push_back(std::move(block)); }
  Lang lang_;
  std::vector<PageBlock> blocks_;
};

std::string dated(const Page &page, const RecordMeta &meta) {
  return page.t(tr("{}, {}", "{}, {}", meta.author, format_date(meta.date)));
}

void title(Page &page, const Report &report) {
  const Workgroup &group = *report.group;
  page.heading(1, page.t(tr("Het leertraject van {}", "The learning journey of {}", group.name)));
  const int step = report.progress.current();
  std::string line = group.organisation.empty() ? "" : group.organisation + " · ";
  line +=
      step == 0
          ? page.t(tr("cyclus {}, alle stappen gezet", "cycle {}, all steps taken", report.progress.cycle))
          : page.t(tr("cyclus {}, stap {} van 15", "cycle {}, step {} of 15", report.progress.cycle, step));
  const Cycle &cycle = report.cycle;
  if (cycle.start || cycle.end) {
    line += page.t(tr(" · van {} tot {}", " · from {} to {}", cycle.start ? format_date(*cycle.start) : "?",
                      cycle.end ? format_date(*cycle.end) : "?"));
  }
  page.text(line);
}

void problem(Page &page, const Report &report) {
  page.section(Text{"Het probleem", "The problem"}, [&] {
    page.markdown(report.cycle.problem);
    for (const auto &[statement, why] : report.narrowing) {
      page.field(tr("Afgekaderd op {}", "Narrowed on {}", format_date(statement->meta.date)),
                 statement->statement);
      page.field(Text{"Waarom", "Why"}, why);
    }
  });
}

void design(Page &page, const Report &report) {
  const Design &design = report.cycle.design;
  page.section(Text{"De opzet", "The design"}, [&] {
    page.field(Text{"Doel", "Goal"}, design.goal);
    page.field(Text{"Middelen", "Means"}, design.means);
    page.field(Text{"Randvoorwaarden", "Preconditions"}, design.preconditions);
    page.field(Text{"Aanpak", "Approach"}, design.approach);
  });
}

std::string member_line(const Member &member) {
  std::string line = member.name;
  if (!member.organisation.empty()) {
    line += ", " + member.organisation;
  }
  return member.role.empty() ? line : line + " (" + member.role + ")";
}

void people(Page &page, const Report &report) {
  const Workgroup &group = *report.group;
  page.section(Text{"De groep", "The group"}, [&] {
    std::vector<std::string> members;
    for (const Member &member : group.members) {
      members.push_back(member_line(member));
    }
    for (const Member &member : group.former_members) {
      members.push_back(page.t(tr("{} (vertrokken {})", "{} (left {})", member_line(member),
                                  member.left ? format_date(*member.left) : "?")));
    }
    page.items(members);
  });
  page.section(Text{"Onze afspraken", "Our agreements"}, [&] { page.items(agreement_texts(group)); });
}

void timeline(Page &page, const Report &report) {
  page.section(Text{"Tijdlijn", "Timeline"}, [&] {
    std::vector<std::vector<std::string>> rows{{page.t(Text{"Stap", "Step"}), page.t(Text{"Wat", "What"}),
                                                page.t(Text{"Klaar op", "Done on"}),
                                                page.t(Text{"Door", "By"})}};
    for (const StepEvent *event : report.timeline) {
      const StaticText title = step_info(event->step).title;
      rows.push_back({std::to_string(event->step), std::string(page.lang() == Lang::nl ? title.nl : title.en),
                      event->at.substr(0, 10), event->by});
    }
    page.table(std::move(rows));
  });
}

void exploration(Page &page, const Report &report) {
  page.section(Text{"Wat er op tafel kwam", "What was put on the table"}, [&] {
    for (const auto &kind : enum_words<ExploreKind>()) {
      bool first = true;
      for (const auto &[item, text] : report.exploration) {
        if (item->kind == kind.value) {
          if (first) {
            page.heading(3, page.t(label_of(kind.value)));
            first = false;
          }
          page.field(Text{dated(page, item->meta), dated(page, item->meta)}, text);
        }
      }
    }
    if (!report.narrowing.empty()) {
      page.field(Text{"Het afgekaderde probleem", "The narrowed problem"},
                 narrowed_problem(*report.group, report.cycle));
    }
  });
}

void assumptions(Page &page, const Report &report) {
  page.section(Text{"Aannames, en hoe we ze uitdaagden", "Assumptions, and how we challenged them"}, [&] {
    for (const auto &[assumption, text] : report.assumptions) {
      page.field(tr("Aanname ({}, {})", "Assumption ({}, {})", page.t(about_label(assumption->about)),
                    dated(page, assumption->meta)),
                 text);
      for (const Challenge *challenge : challenges_in_order(*assumption)) {
        page.field(tr("Uitgedaagd op {} door {}: {}", "Challenged on {} by {}: {}",
                      format_date(challenge->date), challenge->by, page.t(verdict_label(challenge->verdict))),
                   challenge->how);
        page.field(Text{"Bijgesteld", "Revised"}, challenge->revision);
      }
    }
  });
}

void help_found(Page &page, const Report &report) {
  page.section(Text{"Feedback en hulp", "Feedback and help"}, [&] {
    for (const auto &[feedback, text] : report.feedback) {
      page.field(tr("Feedback van {} ({})", "Feedback from {} ({})", feedback->from,
                    format_date(feedback->meta.date)),
                 text);
    }
    for (const auto &[resource, text] : report.resources) {
      std::string label = page.t(resource_kind_label(resource->kind));
      if (!resource->link.empty()) {
        label += " · " + resource->link;
      }
      page.field(Text{label, label}, text);
    }
  });
}

std::string experiment_line(const Page &page, const Experiment &experiment) {
  std::string line = page.t(
      tr("Eigenaar: {} · {}", "Owner: {} · {}", experiment.owner, page.t(state_label(experiment.state()))));
  if (experiment.decision) {
    line += ": " + page.t(decision_label(*experiment.decision));
  }
  if (experiment.started) {
    line += page.t(tr(" · gestart {}", " · started {}", format_date(*experiment.started)));
  }
  if (const auto end = experiment.finished ? experiment.finished : experiment.stopped) {
    line += page.t(tr(" · tot {}", " · until {}", format_date(*end)));
  }
  return line;
}

std::string plan_text(const Plan &plan) {
  std::string text;
  for (const auto *part : {&plan.who, &plan.what, &plan.when, &plan.where}) {
    if (!part->empty()) {
      text += (text.empty() ? "" : "\n\n") + *part;
    }
  }
  return text;
}

void experiment(Page &page, const Report &report, const WithBody<Experiment> &shown) {
  const Experiment &experiment = *shown.record;
  page.heading(3, page.t(tr("{} (cyclus {}, ronde {})", "{} (cycle {}, round {})", experiment.title,
                            experiment.cycle, experiment.round)));
  page.text(experiment_line(page, experiment));
  if (!experiment.follows.empty()) {
    page.text(page.t(tr("Volgt op experiment {}.", "Follows experiment {}.", experiment.follows)));
  }
  page.field(Text{"Vraag", "Question"}, experiment.question);
  page.field(Text{"Voorspelling", "Prediction"}, experiment.prediction);
  page.field(Text{"Plan", "Plan"}, plan_text(experiment.plan));
  const Reflection &reflection = experiment.reflection;
  page.field(Text{"Resultaat", "Result"}, reflection.result);
  page.field(Text{"Observaties", "Observations"}, reflection.observations);
  page.field(Text{"Vergeleken met de voorspelling", "Compared with the prediction"}, reflection.comparison);
  page.field(Text{"Succesfactoren", "Success factors"}, reflection.success_factors);
  page.field(Text{"Knelpunten", "Bottlenecks"}, reflection.bottlenecks);
  page.field(Text{"Reden van stoppen", "Why it stopped"}, experiment.stop_reason);
  page.field(Text{"Voor wie het bedoeld was", "Who it was meant for"}, experiment.for_whom);
  page.field(Text{"Aantekeningen", "Notes"}, shown.body);
  if (const Experiment *next = follow_up(report, experiment)) {
    page.text(page.t(tr("Aangepast en voortgezet als: {} ({}).", "Adapted and continued as: {} ({}).",
                        next->title, next->meta.id)));
  }
}

std::vector<std::string> signal_lines(const Page &page, const RunChart &chart) {
  std::vector<std::string> lines;
  for (const Signal &signal : chart.signals) {
    lines.push_back(page.t(signal_text(signal, chart)) + " — " + page.t(meaning_label(signal.meaning)));
  }
  return lines;
}

void indicators(Page &page, const Report &report) {
  page.section(Text{"Indicatoren", "Indicators"}, [&] {
    for (const ReportIndicator &shown : report.indicators) {
      const Indicator &indicator = *shown.status.indicator;
      page.heading(3, indicator.name);
      page.field(Text{"Hoe merken we het?", "How do we notice?"}, indicator.question);
      page.text(page.t(values_summary(shown.status)));
      if (!shown.status.chart.points.empty()) {
        page.chart(shown);
      }
      if (!shown.status.chart.enough) {
        page.text(page.t(tr("Nog te weinig metingen om signalen te beoordelen ({} van de {}).",
                            "Too few measurements yet to judge signals ({} of the {}).",
                            shown.status.chart.useful, min_useful_points)));
      }
      page.items(signal_lines(page, shown.status.chart));
    }
  });
}

void evaluations_and_lessons(Page &page, const Report &report) {
  page.section(Text{"Evaluaties", "Evaluations"}, [&] {
    for (const ReportEvaluation &shown : report.evaluations) {
      page.field(tr("Evaluatie van {} ({})", "Evaluation of {} ({})", format_date(shown.evaluation->date),
                    shown.evaluation->author),
                 shown.conclusion);
    }
  });
  page.section(Text{"Wat we leerden", "What we learnt"}, [&] {
    for (const ReportLesson &lesson : report.lessons) {
      page.field(Text{lesson.experiment->title, lesson.experiment->title}, lesson.lessons);
    }
  });
}

void shared(Page &page, const Report &report) {
  page.section(Text{"Gedeeld met anderen", "Shared with others"}, [&] {
    for (const auto &[sharing, reactions] : report.sharing) {
      const std::string present = fmt::format("{}", fmt::join(sharing->present, ", "));
      const std::string where =
          page.t(tr("{}, {}", "{}, {}", sharing->where, format_date(sharing->meta.date)));
      page.heading(3, where);
      page.text(present.empty() ? std::string{} : page.t(tr("Aanwezig: {}", "Present: {}", present)));
      page.field(Text{"Reacties", "Reactions"}, reactions);
    }
  });
}

void closing(Page &page, const Report &report) {
  page.section(Text{"Afsluiten en doorgaan", "Closing and carrying on"}, [&] {
    for (const StepEvent *event : report.closing) {
      const Text what =
          event->action == StepAction::new_cycle
              // The event belongs to the cycle it closes; the cycle it begins is the next one.
              ? tr("{}: cyclus {} begonnen door {}", "{}: cycle {} begun by {}", event->at.substr(0, 10),
                   event->cycle + 1, event->by)
              : tr("{}: afgesloten door {}", "{}: closed by {}", event->at.substr(0, 10), event->by);
      page.field(what, event->note.empty() ? "-" : event->note);
    }
  });
}

} // namespace

PageBlock heading_block(int level, std::string text) {
  PageBlock block;
  block.kind = PageBlock::Kind::heading;
  block.level = level;
  block.text = std::move(text);
  return block;
}

PageBlock text_block(std::string text) {
  PageBlock block;
  block.kind = PageBlock::Kind::text;
  block.text = std::move(text);
  return block;
}

PageBlock items_block(std::vector<std::string> items) {
  PageBlock block;
  block.kind = PageBlock::Kind::items;
  block.items = std::move(items);
  return block;
}

PageBlock table_block(std::vector<std::vector<std::string>> rows) {
  PageBlock block;
  block.kind = PageBlock::Kind::table;
  block.rows = std::move(rows);
  return block;
}

PageBlock markdown_block(std::string markdown) {
  PageBlock block;
  block.kind = PageBlock::Kind::markdown;
  block.text = std::move(markdown);
  return block;
}

PageBlock field_block(std::string label, std::string markdown) {
  PageBlock block;
  block.kind = PageBlock::Kind::field;
  block.label = std::move(label);
  block.text = std::move(markdown);
  return block;
}

PageBlock links_block(std::vector<std::string> items, std::vector<std::string> hrefs) {
  PageBlock block;
  block.kind = PageBlock::Kind::links;
  block.items = std::move(items);
  block.hrefs = std::move(hrefs);
  return block;
}

std::vector<PageBlock> report_page(const Report &report, Lang lang) {
  Page page(lang);
  title(page, report);
  problem(page, report);
  design(page, report);
  people(page, report);
  timeline(page, report);
  exploration(page, report);
  assumptions(page, report);
  help_found(page, report);
  page.section(Text{"Experimenten", "Experiments"}, [&] {
    for (const auto &shown : report.experiments) {
      experiment(page, report, shown);
    }
  });
  indicators(page, report);
  evaluations_and_lessons(page, report);
  shared(page, report);
  closing(page, report);
  return page.take();
}

std::vector<std::vector<std::string>> chart_table(const ReportIndicator &indicator, Lang lang) {
  std::vector<std::vector<std::string>> rows(1);
  for (const Text &header : chart_row_headers()) {
    rows.front().push_back(header.in(lang));
  }
  const Indicator &measured = *indicator.status.indicator;
  for (const ChartRow &row : indicator.rows) {
    rows.push_back({format_date(row.date), readable_value(measured, row.value).in(lang),
                    readable_value(measured, row.median).in(lang),
                    row.signal ? meaning_label(*row.signal).in(lang) : std::string{}});
  }
  return rows;
}

} // namespace alearn
