#include "blocker.hpp"

#include "acting_member.hpp"
#include "cycle.hpp"
#include "enums.hpp"
#include "record_files.hpp"
#include "record_lookup.hpp"
#include "repository.hpp"
#include "workgroup.hpp"

#include <fmt/format.h>

#include <ranges>
#include <stdexcept>

namespace alearn {

namespace {

Result<CourseEntry> parse_course_entry(const Document &doc, const Data &item, std::size_t i) {
  auto date = date_field(doc, Data::json_pointer(fmt::format("/course/{}/date", i)));
  TRY(date);
  return CourseEntry{parse_course_event(text_field(item, "event")).value_or(CourseEvent::raised),
                     date->value_or(Date{}), text_field(item, "by"), text_field(item, "with"),
                     text_field(item, "outcome")};
}

// The full ids of the experiments named by unique starts of their ids, each once.
Result<std::vector<std::string>> blocked_ids(const Workgroup &group, const std::vector<std::string> &given) {
  std::vector<std::string> ids;
  for (const auto &prefix : given) {
    auto found = find_by_id(group.experiments, prefix, Text{"experiment", "experiment"});
    if (!found) {
      Error error = found.error();
      error.inputs = {Param::blocks};
      return std::unexpected(std::move(error));
    }
    if (std::ranges::find(ids, (*found)->meta.id) == ids.end()) {
      ids.push_back((*found)->meta.id);
    }
  }
  return ids;
}

Status check_new_blocker(const NewBlocker &blocker) {
  TRY(require_text(blocker.rule, Text{"de regel", "the rule"}, {Param::rule}));
  TRY(require_text(blocker.analysis, Text{"de analyse (waarom de regel in de weg staat)",
                                          "the analysis (why the rule stands in the way)"}));
  if (blocker.since && *blocker.since > blocker.date) {
    return fail_input(tr("'sinds' ({}) ligt na de datum van het record ({}); noteer de regel als hij in de "
                         "weg staat",
                         "'since' ({}) is after the record's date ({}); note the rule once it stands in "
                         "the way",
                         format_date(*blocker.since), format_date(blocker.date)),
                      {Param::since});
  }
  return {};
}

// "blocker k3m9x2ab is already raised (on 2026-10-19)": why a change of course cannot be made.
Error blocker_wrong_state(const Blocker &blocker, const Text &action) {
  const Text state = blocker_state_label(blocker.state());
  const std::string since = format_date(state_since(blocker));
  return Error{ErrorKind::refused,
               Text{fmt::format("knellende regel {} kan niet worden {}: hij is al {} (op {})",
                                blocker.meta.id, action.nl, state.nl, since),
                    fmt::format("cannot {} blocker {}: it is already {} (on {})", action.en, blocker.meta.id,
                                state.en, since)}};
}

// A new event comes after the last one, and not before the blocker was noted.
Status not_before_course(const Blocker &blocker, Date date) {
  const Date earliest = state_since(blocker);
  if (date >= earliest) {
    return {};
  }
  const Text last =
      blocker.course.empty() ? Text{"genoteerd", "noted"} : label_of(blocker.course.back().event);
  return fail(ErrorKind::usage,
              Text{fmt::format("{} ligt voor de laatste stap van knellende regel {} ({} op {}); een "
                               "volgende stap kan niet eerder zijn",
                               format_date(date), blocker.meta.id, last.nl, format_date(earliest)),
                   fmt::format("{} lies before the last step of blocker {} ({} on {}); the next step "
                               "cannot come earlier",
                               format_date(date), blocker.meta.id, last.en, format_date(earliest))});
}

Result<Blocker> add_course_entry(const Workgroup &group, const Blocker &blocker,
                                 const std::vector<Field> &fields) {
  if (auto ok =
          append_record_item(group.root, blocker.meta.file, {"course"}, fields, reads_as(parse_blocker));
      !ok) {
    return std::unexpected(ok.error());
  }
  return reread_record<Blocker>(blocker.meta.file, parse_blocker);
}

} // namespace

Parsed<Blocker> parse_blocker(const Document &doc) {
  auto meta = parse_record_meta(doc, "blocker");
  TRY(meta);
  auto since = date_field(doc, Data::json_pointer("/since"));
  if (!since) {
    return std::unexpected(Errors{since.error()});
  }
  Blocker blocker{*meta,
                  text_field(doc.data, "rule"),
                  parse_blocker_kind(text_field(doc.data, "kind")).value_or(BlockerKind::other),
                  text_field(doc.data, "source"),
                  text_field(doc.data, "link"),
                  text_list(doc.data, "blocks"),
                  since->value_or(meta->date),
                  {}};
  const Data course = doc.data.value("course", Data::array());
  for (std::size_t i = 0; i < course.size(); ++i) {
    auto entry = parse_course_entry(doc, course[i], i);
    if (!entry) {
      return std::unexpected(Errors{entry.error()});
    }
    blocker.course.push_back(std::move(*entry));
  }
  return blocker;
}

Result<Blocker> add_blocker(const Workgroup &group, const NewBlocker &blocker, const Context &context) {
  auto author = require_acting_member(group, blocker.author);
  TRY(author);
  TRY(check_new_blocker(blocker));
  auto blocks = blocked_ids(group, blocker.blocks);
  TRY(blocks);
  const std::string text = FrontMatter()
                               .text("author", (*author)->name)
                               .date("date", blocker.date)
                               .number("cycle", cycle_to_write(group, blocker.date))
                               .text("rule", blocker.rule)
                               .text("kind", blocker_kind_name(blocker.kind))
                               .text("source", blocker.source)
                               .text("link", blocker.link)
                               .list("blocks", *blocks)
                               .date("since", blocker.since.value_or(blocker.date))
                               .markdown(blocker.analysis);
  return create_record<Blocker>(group.root, group.dir / folders::blockers, text, parse_blocker, context);
}

Status may_raise(const Blocker &blocker) {
  if (blocker.state() != BlockerState::noted) {
    return std::unexpected(blocker_wrong_state(blocker, Text{"aangekaart", "raise"}));
  }
  return {};
}

Status may_close(const Blocker &blocker, CourseEvent end) {
  if (!is_open(blocker.state())) {
    return std::unexpected(blocker_wrong_state(blocker, end == CourseEvent::withdrawn
                                                            ? Text{"ingetrokken", "withdraw"}
                                                            : Text{"opgelost", "resolve"}));
  }
  return {};
}

Result<Blocker> raise_blocker(const Workgroup &group, const Blocker &blocker, const Raise &raise) {
  TRY(may_raise(blocker));
  auto by = require_acting_member(group, raise.by);
  TRY(by);
  TRY(require_text(raise.with, Text{"met wie de regel is aangekaart", "whom the rule was raised with"},
                   {Param::with}));
  TRY(not_before_course(blocker, raise.date));
  return add_course_entry(group, blocker,
                          {{"event", std::string(course_event_name(CourseEvent::raised))},
                           {"date", format_date(raise.date)},
                           {"by", (*by)->name},
                           {"with", raise.with}});
}

Result<Blocker> close_blocker(const Workgroup &group, const Blocker &blocker, const Closing &closing) {
  if (closing.end == CourseEvent::raised) {
    throw std::logic_error("a blocker closes as resolved or withdrawn");
  }
  TRY(may_close(blocker, closing.end));
  auto by = require_acting_member(group, closing.by);
  TRY(by);
  TRY(require_text(closing.outcome, Text{"de uitkomst", "the outcome"}, {Param::outcome}));
  TRY(not_before_course(blocker, closing.date));
  return add_course_entry(group, blocker,
                          {{"event", std::string(course_event_name(closing.end))},
                           {"date", format_date(closing.date)},
                           {"by", (*by)->name},
                           {"outcome", closing.outcome}});
}

bool is_open(BlockerState state) { return state == BlockerState::noted || state == BlockerState::raised; }

Date state_since(const Blocker &blocker) {
  return blocker.course.empty() ? blocker.meta.date : blocker.course.back().date;
}

std::vector<const Experiment *> blocked_experiments(const Workgroup &group, const Blocker &blocker) {
  std::vector<const Experiment *> found;
  for (const auto &id : blocker.blocks) {
    const auto experiment =
        std::ranges::find(group.experiments, id, [](const Experiment &e) { return e.meta.id; });
    if (experiment != group.experiments.end()) {
      found.push_back(&*experiment);
    }
  }
  return found;
}

std::string raised_with(const Blocker &blocker) {
  for (const auto &entry : std::views::reverse(blocker.course)) {
    if (entry.event == CourseEvent::raised) {
      return entry.with;
    }
  }
  return {};
}

Result<DeskGroup> open_blockers_of(const Workgroup &group, const std::string &repository,
                                   const std::string &organisation,
                                   std::vector<std::filesystem::path> *sources) {
  DeskGroup desk{repository, group.slug, group.name, organisation, {}};
  for (const auto &blocker : group.blockers) {
    if (!is_open(blocker.state())) {
      continue;
    }
    auto analysis = record_body(blocker.meta);
    TRY(analysis);
    std::vector<Experiment> blocks;
    for (const Experiment *experiment : blocked_experiments(group, blocker)) {
      blocks.push_back(*experiment);
      if (sources != nullptr) {
        sources->push_back(experiment->meta.file);
      }
    }
    if (sources != nullptr) {
      sources->push_back(blocker.meta.file);
    }
    desk.blockers.push_back(DeskBlocker{blocker, std::move(blocks), std::move(*analysis)});
  }
  return desk;
}

Result<std::vector<DeskGroup>> open_blockers(const Repository &repo) {
  std::vector<DeskGroup> groups;
  for (const auto &group : repo.workgroups) {
    auto desk = open_blockers_of(group, repo.config.name, group.organisation);
    TRY(desk);
    if (!desk->blockers.empty()) {
      groups.push_back(std::move(*desk));
    }
  }
  return groups;
}

namespace {

// "- **Soort:** cao": one line of facts about a blocker; left out when there is nothing to say.
void fact_line(std::string &out, std::string_view label, std::string_view value) {
  if (!value.empty()) {
    out += fmt::format("- **{}:** {}\n", label, value);
  }
}

std::string desk_state(const Blocker &blocker, Lang lang) {
  const bool nl = lang == Lang::nl;
  std::string state = fmt::format("{} {} {}", blocker_state_label(blocker.state()).in(lang), nl ? "op" : "on",
                                  format_date(state_since(blocker)));
  const std::string with = raised_with(blocker);
  if (blocker.state() == BlockerState::raised && !with.empty()) {
    state += fmt::format(" ({} {})", nl ? "bij" : "with", escape_markdown(with));
  }
  return state;
}

std::string desk_blocker_markdown(const DeskBlocker &desk, Lang lang) {
  const Blocker &blocker = desk.blocker;
  const bool nl = lang == Lang::nl;
  std::string out = fmt::format("### {}\n\n", escape_markdown(blocker.rule));
  fact_line(out, nl ? "Soort" : "Kind", blocker_kind_label(blocker.kind).in(lang));
  fact_line(out, nl ? "Bron" : "Source", escape_markdown(blocker.source));
  fact_line(out, "Link", escape_markdown(blocker.link));
  std::string blocks;
  for (const auto &experiment : desk.blocks) {
    blocks += fmt::format("{}{} ({})", blocks.empty() ? "" : "; ", escape_markdown(experiment.title),
                          experiment.meta.id);
  }
  fact_line(out, nl ? "Blokkeert" : "Blocks", blocks);
  fact_line(out, nl ? "Sinds" : "Since", format_date(blocker.since));
  fact_line(out, nl ? "Stand" : "State", desk_state(blocker, lang));
  fact_line(out, "Id", blocker.meta.id);
  if (!desk.analysis.empty()) {
    out += "\n" + desk.analysis + "\n";
  }
  return out + "\n";
}

} // namespace

std::string desk_markdown(const std::vector<DeskGroup> &groups, Lang lang) {
  const bool nl = lang == Lang::nl;
  std::string out = nl ? "# Knellende regels\n\n" : "# Rules in the way\n\n";
  if (groups.empty()) {
    return out + (nl ? "Geen open knellende regels.\n" : "No open blockers.\n");
  }
  out += nl ? "De regels die de vernieuwing in de weg staan en nog open zijn (genoteerd of aangekaart), per "
              "werkgroep.\n\n"
            : "The rules that stand in the way of renewal and are still open (noted or raised), by "
              "workgroup.\n\n";
  for (const auto &group : groups) {
    out += fmt::format("## {}\n\n", escape_markdown(group.name.empty() ? group.slug : group.name));
    if (!group.organisation.empty()) {
      out += fmt::format("{} · {}\n\n", escape_markdown(group.organisation), group.slug);
    }
    for (const auto &blocker : group.blockers) {
      out += desk_blocker_markdown(blocker, lang);
    }
  }
  while (out.ends_with("\n\n")) {
    out.pop_back();
  }
  return out;
}

} // namespace alearn
