# Sourced by complete.zsh in an interactive zsh on a pseudo-terminal: loads the completion
# system and the script $1, and makes compadd print what it adds, between two NUL lines, after
# which the shell exits.
PROMPT=
RPROMPT=
autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump-alearn-test"
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
__capture_mark() { echo -E - $'\0' }
compprefuncs=(__capture_mark)
comppostfuncs=(__capture_mark exit)
compadd() {
  # The completion system's own calls that only gather (-O, -A, -D) go through untouched.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return $?
  fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  (( $#__hits )) || return 1
  print -rl -- "${(@)__hits/#/$IPREFIX}"
}
source $1
echo ok
