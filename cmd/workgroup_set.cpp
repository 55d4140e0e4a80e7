// alearn workgroup set KEY VALUE [--cycle N]
#include "choices.hpp"
#include "commands.hpp"
#include "cycle_edit.hpp"
#include "lifecycle.hpp"
#include "render.hpp"
#include "workgroup_edit.hpp"

namespace alearn {

namespace {

struct SetOptions {
  std::string key;
  std::string value;
  std::optional<int> cycle;
};

Status run_set(Session &session, const SetOptions &options) {
  auto group = session.workgroup();
  TRY(group);
  auto written = set_value(**group, options.key, options.value, options.cycle);
  TRY(written);
  const int cycles = static_cast<int>(workgroup_cycles(**group).size());
  if (is_cycle_key(options.key) && (cycles > 1 || options.cycle)) {
    session.report_saved(tr("{}: {} van cyclus {} aangepast ({})\n", "{}: {} of cycle {} updated ({})\n",
                            (*group)->slug, options.key, options.cycle.value_or(cycles),
                            written->lexically_relative(session.repository().root).generic_string()));
  } else {
    session.report_saved(tr("{}: {} aangepast\n", "{}: {} updated\n", (*group)->slug, options.key));
  }
  if (options.key == "start" || options.key == "end") {
    // The cycle's dates as they are now: the one just set, and the other as it was.
    auto cycle = options.cycle ? find_cycle(**group, *options.cycle) : Result<Cycle>(current_cycle(**group));
    const std::optional<Date> date = parse_date(options.value);
    const auto short_one = !cycle                   ? std::nullopt
                           : options.key == "start" ? short_duration(date, cycle->end)
                                                    : short_duration(cycle->start, date);
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
  cmd->add_option("--cycle", options->cycle,
                  help(lang,
                       "Voor probleem, ontwerp en datums: deze cyclus (standaard: de huidige, die vanaf "
                       "cyclus 2 een eigen bestand heeft)",
                       "For the problem, design and dates: this cycle (default: the current one, which "
                       "has a file of its own from cycle 2 on)"));
  return command_for(options, run_set);
}

} // namespace alearn
