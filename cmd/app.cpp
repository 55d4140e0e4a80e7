#include "app.hpp"

#include "choices.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "ids.hpp"
#include "lock.hpp"
#include "safe_output.hpp"
#include "session.hpp"
#include "spell.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <ranges>
#include <sys/ioctl.h>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

extern char **environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere else

namespace alearn {
namespace fs = std::filesystem;

namespace {

// The value of `--name VALUE` or `--name=VALUE` before the command runs, for the few settings
// that must be known before the command line is parsed (the language of the help texts).
std::string early_option(const std::vector<std::string> &args, std::string_view name) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == name && i + 1 < args.size()) {
      return args[i + 1];
    }
    if (args[i].starts_with(std::string(name) + "=")) {
      return args[i].substr(name.size() + 1);
    }
  }
  return {};
}

std::string env_of(const Io &io, const std::string &name) {
  const auto found = io.env.find(name);
  return found == io.env.end() ? std::string{} : found->second;
}

} // namespace

std::optional<fs::path> locate_root(const Io &io, const std::string &repo_option) {
  std::string given = repo_option.empty() ? env_of(io, "ALEARN_REPO") : repo_option;
  if (!given.empty()) {
    const fs::path dir = fs::path(given).is_absolute() ? fs::path(given) : io.context.cwd / given;
    std::error_code ec;
    if (fs::is_regular_file(dir / config_file_name, ec)) {
      return dir.lexically_normal();
    }
    return std::nullopt;
  }
  return find_repository_root(io.context.cwd);
}

namespace {

// --lang, then ALEARN_LANG, then the repository's language, then the locale.
Lang choose_language(const std::vector<std::string> &args, const Io &io) {
  Lang lang = Lang::en;
  if (parse_lang(early_option(args, "--lang"), lang) || parse_lang(env_of(io, "ALEARN_LANG"), lang)) {
    return lang;
  }
  if (const auto root = locate_root(io, early_option(args, "--repo"))) {
    if (auto config = load_config(*root); config && config->language) {
      return *config->language;
    }
  }
  for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const std::string value = env_of(io, name);
    if (!value.empty()) {
      return parse_lang(value, lang) ? lang : Lang::en;
    }
  }
  return Lang::en;
}

void localise(CLI::App &app, Lang lang) {
  if (lang == Lang::en) {
    return;
  }
  auto formatter = app.get_formatter();
  formatter->label("Usage", "Gebruik");
  formatter->label("Positionals", "Argumenten");
  formatter->label("Subcommands", "Opdrachten");
  formatter->label("SUBCOMMAND", "OPDRACHT");
  formatter->label("OPTIONS", "OPTIES");
  formatter->label("REQUIRED", "VERPLICHT");
  formatter->label("TEXT", "TEKST");
  formatter->label("INT", "GETAL");
  formatter->label("Excludes", "Sluit uit");
  formatter->label("Needs", "Vraagt");
  app.option_defaults()->group("Opties");
}

// CLI11 names the groups of options and subcommands per option and subcommand; once the tree is
// built, the default names are put in Dutch everywhere.
void localise_groups(CLI::App &app) {
  for (CLI::Option *option : app.get_options()) {
    if (option->get_group() == "Options") {
      option->group("Opties");
    }
  }
  for (CLI::App *sub : app.get_subcommands({})) {
    if (sub->get_group() == "Subcommands") {
      sub->group("Opdrachten");
    }
    localise_groups(*sub);
  }
}

// "workgroup member add" -> "workgroup member" and "add"; "check" -> "" and "check".
std::pair<std::string_view, std::string_view> split_path(std::string_view path) {
  const auto space = path.rfind(' ');
  if (space == std::string_view::npos) {
    return {{}, path};
  }
  return {path.substr(0, space), path.substr(space + 1)};
}

CLI::App *add_command(CLI::App &parent, std::string_view name, StaticText summary, Lang lang) {
  CLI::App *sub = parent.add_subcommand(std::string(name), help(lang, summary.nl, summary.en));
  sub->fallthrough(); // the options every command has may follow the command's own
  return sub;
}

// Builds the tree of commands from the command table.
void register_commands(CLI::App &app, Registry &registry, Lang lang) {
  std::map<std::string_view, CLI::App *> added{{std::string_view{}, &app}};
  for (const CommandGroup &group : command_groups()) {
    const auto [parent, name] = split_path(group.path);
    added[group.path] = add_command(*added.at(parent), name, group.summary, lang);
  }
  for (const CommandSpec &spec : command_table()) {
    CLI::App *cmd = nullptr;
    if (const auto group = added.find(spec.path); group != added.end()) {
      cmd = group->second; // the group runs this command itself
    } else {
      const auto [parent, name] = split_path(spec.path);
      cmd = add_command(*added.at(parent), name, spec.summary, lang);
    }
    if (spec.visibility == Visibility::hidden) {
      cmd->group(""); // CLI11 leaves a command of no group out of the help
    }
    added.emplace(spec.path, cmd); // a command may have its own hidden commands (completion values)
    Command command = spec.bind(cmd, lang);
    command.needs = spec.needs;
    command.access = spec.access;
    registry[cmd] = std::move(command);
  }
}

struct Cli {
  std::unique_ptr<CLI::App> app;
  GlobalOptions global;
  Registry registry;
};

std::unique_ptr<Cli> build_cli(Lang lang) {
  auto cli = std::make_unique<Cli>();
  cli->app = std::make_unique<CLI::App>(
      help(lang, "alearn: actieleren in zorg en welzijn, in een git-repository met platte tekst.",
           "alearn: action learning in care and welfare, in a git repository of plain text."),
      "alearn");
  CLI::App &app = *cli->app;
  localise(app, lang);
  app.set_help_flag("-h,--help", help(lang, "Toon deze hulp", "Show this help"));
  app.set_version_flag("--version", fmt::format("alearn {}", ALEARN_VERSION),
                       help(lang, "Toon de versie", "Show the version"));
  app.add_option("--repo", cli->global.repo,
                 help(lang, "De repository (anders ALEARN_REPO, of zoek omhoog naar alearn.yaml)",
                      "The repository (else ALEARN_REPO, or search upwards for alearn.yaml)"));
  app.add_option("--lang", cli->global.lang, help(lang, "Taal: nl of en", "Language: nl or en"))
      ->transform(one_of(plain_choices({"nl", "en"}), lang));
  app.add_option("--as", cli->global.as,
                 help(lang,
                      "Wie dit schrijft: een lid van de werkgroep (anders ALEARN_USER of git's user.name)",
                      "Who is writing: a member of the workgroup (else ALEARN_USER or git's user.name)"));
  app.add_option("--draft", cli->global.draft,
                 help(lang, "Open de editor op een tekst die alearn bewaarde toen een opdracht mislukte",
                      "Open the editor on a text alearn kept when a command failed"));
  app.add_option("-w,--workgroup", cli->global.workgroup,
                 help(lang, "De werkgroep (korte naam of een uniek begin ervan)",
                      "The workgroup (its short name, or a unique start of it)"));

  register_commands(app, cli->registry, lang);
  if (lang == Lang::nl) {
    localise_groups(app);
  }
  return cli;
}

std::string display_path(const fs::path &file, const fs::path &cwd) {
  if (file.empty()) {
    return {};
  }
  const fs::path relative = file.lexically_relative(cwd);
  // A line break in a file name would forge a line of output.
  return one_line(!relative.empty() && *relative.begin() != ".." ? relative.string() : file.string());
}

// "workgroups/x/log/2026-11-20-k3m9.md:4:7", or "alearn" for an error that is of no file.
std::string where_of(const Session &session, const Error &error) {
  std::string where = display_path(error.file, session.io.context.cwd);
  if (where.empty()) {
    return "alearn";
  }
  if (error.line > 0) {
    where += fmt::format(":{}", error.line);
    if (error.column > 0) {
      where += fmt::format(":{}", error.column);
    }
  }
  return where;
}

void print_error(const Session &session, const Error &error) {
  const std::string label = session.paint(Style::red, session.lang == Lang::nl ? "fout" : "error");
  session.io.err << where_of(session, error) << ": " << label << ": " << message_of(session, error) << "\n";
}

int exit_code_of(const Error &error) { return error.kind == ErrorKind::refused ? 1 : 2; }

std::string parse_error_message(const CLI::ParseError &e, Lang lang) {
  if (lang == Lang::en) {
    return e.what();
  }
  std::string what = e.what();
  if (dynamic_cast<const CLI::ExtrasError *>(&e) != nullptr) {
    return "onverwacht argument: " + what.substr(what.find(':') + 1);
  }
  if (dynamic_cast<const CLI::RequiredError *>(&e) != nullptr) {
    // CLI11 says "NAME is required".
    const auto is = what.rfind(" is required");
    return "er ontbreekt een verplicht argument: " + (is == std::string::npos ? what : what.substr(0, is));
  }
  if (dynamic_cast<const CLI::ValidationError *>(&e) != nullptr) {
    return what; // our own validators speak Dutch already
  }
  return "ongeldige aanroep: " + what;
}

const CLI::App *chosen_command(const CLI::App &app) {
  const CLI::App *leaf = &app;
  while (!leaf->get_subcommands().empty()) {
    leaf = leaf->get_subcommands().front();
  }
  return leaf;
}

// "alearn log add": the command as it is typed, for messages that point to its help.
std::string command_path(const CLI::App &command) {
  std::string path = command.get_name();
  for (const CLI::App *parent = command.get_parent(); parent != nullptr; parent = parent->get_parent()) {
    path = parent->get_name() + " " + path;
  }
  return path;
}

// The help of the command given, and below a subcommand's own options the ones every command
// has (--repo, -w, --as, --lang, ...), which CLI11 shows only on the top level.
std::string help_text(const CLI::App &app, const CLI::App &command, Lang lang) {
  std::string text = command.help();
  if (&command == &app) {
    return text;
  }
  std::vector<const CLI::Option *> shared;
  for (const CLI::Option *option : app.get_options()) {
    if (option != app.get_help_ptr() && option->get_name() != "--version") {
      shared.push_back(option);
    }
  }
  const auto formatter = std::dynamic_pointer_cast<CLI::Formatter>(app.get_formatter());
  if (formatter == nullptr) {
    return text;
  }
  return text + formatter->make_group(help(lang, "Opties van elke opdracht", "Options every command has"),
                                      false, shared);
}

// For a word that is not one of the commands below `command`: "did you mean ...?", if one is close.
std::string unknown_command_message(const CLI::App &command, const std::string &word, Lang lang) {
  std::vector<std::string> names;
  for (const CLI::App *sub : command.get_subcommands({})) {
    names.push_back(sub->get_name());
  }
  const std::string close = closest_match(word, {names.begin(), names.end()});
  const std::string where = command_path(command);
  if (close.empty()) {
    return lang == Lang::nl ? fmt::format("'{}' is geen opdracht van '{}'", word, where)
                            : fmt::format("'{}' is not a command of '{}'", word, where);
  }
  return lang == Lang::nl
             ? fmt::format("'{}' is geen opdracht van '{}'; bedoel je '{}'?", word, where, close)
             : fmt::format("'{}' is not a command of '{}'; did you mean '{}'?", word, where, close);
}

// The first word CLI11 did not expect, when it is not an option: "...not expected: reprot".
std::string unexpected_word(const CLI::ParseError &e) {
  const std::string what = e.what();
  const auto colon = what.rfind(": ");
  if (dynamic_cast<const CLI::ExtrasError *>(&e) == nullptr || colon == std::string::npos) {
    return {};
  }
  std::string word = what.substr(colon + 2);
  word = word.substr(0, word.find(' '));
  return word.starts_with('-') ? std::string{} : word;
}

std::string parse_error_text(const CLI::App &app, const CLI::ParseError &e, Lang lang) {
  const CLI::App &command = *chosen_command(app);
  const std::string word = unexpected_word(e);
  const std::string message = !word.empty() && !command.get_subcommands({}).empty()
                                  ? unknown_command_message(command, word, lang)
                                  : parse_error_message(e, lang);
  return fmt::format("alearn: {}{}\n", lang == Lang::nl ? "fout: " : "error: ", message) +
         (lang == Lang::nl ? fmt::format("Zie '{} --help'.\n", command_path(command))
                           : fmt::format("See '{} --help'.\n", command_path(command)));
}

int check_output(Session &session) {
  session.io.out.flush();
  if (session.io.out.fail()) {
    session.io.err << "alearn: "
                   << (session.lang == Lang::nl ? "fout: kan de uitvoer niet schrijven\n"
                                                : "error: cannot write the output\n");
    if (!session.saved.empty()) {
      // The change is on disk: said here, a second run does not save it twice.
      session.io.err << session.t(
                            tr("alearn: dit is wel opgeslagen; geef de opdracht dus niet opnieuw:\n",
                               "alearn: this was saved all the same, so do not give the command again:\n"))
                     << session.t(session.saved);
    }
    return 2;
  }
  return 0;
}

void print_warning(const Session &session, const Error &error) {
  const std::string label =
      session.paint(Style::yellow, session.lang == Lang::nl ? "waarschuwing" : "warning");
  session.io.err << where_of(session, error) << ": " << label << ": "
                 << session.t(tr("overgeslagen, want onleesbaar: {}", "left out, as it cannot be read: {}",
                                 session.t(error.message)))
                 << "\n";
}

// Files the command could do without are left out, each said once; the command goes on.
void report_skipped(const Session &session, const Errors &skipped) {
  if (skipped.empty()) {
    return;
  }
  for (const auto &error : skipped) {
    print_warning(session, error);
  }
  session.io.err << session.t(
      tr("Meer zie je met: {}\n", "See more with: {}\n", spell(session, Advice{Action::check, {}, {}})));
}

// A writer checks its rules (one measurement a day, one event a step, who is a member) against
// every record of its workgroup: with one of them unreadable, it writes nothing.
bool refuse_writing(const Session &session, const Errors &skipped, const fs::path &group_dir) {
  bool refused = false;
  for (const auto &error : skipped) {
    if (lies_within(group_dir.lexically_normal(), error.file.lexically_normal())) {
      print_error(session, error);
      refused = true;
    }
  }
  if (refused) {
    session.io.err << session.t(
        tr("alearn schrijft niets in een werkgroep met een bestand dat het niet kan lezen; "
           "herstel dat eerst. Meer zie je met: {}\n",
           "alearn writes nothing into a workgroup with a file it cannot read; fix that "
           "first. See more with: {}\n",
           spell(session, Advice{Action::check, {}, {}})));
  }
  return refused;
}

// What load_repository should read for the command, and the workgroup's lock for a writer.
struct Scope {
  LoadOptions options;
  FolderLock lock;
};

Result<Scope> scope_of(const Session &session, const Command &command) {
  Scope scope;
  if (command.needs == Needs::config) {
    scope.options.only = std::string{}; // no workgroup has an empty name: none is read
    return scope;
  }
  if (command.needs == Needs::workgroup_summaries) {
    scope.options.depth = Depth::own_file_and_steps;
    return scope;
  }
  const std::string argument = command.workgroup_argument ? command.workgroup_argument() : std::string{};
  const WorkgroupChoice choice{argument.empty() ? session.global.workgroup : argument,
                               session.env("ALEARN_WORKGROUP"), session.io.context.cwd};
  const auto slugs = list_workgroup_slugs(session.repository_root);
  auto slug = choose_workgroup(session.repository_root, slugs, choice);
  // Without a workgroup none is read; a command that needs one says why when it asks.
  scope.options.only = slug ? *slug : std::string{};
  if (slug && command.access == Access::write) {
    auto lock = lock_folder(session.repository_root / "workgroups" / *slug);
    TRY(lock);
    scope.lock = std::move(*lock);
  }
  return scope;
}

int load_and_run(Session &session, const Command &command) {
  FolderLock lock;
  if (command.needs != Needs::nothing) {
    const auto root = locate_root(session.io, session.global.repo);
    if (!root) {
      print_error(session,
                  fail(ErrorKind::not_found,
                       tr("geen alearn-repository gevonden (geen alearn.yaml hier of hoger); maak er "
                          "een met: alearn init",
                          "no alearn repository found (no alearn.yaml here or above); create one "
                          "with: alearn init"))
                      .error());
      return 2;
    }
    session.repository_root = *root;
  }
  if (command.needs != Needs::nothing && command.needs != Needs::root) {
    auto scope = scope_of(session, command);
    if (!scope) {
      print_error(session, scope.error());
      return 2;
    }
    lock = std::move(scope->lock);
    Loaded loaded = load_repository(session.repository_root, scope->options);
    for (const auto &error : loaded.needed) {
      print_error(session, error);
    }
    if (!loaded.needed.empty()) {
      return 2;
    }
    if (command.access == Access::write && scope->options.only && !scope->options.only->empty() &&
        refuse_writing(session, loaded.skipped,
                       session.repository_root / "workgroups" / *scope->options.only)) {
      return 2;
    }
    report_skipped(session, loaded.skipped);
    session.repo = std::move(loaded.repository);
  }
  const Status status = command.run(session);
  if (!status) {
    print_error(session, status.error());
    check_output(session);
    return exit_code_of(status.error());
  }
  const int output = check_output(session);
  return output != 0 ? output : session.exit_code;
}

int run_command(const std::vector<std::string> &args, Io &io) {
  const Lang lang = choose_language(args, io);
  auto cli = build_cli(lang);
  Session session{io, lang, false, {}, {}, std::nullopt, 0};
  const std::string no_colour = env_of(io, "NO_COLOR");
  session.colour = io.terminal && no_colour.empty() && env_of(io, "TERM") != "dumb";
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    cli->app->parse(reversed);
  } catch (const CLI::CallForVersion &e) {
    io.out << e.what() << "\n";
    return check_output(session);
  } catch (const CLI::CallForHelp &) {
    io.out << help_text(*cli->app, *chosen_command(*cli->app), lang);
    return check_output(session);
  } catch (const CLI::ParseError &e) {
    io.err << parse_error_text(*cli->app, e, lang);
    return 2;
  }
  session.global = cli->global;
  if (!session.global.lang.empty()) {
    parse_lang(session.global.lang, session.lang);
  }
  const CLI::App *leaf = chosen_command(*cli->app);
  const auto found = cli->registry.find(leaf);
  if (found == cli->registry.end()) {
    io.out << help_text(*cli->app, *leaf, lang);
    return check_output(session);
  }
  return load_and_run(session, found->second);
}

// A closed standard stream would be the next file alearn opens, and output meant for the
// terminal would land in a record. Each closed one is opened on /dev/null the wrong way round,
// so that writing to it fails (and is reported) as writing to a closed stream does.
void keep_standard_streams_taken() {
  for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      const int opened = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
      if (opened >= 0 && opened != fd) {
        ::dup2(opened, fd);
        ::close(opened);
      }
    }
  }
}

OptionInfo option_info(CLI::Option &option) {
  OptionInfo info;
  info.positional = option.get_positional();
  if (info.positional) {
    info.names.push_back(option.get_name(true));
  }
  for (const auto &name : option.get_snames()) {
    info.names.push_back("-" + name);
  }
  for (const auto &name : option.get_lnames()) {
    info.names.push_back("--" + name);
  }
  info.flag = option.get_items_expected_max() == 0;
  info.required = option.get_required();
  info.repeatable = option.get_expected_max() > 1;
  info.help = option.get_description();
  info.values = value_set(option);
  return info;
}

// What the option completes with, by its row in argument_completions() for `command`.
void add_completion(OptionInfo &info, std::string_view command) {
  for (const ArgumentCompletion &row : argument_completions()) {
    if (row.command == command && std::ranges::find(info.names, row.name) != info.names.end()) {
      info.completes = row.completes;
      info.kind = row.kind;
      return;
    }
  }
}

// The options of the command at `path` ("" for the options every command has).
std::vector<OptionInfo> options_of(const CLI::App &cmd, std::string_view path) {
  std::vector<OptionInfo> options;
  for (const CLI::Option *option : cmd.get_options()) {
    if (option != cmd.get_help_ptr() && option != cmd.get_version_ptr()) {
      options.push_back(option_info(const_cast<CLI::Option &>(*option))); // get_validator is not const
      add_completion(options.back(), path);
    }
  }
  return options;
}

const CLI::App &command_at(const CLI::App &app, std::string_view path) {
  const CLI::App *cmd = &app;
  for (const auto word : std::views::split(path, ' ')) {
    cmd = cmd->get_subcommand(std::string(word.begin(), word.end()));
  }
  return *cmd;
}

} // namespace

std::vector<CommandInfo> describe_commands(Lang lang) {
  const auto cli = build_cli(lang);
  std::vector<CommandInfo> commands;
  for (const CommandSpec &spec : command_table()) {
    commands.push_back({&spec, options_of(command_at(*cli->app, spec.path), spec.path)});
  }
  return commands;
}

std::vector<OptionInfo> common_options(Lang lang) { return options_of(*build_cli(lang)->app, ""); }

int run(const std::vector<std::string> &args, Io &io) {
  // Everything alearn prints passes the filter, so that no value and no file name can drive the
  // terminal; the colour mark is new in every run, so that no file can know it.
  const std::string mark = new_colour_mark();
  SafeOutput out_filter(io.out, mark);
  SafeOutput err_filter(io.err, mark);
  std::ostream out(&out_filter);
  std::ostream err(&err_filter);
  err.setf(std::ios::unitbuf);
  Io safe{io.in, out, err, io.context, io.env, io.terminal, io.interactive, mark, io.columns};
  return run_command(args, safe);
}

int run_process(int argc, char **argv) {
  keep_standard_streams_taken();
  // A repository check allocates and frees many small values on two threads; without this,
  // glibc keeps handing memory back to the system and every core pays for the TLB flushes.
  ::mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  ::mallopt(M_TOP_PAD, 64 * 1024 * 1024);
  std::vector<std::string> args(argv + 1, argv + argc);
  Io io{std::cin,
        std::cout,
        std::cerr,
        process_context(),
        {},
        ::isatty(STDOUT_FILENO) == 1,
        ::isatty(STDIN_FILENO) == 1};
  if (winsize size{}; io.terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
    io.columns = size.ws_col;
  }
  for (char **entry = environ; *entry != nullptr; ++entry) {
    const std::string_view variable = *entry;
    const auto equals = variable.find('=');
    if (equals != std::string_view::npos) {
      io.env.emplace(variable.substr(0, equals), variable.substr(equals + 1));
    }
  }
  return run(args, io);
}

} // namespace alearn
