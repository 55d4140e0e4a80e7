#!/usr/bin/env bash
# Builds alearn optimised and makes a Debian package of it with CPack: the binary, its man pages
# and its shell completions, with the library packages it needs computed by dpkg-shlibdeps.
# Prints the package's path. Install it with: sudo apt install ./build/release/alearn_*.deb
#
#   scripts/package.sh [--build DIR]   (default build/release, the folder scripts/run-example.sh builds)
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/release
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    *) echo "usage: scripts/package.sh [--build DIR]" >&2; exit 2 ;;
  esac
done

scripts/deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DALEARN_TESTS=OFF -DALEARN_UNITY=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
rm -f "$build"/alearn_*.deb
log=$(mktemp)
if ! (cd "$build" && cpack -G DEB) >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
ls "$PWD/$build"/alearn_*.deb
