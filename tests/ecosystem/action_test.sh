#!/usr/bin/env bash
# The check step of alearn's GitHub Action (scripts/github-check.sh), run as GitHub would run it:
# with GITHUB_EVENT_NAME, GITHUB_BASE_REF, GITHUB_STEP_SUMMARY and the inputs as INPUT_* in the
# environment, in a shallow clone (actions/checkout's default) of a real repository.
#   - With a stub `alearn` first on the PATH that records its arguments: on a pull request the
#     script fetches the base branch and passes --since <its last commit>; on a push it does not;
#     the inputs arrive as words, never run by a shell; the folder may hold a space; a base branch
#     that cannot be fetched means a full check with a warning.
#   - With the real binary on a push: annotations and exit code 0 on a clean repository, 1 with
#     overdue indicators, and a job summary whose table has a row for each of 30 findings (GitHub
#     shows only the first 10 annotations of a step).
#
#   action_test.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"
script="$source_dir/scripts/github-check.sh"

# The repository on "GitHub": main, a branch with a change, and the merge commit GitHub makes
# for its pull request (refs/pull/1/merge), which actions/checkout fetches, one commit deep.
origin="$work_dir/origin"
make_network "$origin"
git -C "$origin" checkout -q -b feature
(cd "$origin" && "$alearn" --as zoe indicator record score 5 --date "$(date -d '-1 days' +%F)" >/dev/null)
git -C "$origin" add -A
git -C "$origin" commit -qm "A measurement"
git -C "$origin" checkout -q --detach main
git -C "$origin" merge -q --no-ff --no-edit feature
git -C "$origin" update-ref refs/pull/1/merge HEAD
git -C "$origin" checkout -q main
main_commit=$(git -C "$origin" rev-parse main)
checkout="$work_dir/checkout"
git init -q "$checkout"
git -C "$checkout" remote add origin "file://$origin"
git -C "$checkout" fetch -q --no-tags --depth=1 origin +refs/pull/1/merge:refs/remotes/pull/1/merge
git -C "$checkout" checkout -q --detach refs/remotes/pull/1/merge
[ "$(git -C "$checkout" rev-parse --is-shallow-repository)" = true ] || fail "the checkout is not shallow"

# A stub alearn that writes each argument on a line of its own, and the folder it ran in.
stub="$work_dir/stub"
mkdir -p "$stub"
cat >"$stub/alearn" <<'STUB'
#!/usr/bin/env bash
pwd >"$ALEARN_STUB_LOG"
printf '%s\n' "$@" >>"$ALEARN_STUB_LOG"
STUB
chmod +x "$stub/alearn"
log="$work_dir/arguments"
# run_stub VAR=value...: the script in the checkout with the stub; what the stub recorded.
run_stub() {
  (cd "$checkout" && env PATH="$stub:$PATH" ALEARN_STUB_LOG="$log" "$@" "$script") >"$work_dir/output" 2>&1 ||
    fail "github-check.sh failed ($*): $(cat "$work_dir/output")"
  cat "$log"
}
lines() { printf '%s\n' "$@"; }

recorded=$(run_stub GITHUB_EVENT_NAME=pull_request GITHUB_BASE_REF=main INPUT_FOLDER=. INPUT_ARGS=--strict)
expected=$(lines "$checkout" check --format github --since "$main_commit" --strict)
[ "$recorded" = "$expected" ] || fail "on a pull request: $recorded; expected: $expected"
[ "$(git -C "$checkout" rev-parse refs/remotes/origin/main)" = "$main_commit" ] ||
  fail "the base branch was not fetched"
[ "$(git -C "$checkout" merge-base refs/remotes/origin/main HEAD)" = "$main_commit" ] ||
  fail "the checkout has not the history --since needs"
# A complete clone of the branch alone: the base branch is fetched, nothing else changes.
single="$work_dir/single"
git clone -q --single-branch --branch feature "file://$origin" "$single"
recorded=$(cd "$single" && env PATH="$stub:$PATH" ALEARN_STUB_LOG="$log" GITHUB_EVENT_NAME=pull_request \
  GITHUB_BASE_REF=main "$script" >/dev/null 2>&1 && cat "$log")
[ "$recorded" = "$(lines "$single" check --format github --since "$main_commit")" ] ||
  fail "on a pull request in a complete clone: $recorded"
# A second run finds the base branch without fetching; pull_request_target is a pull request too.
recorded=$(run_stub GITHUB_EVENT_NAME=pull_request_target GITHUB_BASE_REF=main)
[ "$recorded" = "$(lines "$checkout" check --format github --since "$main_commit")" ] ||
  fail "on pull_request_target: $recorded"

recorded=$(run_stub GITHUB_EVENT_NAME=push GITHUB_BASE_REF= INPUT_FOLDER=. INPUT_ARGS='--strict')
[ "$recorded" = "$(lines "$checkout" check --format github --strict)" ] || fail "on a push: $recorded"

# Inputs are data: words as they stand, no command substitution, no globbing, no second command.
hostile=$'--strict $(touch pwned1) `touch pwned2` * ;touch pwned3\n-w team|touch pwned4'
recorded=$(run_stub GITHUB_EVENT_NAME=push INPUT_ARGS="$hostile")
# shellcheck disable=SC2016 # the quotes keep $( and backticks as they are, on purpose
expected=$(lines "$checkout" check --format github --strict '$(touch' 'pwned1)' '`touch' 'pwned2`' '*' \
  ';touch' pwned3 -w 'team|touch' pwned4)
[ "$recorded" = "$expected" ] || fail "hostile args: $recorded; expected: $expected"
# A base branch's name is data too.
# shellcheck disable=SC2016
recorded=$(run_stub GITHUB_EVENT_NAME=pull_request GITHUB_BASE_REF='$(touch pwned5)')
[ "$recorded" = "$(lines "$checkout" check --format github)" ] || fail "a hostile base branch: $recorded"
expect_in "$(cat "$work_dir/output")" "::warning title=alearn check::the pull request's base branch could not be fetched" \
  "a hostile base branch"
if compgen -G "$checkout/pwned*" >/dev/null || compgen -G "$work_dir/pwned*" >/dev/null; then
  fail "an input ran as a command"
fi

# A folder with a space; a base branch that does not exist: the whole repository, with a warning.
mkdir -p "$checkout/sub dir"
recorded=$(run_stub GITHUB_EVENT_NAME=pull_request GITHUB_BASE_REF=gone INPUT_FOLDER='sub dir')
[ "$recorded" = "$(lines "$checkout/sub dir" check --format github)" ] || fail "a folder with a space: $recorded"
expect_in "$(cat "$work_dir/output")" "the whole repository is checked" "a base branch that is gone"

# The real binary on a push.
bin_dir=$(dirname "$alearn")
summary="$work_dir/summary.md"
real() {
  (cd "$checkout" && env PATH="$bin_dir:$PATH" GITHUB_STEP_SUMMARY="$summary" "$@" "$script") >"$work_dir/output" 2>&1
}
if real GITHUB_EVENT_NAME=push; then
  expect_in "$(cat "$work_dir/output")" "alearn check: 0 errors, 0 warnings" "the real check of a clean repository"
  expect_in "$(cat "$summary")" "## alearn check" "the job summary of a clean repository"
else
  fail "the real check of a clean repository failed: $(cat "$work_dir/output")"
fi
# On a pull request, once alearn check knows --since.
if "$alearn" check --help 2>/dev/null | grep -q -- --since; then
  real GITHUB_EVENT_NAME=pull_request GITHUB_BASE_REF=main ||
    fail "the real check of a pull request failed: $(cat "$work_dir/output")"
else
  echo "alearn check has no --since yet: the real run on a pull request is left out"
fi

# 30 overdue indicators: 30 annotations, and 30 rows in the job summary.
(
  cd "$checkout"
  for i in $(seq 1 30); do
    "$alearn" indicator add "Overdue $i" --slug "overdue-$i" --frequency weekly --owner zoe >/dev/null
    "$alearn" --as zoe indicator record "overdue-$i" 1 --date "$(date -d '-21 days' +%F)" >/dev/null
  done
)
rm -f "$summary"
if real GITHUB_EVENT_NAME=push INPUT_ARGS=--strict; then
  fail "the real check passed with 30 overdue indicators"
else
  code=$?
  [ "$code" -eq 1 ] || fail "the real check with 30 overdue indicators: exit code $code, not 1"
fi
annotations=$(grep -c '^::error file=workgroups/team/indicators/overdue-' "$work_dir/output" || true)
[ "$annotations" -eq 30 ] || fail "30 overdue indicators gave $annotations annotations"
rows=$(grep -c '^| workgroups/team/indicators/overdue-[0-9]*\.md | [0-9]* | error | overdue | ' "$summary" || true)
[ "$rows" -eq 30 ] || fail "the job summary has $rows rows of overdue indicators, not 30: $(cat "$summary")"
[ "$(grep -c '^|' "$summary")" -eq 32 ] || fail "the job summary's table is not a header, its line and 30 rows"
expect_in "$(cat "$summary")" "| file | line | level | rule | message |" "the job summary's header"

finish
