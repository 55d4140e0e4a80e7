#include "progress.hpp"

#include "enums.hpp"
#include "record_files.hpp"
#include "schema.hpp"
#include "yaml_edit.hpp"

#include <algorithm>
#include <array>

namespace alearn {

namespace {

StepAction action_of(std::string_view text) {
  return parse_word<StepAction>(text).value_or(StepAction::done);
}

} // namespace

std::string_view action_name(StepAction action) { return word_of(action); }

Parsed<StepEvent> parse_step_event(const Document &doc, std::string id) {
  Errors errors = file_name_errors(doc.file);
  auto problems = schema_errors(doc, "step-event");
  errors.insert(errors.end(), problems.begin(), problems.end());
  if (!errors.empty()) {
    return std::unexpected(std::move(errors));
  }
  const Data &data = doc.data;
  StepEvent event;
  event.id = std::move(id);
  event.file = doc.file;
  event.step = static_cast<int>(integer_field(data, "step"));
  event.cycle = static_cast<int>(integer_field(data, "cycle"));
  event.round = static_cast<int>(integer_field(data, "round"));
  event.action = action_of(text_field(data, "action"));
  event.at = text_field(data, "at");
  event.by = text_field(data, "by");
  event.note = text_field(data, "note");
  event.forced = flag_field(data, "forced");
  if (!parse_timestamp(event.at)) {
    return std::unexpected(
        Errors{error_at(doc, Data::json_pointer("/at"),
                        tr("'at' is geen bestaand tijdstip: {}", "'at' is not a real time: {}", event.at))});
  }
  if ((event.action == StepAction::again && event.step != 12) ||
      (event.action == StepAction::new_cycle && event.step != step_count)) {
    return std::unexpected(Errors{error_at(doc, Data::json_pointer("/action"),
                                           tr("'again' hoort bij stap 12 en 'new-cycle' bij stap 15",
                                              "'again' belongs to step 12 and 'new-cycle' to step 15"))});
  }
  return event;
}

std::string render_step_event(const StepEvent &event) {
  std::string text = fmt::format("step: {}\naction: {}\nat: {}\ncycle: {}\nround: {}\n", event.step,
                                 action_name(event.action), event.at, event.cycle, event.round);
  if (!event.by.empty()) {
    text += "by: " + render_scalar(event.by, 2) + "\n";
  }
  if (!event.note.empty()) {
    text += "note: " + render_scalar(event.note, 2) + "\n";
  }
  if (event.forced) {
    text += "forced: true\n";
  }
  return text;
}

void sort_events(std::vector<StepEvent> &events) {
  std::ranges::sort(events, [](const StepEvent &a, const StepEvent &b) {
    return std::tie(a.at, a.id) < std::tie(b.at, b.id);
  });
}

int Progress::current() const {
  for (int step = 1; step <= step_count; ++step) {
    if (!is_done(step)) {
      return step;
    }
  }
  return 0;
}

StepStatus Progress::status(int step) const {
  if (is_done(step)) {
    return StepStatus::done;
  }
  return step == current() ? StepStatus::current : StepStatus::todo;
}

Progress replay(const std::vector<StepEvent> &events) {
  Progress progress;
  for (const auto &event : events) {
    if (event.cycle != progress.cycle) {
      continue; // history of an earlier cycle, or an event from a branch that missed a new cycle
    }
    const auto index = static_cast<std::size_t>(event.step - 1);
    switch (event.action) {
    case StepAction::done:
      progress.done.at(index) = true;
      progress.done_by.at(index) = event;
      break;
    case StepAction::reopen:
      progress.done.at(index) = false;
      progress.done_by.at(index).reset();
      break;
    case StepAction::again:
      for (const int step : {11, 12}) {
        progress.done.at(static_cast<std::size_t>(step - 1)) = false;
        progress.done_by.at(static_cast<std::size_t>(step - 1)).reset();
      }
      ++progress.finished_rounds;
      ++progress.round;
      break;
    case StepAction::new_cycle:
      progress = Progress{};
      progress.cycle = event.cycle + 1;
      if (const auto at = parse_timestamp(event.at)) {
        progress.cycle_began = date_of(*at);
      }
      break;
    }
  }
  return progress;
}

} // namespace alearn
