#!/usr/bin/env bash
# The HTML report in a real browser (issue 9): for every example workgroup in Dutch and English,
# and for a workgroup full of hostile text, headless Chromium opens the page and we check that
#   - the console stays silent (the page has no script, so any message is a CSP violation or an error),
#   - the page asks for nothing over the network,
#   - the main sections are in the DOM, and no script element or on* attribute is,
#   - it fits a phone (390 CSS pixels) without sticking out sideways,
#   - printing it gives A4 pages.
# Screenshots (1000 wide and 390 wide) and PDFs are left in WORK_DIR for a person to look at.
# Before that, each check proves on a deliberately broken page that it can fail.
#
#   report_test.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail

# shellcheck source=tests/browser/common.sh
source "$(dirname "$0")/common.sh"

# Opens PAGE once at 1000x1400 and leaves in OUT: dom.html, console.log (Chromium's log: console
# messages appear as "INFO:CONSOLE"), net.json (the net log), desktop.png and print.pdf.
open_in_browser() {
  local page=$1 out=$2
  mkdir -p "$out"
  local flags
  mapfile -t flags < <(browser_flags "$out/profile")
  "$chromium" "${flags[@]}" --enable-logging=stderr --v=0 \
    "--log-net-log=$out/net.json" --net-log-capture-mode=Everything \
    --window-size=1000,1400 --dump-dom "--screenshot=$out/desktop.png" \
    "--print-to-pdf=$out/print.pdf" --no-pdf-header-footer \
    "file://$page" >"$out/dom.html" 2>"$out/console.log"
  rm -rf "$out/profile"
}

# Opens PAGE as a phone (390 wide, through the DevTools protocol: the command line cannot measure
# layout) and fails when anything makes the page wider than the screen; leaves phone.png (the
# first screen) and phone-full.png (the whole page) in OUT.
check_fits_phone() {
  local page=$1 out=$2
  local flags
  mapfile -t flags < <(browser_flags "$out/phone-profile")
  local status=0
  python3 "$here/phone_layout.py" "$chromium" "${flags[@]}" -- "file://$page" \
    "$out/phone.png" "$out/phone-full.png" >"$out/phone.txt" 2>&1 || status=$?
  rm -rf "$out/phone-profile"
  if [ "$status" -ne 0 ]; then
    fail "$page does not fit a phone: $(cat "$out/phone.txt")"
    return 1
  fi
}

# Any console message at all: the page has no script, so a message can only be a CSP violation
# ("... violates the following Content Security Policy directive"), a failed load or an error.
check_console_silent() {
  local out=$1
  if grep -q ':CONSOLE' "$out/console.log"; then
    fail "console messages: $(grep ':CONSOLE' "$out/console.log" | head -n 5)"
    return 1
  fi
}

# The DOM after parsing: no script element and no event handler attribute, whatever people wrote.
check_no_script_in_dom() {
  local out=$1
  if grep -qi '<script' "$out/dom.html"; then
    fail "a <script> element in $out/dom.html: $(grep -oi '.\{40\}<script.\{40\}' "$out/dom.html" | head -n 3)"
    return 1
  fi
  if grep -qiE '<[^>]*[[:space:]]on[a-z]+=' "$out/dom.html"; then
    fail "an on* attribute in $out/dom.html: $(grep -oiE '<[^>]*[[:space:]]on[a-z]+=[^>]*>' "$out/dom.html" | head -n 3)"
    return 1
  fi
}

# The main sections: the title, "The problem"/"Het probleem", a table, and for a workgroup with
# measurements a run chart as an accessible SVG.
check_sections() {
  local out=$1 problem=$2 wants_chart=$3
  local ok=0
  grep -q '<h1>' "$out/dom.html" || { fail "no <h1> in $out/dom.html"; ok=1; }
  grep -q "<h2>$problem</h2>" "$out/dom.html" || { fail "no <h2>$problem</h2> in $out/dom.html"; ok=1; }
  grep -q '<table' "$out/dom.html" || { fail "no <table> in $out/dom.html"; ok=1; }
  if [ "$wants_chart" = yes ] && ! grep -qE '<svg[^>]* role="img"' "$out/dom.html"; then
    fail "no <svg role=\"img\"> in $out/dom.html"
    ok=1
  fi
  return "$ok"
}

# Printing gives at least one page, and every page is A4 (595 x 842 points, as pdfinfo rounds).
# The hostile text sets the title to "pwned" in a script: a script that ran renamed the page.
check_no_script_ran() {
  local out=$1
  if grep -q '<title>pwned' "$out/dom.html"; then
    fail "a script ran in $out/dom.html: the title is \"pwned\""
    return 1
  fi
}

check_prints_a4() {
  local out=$1
  local pages
  pages=$(pdfinfo "$out/print.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    fail "$out/print.pdf has no pages"
    return 1
  fi
  local other
  other=$(pdfinfo -f 1 -l "$pages" "$out/print.pdf" |
    awk '/^Page +[0-9]+ size:/ && !(int($4 + 0.5) == 595 && int($6 + 0.5) == 842)')
  if [ -n "$other" ]; then
    fail "$out/print.pdf has pages that are not A4: $other"
    return 1
  fi
  echo "$pages"
}

check_screenshots() {
  local out=$1
  for png in desktop.png phone.png; do
    if ! file "$out/$png" | grep -q 'PNG image data'; then
      fail "no screenshot $out/$png"
      return 1
    fi
  done
}

# A check that cannot fail proves nothing: each one must catch its broken page. The page gets the
# same Content-Security-Policy as a report where that is what is being tested.
expect_failure() {
  local what=$1
  shift
  local before=$failures caught=yes
  "$@" >/dev/null 2>&1 || caught=no
  failures=$before # the failure it reports is the one we wanted
  if [ "$caught" = yes ]; then
    fail "the check of $what did not catch the broken page"
  else
    echo "ok: the check of $what catches a broken page"
  fi
}

self_test() {
  local csp="<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
  local pages="$work_dir/self-test"
  mkdir -p "$pages"
  # A blocked image (a CSP violation) and an inline script (another) under the report's policy.
  printf '<!DOCTYPE html><html><head>%s<title>x</title></head><body><h1>x</h1><img src="http://127.0.0.1:9/x.png"><script>document.title="pwned"</script></body></html>\n' \
    "$csp" >"$pages/csp.html"
  # No policy: the image is fetched, an event handler sits in the DOM, a paragraph is too wide.
  printf '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>x</title></head><body><img src="http://127.0.0.1:9/x.png" onerror="void 0"><p style="width:800px">wide</p></body></html>\n' \
    >"$pages/open.html"
  # A script error without any CSP involved.
  printf '<!DOCTYPE html><html><head><title>x</title></head><body><script>console.error("boom"); notDefined();</script></body></html>\n' \
    >"$pages/error.html"
  # No policy: the script runs and renames the page.
  printf '<!DOCTYPE html><html><head><title>x</title></head><body><script>document.title="pwned"</script></body></html>\n' \
    >"$pages/ran.html"
  # A page that prints on Letter, not A4.
  printf '<!DOCTYPE html><html><head><style>@page { size: letter; }</style><title>x</title></head><body><p>x</p></body></html>\n' \
    >"$pages/letter.html"
  local page
  for page in csp open error ran letter; do
    open_in_browser "$pages/$page.html" "$pages/$page" &
  done
  wait
  expect_failure "console (CSP violation)" check_console_silent "$pages/csp"
  expect_failure "console (script error)" check_console_silent "$pages/error"
  expect_failure "network" check_net_log "$pages/open"
  expect_failure "script in the DOM" check_no_script_in_dom "$pages/csp"
  expect_failure "on* attributes in the DOM" check_no_script_in_dom "$pages/open"
  expect_failure "a script that ran" check_no_script_ran "$pages/ran"
  expect_failure "sections" check_sections "$pages/open" "The problem" yes
  expect_failure "A4 pages" check_prints_a4 "$pages/letter"
  expect_failure "phone width" check_fits_phone "$pages/open.html" "$pages/open"
}

# Runs every check on one report; NAME is the folder in WORK_DIR with what the browser left.
# Fails when any check failed (it runs in the background, where our count of failures is lost).
check_report() {
  local page=$1 name=$2 problem=$3 wants_chart=$4
  local out="$work_dir/$name" before=$failures
  open_in_browser "$page" "$out"
  check_fits_phone "$page" "$out" || true
  check_console_silent "$out" || true
  check_net_log "$out" || true
  check_no_script_in_dom "$out" || true
  check_sections "$out" "$problem" "$wants_chart" || true
  check_screenshots "$out" || true
  local pages
  pages=$(check_prints_a4 "$out") || true
  [ "$failures" -eq "$before" ] || return 1
  echo "ok: $name (${pages:-?} A4 pages)"
}

# A copy of examples/, so that nothing the test writes lands in the source tree.
copy_examples() {
  local to=$1
  cp -r "$source_dir/examples" "$to"
}

write_report() {
  local repo=$1 slug=$2 lang=$3 file=$4
  (cd "$repo" && "$alearn" -w "$slug" --lang "$lang" report --format html -o "$file" >/dev/null)
}

# Hostile text through the real CLI into every kind of record the report shows.
add_hostile_records() {
  local repo=$1
  local hostile='<script>document.title="pwned"</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [d](data:text/html,<script>alert(1)</script>) <svg onload=alert(1)></svg> ![i](http://127.0.0.1:9/i.png) <iframe src="http://127.0.0.1:9/"></iframe> <a href="http://127.0.0.1:9/" onclick="alert(1)">a</a> <style>body{display:none}</style> <link rel=stylesheet href="http://127.0.0.1:9/s.css">'
  local breakout='</style><script>alert(1)</script></title><script>alert(2)</script>'
  local long_word
  long_word=$(printf 'x%.0s' {1..10000})
  local as=(--as "Sanne de Vries" -w inwerken --lang en)
  (
    cd "$repo"
    "$alearn" "${as[@]}" explore add --kind opinion -m "$hostile"
    "$alearn" "${as[@]}" explore narrow --why "$hostile" -m "$breakout $hostile"
    "$alearn" "${as[@]}" assumption add --about problem -m "$hostile"
    "$alearn" "${as[@]}" feedback add --from "$breakout" -m "$long_word"
    "$alearn" "${as[@]}" resource add --kind media --link "javascript:alert(1)" -m "$hostile"
    "$alearn" "${as[@]}" resource add --kind literature --link "$long_word" -m "$long_word"
    "$alearn" "${as[@]}" experiment new "$breakout" --owner "Sanne de Vries" --question "$hostile" \
      --prediction "$long_word" --what "$hostile" -m "$hostile"
    "$alearn" "${as[@]}" workgroup agreement add "$hostile"
    "$alearn" "${as[@]}" workgroup member add "$breakout" --organisation "$long_word" --role "$hostile"
  ) >/dev/null
}

check_hostile_report() {
  local repo="$work_dir/hostile-repo"
  copy_examples "$repo"
  add_hostile_records "$repo"
  write_report "$repo" inwerken en "$repo/report.html"
  local ok=0
  check_report "$repo/report.html" hostile "The problem" yes || ok=1
  check_no_script_ran "$work_dir/hostile" || ok=1
  return "$ok"
}

start=$SECONDS
self_test
# Every report at once: a browser mostly waits (for its GPU process, its renderer, the disk), so
# two cores take seven of them in about the time of three one after the other.
repo="$work_dir/examples"
copy_examples "$repo"
jobs=()
for workgroup in "$repo"/workgroups/*/; do
  slug=$(basename "$workgroup")
  wants_chart=no
  [ -n "$(ls -A "$workgroup/measurements" 2>/dev/null)" ] && wants_chart=yes
  for lang in nl en; do
    problem="The problem"
    [ "$lang" = nl ] && problem="Het probleem"
    write_report "$repo" "$slug" "$lang" "$repo/report-$slug-$lang.html"
    check_report "$repo/report-$slug-$lang.html" "$slug-$lang" "$problem" "$wants_chart" &
    jobs+=($!)
  done
done
check_hostile_report &
jobs+=($!)
for job in "${jobs[@]}"; do
  wait "$job" || failures=$((failures + 1))
done
echo "browser report tests: $((SECONDS - start)) s, screenshots and PDFs in $work_dir"
if [ "$failures" -ne 0 ]; then
  echo "browser report tests: $failures failures" >&2
  exit 1
fi
