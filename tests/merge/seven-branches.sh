#!/usr/bin/env bash
# Seven members of one workgroup each work on a branch of their own: each branch has someone
# join, an agreement added, a different field of workgroup.md set, and records and
# measurements written; one branch has a member leave. The branches merge into main with plain
# `git merge`: zero conflicts, `alearn check` passes and nothing is lost. Then the edits that
# do conflict, as docs/en/collaborating.md says: the same field set on two branches, and a
# theme added on two branches.
#
# Usage: ALEARN=/path/to/alearn tests/merge/seven-branches.sh   (prints "ok" at the end)
set -euo pipefail
alearn=${ALEARN:?set ALEARN to the alearn binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

export GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@example.org
export ALEARN_LANG=en ALEARN_USER="Ann de Wit" GIT_CONFIG_NOSYSTEM=1
fail() { echo "FAILED: $*" >&2; exit 1; }
today=$(date +%Y-%m-%d)
a_while_ago=$(date -d '-100 days' +%Y-%m-%d)

git init -q -b main repo
cd repo
"$alearn" init --name "Care network" --organisation "Home care" >/dev/null
"$alearn" workgroup new "Night shifts" --organisation "Home care" --member "Ann de Wit" \
  --member "Bob Smit" --member "Cor Jansen" --problem "Night shifts stay open." \
  --start "$a_while_ago" >/dev/null
"$alearn" indicator add "Open shifts" --direction down --frequency weekly --owner "Ann de Wit" >/dev/null
git add -A
git commit -qm "the workgroup starts"

# Branch i: member i joins, agreement i, field i, a logbook entry and a measurement.
fields=(start end problem design.goal design.means design.preconditions design.approach)
values=("$(date -d '-90 days' +%Y-%m-%d)" "$(date -d '+200 days' +%Y-%m-%d)" "Night shifts stay open, twice a week."
  "Fewer open night shifts" "Two hours a week" "The manager frees the hours" "One workgroup of eight")
for i in 1 2 3 4 5 6 7; do
  git checkout -q -b "member-$i" main
  "$alearn" workgroup member add "Member $i" --organisation "Org $i" >/dev/null
  "$alearn" workgroup agreement add "Agreement $i" >/dev/null
  "$alearn" workgroup set "${fields[$((i - 1))]}" "${values[$((i - 1))]}" >/dev/null
  "$alearn" log add --kind reflection --message "Reflection $i" >/dev/null
  "$alearn" indicator record open-shifts "$i" --date "$(date -d "-$((8 - i)) days" +%Y-%m-%d)" >/dev/null
  if [ "$i" = 3 ]; then
    "$alearn" workgroup member remove "Cor Jansen" >/dev/null
  fi
  git add -A
  git commit -qm "member $i"
done

git checkout -q main
for i in 1 2 3 4 5 6 7; do
  git merge -q --no-edit "member-$i" >/dev/null 2>&1 || fail "merging member-$i conflicts: $(git diff --name-only --diff-filter=U)"
done
"$alearn" check >/dev/null || fail "check after the merges: $("$alearn" check 2>&1)"

show=$("$alearn" workgroup show --json)
count() { python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d$1))" <<<"$show"; }
value() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)" <<<"$show"; }
[ "$(count "['members']")" = 9 ] || fail "9 members expected: $(value "['members']")"
[ "$(count "['former_members']")" = 1 ] || fail "1 former member expected"
[ "$(count "['agreements']")" = 7 ] || fail "7 agreements expected"
for i in 1 2 3 4 5 6 7; do
  grep -q "${values[$((i - 1))]}" workgroups/night-shifts/workgroup.md || fail "${fields[$((i - 1))]} lost"
done
[ "$(ls workgroups/night-shifts/logbook | wc -l)" = 7 ] || fail "7 logbook entries expected"
[ "$(ls workgroups/night-shifts/measurements/open-shifts | wc -l)" = 7 ] || fail "7 measurements expected"
echo "seven branches: merged without conflict; 9 members, 1 former, 7 agreements, 7 fields"

# What does conflict: one field set on two branches, and a theme added on two branches.
expect_conflict() { # $1: what; then the commands of branch A and of branch B (one each)
  local what=$1 first=$2 second=$3
  git checkout -q -b a main && eval "$first" >/dev/null && git commit -qam a
  git checkout -q -b b main && eval "$second" >/dev/null && git commit -qam b
  git checkout -q main
  git merge -q --no-edit a >/dev/null
  if git merge -q --no-edit b >/dev/null 2>&1; then fail "$what: expected a conflict"; fi
  git merge --abort
  git reset -q --hard "main@{1}"
  git branch -q -D a b
  echo "$what: conflicts, as documented"
}
expect_conflict "one field on two branches" \
  '"$alearn" workgroup set design.goal "Goal A"' '"$alearn" workgroup set design.goal "Goal B"'
expect_conflict "a theme on two branches" \
  '"$alearn" workgroup theme add "Healthy work"' '"$alearn" workgroup theme add "More working hours"'
echo ok
