#include "render.hpp"

#include "spell.hpp"

#include <cmath>

namespace alearn {

namespace {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) {
      ++width;
    }
  }
  return width;
}

void wrap_paragraph(std::string_view paragraph, std::size_t width, std::string_view indent,
                    std::string &out) {
  std::size_t column = 0;
  bool line_started = false;
  while (!paragraph.empty()) {
    const auto start = paragraph.find_first_not_of(' ');
    if (start == std::string_view::npos) {
      break;
    }
    paragraph.remove_prefix(start);
    const auto end = paragraph.find(' ');
    const std::string_view word = paragraph.substr(0, end);
    paragraph.remove_prefix(word.size());
    const std::size_t word_width = display_width(word);
    if (line_started && column + 1 + word_width > width) {
      out += "\n";
      line_started = false;
    }
    if (!line_started) {
      out += indent;
      column = display_width(indent);
      line_started = true;
    } else {
      out += ' ';
      ++column;
    }
    out += word;
    column += word_width;
  }
  out += "\n";
}

} // namespace

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  while (!text.empty()) {
    const auto eol = text.find('\n');
    wrap_paragraph(text.substr(0, eol), width, indent, out);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
  }
  return out;
}

std::string wrap_item(std::string_view text, std::size_t width, std::string_view indent) {
  const std::string hanging = std::string(indent) + "  ";
  std::string wrapped = wrap(text, width, hanging);
  if (wrapped.starts_with(hanging)) {
    wrapped.replace(indent.size(), 2, "- ");
  }
  return wrapped;
}

namespace {

Json optional_date(const std::optional<Date> &date) {
  return date ? Json(format_date(*date)) : Json(nullptr);
}

} // namespace

Json workgroup_json(const Workgroup &group) {
  const Json members = json_list(group.members, [](const Member &member) {
    return Json{{"name", member.name}, {"organisation", member.organisation}, {"role", member.role}};
  });
  const Json former = json_list(group.former_members, [](const Member &member) {
    return Json{{"name", member.name},
                {"organisation", member.organisation},
                {"role", member.role},
                {"left", optional_date(member.left)}};
  });
  return Json{{"slug", group.slug},
              {"name", group.name},
              {"organisation", group.organisation},
              {"members", members},
              {"former_members", former},
              {"problem", group.problem},
              {"design",
               {{"goal", group.design.goal},
                {"means", group.design.means},
                {"preconditions", group.design.preconditions},
                {"approach", group.design.approach}}},
              {"agreements", group.agreements},
              {"start", optional_date(group.start)},
              {"end", optional_date(group.end)},
              {"themes", group.themes}};
}

Json flags_json(const Session &session, const Workgroup &group) {
  return json_list(workgroup_flags(group), [&](const Text &flag) { return session.t(flag); });
}

void print_flags(Session &session, const Workgroup &group) {
  for (const auto &flag : workgroup_flags(group)) {
    session.io.out << session.paint(Style::yellow, session.t(tr("Let op", "Note"))) << ": " << session.t(flag)
                   << "\n";
  }
}

Json number_json(double value) {
  if (value == std::floor(value) && std::abs(value) < 1e15) {
    return Json(static_cast<long long>(value));
  }
  return Json(value);
}

Json value_json(const Indicator &indicator, double value) {
  return indicator.type == IndicatorType::yes_no ? Json(format_value(indicator, value)) : number_json(value);
}

Json indicator_json(const Indicator &indicator) {
  const auto value = [&](const std::optional<double> &number) -> Json {
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

Json requirement_json(const Session &session, const Requirement &requirement) {
  return Json{{"description", session.t(requirement.description)},
              {"met", requirement.met},
              {"commands", what_to_do(session, requirement)}};
}

Json requirements_json(const Session &session, const StepCriteria &criteria) {
  return json_list(criteria.requirements,
                   [&](const Requirement &requirement) { return requirement_json(session, requirement); });
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

std::string_view status_text(Lang lang, StepStatus status) {
  const bool nl = lang == Lang::nl;
  switch (status) {
  case StepStatus::done:
    return nl ? "klaar" : "done";
  case StepStatus::current:
    return nl ? "nu" : "current";
  case StepStatus::todo:
    break;
  }
  return nl ? "te doen" : "to do";
}

std::string status_label(const Session &session, StepStatus status, std::size_t width) {
  const std::string_view text = status_text(session.lang, status);
  const Style style = status == StepStatus::done      ? Style::green
                      : status == StepStatus::current ? Style::yellow
                                                      : Style::dim;
  // Padded by the visible text, so that colour codes do not shift the columns.
  const std::string padding(width > text.size() ? width - text.size() : 0, ' ');
  return session.paint(style, text) + padding;
}

std::string phase_label(const Session &session, Phase phase) {
  return std::string(session.t(phase_name(phase)));
}

Status print_json(Session &session, const Json &json) {
  // A file name that is not UTF-8 must not stop the output: its bytes become U+FFFD.
  session.io.out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  return {};
}

} // namespace alearn
