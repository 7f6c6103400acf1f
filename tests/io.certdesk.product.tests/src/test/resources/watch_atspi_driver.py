#!/usr/bin/python3
"""Opens a workspace in the CertDesk workbench and reads the watcher's notification through AT-SPI.

Started by WatchNotificationTest inside its own D-Bus session (dbus-run-session) on the test's X display. It starts
`certdesk gui --workspace W --passphrase-file F` with the GTK accessibility bridge, waits for the main window on the
accessibility bus, then reads every other top-level window of CertDesk (the JFace notification popups at the corner
of the screen) until one shows a label starting with the expected title, and quits. Lines on stdout:
"WINDOW <ms>" (product start to main window), "POPUP <ms>" (product start to the notification read),
"LABEL <text>" for each label of that popup, "OK" at the end; the failure reason on stderr. On failure a screenshot
and a dump of the accessible tree go to the output folder.

Reuses the helpers of workbench_atspi_driver.py (same folder).
"""

import argparse
import os
import subprocess
import sys
import time

import workbench_atspi_driver as walk
from workbench_atspi_driver import Driver, children, find_all, log, role, showing


class WatchDriver(Driver):

    def start_gui(self):
        a = self.args
        env = dict(os.environ)
        env['GTK_MODULES'] = 'gail:atk-bridge'
        env['NO_AT_BRIDGE'] = '0'
        output = open(os.path.join(self.out, 'certdesk-%s.out' % self.lang), 'wb')
        self.product = subprocess.Popen([a.product, 'gui', '--workspace', a.workspace, '--passphrase-file',
                                         a.passphrase_file, '-nl', self.lang, '-data', a.data, '-consoleLog'],
                                        stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.started = time.monotonic()
        log('CertDesk started, pid %d' % self.product.pid)

    def popup_labels(self):
        """The labels of the first showing top-level window (not the main one) that has a label starting with the
        title; None while there is none."""
        app = self.app()
        if app is None:
            return None
        for top in children(app):
            if role(top) == 'frame' and (top.name or '').startswith('CertDesk'):
                continue
            if not showing(top):
                continue
            labels = [(x.name or '').strip() for x in find_all(top, lambda x: role(x) == 'label')]
            if any(label.startswith(self.args.title) for label in labels):
                return labels
        return None

    def elapsed(self):
        return int((time.monotonic() - self.started) * 1000)

    def watch(self):
        self.step('window')
        self.start_gui()
        self.wait('the CertDesk window on the accessibility bus', self.main_window, self.args.window_seconds)
        print('WINDOW %d' % self.elapsed(), flush=True)
        self.step('notification')
        labels = self.wait('a notification titled %r' % self.args.title, self.popup_labels, self.args.popup_seconds)
        print('POPUP %d' % self.elapsed(), flush=True)
        for label in labels:
            print('LABEL %s' % label.replace('\n', ' '), flush=True)
        self.screenshot('notification')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--product', required=True, help='the certdesk start script')
    parser.add_argument('--lang', required=True, choices=sorted(walk.NAMES))
    parser.add_argument('--data', required=True, help="the workbench's -data folder")
    parser.add_argument('--workspace', required=True, help='the workspace to open')
    parser.add_argument('--passphrase-file', required=True)
    parser.add_argument('--title', required=True, help='how the notification title starts')
    parser.add_argument('--out', required=True, help='screenshots, the accessible tree on failure, the output')
    parser.add_argument('--window-seconds', type=int, default=60)
    parser.add_argument('--popup-seconds', type=int, default=20)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    driver = WatchDriver(args)
    return walk.run_driver(driver, driver.watch)


if __name__ == '__main__':
    sys.exit(main())
