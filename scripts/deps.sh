#!/usr/bin/env bash
# Installs the Debian packages alearn needs that are not installed yet; silent when none are missing.
set -euo pipefail

packages=(
  g++ cmake make git
  libyaml-cpp-dev libyaml-dev libvalijson-dev libfmt-dev libcli11-dev nlohmann-json3-dev doctest-dev pkgconf
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  clang-format clang-tidy-19 clang-19 libclang-rt-19-dev
  chromium poppler-utils jq python3 file dpkg-dev faketime
  bash-completion zsh fish groff-base
)

# The tests of tests/ecosystem/: the real pre-commit, and shellcheck.
packages+=(pre-commit shellcheck)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
# node and npm for the linters of tests/ecosystem/, from Debian unless a node is there already
# (NodeSource's nodejs carries its own npm and conflicts with Debian's npm package).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
