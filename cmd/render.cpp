#include "render.hpp"

#include "spell.hpp"
#include "utf8.hpp"

namespace alearn {

namespace {

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
    const std::size_t word_width = utf8_length(word);
    if (line_started && column + 1 + word_width > width) {
      out += "\n";
      line_started = false;
    }
    if (!line_started) {
      out += indent;
      column = utf8_length(indent);
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

Json flags_json(const Session &session, const Workgroup &group) {
  return json_list(workgroup_flags(group), [&](const Text &flag) { return session.t(flag); });
}

void print_note(Session &session, const Text &note) {
  session.io.out << session.paint(Style::yellow, session.t(tr("Let op", "Note"))) << ": " << session.t(note)
                 << "\n";
}

void print_flags(Session &session, const Workgroup &group) {
  for (const auto &flag : workgroup_flags(group)) {
    print_note(session, flag);
  }
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
