#!/usr/bin/env python3
"""Opens a page in headless Chromium as a phone (390 CSS pixels wide) and checks that nothing
makes the page wider than the screen; saves a screenshot of the first screen and one of the whole
page.

    phone_layout.py CHROMIUM_COMMAND... -- URL SCREEN_PNG FULL_PNG

Chromium's command line cannot measure layout, so this speaks the DevTools protocol over
--remote-debugging-pipe (file descriptors 3 and 4, messages ended by a NUL byte): standard library
only. The measuring script runs through the protocol, not in the page, so the page's
Content-Security-Policy (no script) still holds for the page itself.

Exit 0 when the page fits, 1 when something sticks out (the elements are listed), 2 when the
browser could not be driven.
"""
import base64
import fcntl
import json
import os
import subprocess
import sys

WIDTH, HEIGHT = 390, 844

# Elements whose right edge lies beyond the screen, unless a scrolling ancestor (such as a table
# with overflow-x: auto) keeps them inside; at most 10, described as tag.class "text…" width.
MEASURE = """(() => {
  const vw = document.documentElement.clientWidth;
  const clipped = (e) => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')]
    .filter((e) => e.getBoundingClientRect().right > vw + 1 && !clipped(e))
    .slice(0, 10)
    .map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className : '') +
                ' "' + (e.textContent || '').trim().slice(0, 40) + '" ' + Math.round(e.getBoundingClientRect().width) + 'px');
  return JSON.stringify({viewport: vw, scrollWidth: document.documentElement.scrollWidth,
                         height: document.documentElement.scrollHeight, wide});
})()"""


class Browser:
    def __init__(self, command):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def give_pipes():  # the browser reads fd 3 and writes fd 4 (copied high first: they may be 3 or 4 already)
            read_end = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        # close_fds=False keeps 3 and 4 open across exec; os.pipe() makes every other end close there
        self.process = subprocess.Popen(command + ['--remote-debugging-pipe'], preexec_fn=give_pipes,
                                        close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b''
        self.next_id = 0
        self.events = []

    def receive(self):
        while b'\0' not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError('the browser closed the pipe')
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b'\0', 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session:
            message['sessionId'] = session
        os.write(self.to_browser, json.dumps(message).encode() + b'\0')
        while True:
            reply = self.receive()
            if reply.get('id') == self.next_id:
                if 'error' in reply:
                    raise RuntimeError(f'{method}: {reply["error"]}')
                return reply['result']
            self.events.append(reply)

    def wait_for(self, method):
        while True:
            for i, event in enumerate(self.events):
                if event.get('method') == method:
                    return self.events.pop(i)
            self.events.append(self.receive())

    def close(self):
        try:
            self.send('Browser.close')
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def save_png(path, result):
    with open(path, 'wb') as file:
        file.write(base64.b64decode(result['data']))


def main():
    split = sys.argv.index('--')
    command, (url, screen_png, full_png) = sys.argv[1:split], sys.argv[split + 1:]
    browser = Browser(command)
    try:
        target = browser.send('Target.createTarget', {'url': 'about:blank'})['targetId']
        session = browser.send('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
        browser.send('Emulation.setDeviceMetricsOverride',
                     {'width': WIDTH, 'height': HEIGHT, 'deviceScaleFactor': 1, 'mobile': True}, session)
        browser.send('Page.enable', session=session)
        browser.send('Page.navigate', {'url': url}, session)
        browser.wait_for('Page.loadEventFired')
        value = browser.send('Runtime.evaluate', {'expression': MEASURE, 'returnByValue': True},
                             session)['result']['value']
        layout = json.loads(value)
        save_png(screen_png, browser.send('Page.captureScreenshot', {'format': 'png'}, session))
        save_png(full_png, browser.send('Page.captureScreenshot', {
            'format': 'png', 'captureBeyondViewport': True,
            'clip': {'x': 0, 'y': 0, 'width': WIDTH, 'height': min(layout['height'], 16000), 'scale': 1}}, session))
    except (RuntimeError, OSError, KeyError, ValueError) as error:
        print(f'phone_layout: {error}', file=sys.stderr)
        return 2
    finally:
        browser.close()
    if layout['scrollWidth'] > layout['viewport'] or layout['wide']:
        print(f'wider than a phone: the page is {layout["scrollWidth"]}px wide in a {layout["viewport"]}px screen')
        for element in layout['wide']:
            print(f'  sticks out: {element}')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
