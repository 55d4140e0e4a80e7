#!/usr/bin/env bash
# The static site (`alearn site -o DIR`) in a real browser: the example network is written as a
# site in English and in Dutch, and headless Chromium opens every page of both from file:// and we
# check that
#   - the console stays silent (the pages have no script, so any message is a CSP violation or an
#     error),
#   - nothing is requested but files of the site folder itself: no http(s), no data: URL, no file
#     outside the folder,
#   - every <a href>, as Chromium parsed and resolved it, leads to a file inside the site folder
#     that exists, and every #fragment to an id on the page it leads to,
#   - no script element and no on* attribute is in the DOM,
#   - every page of the site can be reached from index.html by following links,
#   - and, for the browser as a whole, the net log has no request of a page (report_test.sh's check).
# Before that, each check proves on a deliberately broken page that it can fail, and that what it
# reports names the broken thing.
#
# One browser per site opens the pages one after the other through the DevTools protocol (the
# Browser class of phone_layout.py); it leaves in WORK_DIR/NAME: pages.json (what each page
# logged, requested, linked and holds), dom/ (each page's DOM), browser.log (Chromium's own log,
# where console messages appear as "INFO:CONSOLE") and net.json (the net log).
#
#   site_test.sh ALEARN_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail

# shellcheck source=tests/browser/common.sh
source "$(dirname "$0")/common.sh"
# The binary may be built with sanitizers; the leak checker has nothing to say about a CLI run.
export ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0
first_failure=""

# The interpreter itself, not a version manager's shim in front of it: that costs half a second
# a call, and the checks make some forty calls.
python=$(python3 -c 'import sys; print(sys.executable)')
tools="$work_dir/tools"
mkdir -p "$tools"

# Opens each page in a new tab of one browser and writes what it saw to OUT_DIR/pages.json:
# console messages (Runtime and Log domains), every URL requested (Network domain, plus the frame
# resource tree, which also lists data: URLs that never reach the network), and what the DOM holds
# (read through the protocol, so the pages' Content-Security-Policy still forbids script in them).
cat >"$tools/open_pages.py" <<'PY'
"""open_pages.py CHROMIUM_COMMAND... -- OUT_DIR PAGE..."""
import json
import os
import pathlib
import signal
import sys
import time

from phone_layout import Browser  # tests/browser/phone_layout.py, on PYTHONPATH

# Links (a and area, HTML or SVG, outside <template>), ids (and <a name>), script elements and on*
# attributes, also inside templates and open shadow roots. Links are resolved by the browser
# against the element's base URL.
FACTS = r"""(() => {
  const XLINK = 'http://www.w3.org/1999/xlink';
  const all = [], live = [];
  const walk = (root, inert) => {
    for (const e of root.querySelectorAll('*')) {
      all.push(e);
      if (!inert) live.push(e);
      if (e.localName === 'template' && e.content) walk(e.content, true);
      if (e.shadowRoot) walk(e.shadowRoot, inert);
    }
  };
  walk(document, false);
  const links = live.filter((e) => (e.localName === 'a' || e.localName === 'area') &&
                                   (e.hasAttribute('href') || e.hasAttributeNS(XLINK, 'href')))
    .map((e) => {
      const href = e.hasAttribute('href') ? e.getAttribute('href') : e.getAttributeNS(XLINK, 'href');
      let url = null;
      try { url = new URL(href, e.baseURI).href; } catch (error) { url = null; }
      return {href, url};
    });
  const ids = live.filter((e) => e.id).map((e) => e.id)
    .concat(live.filter((e) => e.localName === 'a' && e.getAttribute('name')).map((e) => e.getAttribute('name')));
  const scripts = all.filter((e) => e.localName === 'script').map((e) => e.outerHTML.slice(0, 100));
  const handlers = all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name))
    .map((a) => '<' + e.localName + ' ' + a.name + '="' + a.value.slice(0, 40) + '">'));
  return JSON.stringify({title: document.title, links, ids, scripts, handlers,
                         dom: document.documentElement.outerHTML});
})()"""


def text_of_console(event):
    method, params = event['method'], event['params']
    if method == 'Runtime.consoleAPICalled':
        args = [str(a.get('value', a.get('description', a.get('type')))) for a in params.get('args', [])]
        return f"console.{params.get('type')}: {' '.join(args)}"
    if method == 'Runtime.exceptionThrown':
        details = params.get('exceptionDetails', {})
        return 'exception: ' + details.get('exception', {}).get('description', details.get('text', ''))
    if method == 'Log.entryAdded':
        entry = params['entry']
        return f"{entry.get('source')} {entry.get('level')}: {entry.get('text')} ({entry.get('url', '')})"
    return None


def resource_urls(tree):
    yield tree['frame']['url']
    for resource in tree.get('resources', []):
        yield resource['url']
    for child in tree.get('childFrames', []):
        yield from resource_urls(child)


def session_events(browser, session):
    mine = [e for e in browser.events if e.get('sessionId') == session]
    browser.events = [e for e in browser.events if e.get('sessionId') != session]
    return mine


def wait_for_load(browser, session):
    while not any(e.get('sessionId') == session and e.get('method') == 'Page.loadEventFired'
                  for e in browser.events):
        browser.events.append(browser.receive())


def open_page(browser, path, dom_file):
    url = pathlib.Path(path).as_uri()
    target = browser.send('Target.createTarget', {'url': 'about:blank'})['targetId']
    session = browser.send('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
    for domain in ('Page', 'Network', 'Log', 'Runtime'):
        browser.send(domain + '.enable', session=session)
    session_events(browser, session)  # what came before the page: about:blank
    navigated = browser.send('Page.navigate', {'url': url}, session)
    if 'errorText' in navigated:
        raise RuntimeError(f'{url}: {navigated["errorText"]}')
    wait_for_load(browser, session)
    time.sleep(0.2)  # a message the renderer sends late still arrives before the next round trip
    facts = json.loads(browser.send('Runtime.evaluate', {'expression': FACTS, 'returnByValue': True},
                                    session)['result']['value'])
    tree = browser.send('Page.getResourceTree', session=session)['frameTree']
    events = session_events(browser, session)
    browser.send('Target.closeTarget', {'targetId': target})
    console = [t for t in map(text_of_console, events) if t is not None]
    requests = [e['params']['request']['url'] for e in events if e['method'] == 'Network.requestWillBeSent']
    requests += [e['params']['url'] for e in events if e['method'] == 'Network.webSocketCreated']
    requests += list(resource_urls(tree))
    with open(dom_file, 'w', encoding='utf-8') as file:
        file.write(facts.pop('dom'))
    return dict(facts, page=path, url=url, console=console, requests=sorted(set(requests)))


def main():
    split = sys.argv.index('--')
    command, out_dir, pages = sys.argv[1:split], sys.argv[split + 1], sys.argv[split + 2:]
    os.makedirs(os.path.join(out_dir, 'dom'), exist_ok=True)
    signal.alarm(30 + 10 * len(pages))  # a page that never finishes loading ends the run
    browser = Browser(command)
    results = []
    try:
        for i, page in enumerate(pages):
            began = time.monotonic()
            results.append(open_page(browser, page, os.path.join(out_dir, 'dom', f'{i:03}-{os.path.basename(page)}')))
            print(f'{page}: {time.monotonic() - began:.1f} s')
    except (RuntimeError, OSError, KeyError, ValueError) as error:
        print(f'open_pages: {error}', file=sys.stderr)
        return 2
    finally:
        browser.close()
    with open(os.path.join(out_dir, 'pages.json'), 'w', encoding='utf-8') as file:
        json.dump(results, file, indent=1)
    return 0


if __name__ == '__main__':
    sys.exit(main())
PY

# The checks on OUT_DIR/pages.json. Prints one line per problem and exits 1 when there is one;
# PAGE (a file name relative to SITE) limits a check to one page, as the self-test needs.
cat >"$tools/check_pages.py" <<'PY'
"""check_pages.py console|requests|links|script|reachable|count OUT_DIR SITE [PAGE]"""
import json
import os
import sys
from urllib.parse import unquote, urlsplit


def file_of(url):
    """The real path of a file:// URL and its fragment (None when there is no '#'), or None."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme != 'file' or parts.netloc not in ('', 'localhost'):
        return None
    return os.path.realpath(unquote(parts.path)), (unquote(parts.fragment) if '#' in url else None)


def inside(path, site):
    return path.startswith(site + os.sep)


def main():
    mode, out_dir, site = sys.argv[1], sys.argv[2], os.path.realpath(sys.argv[3])
    only = os.path.realpath(os.path.join(site, sys.argv[4])) if len(sys.argv) > 4 else None
    with open(os.path.join(out_dir, 'pages.json'), encoding='utf-8') as file:
        pages = json.load(file)
    by_path = {os.path.realpath(p['page']): p for p in pages}
    checked = [p for p in pages if only is None or os.path.realpath(p['page']) == only]
    if not checked:
        print(f'no page {only or site} was opened')
        return 1
    problems = []
    name = lambda page: os.path.relpath(os.path.realpath(page['page']), site)

    if mode == 'console':
        for page in checked:
            problems += [f'{name(page)}: {message}' for message in page['console']]
        # Chromium's own log: console messages there name the page they came from as "source: URL (".
        with open(os.path.join(out_dir, 'browser.log'), encoding='utf-8', errors='replace') as file:
            lines = [line.rstrip() for line in file if ':CONSOLE' in line]
        urls = [page['url'] for page in checked]
        problems += [f'browser log: {line}' for line in lines
                     if only is None or any(f'source: {url} (' in line for url in urls)]
    elif mode == 'requests':
        for page in checked:
            for url in page['requests']:
                found = file_of(url)
                if found is None or not inside(found[0], site):
                    problems.append(f'{name(page)} requests {url[:200]}')
    elif mode == 'links':
        for page in checked:
            for link in page['links']:
                where = f'{name(page)}: <a href="{link["href"]}">'
                found = file_of(link['url'])
                if found is None:
                    problems.append(f'{where} leads out of the site, to {link["url"]}')
                    continue
                path, fragment = found
                if not inside(path, site):
                    problems.append(f'{where} leads to {path}, outside the site folder')
                elif not os.path.exists(path):
                    problems.append(f'{where} leads to {path}, which does not exist')
                elif not os.path.isfile(path):
                    problems.append(f'{where} leads to {path}, which is a folder, not a file')
                elif fragment:
                    target = by_path.get(path)
                    if target is None:
                        problems.append(f'{where}: #{fragment} in a page that was not opened')
                    elif fragment not in target['ids']:
                        problems.append(f'{where}: no id "{fragment}" in {os.path.relpath(path, site)}')
    elif mode == 'script':
        for page in checked:
            problems += [f'{name(page)}: a script element {s}' for s in page['scripts']]
            problems += [f'{name(page)}: an on* attribute {h}' for h in page['handlers']]
    elif mode == 'reachable':
        # Every .html file of the site was opened, and each is reached from index.html by links.
        on_disk = {os.path.realpath(os.path.join(d, f)) for d, _, files in os.walk(site)
                   for f in files if f.endswith('.html')}
        problems += [f'{os.path.relpath(p, site)} was not opened' for p in sorted(on_disk - set(by_path))]
        start = os.path.join(site, 'index.html')
        seen, todo = set(), [start] if start in by_path else []
        if not todo:
            problems.append('there is no index.html')
        while todo:
            path = todo.pop()
            if path in seen:
                continue
            seen.add(path)
            for link in by_path[path]['links']:
                found = file_of(link['url'])
                if found and found[0] in by_path:
                    todo.append(found[0])
        problems += [f'{os.path.relpath(p, site)} cannot be reached from index.html'
                     for p in sorted(on_disk - seen)]
    elif mode == 'count':
        print(len(checked), sum(len(p['links']) for p in checked))
        return 0
    else:
        print(f'unknown check {mode}')
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
PY

# Opens every .html file of SITE in one browser; what it saw goes to OUT. The browser starts on
# about:blank: without a URL it opens its home page (start.duckduckgo.com in Debian's build).
open_site() {
  local site=$1 out=$2
  mkdir -p "$out"
  local flags pages
  mapfile -t flags < <(browser_flags "$out/profile")
  mapfile -t pages < <(find "$site" -name '*.html' -type f | sort)
  local status=0
  PYTHONPATH="$here" "$python" "$tools/open_pages.py" "$chromium" "${flags[@]}" \
    --enable-logging "--log-file=$out/browser.log" --v=0 \
    "--log-net-log=$out/net.json" --net-log-capture-mode=Everything about:blank \
    -- "$out" "${pages[@]}" >"$out/open.txt" 2>&1 || status=$?
  rm -rf "$out/profile"
  if [ "$status" -ne 0 ]; then
    fail "the browser could not open the pages of $site: $(cat "$out/open.txt")"
    return 1
  fi
}

# Runs one check of check_pages.py; WHAT names it in the failure.
run_check() {
  local what=$1 mode=$2 out=$3 site=$4
  shift 4
  local problems
  if ! problems=$("$python" "$tools/check_pages.py" "$mode" "$out" "$site" "$@" 2>&1); then
    fail "$what in $site:
$(printf '%s\n' "$problems" | head -n 20)"
    return 1
  fi
}

check_console_silent() { run_check "console messages" console "$@"; }
check_requests_stay_home() { run_check "requests that leave the site" requests "$@"; }
check_links() { run_check "links that lead nowhere" links "$@"; }
check_no_script_in_dom() { run_check "script in the DOM" script "$@"; }
check_reachable() { run_check "pages not reached from index.html" reachable "$@"; }

# A check that cannot fail proves nothing: each one must catch its broken page, and say what is
# broken there (NEEDLE), so that a check that merely crashed does not count as a catch.
self_test_failures=0
expect_failure() {
  local what=$1 needle=$2
  shift 2
  local before=$failures output caught=yes
  output=$("$@" 2>&1) && caught=no
  failures=$before # the failure it reports is the one we wanted
  if [ "$caught" = no ]; then
    fail "the check of $what did not catch the broken page"
    self_test_failures=$((self_test_failures + 1))
  elif ! grep -qF -- "$needle" <<<"$output"; then
    fail "the check of $what failed without naming \"$needle\": $output"
    self_test_failures=$((self_test_failures + 1))
  else
    echo "ok: the check of $what catches a broken page"
  fi
}

expect_success() {
  local what=$1
  shift
  if ! "$@"; then
    fail "the check of $what fails on a page that is fine"
    self_test_failures=$((self_test_failures + 1))
  fi
}

# A small site with a page for each kind of fault, a clean page, a page no link leads to, and
# files just outside the site folder.
self_test() {
  local csp="<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
  local gif='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
  local scratch="$work_dir/self-test" site="$work_dir/self-test/site" out="$work_dir/self-test/browser"
  mkdir -p "$site/sub"
  echo outside >"$scratch/outside.html"
  echo outside >"$scratch/outside.png"
  page() { # NAME BODY [HEAD]
    printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">%s<title>%s</title></head><body>%s</body></html>\n' \
      "${3-$csp}" "$1" "$2" >"$site/$1"
  }
  page index.html '<h1 id="top">x</h1><a href="#top">top</a> <a href="sub/clean.html">clean</a>
    <a href="broken-link.html">a</a> <a href="missing-id.html">b</a> <a href="outside-link.html">c</a>
    <a href="external-link.html">d</a> <a href="script.html">e</a> <a href="handler.html">f</a>
    <a href="external-image.html">g</a> <a href="data-image.html">h</a> <a href="outside-image.html">i</a>
    <a href="console-error.html">j</a> <a href="csp-violation.html">k</a>'
  page sub/clean.html '<p id="p">clean</p><a href="../index.html#top">back</a> <a href="#p">p</a> <a href="../sub/">x</a>'
  # (the link to the folder sub/ is the clean page's one fault: a folder is not a file)
  page broken-link.html '<a href="missing.html">missing</a>'
  page missing-id.html '<a href="#nowhere">nowhere</a>'
  page outside-link.html '<a href="../outside.html">outside</a>'
  page external-link.html '<a href="https://example.org/">out</a>'
  page script.html '<script>document.title = "pwned"</script>'
  page handler.html '<p onclick="void 0">x</p>'
  page external-image.html '<img src="http://example.invalid/x.png" alt="">' ''
  page data-image.html "<p style=\"background: url('$gif')\">x</p><img src=\"$gif\" alt=\"\">"
  page outside-image.html '<img src="../outside.png" alt="">' ''
  page console-error.html '<script>console.error("boom"); notDefined();</script>' ''
  page csp-violation.html '<img src="https://example.invalid/blocked.png" alt="">'
  page orphan.html '<a href="index.html">home</a>'
  open_site "$site" "$out" || return 1

  expect_failure "links (a dead link)" "missing.html, which does not exist" check_links "$out" "$site" broken-link.html
  expect_failure "links (a missing id)" '"nowhere"' check_links "$out" "$site" missing-id.html
  expect_failure "links (a file outside the site)" "outside.html, outside the site folder" check_links "$out" "$site" outside-link.html
  expect_failure "links (an external link)" "https://example.org/" check_links "$out" "$site" external-link.html
  expect_failure "links (a folder)" "sub, which is a folder" check_links "$out" "$site" sub/clean.html
  expect_failure "script in the DOM (a script element)" "<script>" check_no_script_in_dom "$out" "$site" script.html
  expect_failure "script in the DOM (an on* attribute)" "onclick" check_no_script_in_dom "$out" "$site" handler.html
  expect_failure "requests (an external image)" "http://example.invalid/x.png" check_requests_stay_home "$out" "$site" external-image.html
  expect_failure "requests (a data: image)" "data:image/gif" check_requests_stay_home "$out" "$site" data-image.html
  expect_failure "requests (a file outside the site)" "outside.png" check_requests_stay_home "$out" "$site" outside-image.html
  expect_failure "console (a script error)" "boom" check_console_silent "$out" "$site" console-error.html
  expect_failure "console (an uncaught exception)" "notDefined is not defined" check_console_silent "$out" "$site" console-error.html
  expect_failure "console (a CSP violation)" "Content Security Policy" check_console_silent "$out" "$site" csp-violation.html
  expect_failure "the net log (an external image)" "http://example.invalid/x.png" check_net_log "$out"
  expect_failure "reachability (a page no link leads to)" "orphan.html cannot be reached" check_reachable "$out" "$site"
  # The same checks pass on the pages that are fine: what they catch is the fault, not the page.
  local clean
  for clean in index.html orphan.html; do
    expect_success "links on $clean" check_links "$out" "$site" "$clean"
    expect_success "script in the DOM on $clean" check_no_script_in_dom "$out" "$site" "$clean"
    expect_success "requests of $clean" check_requests_stay_home "$out" "$site" "$clean"
    expect_success "console of $clean" check_console_silent "$out" "$site" "$clean"
  done
}

# Every check on every page of one site; the first class of fault is remembered for the summary.
check_site() {
  local site=$1 out=$2
  local check
  for check in check_console_silent check_requests_stay_home check_links check_no_script_in_dom check_reachable; do
    if ! "$check" "$out" "$site"; then
      [ -n "$first_failure" ] || first_failure="$check on $site"
    fi
  done
  if ! check_net_log "$out"; then
    [ -n "$first_failure" ] || first_failure="check_net_log on $site"
  fi
}

start=$SECONDS
self_test || true
if [ "$self_test_failures" -ne 0 ] || [ "$failures" -ne 0 ]; then
  echo "browser site tests: the checks themselves do not work ($failures failures); nothing was tested" >&2
  exit 1
fi

# A copy of examples/, so that nothing the test writes lands in the source tree; one site per
# language, both opened at once (a browser mostly waits, so two cores take two in about the time
# of one).
repo="$work_dir/examples"
cp -r "$source_dir/examples" "$repo"
sites=()
for lang in en nl; do
  site="$work_dir/site-$lang"
  if ! (cd "$repo" && "$alearn" --lang "$lang" site -o "$site" >"$work_dir/site-$lang.txt" 2>&1); then
    echo "browser site tests: alearn --lang $lang site -o $site failed: $(cat "$work_dir/site-$lang.txt")" >&2
    exit 1
  fi
  sites+=("$site")
done
jobs=()
for site in "${sites[@]}"; do
  open_site "$site" "$site-browser" &
  jobs+=($!)
done
for job in "${jobs[@]}"; do
  wait "$job" || failures=$((failures + 1))
done
if [ "$failures" -ne 0 ]; then
  echo "browser site tests: FAILED: the browser could not open the pages" >&2
  exit 1
fi

page_count=0
link_count=0
for site in "${sites[@]}"; do
  check_site "$site" "$site-browser"
  read -r p l < <("$python" "$tools/check_pages.py" count "$site-browser" "$site")
  page_count=$((page_count + p))
  link_count=$((link_count + l))
done

echo "browser site tests: $page_count pages and $link_count links checked in ${#sites[@]} sites, $((SECONDS - start)) s; what the browser saw is in $work_dir"
if [ "$failures" -ne 0 ]; then
  echo "browser site tests: FAILED ($failures failures), first: $first_failure" >&2
  exit 1
fi
