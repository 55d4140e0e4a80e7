#!/usr/bin/env bash
# The check step of alearn's GitHub Action (action.yml): `alearn check --format github` in the
# folder INPUT_FOLDER, with the words of INPUT_ARGS, and on a pull request with
# `--since <the base branch's last commit>`, so that it checks the workgroups the pull request
# changes and everything repository-wide; on any other event (a push) the whole repository.
# It reads what GitHub sets:
#   GITHUB_EVENT_NAME    pull_request or pull_request_target: check --since the base branch
#   GITHUB_BASE_REF      the pull request's base branch; fetched (its last commit) when the
#                        checkout lacks it, as actions/checkout's default of one commit does
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
    # The base branch's last commit is enough: --since compares its tree with the checkout's.
    if ! git rev-parse --verify --quiet "$tracking^{commit}" >/dev/null; then
      git fetch --no-tags --quiet --depth=1 origin "+refs/heads/$base:$tracking" || true
    fi
    if commit=$(git rev-parse --verify --quiet "$tracking^{commit}"); then
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
