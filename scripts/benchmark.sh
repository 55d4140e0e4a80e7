#!/usr/bin/env bash
# How fast is `alearn check` on a large network? Generates a realistic repository (60
# workgroups, about 100,000 files), and measures side by side, with the files in the page cache:
#   - cat reading the same files;
#   - alearn check (which must find no errors);
#   - two Node.js peers that only validate front matter against the same JSON Schemas:
#     ajv with gray-matter, and remark-lint-frontmatter-schema;
#   - alearn check's peak memory on two repositories alike but for the size of the Markdown
#     bodies (400 bytes and 20 kB each).
# Prints a Markdown table for docs/performance.md.
#
#   scripts/benchmark.sh [--dir DIR] [--build DIR] [--no-remark]
#   scripts/benchmark.sh --small [--build DIR]   (2 workgroups, no peers: proves that it works)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD

dir=/tmp/alearn-bench
build=build/release
small=0
remark=1
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --small) small=1; shift ;;
    --no-remark) remark=0; shift ;;
    *) echo "usage: scripts/benchmark.sh [--small] [--dir DIR] [--build DIR] [--no-remark]" >&2; exit 2 ;;
  esac
done

if [ ! -x "$build/alearn" ] || [ ! -x "$build/alearn_generate" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DALEARN_TESTS=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" --target alearn alearn_generate >/dev/null 2>&1
fi
alearn=$top/$build/alearn
generate=$top/$build/alearn_generate

# The median wall-clock seconds of running "$@" $runs times.
median() {
  local runs=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.6f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}

# Peak resident memory of "$@" in MB.
peak_memory() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.0f", $1/1024}'
}

read_all() { (cd "$1" && find . -type f -print0 | xargs -0 cat >/dev/null); }

generated() { # DIR ARGS...: generates once, then reuses
  local target=$1; shift
  if [ ! -f "$target/alearn.yaml" ]; then
    rm -rf "$target"
    "$generate" "$target" "$@" >/dev/null
  fi
}

mkdir -p "$dir"
if [ "$small" = 1 ]; then
  repo=$dir/small
  rm -rf "$repo"
  generated "$repo" --workgroups 2
  files=$(find "$repo" -type f | wc -l)
  # The generated repository is consistent: alearn check must pass.
  "$alearn" --repo "$repo" check --lang en >/dev/null
  seconds=$(median 3 "$alearn" --repo "$repo" check)
  echo "benchmark (small): alearn check on $files files: ${seconds}s, no errors"
  exit 0
fi

command -v node >/dev/null && command -v npm >/dev/null || { echo "benchmark: needs node and npm" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq time >/dev/null
fi
(cd tests/bench/node-peer && npm install --no-audit --no-fund --loglevel=error >/dev/null)

repo=$dir/network
generated "$repo" --workgroups 60
generated "$dir/bodies-400" --workgroups 10 --body-bytes 400
generated "$dir/bodies-20k" --workgroups 10 --body-bytes 20000
files=$(find "$repo" -type f | wc -l)
markdown=$(find "$repo" -type f -name '*.md' | wc -l)
bytes=$(du -sb "$repo" | cut -f1)

read_all "$repo" # into the page cache
"$alearn" --repo "$repo" check --lang en >/dev/null || { echo "benchmark: alearn check found errors" >&2; exit 1; }

cat_seconds=$(median 3 read_all "$repo")
check_seconds=$(median 5 "$alearn" --repo "$repo" check)
check_one_thread=$(median 3 env ALEARN_THREADS=1 "$alearn" --repo "$repo" check)
ajv_seconds=$(median 3 node tests/bench/node-peer/ajv-gray-matter.mjs "$repo" schemas)
if [ "$remark" = 1 ]; then
  remark_seconds=$(median 1 node tests/bench/node-peer/remark-lint.mjs "$repo" schemas)
else
  remark_seconds=
fi
read_all "$dir/bodies-400"
read_all "$dir/bodies-20k"
memory_400=$(peak_memory "$alearn" --repo "$dir/bodies-400" check)
memory_20k=$(peak_memory "$alearn" --repo "$dir/bodies-20k" check)
memory_network=$(peak_memory "$alearn" --repo "$repo" check)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo "Repository: $files files ($markdown Markdown), $((bytes / 1024 / 1024)) MB, 60 workgroups"
echo
echo "| what | seconds | alearn check is |"
echo "| --- | ---: | --- |"
echo "| \`alearn check\` | $check_seconds | |"
echo "| \`alearn check\`, one thread | $check_one_thread | |"
echo "| \`cat\` of every file | $cat_seconds | $(ratio "$check_seconds" "$cat_seconds") × the time of cat |"
echo "| Node.js: ajv + gray-matter | $ajv_seconds | $(ratio "$ajv_seconds" "$check_seconds") × faster |"
if [ -n "$remark_seconds" ]; then
  echo "| Node.js: remark-lint-frontmatter-schema ($markdown Markdown files only) | $remark_seconds | $(ratio "$remark_seconds" "$check_seconds") × faster |"
fi
echo
echo "| repository | peak memory of alearn check |"
echo "| --- | ---: |"
echo "| 10 workgroups, bodies of 400 bytes | $memory_400 MB |"
echo "| 10 workgroups, bodies of 20 kB | $memory_20k MB |"
echo "| the network above | $memory_network MB |"
