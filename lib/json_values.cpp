#include "json_values.hpp"

#include "assumption.hpp"
#include "blocker.hpp"
#include "experiment.hpp"
#include "meeting_actions.hpp"
#include "membership.hpp"
#include "workgroup.hpp"

#include <cmath>

namespace alearn {
namespace fs = std::filesystem;

Json date_json(const std::optional<Date> &date) { return date ? Json(format_date(*date)) : Json(nullptr); }

Json text_or_null(const std::string &text) { return text.empty() ? Json(nullptr) : Json(text); }

Json number_json(double value) {
  if (value == std::floor(value) && std::abs(value) < 1e15) {
    return Json(static_cast<long long>(value));
  }
  return Json(value);
}

Json value_json(const Indicator &indicator, double value) {
  return indicator.type == IndicatorType::yes_no ? Json(format_value(indicator, value)) : number_json(value);
}

namespace {

Json member_json(const Member &member) {
  Json json{{"name", member.name}, {"organisation", member.organisation}, {"role", member.role}};
  if (!member.email.empty()) {
    json["email"] = member.email;
  }
  return json;
}

Json former_member_json(const Member &member) {
  Json json = member_json(member);
  json["left"] = date_json(member.left);
  return json;
}

} // namespace

Json workgroup_json(const Workgroup &group) {
  return Json{{"slug", group.slug},
              {"name", group.name},
              {"organisation", group.organisation},
              {"members", json_list(group.members, member_json)},
              {"former_members", json_list(group.former_members, former_member_json)},
              {"problem", group.problem},
              {"design",
               {{"goal", group.design.goal},
                {"means", group.design.means},
                {"preconditions", group.design.preconditions},
                {"approach", group.design.approach}}},
              {"agreements", agreement_texts(group)},
              {"start", date_json(group.start)},
              {"end", date_json(group.end)},
              {"themes", group.themes}};
}

Json indicator_json(const Indicator &indicator) {
  const auto value = [&](const std::optional<double> &number) {
    return number ? value_json(indicator, *number) : Json(nullptr);
  };
  return Json{{"slug", indicator.slug},
              {"name", indicator.name},
              {"question", indicator.question},
              {"unit", indicator.unit},
              {"type", type_name(indicator.type)},
              {"direction", indicator.direction ? Json(direction_name(*indicator.direction)) : Json(nullptr)},
              {"baseline", value(indicator.baseline)},
              {"target", value(indicator.target)},
              {"frequency", indicator.frequency},
              {"owner", indicator.owner},
              {"measurements", indicator.measurements.size()}};
}

std::string_view status_name(StepStatus status) {
  switch (status) {
  case StepStatus::done:
    return "done";
  case StepStatus::current:
    return "current";
  case StepStatus::todo:
    break;
  }
  return "todo";
}

Json step_json(const StepInfo &info, const Progress &progress, Lang lang) {
  const auto pick = [lang](StaticText text) { return std::string(lang == Lang::nl ? text.nl : text.en); };
  Json step{{"number", info.number},
            {"title", pick(info.title)},
            {"phase", phase_id(info.phase)},
            {"phase_label", pick(phase_name(info.phase))},
            {"status", status_name(progress.status(info.number))}};
  if (const auto &event = progress.done_by.at(static_cast<std::size_t>(info.number - 1))) {
    step["done_at"] = event->at;
    step["done_by"] = event->by;
    step["note"] = event->note;
    step["forced"] = event->forced;
  }
  return step;
}

namespace {

Json signal_json(const Signal &signal, const RunChart &chart, Lang lang) {
  return Json{{"kind", signal_name(signal.kind)},
              {"meaning", meaning_name(signal.meaning)},
              {"from", format_date(chart.points.at(signal.first).date)},
              {"to", format_date(chart.points.at(signal.last).date)},
              {"count", signal.count},
              {"limit", signal.limit},
              {"text", signal_text(signal, chart).in(lang)}};
}

// A stretch of the chart with its own median: from and to (dates), the median, and where it is
// frozen the last date of the baseline it was computed from.
Json phase_json(const ChartPhase &phase, const RunChart &chart) {
  const auto date_at = [&](std::size_t index) { return format_date(chart.points.at(index).date); };
  return Json{{"from", date_at(phase.first)},
              {"to", date_at(phase.last)},
              {"median", number_json(phase.analysis.median)},
              {"frozen_through", phase.frozen_through ? Json(date_at(*phase.frozen_through)) : Json(nullptr)},
              {"useful_points", phase.analysis.useful},
              {"enough_points", phase.analysis.enough},
              {"runs", phase.analysis.runs},
              {"crossings", phase.analysis.crossings},
              {"longest_run", phase.analysis.longest_run}};
}

Json run_chart_json(const RunChart &chart, Lang lang) {
  return Json{
      {"points",
       json_list(chart.points,
                 [](const Point &point) {
                   return Json{{"date", format_date(point.date)}, {"value", number_json(point.value)}};
                 })},
      {"median", chart.points.empty() ? Json(nullptr) : number_json(chart.median)},
      {"useful_points", chart.useful},
      {"enough_points", chart.enough},
      {"runs", chart.runs},
      {"crossings", chart.crossings},
      {"longest_run", chart.longest_run},
      {"phases", json_list(chart.phases, [&](const ChartPhase &phase) { return phase_json(phase, chart); })},
      {"signals",
       json_list(chart.signals, [&](const Signal &signal) { return signal_json(signal, chart, lang); })}};
}

} // namespace

Json status_json(const IndicatorStatus &status, Lang lang) {
  const Indicator &indicator = *status.indicator;
  Json json = indicator_json(indicator);
  json["latest"] = status.latest ? Json{{"date", format_date(status.latest->date)},
                                        {"value", value_json(indicator, status.latest->value)}}
                                 : Json(nullptr);
  json["due"] = date_json(status.due);
  json["overdue"] = status.overdue;
  json["lapsed"] = status.lapsed;
  json["duplicate_dates"] = json_list(status.duplicates, [](Date date) { return format_date(date); });
  json["run_chart"] = run_chart_json(status.chart, lang);
  return json;
}

Json meta_json(const RecordMeta &meta, const fs::path &root) {
  return Json{{"id", meta.id},
              {"date", format_date(meta.date)},
              {"author", meta.author},
              {"file", meta.file.lexically_relative(root).generic_string()}};
}

Json record_json(const LogEntry &entry, const std::string &text, const fs::path &root) {
  Json json = meta_json(entry.meta, root);
  json["kind"] = log_kind_name(entry.kind);
  json["text"] = text;
  return json;
}

Json record_json(const Meeting &meeting, const std::string &discussed, const fs::path &root) {
  Json json = meta_json(meeting.meta, root);
  json["title"] = meeting.title;
  json["present"] = meeting.present;
  json["decisions"] = meeting.decisions;
  std::size_t number = 0;
  json["actions"] = json_list(meeting.actions, [&](const MeetingAction &action) {
    return Json{{"number", ++number},
                {"what", action.what},
                {"owner", action.owner},
                {"due", date_json(action.due)},
                {"done", date_json(action.done)}};
  });
  json["visual"] = text_or_null(meeting.visual);
  json["discussed"] = discussed;
  return json;
}

Json open_action_json(const OpenAction &open) {
  return Json{{"meeting", open.meeting->meta.id},   {"number", open.number},
              {"what", open.action->what},          {"owner", open.action->owner},
              {"due", date_json(open.action->due)}, {"overdue", open.overdue}};
}

Json record_json(const ExplorationItem &item, const std::string &text, const fs::path &root) {
  Json json = meta_json(item.meta, root);
  json["kind"] = explore_kind_name(item.kind);
  json["text"] = text;
  return json;
}

Json record_json(const ProblemStatement &statement, const fs::path &root) {
  Json json = meta_json(statement.meta, root);
  json["statement"] = statement.statement;
  return json;
}

Json record_json(const ProblemStatement &statement, const std::string &why, const fs::path &root) {
  Json json = record_json(statement, root);
  json["why"] = why;
  return json;
}

Json record_json(const Assumption &assumption, const std::string &text, const fs::path &root) {
  Json json = meta_json(assumption.meta, root);
  json["about"] = about_name(assumption.about);
  json["text"] = text;
  const auto verdict = current_verdict(assumption);
  json["verdict"] = verdict ? Json(verdict_name(*verdict)) : Json(nullptr);
  json["challenges"] = json_list(challenges_in_order(assumption), [](const Challenge *challenge) {
    return Json{{"date", format_date(challenge->date)},
                {"by", challenge->by},
                {"how", challenge->how},
                {"verdict", verdict_name(challenge->verdict)},
                {"revision", text_or_null(challenge->revision)}};
  });
  return json;
}

Json record_json(const Feedback &feedback, const std::string &text, const fs::path &root) {
  Json json = meta_json(feedback.meta, root);
  json["from"] = feedback.from;
  json["text"] = text;
  return json;
}

Json record_json(const Sharing &sharing, const std::string &reactions, const fs::path &root) {
  Json json = meta_json(sharing.meta, root);
  json["where"] = sharing.where;
  json["present"] = sharing.present;
  json["reactions"] = reactions;
  return json;
}

Json record_json(const Resource &resource, const std::string &text, const fs::path &root) {
  Json json = meta_json(resource.meta, root);
  json["kind"] = resource_kind_name(resource.kind);
  json["link"] = text_or_null(resource.link);
  json["text"] = text;
  return json;
}

Json record_json(const Experiment &experiment, const std::string &notes, const fs::path &root) {
  Json json = meta_json(experiment.meta, root);
  const Reflection &reflection = experiment.reflection;
  json["title"] = experiment.title;
  json["owner"] = experiment.owner;
  json["state"] = state_name(experiment.state());
  json["cycle"] = experiment.cycle;
  json["round"] = experiment.round;
  json["question"] = experiment.question;
  json["prediction"] = experiment.prediction;
  json["plan"] = {{"who", experiment.plan.who},
                  {"what", experiment.plan.what},
                  {"when", experiment.plan.when},
                  {"where", experiment.plan.where}};
  json["indicators"] = experiment.indicators;
  json["follows"] = text_or_null(experiment.follows);
  json["started"] = date_json(experiment.started);
  json["finished"] = date_json(experiment.finished);
  json["stopped"] = date_json(experiment.stopped);
  json["reflection"] = {
      {"result", reflection.result},           {"observations", reflection.observations},
      {"comparison", reflection.comparison},   {"success_factors", reflection.success_factors},
      {"bottlenecks", reflection.bottlenecks}, {"lessons", reflection.lessons}};
  json["decision"] = experiment.decision ? Json(decision_name(*experiment.decision)) : Json(nullptr);
  json["stop_reason"] = text_or_null(experiment.stop_reason);
  json["for_whom"] = text_or_null(experiment.for_whom);
  json["shared"] = experiment.shared
                       ? Json{{"date", format_date(experiment.shared->date)}, {"by", experiment.shared->by}}
                       : Json(nullptr);
  json["notes"] = notes;
  return json;
}

Json record_json(const Blocker &blocker, const std::string &analysis, const fs::path &root) {
  Json json = meta_json(blocker.meta, root);
  json["rule"] = blocker.rule;
  json["kind"] = blocker_kind_name(blocker.kind);
  json["source"] = text_or_null(blocker.source);
  json["link"] = text_or_null(blocker.link);
  json["blocks"] = blocker.blocks;
  json["since"] = format_date(blocker.since);
  json["state"] = blocker_state_name(blocker.state());
  json["course"] = json_list(blocker.course, [](const CourseEntry &entry) {
    Json item{{"event", course_event_name(entry.event)}, {"date", format_date(entry.date)}, {"by", entry.by}};
    if (entry.event == CourseEvent::raised) {
      item["with"] = entry.with;
    } else {
      item["outcome"] = entry.outcome;
    }
    return item;
  });
  json["analysis"] = analysis;
  return json;
}

Json desk_json(const std::vector<DeskGroup> &groups, const fs::path &root) {
  return json_list(groups, [&](const DeskGroup &group) {
    return Json{{"repository", group.repository},
                {"workgroup", group.slug},
                {"name", group.name},
                {"organisation", text_or_null(group.organisation)},
                {"blockers", json_list(group.blockers, [&](const DeskBlocker &desk) {
                   Json json = record_json(desk.blocker, desk.analysis, root);
                   json["blocked_experiments"] = json_list(desk.blocks, [](const Experiment &experiment) {
                     return Json{{"id", experiment.meta.id},
                                 {"title", experiment.title},
                                 {"state", state_name(experiment.state())}};
                   });
                   return json;
                 })}};
  });
}

} // namespace alearn
