#pragma once
// Advice from the library spelt as the command line to type: `alearn`, --repo and -w where the
// user needs them, the command's words and its arguments. The one place that knows how advice
// spells alearn's commands and options.
#include "advice.hpp"
#include "criteria.hpp"
#include "error.hpp"
#include "session.hpp"

#include <string>
#include <vector>

namespace alearn {

// The text in single quotes, as the shell takes it whatever it holds.
std::string shell_quoted(std::string_view text);

// "alearn --repo ../netwerk -w zorg step done 5": --repo when the user gave it, -w when the
// command would not find the workgroup without it (by ALEARN_WORKGROUP, the current folder or
// being the only one).
std::string spell(const Session &session, const Advice &advice);

// An error's message with the options of its inputs at the end of its first line
// ("the question is empty; nothing was written (--question)"), then its advice.
std::string message_of(const Session &session, const Error &error);

// "No logbook entries. Write one with: alearn -w zorg log add": a message and the command it
// advises, on a line of their own.
void print_advice(Session &session, const Text &message, const Advice &advice);
// The same as a text in both languages, for a message that is kept (Session::report_saved).
Text with_advice(const Session &session, const Text &message, const Advice &advice);
// The same for the repository in `repo` (none when empty), not the one the user gave: init's
// advice is about the repository it just made.
Text with_advice_in(const Session &session, const Text &message, const Advice &advice, std::string_view repo);

// What fills in a requirement, a line each: its commands, then what to do by hand.
std::vector<std::string> what_to_do(const Session &session, const Requirement &requirement);

} // namespace alearn
