// alearn delete ID [--yes]: removes a record added by mistake, after saying what refers to it.
#include "commands.hpp"
#include "record_index.hpp"

#include <istream>

namespace alearn {

namespace {

struct DeleteOptions {
  std::string id;
  bool yes = false;
};

std::string shown(const Session &session, const RecordRef &record) {
  return fmt::format("{} {}  {}", session.t(record.kind), record.id, record.summary);
}

// Asks on the terminal; anything but y/j/yes/ja is no.
bool confirmed(Session &session, const RecordRef &record) {
  session.io.out << session.t(tr("{} weggooien? [j/N] ", "Delete {}? [y/N] ", shown(session, record)));
  session.io.out.flush();
  std::string answer;
  std::getline(session.io.in, answer);
  const std::string folded = fold_for_matching(answer);
  return folded == "y" || folded == "yes" || folded == "j" || folded == "ja";
}

Status run_delete(Session &session, const DeleteOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto record = find_any_record(**group, options.id);
  TRY(record);
  const auto referring = records_referring_to(**group, *record);
  if (!referring.empty()) {
    session.io.out << session.t(tr("Deze records noemen {}; na het weggooien verwijzen ze naar niets:\n",
                                   "These records name {}; once it is gone they refer to nothing:\n",
                                   record->id));
    for (const auto &ref : referring) {
      session.io.out << "  " << shown(session, ref) << "  ("
                     << ref.file.lexically_relative(session.repository_root).generic_string() << ")\n";
    }
  }
  if (!options.yes) {
    if (!session.io.interactive) {
      return fail(ErrorKind::usage,
                  tr("weggooien vraagt bevestiging: geef --yes als er geen terminal is",
                     "deleting asks for confirmation: give --yes when there is no terminal"));
    }
    if (!confirmed(session, *record)) {
      session.io.out << session.t(Text{"Niets weggegooid.\n", "Nothing deleted.\n"});
      return {};
    }
  }
  TRY(delete_record(**group, *record));
  session.report_saved(tr("{} weggegooid ({}); was het vastgelegd, dan haalt git het terug\n",
                          "{} deleted ({}); if it was committed, git can bring it back\n",
                          shown(session, *record),
                          record->file.lexically_relative(session.repository_root).generic_string()));
  return {};
}

} // namespace

Command bind_delete(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<DeleteOptions>();
  cmd->add_option("id", options->id,
                  help(lang, "De id van het record, een uniek begin ervan, of het begin van de titel",
                       "The record's id, a unique start of it, or the start of its title"))
      ->required();
  cmd->add_flag("-y,--yes", options->yes, help(lang, "Niet vragen", "Do not ask"));
  return command_for(options, run_delete);
}

} // namespace alearn
