#include "spell.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace alearn {

namespace {

struct ActionSpelling {
  Action action;
  std::string_view words;
};

constexpr std::array<ActionSpelling, 29> actions = {{
    {Action::workgroup_new, "workgroup new"},
    {Action::workgroup_show, "workgroup show"},
    {Action::workgroup_set, "workgroup set"},
    {Action::workgroup_member_add, "workgroup member add"},
    {Action::workgroup_agreement_add, "workgroup agreement add"},
    {Action::indicator_add, "indicator add"},
    {Action::indicator_record, "indicator record"},
    {Action::indicator_set, "indicator set"},
    {Action::log_add, "log add"},
    {Action::meeting_new, "meeting new"},
    {Action::meeting_action_done, "meeting action done"},
    {Action::explore_add, "explore add"},
    {Action::assumption_add, "assumption add"},
    {Action::assumption_challenge, "assumption challenge"},
    {Action::feedback_add, "feedback add"},
    {Action::share_add, "share add"},
    {Action::blocker_add, "blocker add"},
    {Action::blocker_raise, "blocker raise"},
    {Action::report, "report"},
    {Action::resource_add, "resource add"},
    {Action::experiment_new, "experiment new"},
    {Action::experiment_start, "experiment start"},
    {Action::experiment_finish, "experiment finish"},
    {Action::experiment_share, "experiment share"},
    {Action::evaluate, "evaluate"},
    {Action::step_next, "step next"},
    {Action::step_done, "step done"},
    {Action::check, "check"},
    {Action::remove_file, "rm --"},
}};

// How a value is written: as it is, in double quotes (a text, which may hold spaces), or
// quoted for the shell (a path, which may hold anything).
enum class Quote { none, text, shell };

struct ParamSpelling {
  Param param;
  std::string_view option; // empty for a positional argument
  Quote quote;
};

constexpr std::array<ParamSpelling, 50> params = {{
    {Param::word, "", Quote::none},
    {Param::text, "", Quote::text},
    {Param::path, "", Quote::shell},
    {Param::as, "--as", Quote::text},
    {Param::kind, "--kind", Quote::none},
    {Param::message, "-m", Quote::text},
    {Param::title, "--title", Quote::text},
    {Param::present, "--present", Quote::none},
    {Param::guest, "--guest", Quote::text},
    {Param::about, "--about", Quote::none},
    {Param::how, "--how", Quote::text},
    {Param::verdict, "--verdict", Quote::none},
    {Param::from, "--from", Quote::text},
    {Param::owner, "--owner", Quote::text},
    {Param::question, "--question", Quote::text},
    {Param::prediction, "--prediction", Quote::text},
    {Param::unit, "--unit", Quote::text},
    {Param::direction, "--direction", Quote::none},
    {Param::baseline, "--baseline", Quote::none},
    {Param::target, "--target", Quote::none},
    {Param::frequency, "--frequency", Quote::none},
    {Param::organisation, "--organisation", Quote::text},
    {Param::result, "--result", Quote::text},
    {Param::lessons, "--lessons", Quote::text},
    {Param::decision, "--decision", Quote::none},
    {Param::follows, "--follows", Quote::none},
    {Param::date, "--date", Quote::none},
    {Param::record, "--record", Quote::none},
    {Param::again, "--again", Quote::none},
    {Param::new_cycle, "--new-cycle", Quote::none},
    {Param::keep_indicator, "--keep-indicator", Quote::none},
    {Param::cycle, "--cycle", Quote::none},
    {Param::force, "--force", Quote::none},
    {Param::note, "--note", Quote::text},
    {Param::revision, "--revision", Quote::text},
    {Param::reason, "--reason", Quote::text},
    {Param::slug, "--slug", Quote::none},
    {Param::workgroup, "--workgroup", Quote::none},
    {Param::meeting_action, "--action", Quote::text},
    {Param::where, "--where", Quote::text},
    {Param::format, "--format", Quote::none},
    {Param::output, "-o", Quote::none},
    {Param::for_whom, "--for-whom", Quote::text},
    {Param::rule, "--rule", Quote::text},
    {Param::blocks, "--blocks", Quote::none},
    {Param::since, "--since", Quote::none},
    {Param::with, "--with", Quote::text},
    {Param::outcome, "--outcome", Quote::text},
    {Param::ci, "--ci", Quote::none},
    {Param::pages, "--pages", Quote::none},
}};

std::string_view words_of(Action action) {
  const auto found = std::ranges::find(actions, action, &ActionSpelling::action);
  if (found == actions.end()) {
    throw std::logic_error("an action without its words");
  }
  return found->words;
}

const ParamSpelling &spelling_of(Param param) {
  const auto found = std::ranges::find(params, param, &ParamSpelling::param);
  if (found == params.end()) {
    throw std::logic_error("an argument without its spelling");
  }
  return *found;
}

// A word the shell takes as it is, or the word quoted.
std::string shell_word(std::string_view text) {
  const bool plain = !text.empty() && std::ranges::all_of(text, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("-_./:@%+=,").find(c) != std::string_view::npos;
  });
  return plain ? std::string(text) : shell_quoted(text);
}

std::string quoted(std::string_view value, Quote quote) {
  switch (quote) {
  case Quote::none:
    return std::string(value);
  case Quote::text:
    // In double quotes, unless the shell would still read something in it (a value from a
    // file may hold a quote or a $): then in single quotes, where nothing is special.
    if (value.find_first_of("\"$`\\!") == std::string_view::npos) {
      return fmt::format("\"{}\"", value);
    }
    break;
  case Quote::shell:
    break;
  }
  return shell_quoted(value);
}

// Whether the command finds the workgroup without -w: by ALEARN_WORKGROUP, the current folder
// or being the only one.
bool implied(const Session &session, const std::string &slug) {
  if (!session.repo) {
    return false;
  }
  const auto chosen = select_workgroup(
      session.repository(), WorkgroupChoice{{}, session.env("ALEARN_WORKGROUP"), session.io.context.cwd});
  return chosen && (*chosen)->slug == slug;
}

} // namespace

std::string shell_quoted(std::string_view text) {
  std::string quoted = "'";
  for (const char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

namespace {

// The advice with its values in `lang`, naming the repository `repo` (none when empty).
std::string spell_in(const Session &session, const Advice &advice, Lang lang, std::string_view repo) {
  std::string line;
  if (advice.action != Action::remove_file) {
    line = "alearn";
    if (!repo.empty()) {
      line += " --repo " + shell_word(repo);
    }
    if (!advice.workgroup.empty() && !implied(session, advice.workgroup)) {
      line += " -w " + shell_word(advice.workgroup);
    }
    line += " ";
  }
  line += words_of(advice.action);
  for (const auto &argument : advice.arguments) {
    const ParamSpelling &param = spelling_of(argument.param);
    const std::string &value = argument.value.in(lang);
    line += " ";
    if (!param.option.empty()) {
      line += param.option;
      if (value.empty()) {
        continue; // a flag
      }
      line += " ";
    }
    line += quoted(value, param.quote);
  }
  return line;
}

} // namespace

std::string spell(const Session &session, const Advice &advice) {
  return spell_in(session, advice, session.lang, session.global.repo);
}

void print_advice(Session &session, const Text &message, const Advice &advice) {
  session.io.out << session.t(message) << " " << spell(session, advice) << "\n";
}

Text with_advice(const Session &session, const Text &message, const Advice &advice) {
  return with_advice_in(session, message, advice, session.global.repo);
}

Text with_advice_in(const Session &session, const Text &message, const Advice &advice,
                    std::string_view repo) {
  return Text{message.nl + " " + spell_in(session, advice, Lang::nl, repo) + "\n",
              message.en + " " + spell_in(session, advice, Lang::en, repo) + "\n"};
}

std::string message_of(const Session &session, const Error &error) {
  std::string message = session.t(error.message);
  if (!error.inputs.empty()) {
    std::string options;
    for (const Param input : error.inputs) {
      options += (options.empty() ? "" : ", ") + std::string(spelling_of(input).option);
    }
    message.insert(std::min(message.find('\n'), message.size()), " (" + options + ")");
  }
  if (error.advice) {
    message += " " + spell(session, *error.advice);
  }
  for (const Advice &other : error.or_advice) {
    message += session.t(Text{" of ", " or "}) + spell(session, other);
  }
  return message;
}

std::vector<std::string> what_to_do(const Session &session, const Requirement &requirement) {
  std::vector<std::string> lines;
  for (const auto &advice : requirement.advice) {
    lines.push_back(spell(session, advice));
  }
  for (const auto &note : requirement.notes) {
    lines.push_back(session.t(note));
  }
  return lines;
}

} // namespace alearn
