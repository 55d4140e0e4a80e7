#!/usr/bin/env bash
# The check step of alearn's GitHub Action (action.yml): `alearn check --format github` in the
# folder INPUT_FOLDER, with the words of INPUT_ARGS, and on a pull request with
# `--since <the base branch's last commit>`, so that it checks the workgroups the pull request
# changes and everything repository-wide; on any other event (a push) the whole repository.
# It reads what GitHub sets:
#   GITHUB_EVENT_NAME    pull_request or pull_request_target: check --since the base branch
#   GITHUB_BASE_REF      the pull request's base branch; fetched with the history --since
#                        needs when the checkout lacks them (actions/checkout's default is one
#                        commit; the workflow of `alearn init --ci` asks for fetch-depth: 0)
#   GITHUB_STEP_SUMMARY  alearn writes its table of every finding there
#   INPUT_FOLDER         the action's input `folder` (default .)
#   INPUT_ARGS           the action's input `args`: words separated by spaces or line breaks,
#                        each one argument as it stands (no quotes, no globs, no expansion)
# action.yml hands the inputs over through env:, so that no input is ever part of a script's
# text. tests/ecosystem/action_test.sh runs this outside GitHub.
set -euo pipefail

folder=${INPUT_FOLDER:-.}
extra=()
read -r -d '' -a extra <<<"${INPUT_ARGS:-}" || true

cd -- "$folder"

since=()
case "${GITHUB_EVENT_NAME:-}" in
pull_request | pull_request_target)
  base=${GITHUB_BASE_REF:-}
  if [ -n "$base" ] && git check-ref-format --branch "$base" >/dev/null 2>&1; then
    tracking="refs/remotes/origin/$base"
    # --since compares HEAD with the commit where it meets the base branch: that needs the base
    # branch and their history. A shallow checkout (actions/checkout's default of one commit) is
    # made complete; a complete one lacking the base branch fetches it.
    if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
      git fetch --no-tags --quiet --unshallow origin "+refs/heads/$base:$tracking" || true
    elif ! git rev-parse --verify --quiet "$tracking^{commit}" >/dev/null; then
      git fetch --no-tags --quiet origin "+refs/heads/$base:$tracking" || true
    fi
    if commit=$(git rev-parse --verify --quiet "$tracking^{commit}") &&
      git merge-base "$commit" HEAD >/dev/null 2>&1; then
      since=(--since "$commit")
    fi
  fi
  if [ ${#since[@]} -eq 0 ]; then
    echo "::warning title=alearn check::the pull request's base branch could not be fetched: the whole repository is checked"
  fi
  ;;
esac

echo "alearn check --format github ${since[*]} ${extra[*]}"
exec alearn check --format github "${since[@]}" "${extra[@]}"
