// alearn meeting new --title T [--date D] [--present NAME]... [--guest NAME]... [--decision TEXT]...
//                    [--action "WHAT @OWNER [due DATE]"]... [--visual FILE] [-m TEXT|-]
#include "commands.hpp"
#include "meeting.hpp"
#include "record_files.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct MeetingNewOptions {
  std::string title;
  std::string date;
  std::vector<std::string> present;
  std::vector<std::string> guests;
  std::vector<std::string> decisions;
  std::vector<std::string> actions;
  std::string visual;
  std::optional<std::string> message;
};

std::string lines(const std::vector<std::string> &items) {
  std::string text;
  for (const auto &item : items) {
    text += item + "\n";
  }
  return text;
}

Form meeting_form(const MeetingNewOptions &options) {
  return Form{
      tr("Verslag: {}", "Report: {}", options.title),
      {{"discussed",
        Text{"Besproken", "Discussed"},
        Text{"Wat is er besproken?", "What was discussed?"},
        false,
        {}},
       {"decisions", Text{"Besluiten", "Decisions"},
        Text{"Eén besluit per regel, met '- ' ervoor.", "One decision per line, starting with '- '."}, true,
        lines(options.decisions)},
       {"actions", Text{"Acties", "Actions"},
        Text{"Eén actie per regel met de eigenaar erachter, en als je wilt de dag dat ze af moet zijn: "
             "'- Vragenlijst aanpassen @Anouk Peters uiterlijk 2026-12-01'.",
             "One action per line with its owner after it, and if you like the day it is due: "
             "'- Adjust the questionnaire @Anouk Peters due 2026-12-01'."},
        true, lines(options.actions)}}};
}

// The discussion from -m, or the whole report from the editor.
Status fill_in_meeting(Session &session, NewMeeting &meeting, const MeetingNewOptions &options) {
  if (options.message) {
    auto text = message_text(session, *options.message);
    TRY(text);
    meeting.discussed = std::move(*text);
    return {};
  }
  auto values = edit_form(session, meeting_form(options));
  TRY(values);
  meeting.discussed = (*values)["discussed"];
  meeting.decisions = form_items((*values)["decisions"]);
  meeting.actions = form_items((*values)["actions"]);
  return {};
}

Status run_meeting_new(Session &session, const MeetingNewOptions &options) {
  auto writing = session.start_writing(options.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  NewMeeting meeting{writing->author->name,
                     writing->date,
                     options.title,
                     options.present,
                     options.guests,
                     options.decisions,
                     options.actions,
                     options.visual.empty() ? std::filesystem::path{}
                                            : session.io.context.cwd / options.visual,
                     {}};
  // A name mistyped is found before the editor opens, not after the report was written in it.
  TRY(present_names(group, meeting.present, meeting.guests));
  if (auto ok = fill_in_meeting(session, meeting, options); !ok) {
    return ok;
  }
  auto created = add_meeting(session.repository().root, group, meeting, session.io.context);
  TRY(created);
  session.report_saved(tr("Verslag {} toegevoegd: {} ({})\n", "Report {} added: {} ({})\n", created->meta.id,
                          created->title, format_date(created->meta.date)));
  std::string guests;
  for (const auto &name : created->present) {
    if (find_member(group, name) == nullptr) {
      guests += (guests.empty() ? "" : ", ") + name;
    }
  }
  if (!guests.empty()) {
    session.io.out << session.t(
        tr("Geen lid, als gast genoteerd: {}\n", "Not members, recorded as guests: {}\n", guests));
  }
  return {};
}

} // namespace

Command bind_meeting_new(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<MeetingNewOptions>();
  cmd->add_option("--title", options->title, help(lang, "De titel", "The title"))->required();
  add_date_option(*cmd, options->date, lang);
  cmd->add_option("--present", options->present,
                  help(lang, "Wie er was (mag vaker; 'all' voor alle leden)",
                       "Who was there (repeatable; 'all' for every member)"))
      ->allow_extra_args(false);
  cmd->add_option("--guest", options->guests,
                  help(lang, "Een gast, zoals gegeven, ook als de naam op die van een lid lijkt (mag vaker)",
                       "A guest, as given, even when the name looks like a member's (repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--decision", options->decisions,
                  help(lang, "Een besluit (mag vaker)", "A decision (repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option(
         "--action", options->actions,
         help(lang, "Een actie met eigenaar: \"wat @lid\", of \"wat @lid uiterlijk JJJJ-MM-DD\" (mag vaker)",
              "An action with its owner: \"what @member\", or \"what @member due YYYY-MM-DD\" "
              "(repeatable)"))
      ->allow_extra_args(false);
  cmd->add_option("--visual", options->visual,
                  help(lang, "Een beeldverslag: een afbeelding in de repository",
                       "A visual report: an image in the repository"));
  add_message_option(*cmd, options->message, lang);
  return command_for(options, run_meeting_new);
}

} // namespace alearn
