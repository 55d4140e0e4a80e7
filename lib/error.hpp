#pragma once
// Errors are values: every fallible library call returns Result<T>. Exceptions are left for
// programming errors.
#include "advice.hpp"
#include "text.hpp"

#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace alearn {

enum class ErrorKind {
  usage,     // the command was called wrongly (unknown step number, missing argument, ...)
  input,     // a file in the repository is malformed or refers to something that is not there
  not_found, // no repository, no such workgroup or record
  io,        // the file system refused a read or a write
  refused,   // the repository does not allow the action yet (criteria unmet, already exists)
  conflict,  // a file holds an unresolved git conflict
};

struct Error {
  ErrorKind kind = ErrorKind::input;
  Text message;
  std::filesystem::path file; // empty when the error is not about one file
  int line = 0;               // 1-based; 0 when unknown
  int column = 0;             // 1-based; 0 when unknown
  // What to do about it, where a command does that: cmd/ writes it after the message.
  std::optional<Advice> advice;
  // Other ways out, each as good as `advice`: cmd/ writes them after it, each after an "or".
  std::vector<Advice> or_advice;
  // The inputs of the command the message is about (a missing question, a flag that does not
  // fit): cmd/ names their options after the message's first line, so that lib/ spells none.
  std::vector<Param> inputs;

  Error() = default;
  Error(ErrorKind kind_of, Text text, std::filesystem::path in = {}, int at_line = 0, int at_column = 0,
        std::optional<Advice> then = {})
      : kind(kind_of), message(std::move(text)), file(std::move(in)), line(at_line), column(at_column),
        advice(std::move(then)) {}
  bool operator==(const Error &) const = default;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

// Reading a file can find several problems at once; each is reported.
using Errors = std::vector<Error>;
template <typename T> using Parsed = std::expected<T, Errors>;

// Returns from the enclosing function with the error of `result` (a std::expected), if it holds
// one: the early return of every fallible call, spelt once (as ccache's util/expected.hpp does).
// `result` is evaluated once; a variable that holds the result stays usable after it.
#define TRY(result)                                                                                          \
  do {                                                                                                       \
    if (auto &&try_result_ = (result); !try_result_) {                                                       \
      return std::unexpected(std::move(try_result_).error());                                                \
    }                                                                                                        \
  } while (false)

inline std::unexpected<Error> fail(ErrorKind kind, Text message, std::filesystem::path file = {},
                                   int line = 0, int column = 0) {
  return std::unexpected(Error{kind, std::move(message), std::move(file), line, column});
}

// A usage error about the given inputs of the command ("the question is empty", with --question).
inline std::unexpected<Error> fail_input(Text message, std::vector<Param> inputs) {
  Error error{ErrorKind::usage, std::move(message)};
  error.inputs = std::move(inputs);
  return std::unexpected(std::move(error));
}

} // namespace alearn
