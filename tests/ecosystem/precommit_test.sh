#!/usr/bin/env bash
# alearn with the real pre-commit (https://pre-commit.com), as its users run it:
#   - the .pre-commit-config.yaml that `alearn init` writes (a local hook): `pre-commit run
#     --all-files` passes on a clean repository and fails, with alearn's message, on one with an
#     overdue indicator; after `pre-commit install` a commit of the overdue repository is refused;
#   - alearn's own .pre-commit-hooks.yaml (the hook provider): a configuration with
#     `repo: <a git repository holding it>` and `rev: <its commit>` runs the same hook.
# The hook runs `alearn` from the PATH: the binary under test comes first on it. pre-commit's
# cache and the home folder are temporary; language: system needs no network.
#
#   precommit_test.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"
PATH="$(dirname "$alearn"):$PATH"
export PATH
[ "$(command -v alearn)" = "$alearn" ] || fail "alearn on the PATH is not the binary under test"

repo="$work_dir/network"
make_network "$repo"
cd "$repo"
[ -f .pre-commit-config.yaml ] || fail "init wrote no .pre-commit-config.yaml"
[ ! -e .pre-commit-hooks.yaml ] || fail "init wrote a hook provider's .pre-commit-hooks.yaml"

# The local hook of init's configuration.
if out=$(pre-commit run --all-files 2>&1); then
  expect_in "$out" "alearn check" "pre-commit on a clean repository"
  expect_in "$out" "Passed" "pre-commit on a clean repository"
else
  fail "pre-commit run --all-files failed on a clean repository: $out"
fi

make_overdue "$repo"
if out=$(pre-commit run --all-files 2>&1); then
  fail "pre-commit run --all-files passed with an overdue indicator: $out"
else
  expect_in "$out" "Failed" "pre-commit with an overdue indicator"
  expect_in "$out" "- hook id: alearn-check" "pre-commit with an overdue indicator"
  expect_in "$out" "workgroups/team/indicators/score.md:" "pre-commit with an overdue indicator"
  expect_in "$out" "'score' was due to be measured on" "pre-commit with an overdue indicator"
  expect_in "$out" "1 error, 0 warnings" "pre-commit with an overdue indicator"
fi

# As a commit hook: the overdue repository cannot be committed, the clean one can.
out=$(pre-commit install 2>&1) || fail "pre-commit install: $out"
if out=$(git commit -qm "Remove a measurement" 2>&1); then
  fail "git commit passed the hook with an overdue indicator: $out"
else
  expect_in "$out" "'score' was due to be measured on" "the commit hook"
fi
git reset -q --hard
if out=$(git commit -q --allow-empty -m "Nothing overdue" 2>&1); then
  expect_in "$out" "Passed" "the commit hook on a clean repository"
else
  fail "the commit hook refused a clean repository: $out"
fi

# The hook provider: a git repository holding alearn's own .pre-commit-hooks.yaml, at a commit.
provider="$work_dir/provider"
git init -q -b main "$provider"
cp "$source_dir/.pre-commit-hooks.yaml" "$provider/"
git -C "$provider" add .pre-commit-hooks.yaml
git -C "$provider" commit -qm "alearn's hook"
rev=$(git -C "$provider" rev-parse HEAD)
cat >"$work_dir/provider-config.yaml" <<YAML
repos:
  - repo: $provider
    rev: $rev
    hooks:
      - id: alearn-check
YAML
if out=$(pre-commit run --all-files --config "$work_dir/provider-config.yaml" 2>&1); then
  expect_in "$out" "Passed" "the provider's hook on a clean repository"
else
  fail "the provider's hook failed on a clean repository: $out"
fi
make_overdue "$repo"
if out=$(pre-commit run --all-files --config "$work_dir/provider-config.yaml" 2>&1); then
  fail "the provider's hook passed with an overdue indicator: $out"
else
  expect_in "$out" "- hook id: alearn-check" "the provider's hook with an overdue indicator"
  expect_in "$out" "'score' was due to be measured on" "the provider's hook with an overdue indicator"
fi
git reset -q --hard

finish
