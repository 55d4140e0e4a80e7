#pragma once
// What a command gets to work with: the streams, the language, the loaded repository and the
// global options. Commands render through it; the library never sees it.
#include "app.hpp"
#include "dates.hpp"
#include "error.hpp"
#include "repository.hpp"
#include "step_catalog.hpp"
#include "text.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace alearn {

struct GlobalOptions {
  std::string repo;      // --repo
  std::string lang;      // --lang
  std::string workgroup; // --workgroup
  std::string as;        // --as: who is writing
  std::string draft;     // --draft: a text kept from an editor, to start the editor from
};

// Who writes a record, in which workgroup, with which date.
struct Writing {
  const Workgroup *group = nullptr;
  const Member *author = nullptr;
  Date date{};
};

enum class Style { bold, dim, green, yellow, red, cyan };

struct Session {
  Io &io;
  Lang lang = Lang::en;
  bool colour = false;
  GlobalOptions global;
  std::filesystem::path repository_root; // found before commands that need it run
  std::optional<Repository> repo;        // loaded before commands that need it run
  int exit_code = 0;                     // a command's own verdict, e.g. 1 when check finds errors
  std::optional<std::string> draft{};    // what was written in the editor, kept if the command fails
  Text saved{};                          // what the command said it saved (see report_saved)

  const std::string &t(const Text &text) const { return text.in(lang); }
  std::string_view t(StaticText text) const { return lang == Lang::nl ? text.nl : text.en; }
  std::string paint(Style style, std::string_view text) const;
  // Prints that something was saved ("Logbook entry 3k7... added") and remembers it: should the
  // output fail, the message goes to standard error, so that nobody saves it a second time.
  void report_saved(const Text &message);

  std::string env(const std::string &name) const;
  // How many characters a line may have: $COLUMNS, else the terminal's width, else 80.
  std::size_t line_width() const;
  const Repository &repository() const { return *repo; }
  // The workgroup chosen by --workgroup, ALEARN_WORKGROUP, the current folder or being the only one.
  Result<const Workgroup *> workgroup() const;
  // Who is at the keyboard: ALEARN_USER, then git's user.name; empty when neither is set.
  std::string user_name() const;
  // Who is acting: --as, then user_name(); empty when nobody is known.
  std::string acting_user() const { return global.as.empty() ? user_name() : global.as; }
  // Who writes a record: acting_user(); an error when nobody is known. The name is
  // matched against the members by the library.
  Result<std::string> author() const;
  // The member who writes a record in `group`: author(), matched against its members by
  // require_acting_member. Every command that writes a person into a record (an author, `by`)
  // asks this, so that all refuse whoever is not a member, in the same words.
  Result<const Member *> writer(const Workgroup &group) const;
  // What every command that writes a record settles first: the workgroup, the member writing
  // and the record's date (--date, default today). The first of those that fails is the error.
  Result<Writing> start_writing(std::string_view date_option) const;
  Result<Writing> start_writing(const Workgroup &group, std::string_view date_option) const;
  Result<Writing> start_writing(const Workgroup &&, std::string_view) const = delete; // keeps a pointer
};

// What a command reads before it runs: nothing (init); the repository's root (check, which
// reads it its own way); alearn.yaml and the names of the workgroups (workgroup new); one
// workgroup, the one named or implied, with all its records (most commands); each
// workgroup's own file and step events (workgroup list). Views of the whole network (network
// status, lessons, blockers, resources, site) need alearn.yaml only and read the workgroups one
// at a time themselves (lib/network.hpp).
enum class Needs { nothing, root, config, workgroup, workgroup_summaries };

// Whether a command writes. A writer holds the lock of its workgroup from before it reads until
// it has written, so that what it checked still holds when it writes.
enum class Access { read, write };

struct Command {
  Needs needs = Needs::workgroup;
  Access access = Access::read;
  std::function<Status(Session &)> run;
  // The workgroup a command names by an argument of its own (workgroup show SLUG), if any.
  std::function<std::string()> workgroup_argument;
};

// The command each (sub)command of the CLI runs when it is the last one given.
using Registry = std::map<const CLI::App *, Command>;

// The repository's root: --repo, else ALEARN_REPO, else the nearest folder upwards from the
// current one that holds alearn.yaml; unset when there is none.
std::optional<std::filesystem::path> locate_root(const Io &io, const std::string &repo_option);

// Help text in the session's language.
inline std::string help(Lang lang, std::string_view nl, std::string_view en) {
  return std::string(lang == Lang::nl ? nl : en);
}

// The options many commands share, with the same wording everywhere.
void add_date_option(CLI::App &cmd, std::string &date, Lang lang);
void add_id_argument(CLI::App &cmd, std::string &id, Lang lang);
// --from and --to, the dates a list is limited to (see date_range).
struct DateOptions {
  std::string from;
  std::string to;
};
void add_date_range_options(CLI::App &cmd, DateOptions &dates, Lang lang);
// --cycle: a cycle's number, or all; the current cycle when not given (see choose_cycle).
void add_cycle_option(CLI::App &cmd, std::string &cycle, Lang lang);

// When a command fails after text was written in the editor, that text is saved to a file that
// the error names, with how to go on with it (--draft): nothing typed is lost.
Status keep_draft(Session &session, Status status);

// How to run a command: `run(session, *options)`, with the options its bind function bound. What
// it needs loaded and whether it writes come from its row in the command table.
template <typename Options, typename Run> Command command_for(std::shared_ptr<Options> options, Run run) {
  return Command{Needs::workgroup,
                 Access::read,
                 [options = std::move(options), run](Session &session) {
                   return keep_draft(session, run(session, *options));
                 },
                 {}};
}

} // namespace alearn
