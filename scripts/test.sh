#!/usr/bin/env bash
# Builds with warnings as errors under AddressSanitizer and UndefinedBehaviorSanitizer, runs every
# test, proves the benchmark works on a small generated repository, builds the Debian package and
# installs it into a temporary root, checks the formatting and
# replays the fuzz targets' seed corpus (a few seconds of new inputs each).
# Quiet on success but for the summaries. (clang-tidy takes about 15 minutes on 2 cores, too long
# for every run: scripts/lint.sh runs it.)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
jobs=$(nproc)

# -Og -g1 rather than Debug's -O0 -g: at -O0 every std::string and nlohmann-json accessor stays a
# call, and the sanitized tests take a third longer; line tables are all the sanitizers' stack
# traces need, and compile a third faster than full debug data. Undefined behaviour traps
# (SIGILL, which ASan reports with the file and line where it happened) instead of calling
# UBSan's runtime: its 240,000 descriptions of checks were data that ASan registered and the leak
# checker scanned at every start of alearn, a sixth of the test time. To read UBSan's own message
# for a trap, configure a build of your own with -DALEARN_SANITIZE=ON and without that flag.
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-Og -g1" \
  -DCMAKE_CXX_FLAGS="-fsanitize-undefined-trap-on-error" -DALEARN_WERROR=ON -DALEARN_SANITIZE=ON \
  -DALEARN_UNITY=ON >/dev/null
cmake --build build/asan -j"$jobs" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:handle_sigill=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build/asan && ctest --output-on-failure -j"$jobs" | tail -n 3)

scripts/benchmark.sh --small --build build/asan --dir build/bench

# The Debian package: an optimised build (build/release), CPack, and dpkg installing it into a
# temporary root, where the installed alearn runs (tests/package/install_test.sh).
deb=$(scripts/package.sh)
tests/package/install_test.sh "$deb" "$PWD"

sources=$(git ls-files 'lib/*.cpp' 'lib/*.hpp' 'cmd/*.cpp' 'cmd/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'tests/bench/*.cpp' 'fuzz/*.cpp' 'fuzz/*.hpp')
clang-format --dry-run --Werror $sources
echo "clang-format: clean"

# The fuzz targets of fuzz/ (libFuzzer, clang): every input of the seed corpus, then a few seconds
# of new inputs each; a crash fails the test (scripts/fuzz.sh runs them longer).
scripts/fuzz.sh --regression
