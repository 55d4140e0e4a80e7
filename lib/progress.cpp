#include "progress.hpp"

#include "yaml_edit.hpp"

#include <algorithm>
#include <array>

namespace alearn {

namespace {

constexpr std::array<std::string_view, 8> event_keys = {"step",  "action", "at",   "cycle",
                                                        "round", "by",     "note", "forced"};
constexpr std::array<std::pair<StepAction, std::string_view>, 4> action_names = {
    {{StepAction::done, "done"},
     {StepAction::reopen, "reopen"},
     {StepAction::again, "again"},
     {StepAction::new_cycle, "new-cycle"}}};

Result<StepAction> parse_action(const Document &doc, std::string_view text) {
  for (const auto &[action, name] : action_names) {
    if (name == text) {
      return action;
    }
  }
  return std::unexpected(error_at(doc, doc.root["action"],
                                  tr("onbekende actie '{}' (done, reopen, again of new-cycle)",
                                     "unknown action '{}' (done, reopen, again or new-cycle)", text)));
}

Result<int> positive(const Document &doc, std::string_view key, int max) {
  auto value = get_integer(doc, doc.root, key, Need::required);
  if (!value) {
    return std::unexpected(value.error());
  }
  if (**value < 1 || **value > max) {
    return std::unexpected(
        error_at(doc, doc.root[std::string(key)],
                 tr("'{}' moet tussen 1 en {} liggen", "'{}' must be between 1 and {}", key, max)));
  }
  return static_cast<int>(**value);
}

} // namespace

std::string_view action_name(StepAction action) {
  for (const auto &[candidate, name] : action_names) {
    if (candidate == action) {
      return name;
    }
  }
  return "done";
}

Result<StepEvent> parse_step_event(const Document &doc, std::string id) {
  if (auto ok = check_keys(doc, doc.root, event_keys); !ok) {
    return std::unexpected(ok.error());
  }
  StepEvent event;
  event.id = std::move(id);
  event.file = doc.file;
  auto step = positive(doc, "step", step_count);
  auto cycle = positive(doc, "cycle", 100000);
  auto round = positive(doc, "round", 100000);
  auto action = get_text(doc, doc.root, "action", Need::required);
  auto at = get_text(doc, doc.root, "at", Need::required);
  auto by = get_text(doc, doc.root, "by");
  auto note = get_text(doc, doc.root, "note");
  auto forced = get_flag(doc, doc.root, "forced");
  if (!step || !cycle || !round) {
    return std::unexpected(!step ? step.error() : !cycle ? cycle.error() : round.error());
  }
  for (auto *text : {&action, &at, &by, &note}) {
    if (!*text) {
      return std::unexpected(text->error());
    }
  }
  if (!forced) {
    return std::unexpected(forced.error());
  }
  auto parsed_action = parse_action(doc, *action);
  if (!parsed_action) {
    return std::unexpected(parsed_action.error());
  }
  if (!parse_timestamp(*at)) {
    return std::unexpected(error_at(doc, doc.root["at"],
                                    tr("'at' is geen tijdstip als 2026-11-23T14:05:12.345Z: {}",
                                       "'at' is not a time like 2026-11-23T14:05:12.345Z: {}", *at)));
  }
  event.step = *step;
  event.cycle = *cycle;
  event.round = *round;
  event.action = *parsed_action;
  event.at = *at;
  event.by = *by;
  event.note = *note;
  event.forced = *forced;
  if ((event.action == StepAction::again && event.step != 12) ||
      (event.action == StepAction::new_cycle && event.step != step_count)) {
    return std::unexpected(error_at(doc, doc.root["action"],
                                    tr("'again' hoort bij stap 12 en 'new-cycle' bij stap 15",
                                       "'again' belongs to step 12 and 'new-cycle' to step 15")));
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
      break;
    }
  }
  return progress;
}

} // namespace alearn
