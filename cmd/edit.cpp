// alearn edit ID: opens a record in $VISUAL/$EDITOR; what is saved must read as that record, or
// the editor opens again with the problem on top. Nothing typed is lost.
#include "commands.hpp"
#include "files.hpp"
#include "record_index.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct EditOptions {
  std::string id;
};

// alearn's own note at the top of the text: a YAML comment, removed before the text is read.
constexpr std::string_view note_mark = "# alearn: ";
constexpr int max_rounds = 5;

std::string without_notes(const std::string &text) {
  std::string kept;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line(text.data() + at, end - at);
    if (!line.starts_with(note_mark)) {
      kept.append(text, at, end + 1 - at);
    }
    at = end + 1;
  }
  return kept;
}

// The problem as comment lines where the front matter (or the YAML file) starts.
std::string with_note(const std::string &text, const std::string &problem, const Session &session) {
  std::string note;
  for (std::size_t at = 0; at < problem.size();) {
    const std::size_t end = std::min(problem.find('\n', at), problem.size());
    note += std::string(note_mark) + problem.substr(at, end - at) + "\n";
    at = end + 1;
  }
  note += std::string(note_mark) +
          session.t(Text{"(verbeter het en sla op; sla ongewijzigd op om te stoppen)",
                         "(fix it and save; save it unchanged to stop)"}) +
          "\n";
  const std::size_t after_marker = text.starts_with("---\n") ? 4 : 0;
  return text.substr(0, after_marker) + note + text.substr(after_marker);
}

Status run_edit(Session &session, const EditOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto record = find_any_record(**group, options.id);
  TRY(record);
  auto original = read_text_file(record->file);
  TRY(original);
  std::string shown = *original;
  if (!session.global.draft.empty()) {
    auto draft = read_text_file(session.io.context.cwd / session.global.draft);
    TRY(draft);
    shown = std::move(*draft);
  }
  for (int round = 0; round < max_rounds; ++round) {
    auto saved = run_editor(session, shown);
    TRY(saved);
    const std::string text = without_notes(*saved);
    if (text == *original) {
      session.io.out << session.t(tr("{} is niet veranderd\n", "{} did not change\n", record->id));
      return {};
    }
    session.draft = text;
    auto checked = check_record_text(**group, *record, text);
    if (checked) {
      TRY(replace_record(**group, *record, text));
      session.draft.reset();
      session.report_saved(tr("{} bewaard\n", "{} saved\n",
                              record->file.lexically_relative(session.repository_root).generic_string()));
      return {};
    }
    if (*saved == shown) {
      return std::unexpected(checked.error()); // saved unchanged: the user stops; the draft is kept
    }
    shown = with_note(text, session.t(checked.error().message), session);
  }
  return fail(ErrorKind::usage,
              tr("na {} keer is het record nog niet in orde; er is niets geschreven",
                 "after {} rounds the record is still not right; nothing was written", max_rounds));
}

} // namespace

Command bind_edit(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<EditOptions>();
  cmd->add_option("id", options->id,
                  help(lang, "De id van het record, een uniek begin ervan, of het begin van de titel",
                       "The record's id, a unique start of it, or the start of its title"))
      ->required();
  return command_for(options, run_edit);
}

} // namespace alearn
