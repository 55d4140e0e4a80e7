# shellcheck shell=bash
# Shared by the tests of tests/ecosystem/ (sourced): the arguments, a clean environment and a
# way to fail.
#   <test>.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
if [ $# -ne 3 ]; then
  echo "usage: $0 ALEARN_BINARY SOURCE_DIR WORK_DIR" >&2
  exit 2
fi
alearn=$(realpath "$1")
# shellcheck disable=SC2034 # used by the tests that source this
source_dir=$(realpath "$2")
work_dir=$3
rm -rf "$work_dir"
mkdir -p "$work_dir"
work_dir=$(realpath "$work_dir")

# Nothing of the user's: a home, git's configuration and pre-commit's cache of our own; English.
export HOME="$work_dir/home"
export PRE_COMMIT_HOME="$work_dir/pre-commit-cache"
export XDG_CACHE_HOME="$work_dir/cache"
mkdir -p "$HOME"
export GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.org
export GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.org
export LANG=C.UTF-8 LC_ALL=C.UTF-8 ALEARN_LANG=en
unset ALEARN_REPO ALEARN_WORKGROUP ALEARN_USER GITHUB_EVENT_NAME GITHUB_BASE_REF GITHUB_STEP_SUMMARY \
  GITHUB_ACTIONS INPUT_FOLDER INPUT_ARGS
# The binary may be built with sanitizers; the leak checker has nothing to say about a CLI run.
export ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# expect_in TEXT PART WHAT: a failure unless TEXT contains PART.
expect_in() {
  case "$1" in
  *"$2"*) ;;
  *) fail "$3: '$2' is not in: $1" ;;
  esac
}
finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
  fi
  echo "$(basename "$0"): passed"
}

# A repository made by `alearn init`, with a workgroup whose weekly indicator was measured three
# weeks ago and today, committed on main in a git repository: clean. `make_overdue` removes
# today's measurement, so that the indicator is overdue.
make_network() {
  local dir=$1
  git init -q -b main "$dir"
  (
    cd "$dir" || exit
    "$alearn" init --name Network >/dev/null
    "$alearn" workgroup new Team --member 'Zoë Hendriks' --start "$(date -d '-100 days' +%F)" \
      --end "$(date -d '+100 days' +%F)" >/dev/null
    "$alearn" indicator add Score --baseline 9 --target 3 --direction down --frequency weekly --owner zoe >/dev/null
    "$alearn" --as zoe indicator record score 7 --date "$(date -d '-21 days' +%F)" >/dev/null
    "$alearn" --as zoe indicator record score 6 >/dev/null
    git add -A
    git commit -qm "A network with a workgroup"
  )
}
make_overdue() {
  local dir=$1
  (
    cd "$dir" || exit
    git rm -q "$(grep -l "date: $(date +%F)" workgroups/team/measurements/score/*.yaml)"
  )
}
