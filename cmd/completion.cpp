// alearn completion bash|zsh|fish: the script that makes a shell complete alearn, written from
// the command table; and `completion values KIND` (hidden), which the scripts ask for the
// repository's workgroups, members, indicators and record ids while a line is typed.
#include "completion.hpp"

#include "choices.hpp"
#include "commands.hpp"
#include "completion_values.hpp"
#include "session.hpp"

#include <fmt/format.h>

#include <memory>
#include <set>

namespace alearn {

namespace {

struct CompletionOptions {
  std::string shell;
};

struct CompletionValuesOptions {
  std::string kind;
};

// One line of the script's table: no tab or line break may end up inside a field.
std::string table_field(std::string_view text) {
  std::string clean;
  for (const char c : text) {
    clean += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
  }
  return clean;
}

std::string completion_spec_of(const OptionInfo &option) {
  if (option.flag) {
    return "-";
  }
  if (!option.values.empty()) {
    std::string words;
    for (const auto &value : option.values) {
      words += (words.empty() ? "" : " ") + table_field(value);
    }
    return "w:" + words;
  }
  switch (option.completes) {
  case Completes::file:
    return "f";
  case Completes::directory:
    return "d";
  case Completes::repository:
    return "r:" + std::string(value_kind_word(option.kind));
  default:
    return "";
  }
}

std::pair<std::string_view, std::string_view> completion_parent_and_name(std::string_view path) {
  const auto space = path.rfind(' ');
  if (space == std::string_view::npos) {
    return {{}, path};
  }
  return {path.substr(0, space), path.substr(space + 1)};
}

void add_completion_options(std::vector<std::string> &lines, std::string_view path,
                            const std::vector<OptionInfo> &options) {
  std::size_t index = 0;
  for (const OptionInfo &option : options) {
    if (option.positional) {
      lines.push_back(fmt::format("a\t{}\t{}\t{}\t{}", path, index++, option.repeatable ? 1 : 0,
                                  completion_spec_of(option)));
      continue;
    }
    for (const auto &name : option.names) {
      lines.push_back(
          fmt::format("o\t{}\t{}\t{}\t{}", path, name, completion_spec_of(option), table_field(option.help)));
    }
  }
}

// `text` in single quotes for bash and zsh.
std::string sh_quote(std::string_view text) {
  std::string quoted = "'";
  for (const char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

// `text` in single quotes for fish, where a backslash escapes a quote and itself.
std::string fish_quote(std::string_view text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') {
      quoted += '\\';
    }
    quoted += c;
  }
  return quoted + "'";
}

// The walk over the words typed so far, one word at a time, the same in bash and zsh (both take
// `(pattern)` in case and see the caller's locals): which command they name (cmdpath), how many
// of its arguments are given (npos), whether the last word is an option waiting for its value
// (expect), and the --repo and --workgroup given (repo, group).
constexpr std::string_view word_walk = R"SH(
__alearn_read_word() {
  local word=$1
  if [[ -n $expect ]]; then
    case $expect in
    (--repo) repo=$word ;;
    (-w | --workgroup) group=$word ;;
    esac
    expect=""
    return 0
  fi
  case $word in
  (--repo=*) repo=${word#*=} ;;
  (--workgroup=*) group=${word#*=} ;;
  (-*=*) ;;
  (-*) __alearn_option "$cmdpath" "$word" && [[ $REPLY != - ]] && expect=$word ;;
  (*)
    if __alearn_is_command "$cmdpath" "$word"; then
      cmdpath=${cmdpath:+$cmdpath }$word
      npos=0
    else
      npos=$((npos + 1))
    fi
    ;;
  esac
  return 0
}
)SH";

constexpr std::string_view bash_driver = R"SH(
# The spec of option $2 of the command $1 (or of every command) in REPLY; 1 when there is none.
__alearn_option() {
  local line t=$'\t'
  REPLY=
  for line in "${__alearn_lines[@]}"; do
    if [[ $line == "o$t$1$t$2$t"* || $line == "o$t$t$2$t"* ]]; then
      line=${line#o"$t"*"$t"*"$t"}
      REPLY=${line%%"$t"*}
      return 0
    fi
  done
  return 1
}

# The spec of argument $2 (from 0) of the command $1 in REPLY; 1 when it takes no more.
__alearn_argument() {
  local line t=$'\t' index repeat
  REPLY=
  for line in "${__alearn_lines[@]}"; do
    [[ $line == "a$t$1$t"* ]] || continue
    line=${line#a"$t"*"$t"}
    index=${line%%"$t"*}
    line=${line#*"$t"}
    repeat=${line%%"$t"*}
    if ((index == $2 || (repeat && index < $2))); then
      REPLY=${line#*"$t"}
      return 0
    fi
  done
  return 1
}

__alearn_is_command() {
  local line t=$'\t'
  for line in "${__alearn_lines[@]}"; do
    [[ $line == "c$t$1$t$2$t"* ]] && return 0
  done
  return 1
}

# Adds those of the words that start with what is typed to COMPREPLY, quoted where needed.
__alearn_offer() {
  local typed=${cur//\\/} word special='[][[:space:]'\''"\\$`!*?{}()<>|&;#~]'
  for word; do
    [[ -n $word && $word == "$typed"* ]] || continue
    [[ $word =~ $special ]] && printf -v word '%q' "$word"
    COMPREPLY+=("$word")
  done
}

__alearn_complete_value() {
  local -a found
  local line
  case $1 in
  w:*)
    read -ra found <<<"${1#w:}"
    __alearn_offer "${found[@]}"
    ;;
  r:*)
    local -a args=(completion values "${1#r:}")
    [[ -n $repo ]] && args+=(--repo "$repo")
    [[ -n $group ]] && args+=(--workgroup "$group")
    while IFS= read -r line; do
      found+=("$line")
    done < <(alearn "${args[@]}" 2>/dev/null)
    __alearn_offer "${found[@]}"
    ;;
  f) _filedir ;;
  d) _filedir -d ;;
  esac
}

_alearn() {
  local cur prev words cword split
  _init_completion -s || return
  local t=$'\t' cmdpath="" line expect="" repo="" group="" REPLY
  local -i i npos=0
  for ((i = 1; i < cword; i++)); do
    __alearn_read_word "${words[i]}"
  done
  [[ $repo == "~/"* ]] && repo=$HOME/${repo#"~/"}
  if [[ -n $expect ]]; then
    __alearn_option "$cmdpath" "$expect" && __alearn_complete_value "$REPLY"
    return 0
  fi
  if [[ $split == true ]]; then
    __alearn_option "$cmdpath" "$prev" && __alearn_complete_value "$REPLY"
    return 0
  fi
  local -a found=()
  if [[ $cur == -* ]]; then
    for line in "${__alearn_lines[@]}"; do
      if [[ $line == "o$t$cmdpath$t"* || ( -n $cmdpath && $line == "o$t$t"* ) ]]; then
        line=${line#o"$t"*"$t"}
        found+=("${line%%"$t"*}")
      fi
    done
    __alearn_offer "${found[@]}"
    return 0
  fi
  for line in "${__alearn_lines[@]}"; do
    if [[ $line == "c$t$cmdpath$t"* ]]; then
      line=${line#c"$t"*"$t"}
      found+=("${line%%"$t"*}")
    fi
  done
  __alearn_offer "${found[@]}"
  __alearn_argument "$cmdpath" "$npos" && __alearn_complete_value "$REPLY"
  return 0
}

complete -F _alearn alearn
)SH";

constexpr std::string_view zsh_driver = R"SH(
# The spec of option $2 of the command $1 (or of every command) in REPLY; 1 when there is none.
__alearn_option() {
  local line
  local -a f
  REPLY=
  for line in "${__alearn_lines[@]}"; do
    f=("${(@ps:\t:)line}")
    if [[ $f[1] == o && ( $f[2] == "$1" || -z $f[2] ) && $f[3] == "$2" ]]; then
      REPLY=$f[4]
      return 0
    fi
  done
  return 1
}

# The spec of argument $2 (from 0) of the command $1 in REPLY; 1 when it takes no more.
__alearn_argument() {
  local line
  local -a f
  REPLY=
  for line in "${(@M)__alearn_lines:#a$'\t'$1$'\t'*}"; do
    f=("${(@ps:\t:)line}")
    if (( f[3] == $2 || (f[4] && f[3] < $2) )); then
      REPLY=$f[5]
      return 0
    fi
  done
  return 1
}

__alearn_is_command() {
  local line
  local -a f
  for line in "${(@M)__alearn_lines:#c$'\t'*}"; do
    f=("${(@ps:\t:)line}")
    [[ $f[2] == "$1" && $f[3] == "$2" ]] && return 0
  done
  return 1
}

__alearn_complete_value() {
  local -a found
  case $1 in
  (w:*)
    found=(${(s: :)${1#w:}})
    compadd -a found
    ;;
  (r:*)
    local -a args=(completion values "${1#r:}")
    [[ -n $repo ]] && args+=(--repo "$repo")
    [[ -n $group ]] && args+=(--workgroup "$group")
    found=("${(@f)$(alearn "${args[@]}" 2>/dev/null)}")
    found=(${found:#})
    compadd -a found
    ;;
  (f) _files ;;
  (d) _files -/ ;;
  esac
}

_alearn() {
  local cmdpath="" line expect="" repo="" group="" REPLY cur=${words[CURRENT]}
  local -a f described
  integer i npos=0
  for ((i = 2; i < CURRENT; i++)); do
    __alearn_read_word "${(Q)words[i]}"
  done
  [[ $repo == "~/"* ]] && repo=$HOME/${repo#"~/"}
  if [[ -n $expect ]]; then
    __alearn_option "$cmdpath" "$expect" && __alearn_complete_value "$REPLY"
    return 0
  fi
  if [[ $cur == -*=* ]]; then
    __alearn_option "$cmdpath" "${cur%%=*}" || return 1
    compset -P '*='
    __alearn_complete_value "$REPLY"
    return 0
  fi
  if [[ $cur == -* ]]; then
    for line in "${(@M)__alearn_lines:#o$'\t'*}"; do
      f=("${(@ps:\t:)line}")
      if [[ $f[2] == "$cmdpath" || ( -n $cmdpath && -z $f[2] ) ]]; then
        described+=("${f[3]//:/\\:}:$f[5]")
      fi
    done
    _describe -t options option described
    return 0
  fi
  for line in "${(@M)__alearn_lines:#c$'\t'*}"; do
    f=("${(@ps:\t:)line}")
    [[ $f[2] == "$cmdpath" ]] && described+=("${f[3]//:/\\:}:$f[4]")
  done
  (( $#described )) && _describe -t commands command described
  __alearn_argument "$cmdpath" "$npos" && __alearn_complete_value "$REPLY"
  return 0
}

if [[ $funcstack[1] == _alearn ]]; then
  _alearn "$@"
else
  compdef _alearn alearn
fi
)SH";

constexpr std::string_view fish_driver = R"SH(
# The spec of option $argv[2] of the command $argv[1] (or of every command); 1 when there is none.
function __alearn_option --argument-names cmdpath option
    set -l t (printf '\t')
    for line in (string match -- "o$t$cmdpath$t*" $__alearn_lines) (string match -- "o$t$t*" $__alearn_lines)
        set -l f (string split -- $t $line)
        if test "$f[3]" = "$option"
            echo $f[4]
            return 0
        end
    end
    return 1
end

# The spec of argument $argv[2] (from 0) of the command $argv[1]; 1 when it takes no more.
function __alearn_argument --argument-names cmdpath n
    set -l t (printf '\t')
    for line in (string match -- "a$t$cmdpath$t*" $__alearn_lines)
        set -l f (string split -- $t $line)
        if test $f[3] -eq $n; or begin
                test $f[4] -eq 1; and test $f[3] -lt $n
            end
            echo $f[5]
            return 0
        end
    end
    return 1
end

function __alearn_subcommands --argument-names cmdpath
    set -l t (printf '\t')
    for line in (string match -- "c$t$cmdpath$t*" $__alearn_lines)
        set -l f (string split -- $t $line)
        printf '%s\t%s\n' $f[3] $f[4]
    end
end

function __alearn_value --argument-names spec repo group prefix
    switch $spec
        case 'w:*'
            for word in (string split -- ' ' (string sub -s 3 -- $spec))
                echo $prefix$word
            end
        case 'r:*'
            set -l args completion values (string sub -s 3 -- $spec)
            test -n "$repo"; and set -a args --repo $repo
            test -n "$group"; and set -a args --workgroup $group
            for value in (alearn $args 2>/dev/null)
                echo $prefix$value
            end
        case f
            __fish_complete_path (commandline -ct)
        case d
            __fish_complete_directories (commandline -ct)
    end
end

function __alearn_complete
    set -l t (printf '\t')
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cmdpath ''
    set -l expect ''
    set -l repo ''
    set -l group ''
    set -l npos 0
    for word in $tokens[2..-1]
        if test -n "$expect"
            switch $expect
                case --repo
                    set repo $word
                case -w --workgroup
                    set group $word
            end
            set expect ''
            continue
        end
        switch $word
            case '--repo=*'
                set repo (string replace -- --repo= '' $word)
            case '--workgroup=*'
                set group (string replace -- --workgroup= '' $word)
            case '-*=*'
            case '-*'
                if set -l spec (__alearn_option "$cmdpath" $word); and test "x$spec" != x-
                    set expect $word
                end
            case '*'
                set -l names (__alearn_subcommands "$cmdpath" | string replace -r '\t.*' '')
                if contains -- $word $names
                    set cmdpath (string trim -- "$cmdpath $word")
                    set npos 0
                else
                    set npos (math $npos + 1)
                end
        end
    end
    if test -n "$expect"
        set -l spec (__alearn_option "$cmdpath" $expect); and __alearn_value "$spec" "$repo" "$group" ''
        return 0
    end
    if string match -q -- '-*=*' $cur
        set -l option (string split -m 1 -- = $cur)[1]
        set -l spec (__alearn_option "$cmdpath" $option); and __alearn_value "$spec" "$repo" "$group" "$option="
        return 0
    end
    if string match -q -- '-*' $cur
        set -l lines (string match -- "o$t$cmdpath$t*" $__alearn_lines)
        test -n "$cmdpath"; and set -a lines (string match -- "o$t$t*" $__alearn_lines)
        for line in $lines
            set -l f (string split -- $t $line)
            printf '%s\t%s\n' $f[3] $f[5]
        end
        return 0
    end
    __alearn_subcommands "$cmdpath"
    set -l spec (__alearn_argument "$cmdpath" $npos); and __alearn_value "$spec" "$repo" "$group" ''
    return 0
end

complete -c alearn -e
complete -c alearn -f -a '(__alearn_complete)'
)SH";

std::string completion_header(Shell shell) {
  return fmt::format(
      "{}# {} completion for alearn, written from its command table by `alearn completion {}`.\n",
      shell == Shell::zsh ? "#compdef alearn\n" : "", shell_name(shell), shell_name(shell));
}

std::vector<Choice> value_kind_choices() {
  std::vector<Choice> choices;
  for (const auto &name : value_kind_names()) {
    choices.push_back({std::string(name.word), std::string(name.word)});
  }
  return choices;
}

Status run_completion(Session &session, const CompletionOptions &options) {
  if (options.shell.empty()) { // not required by CLI11, which would then ask it of `completion values` too
    return fail(ErrorKind::usage, tr("welke shell? Geef bash, zsh of fish, zoals: alearn completion bash",
                                     "which shell? Give bash, zsh or fish, as in: alearn completion bash"));
  }
  Shell shell = Shell::bash;
  for (const Shell each : {Shell::bash, Shell::zsh, Shell::fish}) {
    if (options.shell == shell_name(each)) {
      shell = each;
    }
  }
  session.io.out << completion_script(shell, session.lang);
  return {};
}

// Nothing but the values, one a line: outside a repository, or with a file that cannot be read,
// there are none, and nothing is said about it (the shell would show it in the middle of a line).
Status run_completion_values(Session &session, const CompletionValuesOptions &options) {
  const auto kind = parse_value_kind(options.kind);
  if (!kind) {
    return {};
  }
  const WorkgroupChoice choice{session.global.workgroup, session.env("ALEARN_WORKGROUP"),
                               session.io.context.cwd};
  for (const auto &value : completion_values(locate_root(session.io, session.global.repo), *kind, choice)) {
    session.io.out << value << '\n';
  }
  return {};
}

} // namespace

std::string_view shell_name(Shell shell) {
  switch (shell) {
  case Shell::zsh:
    return "zsh";
  case Shell::fish:
    return "fish";
  default:
    return "bash";
  }
}

std::vector<std::string> completion_lines(Lang lang) {
  std::vector<std::string> lines;
  std::set<std::string_view> groups;
  for (const CommandGroup &group : command_groups()) {
    const auto [parent, name] = completion_parent_and_name(group.path);
    lines.push_back(fmt::format("c\t{}\t{}\t{}", parent, name,
                                table_field(help(lang, group.summary.nl, group.summary.en))));
    groups.insert(group.path);
  }
  const auto commands = describe_commands(lang);
  for (const CommandInfo &command : commands) {
    if (command.spec->visibility == Visibility::hidden || groups.contains(command.spec->path)) {
      continue;
    }
    const auto [parent, name] = completion_parent_and_name(command.spec->path);
    const StaticText summary = command.spec->summary;
    lines.push_back(
        fmt::format("c\t{}\t{}\t{}", parent, name, table_field(help(lang, summary.nl, summary.en))));
  }
  for (const CommandInfo &command : commands) {
    if (command.spec->visibility == Visibility::listed) {
      add_completion_options(lines, command.spec->path, command.options);
    }
  }
  add_completion_options(lines, "", common_options(lang));
  const std::string help_text = help(lang, "Toon de hulp", "Show the help");
  lines.push_back("o\t\t-h\t-\t" + help_text);
  lines.push_back("o\t\t--help\t-\t" + help_text);
  return lines;
}

std::string completion_script(Shell shell, Lang lang) {
  std::string script = completion_header(shell);
  if (shell == Shell::fish) {
    script += "set -g __alearn_lines \\\n";
    for (const auto &line : completion_lines(lang)) {
      script += "    " + fish_quote(line) + " \\\n";
    }
    script += "\n";
    script += fish_driver;
    return script;
  }
  script += shell == Shell::zsh ? "typeset -ga __alearn_lines\n" : "";
  script += "__alearn_lines=(\n";
  for (const auto &line : completion_lines(lang)) {
    script += "  " + sh_quote(line) + "\n";
  }
  script += ")\n";
  script += word_walk;
  script += shell == Shell::zsh ? zsh_driver : bash_driver;
  return script;
}

Command bind_completion(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<CompletionOptions>();
  cmd->add_option("shell", options->shell, help(lang, "bash, zsh of fish", "bash, zsh or fish"))
      ->transform(one_of(plain_choices({"bash", "zsh", "fish"}), lang));
  return command_for(options, run_completion);
}

Command bind_completion_values(CLI::App *cmd, Lang lang) {
  auto options = std::make_shared<CompletionValuesOptions>();
  cmd->add_option("kind", options->kind, help(lang, "Welke waarden", "Which values"))
      ->required()
      ->transform(one_of(value_kind_choices(), lang));
  return command_for(options, run_completion_values);
}

} // namespace alearn
