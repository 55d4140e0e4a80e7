# Completes a command line as zsh does on Tab, in an interactive zsh on a pseudo-terminal
# (zpty) with the completion system and the script:
#   zsh -f complete.zsh SCRIPT 'alearn workgroup '
# prints the candidates, one a line.
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
zpty -w z "source ${(q)${0:A:h}}/capture.zsh ${(q)1}"
local line
integer ready=0
repeat 50; do
  zpty -r z line || break
  [[ $line == ok* ]] && { ready=1; break }
done
(( ready )) || { echo 'zsh did not start' >&2; exit 2 }
zpty -w -n z "$2"$'\t'
integer marks=0
while zpty -r z line; do
  line=${line%$'\r'}
  line=${line%$'\n'}
  line=${line%$'\r'}
  if [[ $line == *$'\0'* ]]; then
    (( marks++ ))
    (( marks == 2 )) && break
    continue
  fi
  (( marks == 1 )) && print -r -- "$line"
done
zpty -d z 2>/dev/null
