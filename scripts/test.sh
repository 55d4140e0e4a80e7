#!/usr/bin/env bash
# Builds with warnings as errors under AddressSanitizer and UndefinedBehaviorSanitizer, runs every
# test, and checks formatting and clang-tidy. Quiet on success but for the test summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
jobs=$(nproc)

cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DALEARN_WERROR=ON -DALEARN_SANITIZE=ON >/dev/null
cmake --build build/asan -j"$jobs" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build/asan && ctest --output-on-failure -j"$jobs" | tail -n 3)

sources=$(git ls-files 'lib/*.cpp' 'lib/*.hpp' 'cmd/*.cpp' 'cmd/*.hpp' 'tests/*.cpp' 'tests/*.hpp')
clang-format --dry-run --Werror $sources
echo "clang-format: clean"
echo "$sources" | grep -E '^(lib|cmd)/.*\.cpp$' |
  xargs -P "$jobs" -n 4 clang-tidy-19 -p build/asan --quiet --warnings-as-errors='*' 2>/dev/null >build/clang-tidy.log ||
  { cat build/clang-tidy.log; echo "clang-tidy: problems above"; exit 1; }
echo "clang-tidy: clean"
