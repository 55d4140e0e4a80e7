// alearn workgroup set KEY VALUE
#include "choices.hpp"
#include "commands.hpp"
#include "lifecycle.hpp"
#include "render.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct SetOptions {
  std::string key;
  std::string value;
};

Status run_set(Session &session, const SetOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  if (auto done = set_workgroup_value(**group, options.key, options.value); !done) {
    return done;
  }
  session.report_saved(tr("{}: {} aangepast\n", "{}: {} updated\n", (*group)->slug, options.key));
  if (options.key == "start" || options.key == "end") {
    const std::optional<Date> date = parse_date(options.value);
    const auto short_one =
        options.key == "start" ? short_duration(date, (*group)->end) : short_duration((*group)->start, date);
    if (short_one) {
      print_note(session, *short_one);
    }
  }
  return {};
}

} // namespace

Command bind_workgroup_set(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<SetOptions>();
  std::string keys;
  std::vector<Choice> choices;
  for (const auto key : settable_workgroup_keys()) {
    keys += fmt::format("{}{}", keys.empty() ? "" : ", ", key);
    choices.push_back({std::string(key), std::string(key)});
  }
  cmd->add_option("key", options->key, help(lang, "Een van: ", "One of: ") + keys)
      ->required()
      ->transform(one_of(choices, lang));
  cmd->add_option("value", options->value, help(lang, "De nieuwe waarde", "The new value"))->required();
  return command_for(options, run_set);
}

} // namespace alearn
