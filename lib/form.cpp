#include "form.hpp"

#include "ids.hpp"

namespace alearn {

namespace {

std::string_view trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) {
    return {};
  }
  const auto end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

std::string without_comments(std::string_view text) {
  std::string kept;
  while (true) {
    const auto open = text.find("<!--");
    if (open == std::string_view::npos) {
      kept += text;
      return kept;
    }
    kept += text.substr(0, open);
    const auto close = text.find("-->", open + 4);
    if (close == std::string_view::npos) {
      return kept; // an unclosed comment runs to the end
    }
    text.remove_prefix(close + 3);
  }
}

// The section a "## heading" line opens, if it names one in either language.
const FormSection *section_of(const Form &form, std::string_view line) {
  if (!line.starts_with("## ")) {
    return nullptr;
  }
  const std::string heading = fold_for_matching(trim(line.substr(3)));
  for (const auto &section : form.sections) {
    if (heading == fold_for_matching(section.heading.nl) ||
        heading == fold_for_matching(section.heading.en)) {
      return &section;
    }
  }
  return nullptr;
}

} // namespace

std::string render_form(const Form &form, Lang lang) {
  std::string text = "# " + form.title.in(lang) + "\n";
  text += lang == Lang::nl
              ? "<!-- Schrijf onder de kopjes. Commentaar zoals dit telt niet mee. Sla een leeg of "
                "onveranderd bestand op om af te breken. -->\n"
              : "<!-- Write under the headings. Comments like this one do not count. Save an empty or "
                "unchanged file to cancel. -->\n";
  for (const auto &section : form.sections) {
    text += "\n## " + section.heading.in(lang) + "\n<!-- " + section.hint.in(lang) + " -->\n";
    if (section.list) {
      for (const auto &item : form_items(section.value)) {
        text += "- " + item + "\n";
      }
    } else if (!section.value.empty()) {
      text += section.value + "\n";
    }
  }
  return text;
}

Result<std::map<std::string, std::string>> read_form(const Form &form, std::string_view edited,
                                                     std::string_view original) {
  if (edited == original) {
    return fail(ErrorKind::usage, tr("de tekst is niet veranderd; er is niets geschreven",
                                     "the text was not changed; nothing was written"));
  }
  std::map<std::string, std::string> values;
  const FormSection *current = form.sections.size() == 1 ? &form.sections.front() : nullptr;
  const std::string text = without_comments(edited);
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    if (const FormSection *section = section_of(form, line)) {
      current = section;
    } else if (current != nullptr && !(line.starts_with("# ") && values[current->key].empty())) {
      values[current->key] += std::string(line) + "\n";
    }
  }
  bool anything = false;
  for (auto &[key, value] : values) {
    value = std::string(trim(value));
    anything = anything || !value.empty();
  }
  if (!anything) {
    return fail(ErrorKind::usage,
                tr("de tekst is leeg; er is niets geschreven", "the text is empty; nothing was written"));
  }
  return values;
}

std::vector<std::string> form_items(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    const auto eol = text.find('\n');
    std::string_view line = trim(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    if (line.starts_with("- ") || line.starts_with("* ")) {
      line = trim(line.substr(2));
    }
    if (!line.empty()) {
      items.emplace_back(line);
    }
  }
  return items;
}

} // namespace alearn
