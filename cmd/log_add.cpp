// alearn log add [TEXT...] [--kind action|discovery|reflection] [--date D] [-m TEXT|-]
#include "choices.hpp"
#include "commands.hpp"
#include "logbook.hpp"
#include "record_files.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct LogAddOptions {
  std::vector<std::string> words;
  std::string kind = "action";
  std::string date;
  std::optional<std::string> message;
};

Form log_form(const Member &author, LogKind kind) {
  const Text label = log_kind_label(kind);
  return Form{Text{fmt::format("Logboek van {}: {}", author.name, label.nl),
                   fmt::format("Logbook of {}: {}", author.name, label.en)},
              {{"text",
                Text{"Logboek", "Logbook"},
                Text{"Wat deed je, wat viel je op, wat ontdekte je? Kort mag.",
                     "What did you do, what struck you, what did you discover? Short is fine."},
                false,
                {}}}};
}

Status run_log_add(Session &session, const LogAddOptions &options) {
  auto group = session.workgroup();
  if (!group) {
    return std::unexpected(group.error());
  }
  auto author = session.writer(**group);
  auto date = record_date(options.date, session.io.context);
  if (!author || !date) {
    return std::unexpected(!author ? author.error() : date.error());
  }
  const LogKind kind = parse_log_kind(options.kind).value_or(LogKind::action);
  auto text = text_input(session, options.message, options.words, log_form(**author, kind));
  if (!text) {
    return std::unexpected(text.error());
  }
  auto entry = add_log_entry(**group, NewLogEntry{(*author)->name, *date, kind, *text}, session.io.context);
  if (!entry) {
    return std::unexpected(entry.error());
  }
  session.io.out << session.t(
      tr("Logboekregel {} van {} toegevoegd ({}, {})\n", "Logbook entry {} by {} added ({}, {})\n",
         entry->meta.id, entry->meta.author, session.t(log_kind_label(kind)), format_date(entry->meta.date)));
  return {};
}

} // namespace

void setup_log_add(CLI::App &log, Registry &registry, Lang lang) {
  auto options = std::make_shared<LogAddOptions>();
  CLI::App *cmd = log.add_subcommand(
      "add", help(lang, "Schrijf in je eigen logboek (stap 6)", "Write in your own logbook (step 6)"));
  cmd->add_option("text", options->words,
                  help(lang, "De tekst (of -m, of de editor)", "The text (or -m, or the editor)"));
  cmd->add_option("--kind", options->kind,
                  help(lang, "action (actie), discovery (ontdekking) of reflection (reflectie)",
                       "action, discovery or reflection"))
      ->transform(one_of(choices::log_kinds, lang));
  cmd->add_option(
      "--date", options->date,
      help(lang, "De datum, JJJJ-MM-DD (standaard vandaag)", "The date, YYYY-MM-DD (default today)"));
  add_message_option(*cmd, options->message, lang);
  cmd->fallthrough();
  registry[cmd] =
      Command{Needs::repository, [options](Session &session) { return run_log_add(session, *options); }};
}

} // namespace alearn
