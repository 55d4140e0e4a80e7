// The man pages, written from the command table: alearn(1), which lists every command and the
// options every command has, and a page per command in git's manner (alearn-workgroup-member-add(1)).
// The pages are plain ASCII roff: any other character is written as groff's \[uXXXX], so that
// they read the same with and without preconv.
#include "commands.hpp"
#include "completion.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace alearn {

namespace {

// Words of the pages in one language.
struct ManWords {
  std::string_view name, synopsis, description, arguments, options, common, environment, exit_status,
      see_also, commands;
  std::string_view value, options_word, command_word, arguments_word;
  std::string_view values, required, repeatable, common_note, each_page, success, fails, usage;
};

constexpr ManWords english_man_words{
    "NAME",
    "SYNOPSIS",
    "DESCRIPTION",
    "ARGUMENTS",
    "OPTIONS",
    "OPTIONS OF EVERY COMMAND",
    "ENVIRONMENT",
    "EXIT STATUS",
    "SEE ALSO",
    "COMMANDS",
    "value",
    "options",
    "command",
    "arguments",
    "One of:",
    "Required.",
    "May be given more than once.",
    "The options every command has (--repo, --workgroup, --as, --lang, --draft) are "
    "described in",
    "Every command has its own page, named as git names its pages: alearn-log-add(1) "
    "for alearn log add. alearn COMMAND --help shows the same in short.",
    "Success.",
    "The repository fails a check (alearn check), or does not allow what was asked yet "
    "(a step whose criteria are not met, a record that exists already).",
    "A usage or input error: an unknown option, a value that cannot be read, no "
    "repository found, a file that cannot be written."};

constexpr ManWords dutch_man_words{
    "NAAM",
    "OVERZICHT",
    "BESCHRIJVING",
    "ARGUMENTEN",
    "OPTIES",
    "OPTIES VAN ELKE OPDRACHT",
    "OMGEVING",
    "AFSLUITSTATUS",
    "ZIE OOK",
    "OPDRACHTEN",
    "waarde",
    "opties",
    "opdracht",
    "argumenten",
    "Een van:",
    "Verplicht.",
    "Mag vaker gegeven worden.",
    "De opties die elke opdracht heeft (--repo, --workgroup, --as, --lang, --draft) staan in",
    "Elke opdracht heeft een eigen pagina, genoemd zoals git zijn pagina's noemt: "
    "alearn-log-add(1) voor alearn log add. alearn OPDRACHT --help toont hetzelfde in het kort.",
    "Gelukt.",
    "De repository doorstaat een controle niet (alearn check), of staat het gevraagde nog "
    "niet toe (een stap waarvan de criteria niet gehaald zijn, een record dat al bestaat).",
    "Een fout in de aanroep of de invoer: een onbekende optie, een waarde die niet te lezen "
    "is, geen repository gevonden, een bestand dat niet geschreven kan worden."};

const ManWords &man_words_in(Lang lang) { return lang == Lang::nl ? dutch_man_words : english_man_words; }

// One UTF-8 character from `text` at `i` (moved past it); U+FFFD for a malformed one.
char32_t man_next_code_point(std::string_view text, std::size_t &i) {
  const auto byte = static_cast<unsigned char>(text[i++]);
  int more = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
  char32_t code = more == 3 ? byte & 0x07U : more == 2 ? byte & 0x0FU : byte & 0x1FU;
  if (byte < 0x80) {
    return byte;
  }
  if (more == 0) {
    return 0xFFFD;
  }
  for (; more > 0; --more) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      return 0xFFFD;
    }
    code = (code << 6U) | (static_cast<unsigned char>(text[i++]) & 0x3FU);
  }
  return code;
}

// Text for a roff line: backslashes as \e, the dashes that begin a word (options) as \-, any
// character beyond ASCII as \[uXXXX], control characters as spaces, and a line that would begin
// with a control character of roff ('.' or ') protected by \&.
std::string roff(std::string_view text) {
  std::string out;
  bool word_start = true;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = man_next_code_point(text, i);
    if (c == '-' && word_start) {
      out += "\\-";
      continue; // "--name": every dash of the run is a minus
    }
    word_start = c == ' ' || c == '(' || c == '[' || c == '\'' || c == '"' || c == '/';
    if (c == '\\') {
      out += "\\e";
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      out += ' ';
      word_start = true;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("\\[u{:04X}]", static_cast<std::uint32_t>(c));
    }
  }
  if (out.starts_with('.') || out.starts_with('\'')) {
    out.insert(0, "\\&");
  }
  return out;
}

// A page's name: every dash a minus, so that what is copied from the page is what `man` takes
// (groff shows a plain '-' as a typographic hyphen).
std::string roff_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    out += c == '-' ? std::string("\\-") : std::string(1, c);
  }
  return out;
}

std::string roff_bold(std::string_view text) { return "\\fB" + roff(text) + "\\fR"; }
std::string roff_italic(std::string_view text) { return "\\fI" + roff(text) + "\\fR"; }

std::string man_page_name(std::string_view path) {
  std::string name = "alearn";
  if (!path.empty()) {
    name += "-" + std::string(path);
    std::ranges::replace(name, ' ', '-');
  }
  return name;
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(),
                         [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
  return out;
}

std::string page_header(std::string_view name, Lang lang) {
  return fmt::format(".\\\" {}\n.TH {} 1 \"\" \"alearn {}\" \"alearn\"\n",
                     lang == Lang::nl
                         ? "Geschreven uit de opdrachtentabel van alearn (alearn_gen_docs); bewerk "
                           "de tabel, niet deze pagina."
                         : "Written from alearn's command table (alearn_gen_docs); edit the table, "
                           "not this page.",
                     roff_name(upper_ascii(name)), ALEARN_VERSION);
}

// The summary of a command, or of its group when the group runs it (alearn step).
std::string man_summary_of(const CommandSpec &spec, Lang lang) {
  StaticText summary = spec.summary;
  for (const CommandGroup &group : command_groups()) {
    if (summary.en.empty() && group.path == spec.path) {
      summary = group.summary;
    }
  }
  return help(lang, summary.nl, summary.en);
}

std::string man_option_tag(const OptionInfo &option, const ManWords &words) {
  std::string tag;
  for (const auto &name : option.names) {
    tag += (tag.empty() ? "" : ", ") + roff_bold(name);
  }
  return option.flag ? tag : tag + " " + roff_italic(words.value);
}

// The option's help, with its value set and whether it is required.
std::string man_option_body(const OptionInfo &option, const ManWords &words) {
  std::string body = roff(option.help);
  if (!option.values.empty()) {
    std::string values;
    for (const auto &value : option.values) {
      values += (values.empty() ? "" : ", ") + roff_bold(value);
    }
    body += "\n.br\n" + roff(words.values) + " " + values + ".";
  }
  if (option.required && !option.positional) {
    body += " " + roff(words.required);
  }
  if (option.repeatable) {
    body += " " + roff(words.repeatable);
  }
  return body;
}

std::string man_options_section(std::string_view title, const std::vector<OptionInfo> &options,
                                bool positional, const ManWords &words) {
  std::string text;
  for (const OptionInfo &option : options) {
    if (option.positional == positional) {
      text += ".TP\n" + (positional ? roff_italic(option.names.front()) : man_option_tag(option, words)) +
              "\n" + man_option_body(option, words) + "\n";
    }
  }
  return text.empty() ? text : fmt::format(".SH {}\n{}", roff(title), text);
}

std::string synopsis_section(std::string_view path, const std::vector<OptionInfo> &options,
                             const ManWords &words) {
  std::string line = roff_bold("alearn " + std::string(path)) + " [" + roff_italic(words.options_word) + "]";
  for (const OptionInfo &option : options) {
    if (option.required && !option.positional) {
      line += " " + roff_bold(option.names.back()) + (option.flag ? "" : " " + roff_italic(words.value));
    }
  }
  for (const OptionInfo &option : options) {
    if (option.positional) {
      const std::string name = roff_italic(option.names.front()) + (option.repeatable ? "..." : "");
      line += " " + (option.required ? name : "[" + name + "]");
    }
  }
  return fmt::format(".SH {}\n{}\n", roff(words.synopsis), line);
}

std::string exit_status_section(const ManWords &words) {
  return fmt::format(".SH {}\n.TP\n.B 0\n{}\n.TP\n.B 1\n{}\n.TP\n.B 2\n{}\n", roff(words.exit_status),
                     roff(words.success), roff(words.fails), roff(words.usage));
}

bool is_listed(const CommandInfo &command) { return command.spec->visibility == Visibility::listed; }

std::string man_command_page(const CommandInfo &command, const std::vector<CommandInfo> &all, Lang lang) {
  const ManWords &words = man_words_in(lang);
  const std::string_view path = command.spec->path;
  const std::string name = man_page_name(path);
  std::string page = page_header(name, lang);
  page += fmt::format(".SH {}\n{} \\- {}\n", roff(words.name), roff_name(name),
                      roff(man_summary_of(*command.spec, lang)));
  page += synopsis_section(path, command.options, words);
  page += fmt::format(".SH {}\n{}\n.PP\n{}\n.BR alearn (1).\n", roff(words.description),
                      roff(man_summary_of(*command.spec, lang)), roff(words.common_note));
  page += man_options_section(words.arguments, command.options, true, words);
  page += man_options_section(words.options, command.options, false, words);
  page += exit_status_section(words);
  // alearn(1), then the other commands of its group.
  const std::string_view parent = path.substr(0, std::min(path.size(), path.rfind(' ')));
  std::vector<std::string> see{"alearn"};
  for (const CommandInfo &other : all) {
    const std::string_view other_path = other.spec->path;
    const bool sibling =
        path.find(' ') != std::string_view::npos && other_path.starts_with(std::string(parent) + " ");
    if (is_listed(other) && other_path != path && sibling) {
      see.push_back(man_page_name(other_path));
    }
  }
  page += fmt::format(".SH {}\n", roff(words.see_also));
  for (std::size_t i = 0; i < see.size(); ++i) {
    page += fmt::format(".BR {} (1){}\n", roff_name(see[i]), i + 1 < see.size() ? "," : "");
  }
  return page;
}

std::string environment_section(Lang lang) {
  const std::pair<std::string_view, StaticText> variables[] = {
      {"ALEARN_REPO",
       {"De repository, als --repo niet gegeven is", "The repository, when --repo is not given"}},
      {"ALEARN_WORKGROUP",
       {"De werkgroep, als --workgroup niet gegeven is", "The workgroup, when --workgroup is not given"}},
      {"ALEARN_USER",
       {"Wie er schrijft, als --as niet gegeven is (anders git's user.name)",
        "Who is writing, when --as is not given (else git's user.name)"}},
      {"ALEARN_LANG",
       {"De taal, nl of en, als --lang niet gegeven is (anders die van de repository, dan LANG)",
        "The language, nl or en, when --lang is not given (else the repository's, then LANG)"}},
      {"VISUAL, EDITOR", {"De editor voor lange teksten", "The editor for longer texts"}},
      {"NO_COLOR", {"Zonder kleur, als deze gezet is", "No colour, when it is set"}},
  };
  std::string text = fmt::format(".SH {}\n", roff(man_words_in(lang).environment));
  for (const auto &[name, what] : variables) {
    text += fmt::format(".TP\n{}\n{}\n", roff_bold(name), roff(help(lang, what.nl, what.en)));
  }
  return text;
}

std::string man_main_page(const std::vector<CommandInfo> &all, Lang lang) {
  const ManWords &words = man_words_in(lang);
  std::string page = page_header("alearn", lang);
  page += fmt::format(".SH {}\nalearn \\- {}\n", roff(words.name),
                      roff(help(lang, "actieleren in zorg en welzijn, in een git-repository met platte tekst",
                                "action learning in care and welfare, in a git repository of plain text")));
  page += fmt::format(".SH {}\n{} [{}] {} [{}] [{}]\n", roff(words.synopsis), roff_bold("alearn"),
                      roff_italic(words.options_word), roff_italic(words.command_word),
                      roff_italic(words.options_word), roff_italic(words.arguments_word));
  page += fmt::format(
      ".SH {}\n{}\n.PP\n{}\n", roff(words.description),
      roff(help(
          lang,
          "alearn houdt het actieleren van werkgroepen in zorg en welzijn bij in een git-repository: de 15 "
          "stappen, de indicatoren en hun metingen, logboeken, verslagen, aannames, experimenten en wat "
          "ze opleverden, in Markdown- en YAML-bestanden die mensen ook zelf kunnen lezen en bewerken.",
          "alearn keeps the action learning of workgroups in care and welfare in a git repository: the 15 "
          "steps, the indicators and their measurements, logbooks, meeting reports, assumptions, "
          "experiments and what came of them, in Markdown and YAML files that people can read and edit "
          "themselves.")),
      roff(words.each_page));
  page += fmt::format(".SH {}\n", roff(words.commands));
  for (const CommandInfo &command : all) {
    if (is_listed(command)) {
      page += fmt::format(".TP\n{}\n{} ({}(1))\n", roff_bold("alearn " + std::string(command.spec->path)),
                          roff(man_summary_of(*command.spec, lang)),
                          roff_name(man_page_name(command.spec->path)));
    }
  }
  page += man_options_section(words.common, common_options(lang), false, words);
  page += environment_section(lang);
  page += exit_status_section(words);
  page += fmt::format(".SH {}\n.BR git (1)\n", roff(words.see_also));
  return page;
}

} // namespace

std::vector<ManPage> man_pages(Lang lang) {
  const auto commands = describe_commands(lang);
  std::vector<ManPage> pages{{"alearn.1", man_main_page(commands, lang)}};
  for (const CommandInfo &command : commands) {
    if (is_listed(command)) {
      pages.push_back({man_page_name(command.spec->path) + ".1", man_command_page(command, commands, lang)});
    }
  }
  return pages;
}

} // namespace alearn
