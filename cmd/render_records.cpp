#include "render_records.hpp"

#include "assumption.hpp"
#include "experiment.hpp"
#include "record_files.hpp"

namespace alearn {

namespace {

Json optional_date(const std::optional<Date> &date) {
  return date ? Json(format_date(*date)) : Json(nullptr);
}

} // namespace

Json meta_json(const Session &session, const RecordMeta &meta) {
  return Json{{"id", meta.id},
              {"date", format_date(meta.date)},
              {"author", meta.author},
              {"file", meta.file.lexically_relative(session.repository().root).generic_string()}};
}

Json record_json(const Session &session, const LogEntry &entry, const std::string &text) {
  Json json = meta_json(session, entry.meta);
  json["kind"] = log_kind_name(entry.kind);
  json["text"] = text;
  return json;
}

Json record_json(const Session &session, const Meeting &meeting, const std::string &discussed) {
  Json json = meta_json(session, meeting.meta);
  json["title"] = meeting.title;
  json["present"] = meeting.present;
  json["decisions"] = meeting.decisions;
  json["actions"] = json_list(meeting.actions, [](const MeetingAction &action) {
    return Json{{"what", action.what}, {"owner", action.owner}, {"due", optional_date(action.due)}};
  });
  json["visual"] = meeting.visual.empty() ? Json(nullptr) : Json(meeting.visual);
  json["discussed"] = discussed;
  return json;
}

Json record_json(const Session &session, const ExplorationItem &item, const std::string &text) {
  Json json = meta_json(session, item.meta);
  json["kind"] = explore_kind_name(item.kind);
  json["text"] = text;
  return json;
}

Json problem_statement_json(const Session &session, const ProblemStatement &statement) {
  Json json = meta_json(session, statement.meta);
  json["statement"] = statement.statement;
  return json;
}

Json record_json(const Session &session, const Assumption &assumption, const std::string &text) {
  Json json = meta_json(session, assumption.meta);
  json["about"] = about_name(assumption.about);
  json["text"] = text;
  const auto verdict = current_verdict(assumption);
  json["verdict"] = verdict ? Json(verdict_name(*verdict)) : Json(nullptr);
  json["challenges"] = json_list(assumption.challenges, [](const Challenge &challenge) {
    return Json{{"date", format_date(challenge.date)},
                {"by", challenge.by},
                {"how", challenge.how},
                {"verdict", verdict_name(challenge.verdict)},
                {"revision", challenge.revision.empty() ? Json(nullptr) : Json(challenge.revision)}};
  });
  return json;
}

Json record_json(const Session &session, const Feedback &feedback, const std::string &text) {
  Json json = meta_json(session, feedback.meta);
  json["from"] = feedback.from;
  json["text"] = text;
  return json;
}

Json record_json(const Session &session, const Resource &resource, const std::string &text) {
  Json json = meta_json(session, resource.meta);
  json["kind"] = resource_kind_name(resource.kind);
  json["link"] = resource.link.empty() ? Json(nullptr) : Json(resource.link);
  json["text"] = text;
  return json;
}

Json record_json(const Session &session, const Experiment &experiment, const std::string &notes) {
  Json json = meta_json(session, experiment.meta);
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
  json["follows"] = experiment.follows.empty() ? Json(nullptr) : Json(experiment.follows);
  json["started"] = optional_date(experiment.started);
  json["finished"] = optional_date(experiment.finished);
  json["stopped"] = optional_date(experiment.stopped);
  json["reflection"] = {
      {"result", reflection.result},           {"observations", reflection.observations},
      {"comparison", reflection.comparison},   {"success_factors", reflection.success_factors},
      {"bottlenecks", reflection.bottlenecks}, {"lessons", reflection.lessons}};
  json["decision"] = experiment.decision ? Json(decision_name(*experiment.decision)) : Json(nullptr);
  json["stop_reason"] = experiment.stop_reason.empty() ? Json(nullptr) : Json(experiment.stop_reason);
  json["notes"] = notes;
  return json;
}

std::string describe(const LogEntry &entry) {
  return fmt::format("{}  {}  ({})", format_date(entry.meta.date), entry.meta.author,
                     log_kind_name(entry.kind));
}
std::string describe(const Meeting &meeting) {
  return fmt::format("{}  {}", format_date(meeting.meta.date), meeting.title);
}
std::string describe(const ExplorationItem &item) {
  return fmt::format("{}  {}  ({})", format_date(item.meta.date), item.meta.author,
                     explore_kind_name(item.kind));
}
std::string describe(const Assumption &assumption) {
  return fmt::format("{}  {}  ({})", format_date(assumption.meta.date), assumption.meta.author,
                     about_name(assumption.about));
}
std::string describe(const Feedback &feedback) {
  return fmt::format("{}  {}  ({})", format_date(feedback.meta.date), feedback.meta.author, feedback.from);
}
std::string describe(const Resource &resource) {
  return fmt::format("{}  {}  ({})", format_date(resource.meta.date), resource.meta.author,
                     resource_kind_name(resource.kind));
}
std::string describe(const Experiment &experiment) {
  return fmt::format("{}  ({}, {})", experiment.title, experiment.owner, state_name(experiment.state()));
}

std::string describe(const ProblemStatement &statement) {
  return fmt::format("{}  {}", format_date(statement.meta.date), statement.meta.author);
}

std::string first_line(std::string_view text, std::size_t width) {
  std::string_view line = text.substr(0, text.find('\n'));
  if (line.ends_with('\r')) {
    line.remove_suffix(1);
  }
  std::size_t characters = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U && ++characters > width) {
      return std::string(line.substr(0, i)) + "…";
    }
  }
  const bool more = line.size() < text.size() &&
                    text.substr(line.size()).find_first_not_of("\r\n ") != std::string_view::npos;
  return std::string(line) + (more ? " …" : "");
}

std::string record_line(const Session &session, const RecordMeta &meta) {
  return fmt::format("{}  {}  {}", session.paint(Style::cyan, meta.id), format_date(meta.date), meta.author);
}

void print_text_record(Session &session, const RecordMeta &meta, const Text &label, std::string_view body) {
  session.io.out << record_line(session, meta) << "  (" << session.t(label) << ")\n\n"
                 << wrap(body, 78, "  ");
}

void print_block(Session &session, const Text &label, std::string_view text) {
  if (text.empty()) {
    return;
  }
  session.io.out << session.paint(Style::bold, session.t(label)) << ":\n" << wrap(text, 78, "  ");
}

} // namespace alearn
