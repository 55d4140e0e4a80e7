#!/usr/bin/env bash
# clang-tidy over lib/ and cmd/ with the project's .clang-tidy, on a configured build's
# compile_commands.json. Takes about 15 minutes on 2 cores, which is why the test command leaves
# it out; run it before you commit larger changes. Files given as arguments: only those.
#
#   scripts/lint.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
# A build of its own without unity batches: clang-tidy reads each file's own compile command.
cmake -S . -B build/lint -DCMAKE_BUILD_TYPE=Debug -DALEARN_WERROR=ON -DALEARN_UNITY=OFF >/dev/null
cmake --build build/lint --target alearn_lib >/dev/null # generates the embedded schemas
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files 'lib/*.cpp' 'cmd/*.cpp')
fi
printf '%s\n' "${files[@]}" |
  xargs -P "$(nproc)" -n 4 clang-tidy-19 -p build/lint --quiet --warnings-as-errors='*' --extra-arg=-Wno-unknown-warning-option 2>/dev/null >build/clang-tidy.log ||
  { cat build/clang-tidy.log; echo "clang-tidy: problems above"; exit 1; }
echo "clang-tidy: clean (${#files[@]} files)"
