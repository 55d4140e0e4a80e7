#include "cycle.hpp"

#include "schema.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace alearn {
namespace fs = std::filesystem;

namespace {

// "2" for cycles/2.md: digits without a leading zero, 2 or more.
std::optional<int> cycle_number_of(const fs::path &file) {
  const std::string stem = file.stem().string();
  int number = 0;
  const auto [end, ec] = std::from_chars(stem.data(), stem.data() + stem.size(), number);
  if (ec != std::errc{} || end != stem.data() + stem.size() || stem.starts_with('0') || number < 2) {
    return std::nullopt;
  }
  return number;
}

} // namespace

Parsed<CycleFile> parse_cycle_file(const Document &doc) {
  const auto number = cycle_number_of(doc.file);
  if (!number) {
    return std::unexpected(
        Errors{Error{ErrorKind::input,
                     tr("de bestandsnaam '{}' is geen cyclusnummer: in cycles/ horen 2.md, 3.md enzovoort",
                        "the file name '{}' is not a cycle number: cycles/ holds 2.md, 3.md and so on",
                        one_line(doc.file.filename().string())),
                     doc.file, 0, 0}});
  }
  Errors errors = schema_errors(doc, "cycle");
  if (!errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  CycleFile cycle;
  cycle.number = *number;
  cycle.file = doc.file;
  cycle.problem = text_field(data, "problem");
  const Data design = data.value("design", Data::object());
  cycle.design.goal = text_field(design, "goal");
  cycle.design.means = text_field(design, "means");
  cycle.design.preconditions = text_field(design, "preconditions");
  cycle.design.approach = text_field(design, "approach");
  auto start = date_field(doc, Data::json_pointer("/start"));
  auto end = date_field(doc, Data::json_pointer("/end"));
  if (!start || !end) {
    return std::unexpected(Errors{!start ? start.error() : end.error()});
  }
  cycle.start = *start;
  cycle.end = *end;
  if (cycle.start && cycle.end && *cycle.end < *cycle.start) {
    return std::unexpected(Errors{
        error_at(doc, Data::json_pointer("/end"),
                 tr("de einddatum ligt voor de startdatum", "the end date is before the start date"))});
  }
  return cycle;
}

std::string render_cycle_file(const CycleFile &cycle, Lang lang) {
  const bool nl = lang == Lang::nl;
  const auto date = [](const std::optional<Date> &value) {
    return value ? format_date(*value) : std::string();
  };
  std::string text = "---\n";
  text += field_line("problem", cycle.problem,
                     nl ? fmt::format("# stap 1: het echte, urgente probleem van cyclus {}", cycle.number)
                        : fmt::format("# step 1: the real, urgent problem of cycle {}", cycle.number));
  text += "\n";
  text += field_line("design", "",
                     nl ? "# stap 2: het ontwerp van het actieleerproces in deze cyclus"
                        : "# step 2: the design of the action-learning process in this cycle");
  const std::array<std::pair<std::string_view, const std::string *>, 4> parts = {
      std::pair{std::string_view("goal"), &cycle.design.goal},
      std::pair{std::string_view("means"), &cycle.design.means},
      std::pair{std::string_view("preconditions"), &cycle.design.preconditions},
      std::pair{std::string_view("approach"), &cycle.design.approach}};
  for (const auto &[key, value] : parts) {
    text += field_line(key, *value, "", 2) + "\n";
  }
  text += field_line("start", date(cycle.start),
                     nl ? "# stap 5: start- en einddatum van deze cyclus (JJJJ-MM-DD)"
                        : "# step 5: start and end date of this cycle (YYYY-MM-DD)");
  text += "\n";
  text += field_line("end", date(cycle.end), "");
  text += "---\n";
  text +=
      nl ? fmt::format("Aantekeningen van de werkgroep bij cyclus {}. alearn verandert deze tekst nooit.\n",
                       cycle.number)
         : fmt::format("The workgroup's notes on cycle {}. alearn never changes this text.\n", cycle.number);
  return text;
}

fs::path cycle_file_path(const Workgroup &group, int number) {
  return group.dir / folders::cycles / fmt::format("{}.md", number);
}

std::vector<std::optional<Date>> cycle_beginnings(const std::vector<StepEvent> &events) {
  std::vector<std::optional<Date>> beginnings{std::nullopt};
  for (const auto &event : events) {
    if (event.action != StepAction::new_cycle || event.cycle != static_cast<int>(beginnings.size())) {
      continue;
    }
    const auto at = parse_timestamp(event.at);
    beginnings.push_back(at ? std::optional<Date>(date_of(*at)) : std::nullopt);
  }
  return beginnings;
}

int cycle_on(const std::vector<std::optional<Date>> &beginnings, Date date) {
  int cycle = 1;
  for (std::size_t i = 1; i < beginnings.size(); ++i) {
    if (beginnings[i] && *beginnings[i] <= date) {
      cycle = static_cast<int>(i) + 1;
    }
  }
  return cycle;
}

int cycle_of(const RecordMeta &meta, const std::vector<std::optional<Date>> &beginnings) {
  return meta.cycle > 0 ? meta.cycle : cycle_on(beginnings, meta.date);
}

std::vector<Cycle> workgroup_cycles(const Workgroup &group) {
  const auto beginnings = cycle_beginnings(group.step_events);
  std::vector<Cycle> cycles;
  for (std::size_t i = 0; i < beginnings.size(); ++i) {
    Cycle cycle;
    cycle.number = static_cast<int>(i) + 1;
    cycle.began = beginnings[i];
    cycle.ended = i + 1 < beginnings.size() ? beginnings[i + 1] : std::nullopt;
    cycle.current = i + 1 == beginnings.size();
    const auto own = std::ranges::find(group.cycle_files, cycle.number, &CycleFile::number);
    if (cycle.number > 1 && own != group.cycle_files.end()) {
      cycle.problem = own->problem;
      cycle.design = own->design;
      cycle.start = own->start;
      cycle.end = own->end;
      cycle.file = own->file;
      cycle.own_file = true;
    } else {
      cycle.problem = group.problem;
      cycle.design = group.design;
      cycle.start = group.start;
      cycle.end = group.end;
      cycle.file = group.file();
    }
    cycles.push_back(std::move(cycle));
  }
  return cycles;
}

Cycle current_cycle(const Workgroup &group) { return workgroup_cycles(group).back(); }

Result<Cycle> find_cycle(const Workgroup &group, int number) {
  auto cycles = workgroup_cycles(group);
  if (number < 1 || number > static_cast<int>(cycles.size())) {
    return fail(ErrorKind::not_found, cycles.size() == 1
                                          ? tr("cyclus {} bestaat niet: {} is in cyclus 1",
                                               "there is no cycle {}: {} is in cycle 1", number, group.slug)
                                          : tr("cyclus {} bestaat niet: {} heeft de cycli 1 tot en met {}",
                                               "there is no cycle {}: {} has the cycles 1 to {}", number,
                                               group.slug, cycles.size()));
  }
  return std::move(cycles.at(static_cast<std::size_t>(number - 1)));
}

namespace {

template <typename T>
void assign_from_dates(std::vector<T> &records, const std::vector<std::optional<Date>> &beginnings) {
  for (auto &record : records) {
    record.meta.cycle = cycle_of(record.meta, beginnings);
  }
}

} // namespace

void assign_cycles(Workgroup &group) {
  const auto beginnings = cycle_beginnings(group.step_events);
  assign_from_dates(group.logbook, beginnings);
  assign_from_dates(group.meetings, beginnings);
  assign_from_dates(group.exploration, beginnings);
  assign_from_dates(group.problem_statements, beginnings);
  assign_from_dates(group.assumptions, beginnings);
  assign_from_dates(group.feedback, beginnings);
  assign_from_dates(group.resources, beginnings);
  assign_from_dates(group.sharing, beginnings);
  assign_from_dates(group.blockers, beginnings);
  // An experiment always says its cycle; one that does not (0) reads as cycle 1, as before.
  for (auto &experiment : group.experiments) {
    experiment.meta.cycle = std::max(experiment.cycle, 1);
  }
}

std::optional<int> cycle_to_write(const Workgroup &group, Date date) {
  if (group.schema < 2) {
    return std::nullopt;
  }
  return cycle_on(cycle_beginnings(group.step_events), date);
}

bool belongs_to(const Indicator &indicator, int cycle) {
  return indicator.cycles.empty() || std::ranges::find(indicator.cycles, cycle) != indicator.cycles.end();
}

std::vector<const Indicator *> indicators_in(const Workgroup &group, int cycle) {
  std::vector<const Indicator *> in;
  for (const auto &indicator : group.indicators) {
    if (belongs_to(indicator, cycle)) {
      in.push_back(&indicator);
    }
  }
  return in;
}

std::vector<int> new_indicator_cycles(const Workgroup &group) {
  const int current = static_cast<int>(cycle_beginnings(group.step_events).size());
  if (group.schema < 2 || current < 2) {
    return {};
  }
  return {current};
}

std::string narrowed_problem(const Workgroup &group, const Cycle &cycle) {
  const auto statements = records_in(group, group.problem_statements, cycle.number);
  return statements.empty() ? cycle.problem : statements.back()->statement;
}

Result<CycleChoice> choose_cycle(const Workgroup &group, std::string_view text) {
  const int current = static_cast<int>(cycle_beginnings(group.step_events).size());
  if (text.empty()) {
    return CycleChoice{current};
  }
  if (text == "all" || text == "alle") {
    return CycleChoice{};
  }
  int number = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc{} || end != text.data() + text.size()) {
    Error error{ErrorKind::usage,
                tr("'{}' is geen cyclus: geef een nummer (1 tot en met {}) of all",
                   "'{}' is not a cycle: give a number (1 to {}) or all", one_line(text), current)};
    error.inputs = {Param::cycle};
    return std::unexpected(std::move(error));
  }
  auto cycle = find_cycle(group, number);
  if (!cycle) {
    Error error = std::move(cycle.error());
    error.inputs = {Param::cycle};
    return std::unexpected(std::move(error));
  }
  return CycleChoice{number};
}

std::vector<IndicatorStatus> indicator_statuses(const Workgroup &group, RuleSet rules, Date today,
                                                const CycleChoice &cycles) {
  std::vector<IndicatorStatus> statuses;
  statuses.reserve(group.indicators.size());
  for (const auto &indicator : group.indicators) {
    if (!cycles.number || belongs_to(indicator, *cycles.number)) {
      statuses.push_back(indicator_status(group, indicator, rules, today));
    }
  }
  return statuses;
}

std::optional<CycleNews> cycle_news(const Workgroup &group) {
  const auto cycles = workgroup_cycles(group);
  const Cycle &cycle = cycles.back();
  if (cycle.number < 2 || replay(group.step_events).is_done(5)) {
    return std::nullopt;
  }
  CycleNews news;
  news.number = cycle.number;
  news.began = cycle.began;
  news.own_file = cycle.own_file;
  for (const auto &indicator : group.indicators) {
    const bool before = belongs_to(indicator, cycle.number - 1);
    const bool now = belongs_to(indicator, cycle.number);
    if (before && now) {
      news.kept.push_back(indicator.slug);
    } else if (before) {
      news.dropped.push_back(indicator.slug);
    } else if (now) {
      news.added.push_back(indicator.slug);
    }
  }
  return news;
}

} // namespace alearn
