#pragma once
// Where the text of a record comes from: -m TEXT, -m - (standard input), words on the command
// line, or else the user's editor on a template of the record's sections.
#include "form.hpp"
#include "session.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

// Adds -m to a command; `text` receives its value (unset when -m was not given).
void add_message_option(CLI::App &command, std::optional<std::string> &text, Lang lang);

// The text of -m: as given, or standard input for "-". Standard input is read up to the size
// of a record file, and refused beyond it, as every reader would refuse the record.
Result<std::string> message_text(Session &session, const std::string &message);

// The text of a one-text record: -m, else the words, else the editor on `form` (one section).
Result<std::string> text_input(Session &session, const std::optional<std::string> &message,
                               const std::vector<std::string> &words, const Form &form);

// What a command that records one text takes: the text as words on the command line, with -m,
// or else in the editor; and the record's date.
struct TextOptions {
  std::vector<std::string> words;
  std::optional<std::string> message;
  std::string date;
};
// Binds the words (the positional argument `name`, described by `words_help`), --date and -m.
void add_text_options(CLI::App &cmd, TextOptions &text, Lang lang, const std::string &name,
                      StaticText words_help);
Result<std::string> text_input(Session &session, const TextOptions &text, const Form &form);

// The form of a record whose content is one text: a title and one section.
Form one_text_form(const Text &title, const Text &heading, const Text &hint, std::string value = {});

// Opens the editor on `form` (or on the text of --draft) and reads the sections back. What
// was written is kept in the session: should the command fail after all, keep_draft saves it.
Result<std::map<std::string, std::string>> edit_form(Session &session, const Form &form);

// $VISUAL, then $EDITOR, then the system's `editor`, then vi, on `initial`; the saved text.
// When the editor fails, a text that was changed is kept in the session all the same.
Result<std::string> run_editor(Session &session, const std::string &initial);

} // namespace alearn
