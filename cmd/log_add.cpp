// alearn log add [TEXT...] [--kind action|discovery|reflection] [--date D] [-m TEXT|-]
#include "choices.hpp"
#include "commands.hpp"
#include "logbook.hpp"
#include "record_files.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct LogAddOptions {
  TextOptions text;
  std::string kind = "action";
};

Form log_form(const Member &author, LogKind kind) {
  const Text label = log_kind_label(kind);
  return one_text_form(Text{fmt::format("Logboek van {}: {}", author.name, label.nl),
                            fmt::format("Logbook of {}: {}", author.name, label.en)},
                       Text{"Logboek", "Logbook"},
                       Text{"Wat deed je, wat viel je op, wat ontdekte je? Kort mag.",
                            "What did you do, what struck you, what did you discover? Short is fine."});
}

Status run_log_add(Session &session, const LogAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  const LogKind kind = parse_log_kind(options.kind).value_or(LogKind::action);
  auto text = text_input(session, options.text, log_form(*writing->author, kind));
  TRY(text);
  auto entry = add_log_entry(group, NewLogEntry{writing->author->name, writing->date, kind, *text},
                             session.io.context);
  TRY(entry);
  session.report_saved(tr("Logboekregel {} van {} toegevoegd ({}, {})\n",
                          "Logbook entry {} by {} added ({}, {})\n", entry->meta.id, entry->meta.author,
                          session.t(log_kind_label(kind)), format_date(entry->meta.date)));
  return {};
}

} // namespace

Command bind_log_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<LogAddOptions>();
  cmd->add_option("--kind", options->kind,
                  help(lang, "action (actie), discovery (ontdekking) of reflection (reflectie)",
                       "action, discovery or reflection"))
      ->transform(one_of(choices::log_kinds, lang));
  add_text_options(*cmd, options->text, lang, "text",
                   {"De tekst (of -m, of de editor)", "The text (or -m, or the editor)"});
  return command_for(options, run_log_add);
}

} // namespace alearn
