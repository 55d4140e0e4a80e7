#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (ASan and UBSan) and runs each in turn for
# SECONDS (default 60), starting from the committed seed corpus fuzz/corpus/<target>/.
# New interesting inputs collect in build/fuzz/corpus/<target>/; a crash is saved in
# build/fuzz/crashes/<target>/ and the script ends with status 1. Once fixed, add the crash to
# fuzz/corpus/<target>/ and a unit test; docs/fuzzing.md says more.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   scripts/fuzz.sh --regression   (every seed once, then 10 seconds, all targets at once: what scripts/test.sh runs)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
regression=0
if [ "${1:-}" = "--regression" ]; then
  regression=1
  seconds=10 # all targets at once: on 2 cores about 4 seconds of a core each
  shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(read_document set_scalar append_map_item append_text_item remove_item)
fi

cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALEARN_FUZZ=ON \
  -DALEARN_TESTS=OFF -DALEARN_BENCH=OFF >/dev/null
cmake --build build/fuzz --target alearn_fuzz -j"$(nproc)" >/dev/null

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Runs one target; its exit status is the fuzzer's.
fuzz_target() {
  local target=$1 work=$2 crashes=$3 log=$4
  mkdir -p "$work" "$crashes"
  build/fuzz/fuzz_"$target" "$work" fuzz/corpus/"$target" -dict=fuzz/yaml.dict -max_len=4096 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 \
    >"$log" 2>&1
}

# The short regression run starts every target at once (a fuzzer uses one core), so that it takes
# the time of one; a longer run gives each target the machine in turn.
declare -A pids statuses
for target in "${targets[@]}"; do
  if [ $regression -eq 1 ]; then
    work=build/fuzz/regression/$target
    rm -rf "$work" # new inputs of a short run are not kept
    fuzz_target "$target" "$work" build/fuzz/crashes/"$target" build/fuzz/"$target".log &
    pids[$target]=$!
  else
    statuses[$target]=0
    fuzz_target "$target" build/fuzz/corpus/"$target" build/fuzz/crashes/"$target" build/fuzz/"$target".log ||
      statuses[$target]=$?
  fi
done

status=0
for target in "${targets[@]}"; do
  if [ $regression -eq 1 ]; then
    statuses[$target]=0
    wait "${pids[$target]}" || statuses[$target]=$?
  fi
  log=build/fuzz/$target.log
  if [ "${statuses[$target]}" -eq 0 ]; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz $target: ${runs:-?} runs in ${seconds} s, no crash"
  else
    status=1
    echo "fuzz $target: CRASH, input saved in build/fuzz/crashes/$target/; the log is $log:"
    grep -E 'broke its promise|ERROR: |SUMMARY|runtime error|No such file' "$log" | head -n 5 || true
  fi
done
exit $status
