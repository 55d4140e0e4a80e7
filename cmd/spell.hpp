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

// Whether advice names its workgroup with -w: when the command would not find it without
// (the default), or never (check's findings have never done so; the file they point at
// says which workgroup).
enum class Naming { when_needed, never };

// "alearn --repo ../netwerk -w zorg step done 5": --repo when the user gave it, -w as `naming` says.
std::string spell(const Session &session, const Advice &advice, Naming naming = Naming::when_needed);

// "No logbook entries. Write one with: alearn -w zorg log add": a message and the command it
// advises, on a line of their own.
void print_advice(Session &session, const Text &message, const Advice &advice);
// The same as a text in both languages, for a message that is kept (Session::report_saved).
Text with_advice(const Session &session, const Text &message, const Advice &advice);

// An error's message, followed by its advice when it has one.
std::string message_of(const Session &session, const Error &error, Naming naming = Naming::when_needed);

// What fills in a requirement, a line each: its commands, then what to do by hand.
std::vector<std::string> what_to_do(const Session &session, const Requirement &requirement);

} // namespace alearn
