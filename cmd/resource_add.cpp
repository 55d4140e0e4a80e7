// alearn resource add --kind person|organisation|literature|media|event [TEXT...] [--link URL]
//                     [--date D] [-m TEXT|-]
#include "choices.hpp"
#include "commands.hpp"
#include "record_files.hpp"
#include "resource.hpp"
#include "text_input.hpp"

namespace alearn {

namespace {

struct ResourceAddOptions {
  std::string kind;
  std::string link;
  TextOptions text;
};

Form resource_form() {
  return one_text_form(
      Text{"Wat of wie kan helpen", "What or who can help"}, Text{"Beschrijving", "Description"},
      Text{"Wie of wat is het, en waarmee kan het helpen?", "Who or what is it, and how can it help?"});
}

Status run_resource_add(Session &session, const ResourceAddOptions &options) {
  auto writing = session.start_writing(options.text.date);
  TRY(writing);
  const Workgroup &group = *writing->group;
  auto text = text_input(session, options.text, resource_form());
  TRY(text);
  const ResourceKind kind = parse_resource_kind(options.kind).value_or(ResourceKind::person);
  auto resource =
      add_resource(group, NewResource{writing->author->name, writing->date, kind, options.link, *text},
                   session.io.context);
  TRY(resource);
  session.report_saved(tr("Bron {} vastgelegd ({})\n", "Source {} recorded ({})\n", resource->meta.id,
                          session.t(resource_kind_label(kind))));
  return {};
}

} // namespace

Command bind_resource_add(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<ResourceAddOptions>();
  cmd->add_option("--kind", options->kind,
                  help(lang, "person, organisation, literature, media of event",
                       "person, organisation, literature, media or event"))
      ->required()
      ->transform(one_of(choices::resource_kinds, lang));
  cmd->add_option("--link", options->link,
                  help(lang, "Een webadres of andere verwijzing", "A web address or other reference"));
  add_text_options(*cmd, options->text, lang, "text",
                   {"De beschrijving (of -m, of de editor)", "The description (or -m, or the editor)"});
  return command_for(options, run_resource_add);
}

} // namespace alearn
