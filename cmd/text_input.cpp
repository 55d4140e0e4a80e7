#include "text_input.hpp"

#include "files.hpp"
#include "spell.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace alearn {
namespace fs = std::filesystem;

void add_message_option(CLI::App &command, std::optional<std::string> &text, Lang lang) {
  command.add_option("-m,--message", text,
                     help(lang, "De tekst; '-' leest hem van standaardinvoer. Zonder -m opent de editor.",
                          "The text; '-' reads it from standard input. Without -m the editor opens."));
}

namespace {

std::string join(const std::vector<std::string> &words) {
  std::string text;
  for (const auto &word : words) {
    text += (text.empty() ? "" : " ") + word;
  }
  return text;
}

// The editor the user chose, or the system's default when there is a terminal to run it in
// (as git does: a chosen editor may be a script, the default needs a person).
Result<std::string> editor_command(const Session &session) {
  for (const char *name : {"VISUAL", "EDITOR"}) {
    if (std::string value = session.env(name); !value.empty()) {
      return value;
    }
  }
  if (!session.io.interactive) {
    return fail(ErrorKind::usage,
                tr("er is geen terminal om een editor in te openen; geef de tekst met -m, of met -m - "
                   "van standaardinvoer",
                   "there is no terminal to open an editor in; give the text with -m, or with -m - "
                   "from standard input"));
  }
  std::error_code ec;
  return fs::exists("/usr/bin/editor", ec) ? std::string("editor") : std::string("vi");
}

// A temporary file for the editor, removed on every path out.
class EditFile {
public:
  EditFile() {
    std::string pattern = (fs::temp_directory_path() / "alearn-XXXXXX.md").string();
    const int fd = ::mkstemps(pattern.data(), 3);
    if (fd >= 0) {
      ::close(fd);
      path_ = pattern;
    }
  }
  ~EditFile() {
    std::error_code ec;
    fs::remove(path_, ec);
  }
  EditFile(const EditFile &) = delete;
  EditFile &operator=(const EditFile &) = delete;
  const fs::path &path() const { return path_; }

private:
  fs::path path_;
};

} // namespace

Result<std::string> run_editor(Session &session, const std::string &initial) {
  auto chosen = editor_command(session);
  TRY(chosen);
  const std::string &editor = *chosen;
  const EditFile file;
  if (file.path().empty()) {
    return fail(ErrorKind::io, tr("kan geen tijdelijk bestand maken voor de editor",
                                  "cannot make a temporary file for the editor"));
  }
  TRY(write_file_atomic(file.path().parent_path(), file.path(), initial));
  session.io.out.flush();
  // The editor command may hold arguments ("code --wait"), so the shell reads it.
  const int status = std::system((editor + " " + shell_quoted(file.path().string())).c_str());
  if (status != 0) {
    if (auto typed = read_text_file(file.path()); typed && *typed != initial) {
      session.draft = std::move(*typed);
    }
    return fail(ErrorKind::usage,
                tr("de editor ({}) stopte met een fout; er is niets geschreven. Zet EDITOR, of "
                   "geef de tekst met -m",
                   "the editor ({}) ended with an error; nothing was written. Set EDITOR, or give "
                   "the text with -m",
                   editor));
  }
  return read_text_file(file.path());
}

Result<std::map<std::string, std::string>> edit_form(Session &session, const Form &form) {
  const std::string blank = render_form(form, session.lang);
  std::string initial = blank;
  if (!session.global.draft.empty()) {
    auto draft = read_text_file(session.io.context.cwd / session.global.draft);
    TRY(draft);
    initial = std::move(*draft);
  }
  auto edited = run_editor(session, initial);
  TRY(edited);
  auto values = read_form(form, *edited, blank);
  if (values) {
    session.draft = std::move(*edited); // an empty or unchanged form is a cancel: nothing to keep
  }
  return values;
}

Result<std::string> message_text(Session &session, const std::string &message) {
  if (message != "-") {
    return message;
  }
  std::string text;
  std::array<char, 65536> buffer{};
  while (text.size() <= max_record_size) {
    session.io.in.read(buffer.data(), buffer.size());
    const auto got = static_cast<std::size_t>(session.io.in.gcount());
    text.append(buffer.data(), std::min(got, max_record_size + 1 - text.size()));
    if (got < buffer.size()) {
      break;
    }
  }
  if (text.size() > max_record_size) {
    return fail(
        ErrorKind::usage,
        tr("de tekst op standaardinvoer is te lang: een bestand van alearn is hooguit {} bytes (4 MiB); "
           "er is niets geschreven",
           "the text on standard input is too long: a file of alearn holds at most {} bytes (4 MiB); "
           "nothing was written",
           max_record_size));
  }
  return text;
}

namespace {

// Writes `text` to a new file in the temporary folder that only the user can read; its path.
Result<std::string> save_draft(const std::string &text) {
  std::string path = (fs::temp_directory_path() / "alearn-draft-XXXXXX.md").string();
  const int fd = ::mkstemps(path.data(), 3);
  if (fd < 0) {
    return fail(ErrorKind::io, Text{std::strerror(errno), std::strerror(errno)});
  }
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto written = ::write(fd, rest.data(), rest.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written < 0) {
      const int error = errno;
      ::close(fd);
      ::unlink(path.c_str());
      return fail(ErrorKind::io, Text{std::strerror(error), std::strerror(error)});
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
  }
  ::close(fd);
  return path;
}

} // namespace

Status keep_draft(Session &session, Status status) {
  if (status || !session.draft) {
    return status;
  }
  auto saved = save_draft(*session.draft);
  session.draft.reset();
  const Text kept =
      saved
          ? tr("\nWat je schreef is bewaard in {0}\nGa ermee verder: geef dezelfde opdracht met --draft {0}",
               "\nWhat you wrote is kept in {0}\nTo go on with it, give the same command with --draft {0}",
               *saved)
          : tr("\n(wat je schreef kon niet worden bewaard: {})", "\n(what you wrote could not be kept: {})",
               saved.error().message.en);
  status.error().message.nl += kept.nl;
  status.error().message.en += kept.en;
  return status;
}

Result<std::string> text_input(Session &session, const std::optional<std::string> &message,
                               const std::vector<std::string> &words, const Form &form) {
  if (message && !words.empty()) {
    return fail(ErrorKind::usage,
                tr("de tekst is twee keer gegeven; geef hem één keer: als woorden of met -m",
                   "the text was given twice; give it once: as words or with -m"));
  }
  if (message) {
    return message_text(session, *message);
  }
  if (!words.empty()) {
    return join(words);
  }
  auto values = edit_form(session, form);
  TRY(values);
  return (*values)[form.sections.front().key];
}

void add_text_options(CLI::App &cmd, TextOptions &text, Lang lang, const std::string &name,
                      StaticText words_help) {
  cmd.add_option(name, text.words, help(lang, words_help.nl, words_help.en));
  add_date_option(cmd, text.date, lang);
  add_message_option(cmd, text.message, lang);
}

Result<std::string> text_input(Session &session, const TextOptions &text, const Form &form) {
  return text_input(session, text.message, text.words, form);
}

Form one_text_form(const Text &title, const Text &heading, const Text &hint, std::string value) {
  return Form{title, {{"text", heading, hint, false, std::move(value)}}};
}

} // namespace alearn
