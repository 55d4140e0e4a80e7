#!/usr/bin/env bash
# How fast is `alearn check` on a large network? Generates a realistic repository (60
# workgroups, about 100,000 files), and measures side by side, with the files in the page cache:
#   - cat reading the same files;
#   - alearn check (which must find no errors);
#   - two Node.js peers that only validate front matter against the same JSON Schemas:
#     ajv with gray-matter, and remark-lint-frontmatter-schema;
#   - alearn check's peak memory on two repositories alike but for the size of the Markdown
#     bodies (400 bytes and 20 kB each);
#   - alearn report of the network's largest workgroup (most files), as HTML and Markdown: its
#     time and the size of what it writes;
#   - at 6, 60 and 170 workgroups (about 10k, 100k and 300k files, each a git repository with
#     everything committed): commands about one workgroup against `git status`, and check's time
#     against cat and its peak memory;
#   - check --since on the 170-workgroup repository, with one workgroup changed in a new commit
#     (and with a new file in another one, not committed), against the full check.
# Prints a Markdown table for docs/performance.md.
#
#   scripts/benchmark.sh [--dir DIR] [--build DIR] [--no-remark] [--no-scale]
#   scripts/benchmark.sh --scale-only [--dir DIR] [--build DIR]   (only the tables by size)
#   scripts/benchmark.sh --report-only [--dir DIR] [--build DIR]  (only the report table)
#   scripts/benchmark.sh --network-only [--dir DIR] [--build DIR] (only the network table: three
#                        repositories of 60 workgroups each, network status and site)
#   scripts/benchmark.sh --since-only [--dir DIR] [--build DIR]  (only check --since against check)
#   scripts/benchmark.sh --small [--build DIR]   (2 workgroups, no peers: proves that it works)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD

dir=/tmp/alearn-bench
build=build/release
small=0
network_only=0
since_only=0
remark=1
scale=1
peers=1
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --small) small=1; shift ;;
    --no-remark) remark=0; shift ;;
    --no-scale) scale=0; shift ;;
    --scale-only) peers=0; shift ;;
    --report-only) peers=0; scale=0; shift ;;
    --network-only) peers=0; scale=0; network_only=1; shift ;;
    --since-only) peers=0; scale=0; since_only=1; shift ;;
    *) echo "usage: scripts/benchmark.sh [--small] [--dir DIR] [--build DIR] [--no-remark] [--no-scale] [--scale-only] [--report-only] [--network-only] [--since-only]" >&2; exit 2 ;;
  esac
done

if [ ! -x "$build/alearn" ] || [ ! -x "$build/alearn_generate" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DALEARN_TESTS=OFF -DALEARN_UNITY=ON >/dev/null
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

read_all() { (cd "$1" && find . -path ./.git -prune -o -type f -print0 | xargs -0 cat >/dev/null); } # git's own files left out

generated() { # DIR ARGS...: generates once, then reuses
  local target=$1; shift
  if [ ! -f "$target/alearn.yaml" ]; then
    rm -rf "$target"
    "$generate" "$target" "$@" >/dev/null
  fi
}

# One workgroup's slug, a member's name and an indicator of a generated repository.
first_slug() { ls "$1/workgroups" | head -n 1; }
first_member() { sed -n 's/^  - name: //p' "$1/workgroups/$2/workgroup.md" | head -n 1; }
first_indicator() { ls "$1/workgroups/$2/indicators" | head -n 1 | sed 's/\.md$//'; }

mkdir -p "$dir"
if [ "$small" = 1 ]; then
  repo=$dir/small
  rm -rf "$repo"
  generated "$repo" --workgroups 2
  files=$(find "$repo" -type f | wc -l)
  # The generated repository is consistent: alearn check must pass.
  "$alearn" --repo "$repo" check --lang en >/dev/null
  seconds=$(median 3 "$alearn" --repo "$repo" check)
  slug=$(ls "$repo/workgroups" | head -n 1)
  "$alearn" --repo "$repo" -w "$slug" step next >/dev/null
  "$alearn" --repo "$repo" -w "$slug" report --format html -o "$dir/small-report.html" >/dev/null
  "$alearn" --repo "$repo" network status >/dev/null
  rm -rf "$dir/small-site"
  "$alearn" --repo "$repo" site -o "$dir/small-site" >/dev/null
  # check --since: one workgroup changed in a commit is the one checked.
  (cd "$repo" && git init -q -b main && git add -A && git -c user.name=bench -c user.email=b@example.org commit -qm generated)
  ALEARN_USER="$(first_member "$repo" "$slug")" "$alearn" --repo "$repo" -w "$slug" log add "benchmark entry" >/dev/null
  (cd "$repo" && git add -A && git -c user.name=bench -c user.email=b@example.org commit -qm "one entry")
  "$alearn" --repo "$repo" check --since HEAD~1 --lang en | tail -n 1 | grep -q " of 1 of 2 workgroups, changed since HEAD~1$"
  echo "benchmark (small): alearn check on $files files: ${seconds}s, no errors; check --since checks the one workgroup changed"
  exit 0
fi

if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq time >/dev/null
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }

# Commands about one workgroup against git status, and check against cat, by size.
scale_tables() {
  local sizes=(6 60 170)
  local rows_commands=() rows_check=()
  for n in "${sizes[@]}"; do
    local repo=$dir/scale-$n
    generated "$repo" --workgroups "$n"
    if [ ! -d "$repo/.git" ]; then
      (cd "$repo" && git init -q && git add -A && git -c user.name=bench -c user.email=b@example.org commit -qm generated)
    fi
    read_all "$repo"
    local files slug member indicator
    files=$(git -C "$repo" ls-files | wc -l)
    slug=$(first_slug "$repo")
    member=$(first_member "$repo" "$slug")
    indicator=$(first_indicator "$repo" "$slug")
    git -C "$repo" status >/dev/null
    local git_s next_s show_s log_s cat_s check_s memory
    git_s=$(cd "$repo" && median 5 git status)
    next_s=$(median 5 "$alearn" --repo "$repo" -w "$slug" step next)
    show_s=$(median 5 "$alearn" --repo "$repo" -w "$slug" indicator show "$indicator")
    log_s=$(median 5 env ALEARN_USER="$member" "$alearn" --repo "$repo" -w "$slug" log add "benchmark entry")
    cat_s=$(median 3 read_all "$repo")
    check_s=$(median 3 "$alearn" --repo "$repo" check)
    memory=$(peak_memory "$alearn" --repo "$repo" check)
    rows_commands+=("| $n | $files | $git_s | $next_s ($(ratio "$next_s" "$git_s") ×) | $show_s ($(ratio "$show_s" "$git_s") ×) | $log_s ($(ratio "$log_s" "$git_s") ×) |")
    rows_check+=("| $n | $files | $check_s | $cat_s | $(ratio "$check_s" "$cat_s") × | $memory MB |")
  done
  echo "| workgroups | files | \`git status\` | \`step next -w\` | \`indicator show\` | \`log add\` |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${rows_commands[@]}"
  echo
  echo "| workgroups | files | \`alearn check\` | \`cat\` of every file | check / cat | peak memory of check |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${rows_check[@]}"
}

# check --since on the 170-workgroup repository: one workgroup changed in a new commit (a logbook
# entry, as a member writes it), against the full check; then also a new file in another
# workgroup, not committed, with --uncommitted; and git's own part, for comparison.
since_table() {
  local repo=$dir/scale-170
  generated "$repo" --workgroups 170
  if [ ! -d "$repo/.git" ]; then
    (cd "$repo" && git init -q -b main && git add -A && git -c user.name=bench -c user.email=b@example.org commit -qm generated)
  fi
  read_all "$repo"
  local slugs changed other member files
  mapfile -t slugs < <(ls "$repo/workgroups")
  changed=${slugs[1]}
  other=${slugs[2]}
  files=$(git -C "$repo" ls-files | wc -l)
  # Each run adds one commit: HEAD~1 is the revision compared with.
  member=$(first_member "$repo" "$changed")
  ALEARN_USER="$member" "$alearn" --repo "$repo" -w "$changed" log add "benchmark entry for check --since" >/dev/null
  git -C "$repo" add "workgroups/$changed"
  git -C "$repo" -c user.name=bench -c user.email=b@example.org commit -qm "check --since: one entry"
  local summary
  summary=$("$alearn" --repo "$repo" check --since HEAD~1 --lang en | tail -n 1)
  case "$summary" in
    *" of 1 of 170 workgroups, changed since HEAD~1") ;;
    *) echo "benchmark: check --since checked more than the one workgroup: $summary" >&2; exit 1 ;;
  esac
  local full_s since_s status_s diff_s uncommitted_s load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  git -C "$repo" status >/dev/null
  full_s=$(median 3 "$alearn" --repo "$repo" check)
  since_s=$(median 11 "$alearn" --repo "$repo" check --since HEAD~1)
  diff_s=$(cd "$repo" && median 11 git diff --name-status -z --no-renames HEAD~1 HEAD)
  status_s=$(cd "$repo" && median 5 git status --porcelain)
  # A new file in another workgroup, not committed: --uncommitted must find it too.
  member=$(first_member "$repo" "$other")
  ALEARN_USER="$member" "$alearn" --repo "$repo" -w "$other" log add "not committed yet" >/dev/null
  uncommitted_s=$(median 5 "$alearn" --repo "$repo" check --since HEAD~1 --uncommitted)
  summary=$("$alearn" --repo "$repo" check --since HEAD~1 --uncommitted --lang en | tail -n 1)
  git -C "$repo" ls-files -z --others -- "workgroups/$other" | (cd "$repo" && xargs -0 rm -f)
  echo "Repository: $files files, 170 workgroups; $changed changed in a commit (a logbook entry); load before: $load"
  echo "With --uncommitted: $summary"
  echo
  echo "| what | seconds | against the full check |"
  echo "| --- | ---: | ---: |"
  echo "| \`alearn check\` (170 workgroups) | $full_s | |"
  echo "| \`alearn check --since HEAD~1\` (1 workgroup) | $since_s | $(ratio "$full_s" "$since_s") × faster |"
  echo "| \`alearn check --since HEAD~1 --uncommitted\` (+1 file not committed) | $uncommitted_s | $(ratio "$full_s" "$uncommitted_s") × faster |"
  echo "| \`git diff --name-status HEAD~1 HEAD\` | $diff_s | |"
  echo "| \`git status --porcelain\` | $status_s | |"
}

# The workgroup with the most files: the one whose report has the most to tell.
largest_slug() {
  (cd "$1/workgroups" && for slug in */; do
    printf '%s %s\n' "$(find "$slug" -type f | wc -l)" "${slug%/}"
  done) | sort -rn | head -n 1 | cut -d' ' -f2
}

# alearn report of the largest workgroup of the 60-workgroup network: time and size.
report_table() {
  local repo=$dir/network
  generated "$repo" --workgroups 60
  read_all "$repo"
  local slug files out=$dir/report
  slug=$(largest_slug "$repo")
  files=$(find "$repo/workgroups/$slug" -type f | wc -l)
  mkdir -p "$out"
  local html_s md_s json_s html_kb md_kb svg_kb
  html_s=$(median 5 "$alearn" --repo "$repo" -w "$slug" report --format html -o "$out/report.html")
  md_s=$(median 5 "$alearn" --repo "$repo" -w "$slug" report --format md -o "$out/report.md")
  json_s=$(median 5 "$alearn" --repo "$repo" -w "$slug" report --json)
  html_kb=$(($(stat -c %s "$out/report.html") / 1024))
  md_kb=$(($(stat -c %s "$out/report.md") / 1024))
  svg_kb=$(($(cat "$out"/report-*.svg | wc -c) / 1024))
  echo "Workgroup $slug: $files files"
  echo
  echo "| \`alearn report\` | seconds | size |"
  echo "| --- | ---: | ---: |"
  echo "| \`--format html\` | $html_s | $html_kb kB |"
  echo "| \`--format md\` | $md_s | $md_kb kB and $svg_kb kB of SVG |"
  echo "| \`--json\` | $json_s | |"
}

# The network views over three organisations' repositories of 60 workgroups each (about 300,000
# files): network status in text and JSON, and the static site, with their peak memory.
network_table() {
  local a=$dir/net-a b=$dir/net-b c=$dir/net-c
  generated "$a" --workgroups 60 --seed 11
  generated "$b" --workgroups 60 --seed 12
  generated "$c" --workgroups 60 --seed 13
  if ! grep -q '^network:' "$a/alearn.yaml"; then
    printf 'network:\n  - name: B\n    path: ../net-b\n  - name: C\n    path: ../net-c\n' >>"$a/alearn.yaml"
  fi
  for repo in "$a" "$b" "$c"; do
    read_all "$repo"
  done
  local files status_s json_s site_s status_mb site_mb pages
  files=$(($(find "$a" "$b" "$c" -type f | wc -l)))
  "$alearn" --repo "$a" network status --lang en >/dev/null
  status_s=$(median 3 "$alearn" --repo "$a" network status)
  json_s=$(median 3 "$alearn" --repo "$a" network status --json)
  status_mb=$(peak_memory "$alearn" --repo "$a" network status)
  rm -rf "$dir/site"
  site_s=$(median 1 "$alearn" --repo "$a" site -o "$dir/site")
  site_mb=$(peak_memory "$alearn" --repo "$a" site -o "$dir/site")
  pages=$(find "$dir/site" -name '*.html' | wc -l)
  echo "Network: 3 repositories × 60 workgroups, $files files"
  echo
  echo "| command | seconds | peak memory |"
  echo "| --- | ---: | ---: |"
  echo "| \`alearn network status\` | $status_s | $status_mb MB |"
  echo "| \`alearn network status --json\` | $json_s | |"
  echo "| \`alearn site -o DIR\` ($pages pages) | $site_s | $site_mb MB |"
}

if [ "$since_only" = 1 ]; then
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
  since_table
  exit 0
fi

if [ "$network_only" = 1 ]; then
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
  network_table
  exit 0
fi

if [ "$peers" = 0 ] && [ "$scale" = 0 ]; then
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
  report_table
  exit 0
fi

if [ "$peers" = 0 ]; then
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
  scale_tables
  exit 0
fi

command -v node >/dev/null && command -v npm >/dev/null || { echo "benchmark: needs node and npm" >&2; exit 2; }
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
echo
report_table
if [ "$scale" = 1 ]; then
  echo
  scale_tables
  echo
  since_table
fi
