#include "cycle_edit.hpp"

#include "files.hpp"
#include "ids.hpp"
#include "safe_text.hpp"
#include "workgroup_edit.hpp"
#include "yaml_edit.hpp"

#include <algorithm>

namespace alearn {
namespace fs = std::filesystem;

namespace {

std::string indicator_names(const std::vector<const Indicator *> &indicators) {
  std::string names;
  for (const Indicator *indicator : indicators) {
    names += (names.empty() ? "" : ", ") + indicator->slug;
  }
  return names.empty() ? std::string("-") : names;
}

const Indicator *match_indicator(const std::vector<const Indicator *> &indicators, std::string_view name) {
  const std::string wanted = fold_for_matching(name);
  for (const Indicator *indicator : indicators) {
    if (indicator->slug == name || fold_for_matching(indicator->slug) == wanted ||
        fold_for_matching(indicator->name) == wanted) {
      return indicator;
    }
  }
  return nullptr;
}

// The cycles an indicator belongs to, written out: an indicator without `cycles` belongs to
// every cycle so far.
std::vector<int> written_cycles(const Indicator &indicator, int through) {
  if (!indicator.cycles.empty()) {
    return indicator.cycles;
  }
  std::vector<int> cycles;
  for (int cycle = 1; cycle <= through; ++cycle) {
    cycles.push_back(cycle);
  }
  return cycles;
}

// Appends the number `number` to the list at `path`: yaml_edit writes text (a quoted '2'), so
// the quotes go from the bytes it added; every other byte stays.
Result<Document> append_number(const Document &doc, const KeyPath &path, int number) {
  auto edited = apply_edit(doc, AppendTextItem{path, std::to_string(number)});
  TRY(edited);
  std::string &text = edited->text;
  const std::string quoted = fmt::format("'{}'", number);
  const auto at = text.find(quoted, edited->change.begin);
  if (at != std::string::npos && at + quoted.size() <= edited->change.new_end) {
    text.replace(at, quoted.size(), std::to_string(number));
  }
  return parse_document(doc.file, std::move(text), doc.format);
}

// Writes `cycles` into an indicator's file: the missing ones appended to its list (a new list
// when it has none), every other byte kept.
Status write_indicator_cycles(const Workgroup &group, const Indicator &indicator,
                              const std::vector<int> &cycles) {
  auto doc = load_document(indicator.file, Format::markdown);
  TRY(doc);
  for (const int cycle : cycles) {
    if (std::ranges::find(indicator.cycles, cycle) != indicator.cycles.end()) {
      continue;
    }
    auto edited = append_number(*doc, {"cycles"}, cycle);
    TRY(edited);
    doc = std::move(edited);
  }
  auto parsed = parse_indicator(*doc, indicator.slug);
  if (!parsed) {
    return std::unexpected(parsed.error().front());
  }
  std::vector<int> wanted = cycles;
  std::ranges::sort(wanted);
  const auto [repeated, last] = std::ranges::unique(wanted);
  wanted.erase(repeated, last);
  if (parsed->cycles != wanted) {
    return fail(ErrorKind::input,
                tr("kon de cycli niet in de indicator schrijven; zet 'cycles' met de hand",
                   "could not write the cycles into the indicator; set 'cycles' by hand"),
                indicator.file);
  }
  return write_file_atomic(group.root, indicator.file, doc->text);
}

} // namespace

Result<std::vector<std::string>> indicators_to_keep(const Workgroup &group, const KeepIndicators &keep) {
  const Cycle cycle = current_cycle(group);
  const auto indicators = indicators_in(group, cycle.number);
  if (group.schema < 2 && (keep.all || !keep.names.empty())) {
    Error error{ErrorKind::refused,
                tr("in deze repository (formaat {}) gaat elke indicator mee naar elke cyclus; 'alearn "
                   "upgrade' geeft elke cyclus zijn eigen indicatoren",
                   "in this repository (format {}) every indicator goes on into every cycle; 'alearn "
                   "upgrade' gives each cycle indicators of its own",
                   group.schema)};
    error.inputs = {Param::keep_indicator};
    return std::unexpected(std::move(error));
  }
  std::vector<std::string> slugs;
  if (keep.all) {
    for (const Indicator *indicator : indicators) {
      slugs.push_back(indicator->slug);
    }
    return slugs;
  }
  for (const auto &name : keep.names) {
    const Indicator *indicator = match_indicator(indicators, name);
    if (indicator == nullptr) {
      Error error{ErrorKind::not_found, tr("'{}' is geen indicator van cyclus {}; die zijn: {}",
                                           "'{}' is not an indicator of cycle {}; these are: {}",
                                           one_line(name), cycle.number, indicator_names(indicators))};
      error.inputs = {Param::keep_indicator};
      return std::unexpected(std::move(error));
    }
    if (std::ranges::find(slugs, indicator->slug) == slugs.end()) {
      slugs.push_back(indicator->slug);
    }
  }
  return slugs;
}

Status begin_cycle(const Workgroup &group, int number, Date began, const std::vector<std::string> &kept,
                   Lang lang) {
  if (group.schema < 2) {
    return {};
  }
  CycleFile cycle;
  cycle.number = number;
  cycle.start = began;
  const fs::path file = cycle_file_path(group, number);
  const std::string text = render_cycle_file(cycle, lang);
  auto doc = parse_document(file, text, Format::markdown);
  TRY(doc);
  if (auto parsed = parse_cycle_file(*doc); !parsed) {
    return std::unexpected(parsed.error().front());
  }
  if (auto written = write_file_atomic(group.root, file, text, Overwrite::refuse); !written) {
    if (written.error().kind == ErrorKind::refused) {
      return fail(ErrorKind::refused,
                  tr("er is al een bestand voor cyclus {}; haal het weg of hernoem het, dan begint de "
                     "nieuwe cyclus met een eigen bestand",
                     "there is a file for cycle {} already; move it away or rename it, and the new "
                     "cycle begins with a file of its own",
                     number),
                  file);
    }
    return written;
  }
  for (const Indicator *indicator : indicators_in(group, number - 1)) {
    std::vector<int> cycles = written_cycles(*indicator, number - 1);
    if (std::ranges::find(kept, indicator->slug) != kept.end()) {
      cycles.push_back(number);
    }
    if (cycles == indicator->cycles) {
      continue;
    }
    if (auto written = write_indicator_cycles(group, *indicator, cycles); !written) {
      undo_begin_cycle(group, number);
      return written;
    }
  }
  return {};
}

void undo_begin_cycle(const Workgroup &group, int number) {
  if (group.schema >= 2) {
    (void)remove_file_inside(group.root, cycle_file_path(group, number));
  }
}

bool is_cycle_key(std::string_view key) {
  return key == "problem" || key.starts_with("design.") || key == "start" || key == "end";
}

namespace {

KeyPath key_path(std::string_view key) {
  KeyPath path;
  for (std::string_view rest = key; !rest.empty();) {
    const auto dot = rest.find('.');
    path.emplace_back(rest.substr(0, dot));
    rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
  }
  return path;
}

Status set_cycle_file_value(const Workgroup &group, const Cycle &cycle, std::string_view key,
                            std::string_view value) {
  TRY(check_new_value(key, value));
  if ((key == "start" || key == "end") && !parse_date(value)) {
    return fail(ErrorKind::usage, date_problem(value));
  }
  auto doc = load_document(cycle.file, Format::markdown);
  TRY(doc);
  auto text = set_scalar(*doc, key_path(key), value);
  TRY(text);
  auto edited = parse_document(cycle.file, *text, Format::markdown);
  TRY(edited);
  if (auto parsed = parse_cycle_file(*edited); !parsed) {
    return std::unexpected(parsed.error().front());
  }
  return write_file_atomic(group.root, cycle.file, *text);
}

} // namespace

Result<fs::path> set_value(const Workgroup &group, std::string_view key, std::string_view value,
                           std::optional<int> cycle_number) {
  if (!is_cycle_key(key)) {
    if (cycle_number) {
      Error error{ErrorKind::usage, tr("'{}' hoort bij de werkgroep, niet bij een cyclus",
                                       "'{}' belongs to the workgroup, not to a cycle", key)};
      error.inputs = {Param::cycle};
      return std::unexpected(std::move(error));
    }
    TRY(set_workgroup_value(group, key, value));
    return group.file();
  }
  auto cycle = cycle_number ? find_cycle(group, *cycle_number) : Result<Cycle>(current_cycle(group));
  TRY(cycle);
  if (!cycle->own_file) {
    TRY(set_workgroup_value(group, key, value));
    return group.file();
  }
  const auto &keys = settable_workgroup_keys();
  if (std::ranges::find(keys, key) == keys.end()) {
    TRY(set_workgroup_value(group, key, value)); // for its message
  }
  TRY(set_cycle_file_value(group, *cycle, key, value));
  return cycle->file;
}

} // namespace alearn
