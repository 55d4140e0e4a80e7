# shellcheck shell=bash
# Shared by the browser tests of tests/browser/ (sourced): the arguments, the browser and its
# flags, a way to fail, and the net log check.
#   <test>.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
if [ $# -ne 3 ]; then
  echo "usage: $0 ALEARN_BINARY SOURCE_DIR WORK_DIR" >&2
  exit 2
fi
# shellcheck disable=SC2034 # used by the tests that source this
alearn=$(realpath "$1")
source_dir=$(realpath "$2")
work_dir=$3
# shellcheck disable=SC2034
here="$source_dir/tests/browser"

# Debian's /usr/bin/chromium is a wrapper that adds flags from /etc/chromium.d, among them
# --enable-remote-extensions, which makes the browser phone home for extension updates; the real
# binary behind it takes only the flags we give.
chromium=/usr/lib/chromium/chromium
[ -x "$chromium" ] || chromium=$(command -v chromium)

rm -rf "$work_dir"
mkdir -p "$work_dir"
work_dir=$(realpath "$work_dir")

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# The flags of every run: headless, a fresh profile each time, and as little of the browser's own
# background traffic as Chromium lets us switch off. Host names resolve to nothing, so that even
# what cannot be switched off never leaves the machine.
browser_flags() {
  local profile=$1
  printf '%s\n' --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    "--user-data-dir=$profile" --no-first-run --no-default-browser-check --disable-sync \
    --disable-background-networking --disable-component-update --disable-default-apps \
    --disable-extensions --disable-component-extensions-with-background-pages \
    --disable-client-side-phishing-detection --disable-breakpad --metrics-recording-only \
    --password-store=basic --disable-features=NetworkTimeServiceQuerying,Translate,MediaRouter,OptimizationHints \
    '--host-resolver-rules=MAP * ~NOTFOUND'
}

# Every request in the net log OUT/net.json (--log-net-log). A request of a page has the page's
# origin as its initiator ("null" for file://); the browser's own requests have "not an origin"
# and go to Google's update and account services, which Chromium will not let us switch off
# completely. So: no request with an initiator at all, and no browser request to any other host.
check_net_log() {
  local out=$1
  local requests
  if ! requests=$(jq -r '.constants.logEventTypes.URL_REQUEST_START_JOB as $start
      | .events[] | select(.type == $start and .phase == 1) | [.params.initiator, .params.url] | @tsv' \
      "$out/net.json"); then
    fail "the net log $out/net.json cannot be read"
    return 1
  fi
  local bad
  bad=$(printf '%s\n' "$requests" | awk -F'\t' 'NF > 0 && !($1 == "not an origin" &&
      $2 ~ /^https?:\/\/(update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|redirector\.gvt1\.com)\//)')
  if [ -n "$bad" ]; then
    fail "network requests in the net log $out/net.json: $bad"
    return 1
  fi
}
