#!/usr/bin/python3
"""Drives the CertDesk workbench through the accessibility tree (AT-SPI), as a screen reader user would.

Started by WorkbenchAccessibilityTest inside its own D-Bus session (dbus-run-session) on the test's X display. It
starts the product with the GTK accessibility bridge, then, finding every control by its role and accessible name:
File > New Workspace (folder, passphrase twice, export profile, trust from the portal profile), writes the mail
settings into the new workspace as the user guide says, File > Import Roster (the file, Finish), Batch > Run, waits
until the Entries table reads "exported" in every row, Batch > Deliver (Send), waits until every row reads "done",
and quits with File > Quit. Every wait has a deadline; a failure names its step, and leaves a screenshot and a dump
of the accessible tree in the output folder. Lines on stdout: "STEP <name> <ms>", "ROW <cells joined by TAB>",
"OK" at the end; the failure reason on stderr.

Needs Debian's python3-pyatspi, gir1.2-atspi-2.0, at-spi2-core, libatk-adaptor and gir1.2-gtk-3.0 (screenshots).
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import gi

gi.require_version('Atspi', '2.0')
import pyatspi  # noqa: E402

try:
    gi.require_version('Gdk', '3.0')
    from gi.repository import Gdk  # noqa: E402
except (ImportError, ValueError):  # screenshots are evidence, not a requirement
    Gdk = None

# Accessible names the walk looks for, per language: the product's own texts (menus from the e4 model, wizard titles,
# accessible names and labels of text boxes), mnemonics removed.
NAMES = {
    'en': {
        'menu.file': 'File', 'menu.batch': 'Batch',
        'item.new': 'New Workspace...', 'item.import': 'Import Roster...', 'item.run': 'Run',
        'item.deliver': 'Deliver...', 'item.quit': 'Quit',
        'wizard.new': 'New Workspace', 'wizard.import': 'Import Roster', 'imported.title': 'Roster imported',
        'deliver.title': 'Deliver',
        'folder': 'Workspace folder', 'passphrase': 'Passphrase', 'passphrase.again': 'Passphrase again',
        'profile': 'Portal profile file', 'roster': 'Roster file',
        'label.folder': 'Folder:', 'label.passphrase': 'Passphrase:', 'label.passphrase.again': 'Again:',
        'label.profile': 'Profile:', 'label.roster': 'File:',
        'send': 'Send', 'state.imported': 'Imported', 'state.exported': 'Exported', 'state.done': 'Done', 'column.state': 'Status',
    },
    'ja': {
        'menu.file': '\u30d5\u30a1\u30a4\u30eb', 'menu.batch': '\u4e00\u62ec\u51e6\u7406',
        'item.new': '\u65b0\u3057\u3044\u30ef\u30fc\u30af\u30b9\u30da\u30fc\u30b9...',
        'item.import': '\u540d\u7c3f\u306e\u53d6\u308a\u8fbc\u307f...', 'item.run': '\u5b9f\u884c',
        'item.deliver': '\u914d\u5e03...', 'item.quit': '\u7d42\u4e86',
        'wizard.new': '\u65b0\u3057\u3044\u30ef\u30fc\u30af\u30b9\u30da\u30fc\u30b9',
        'wizard.import': '\u540d\u7c3f\u306e\u53d6\u308a\u8fbc\u307f', 'deliver.title': '\u914d\u5e03',
        'imported.title': '\u540d\u7c3f\u3092\u53d6\u308a\u8fbc\u307f\u307e\u3057\u305f',
        'folder': '\u30ef\u30fc\u30af\u30b9\u30da\u30fc\u30b9\u306e\u30d5\u30a9\u30eb\u30c0\u30fc',
        'passphrase': '\u30d1\u30b9\u30d5\u30ec\u30fc\u30ba',
        'passphrase.again': '\u30d1\u30b9\u30d5\u30ec\u30fc\u30ba\uff08\u78ba\u8a8d\uff09',
        'profile': '\u30dd\u30fc\u30bf\u30eb\u30d7\u30ed\u30d5\u30a1\u30a4\u30eb\u306e\u30d5\u30a1\u30a4\u30eb',
        'roster': '\u540d\u7c3f\u30d5\u30a1\u30a4\u30eb',
        'label.folder': '\u30d5\u30a9\u30eb\u30c0\u30fc:', 'label.passphrase': '\u30d1\u30b9\u30d5\u30ec\u30fc\u30ba:',
        'label.passphrase.again': '\u3082\u3046\u4e00\u5ea6:', 'label.profile': '\u30d7\u30ed\u30d5\u30a1\u30a4\u30eb:',
        'label.roster': '\u30d5\u30a1\u30a4\u30eb:', 'send': '\u9001\u4fe1',
        'state.imported': '\u53d6\u308a\u8fbc\u307f\u6e08\u307f',
        'state.exported': '\u30a8\u30af\u30b9\u30dd\u30fc\u30c8\u6e08\u307f', 'state.done': '\u5b8c\u4e86',
        'column.state': '\u72b6\u614b',
    },
}
BUTTONS = {  # JFace's dialog buttons: org.eclipse.jface.messages, Japanese from the io.certdesk.ui.nl.jface fragment
    'next': ['Next >', '\u6b21\u3078 >'],
    'finish': ['Finish', '\u5b8c\u4e86'],
    'ok': ['OK'],
}


INPUT_ROLES = ('text', 'password text', 'list', 'combo box', 'spin button', 'entry')
COLUMNS = (0, 1, 3)  # the Entries table's state, name and e-mail columns


class StepFailure(Exception):
    pass


def log(message):
    sys.stderr.write('[driver %s] %s\n' % (time.strftime('%H:%M:%S'), message))
    sys.stderr.flush()


def norm(name):
    """A name as heard: without mnemonics ('&New', '(&N)', '(N)') and without a trailing colon."""
    if name is None:
        return ''
    name = re.sub(r'\((?:&|_)?[A-Za-z]\)', '', name)
    return name.replace('&', '').replace('_', '').strip().rstrip(':\uff1a').strip()


def role(acc):
    try:
        return acc.getRoleName()
    except Exception:  # a widget disposed while we look
        return ''


def children(acc):
    try:
        count = acc.childCount
    except Exception:
        return []
    result = []
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            result.append(child)
    return result


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find_all(root, predicate, only_showing=True, limit=100000):
    found = []
    stack = [root]
    seen = 0
    while stack and seen < limit:
        acc = stack.pop(0)
        seen += 1
        if only_showing and acc is not root and not showing(acc):
            continue
        try:
            if predicate(acc):
                found.append(acc)
        except Exception:
            pass
        stack.extend(children(acc))
    return found


def find(root, predicate, only_showing=True):
    found = find_all(root, predicate, only_showing)
    return found[0] if found else None


def named(role_name, *names):
    wanted = {norm(n) for n in names if n}
    return lambda acc: role(acc) == role_name and norm(acc.name) in wanted


def texts_below(acc):
    """The names of an object and of the labels inside it (a relation's target may be the label's box)."""
    names = [norm(acc.name)]
    names.extend(norm(a.name) for a in find_all(acc, lambda x: role(x) == 'label', only_showing=False))
    return [n for n in names if n]


def labelled_by(acc):
    names = []
    try:
        relations = acc.getRelationSet()
    except Exception:
        return names
    for relation in relations:
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.extend(texts_below(relation.getTarget(i)))
    return names


def dump(acc, out, depth=0):
    try:
        text = ''
        try:
            t = acc.queryText()
            text = ' text=%r' % t.getText(0, min(t.characterCount, 120))
        except Exception:
            pass
        out.write('%s%s %r%s%s\n' % ('  ' * depth, role(acc), acc.name, text, '' if showing(acc) else ' [hidden]'))
    except Exception as e:
        out.write('%s<%s>\n' % ('  ' * depth, e))
        return
    if depth < 60:
        for child in children(acc):
            dump(child, out, depth + 1)


class Driver:

    def __init__(self, args):
        self.args = args
        self.lang = args.lang
        self.names = NAMES[args.lang]
        self.out = args.out
        self.product = None
        self.started = time.monotonic()
        self.step_name = 'start'
        self.shots = 0
        self.unnamed = set()
        self.unlabelled = []
        self.stale = 0

    # ---- waiting, finding, acting ----

    def wait(self, what, probe, seconds):
        """Polls probe() until it returns something truthy; fails the step when the deadline passes."""
        deadline = time.monotonic() + seconds
        last_error = None
        while time.monotonic() < deadline:
            if self.product is not None and self.product.poll() is not None:
                raise StepFailure('CertDesk ended (exit code %s) while waiting for %s' % (self.product.returncode, what))
            try:
                value = probe()
                if value:
                    return value
            except Exception as e:  # the tree changes under us: try again
                last_error = e
            time.sleep(0.25)
        raise StepFailure('%s: not within %d s%s' % (what, seconds, '' if last_error is None else ' (last error: %s)' % last_error))

    def app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for acc in children(desktop):
            if acc.name == 'CertDesk':
                return acc
        return None

    def window(self, title):
        """A top-level window of CertDesk whose title is title (normalised)."""
        app = self.app()
        if app is None:
            return None
        for acc in children(app):
            if norm(acc.name) == norm(title) and showing(acc):
                return acc
        return None

    def main_window(self):
        app = self.app()
        if app is None:
            return None
        for acc in children(app):
            if role(acc) == 'frame' and (acc.name or '').startswith('CertDesk') and showing(acc):
                return acc
        return None

    def click(self, acc, what):
        try:
            action = acc.queryAction()
        except NotImplementedError:
            raise StepFailure('%s (%s %r) offers no action' % (what, role(acc), acc.name))
        names = [action.getName(i) for i in range(action.nActions)]
        for preferred in ('click', 'press', 'activate'):
            if preferred in names:
                action.doAction(names.index(preferred))
                return
        raise StepFailure('%s (%s %r) has no click action, only %s' % (what, role(acc), acc.name, names))

    def set_text(self, acc, text, what):
        try:
            editable = acc.queryEditableText()
        except NotImplementedError:
            raise StepFailure('%s (%s %r) is not editable through the accessibility tree' % (what, role(acc), acc.name))
        editable.setTextContents(text)

    def button(self, window, keys, what):
        names = []
        for key in keys:
            names.extend(BUTTONS.get(key, [key]))
        return self.wait('%s: a push button named %s' % (what, ' or '.join(repr(n) for n in names)),
                         lambda: self.enabled(find(window, named('push button', *names))), 30)

    @staticmethod
    def enabled(acc):
        if acc is None:
            return None
        try:
            return acc if acc.getState().contains(pyatspi.STATE_SENSITIVE) else None
        except Exception:
            return None

    def menu(self, menu_key, item_key, seconds=60):
        """Opens a menu of the menu bar and chooses an item, both by accessible name. A disabled item (a job still
        running) closes the menu (Escape) and opens it again, until the deadline."""
        main = self.wait('the CertDesk window', self.main_window, 30)
        menu_name = self.names[menu_key]
        item_name = self.names[item_key]
        deadline = time.monotonic() + seconds
        while True:
            top = self.wait('menu %r' % menu_name, lambda: find(main, named('menu', menu_name)), 20)
            self.click(top, 'menu %r' % menu_name)
            shown = time.monotonic() + 3
            item = None
            while item is None and time.monotonic() < shown:
                item = self.enabled(find(top, named('menu item', item_name), only_showing=False))
                if item is None:
                    time.sleep(0.2)
            if item is not None:
                self.click(item, 'menu item %r' % item_name)
                return
            pyatspi.Registry.generateKeyboardEvent(0xff1b, None, pyatspi.KEY_SYM)  # Escape
            if time.monotonic() > deadline:
                raise StepFailure('menu item %r in %r: not enabled within %d s' % (item_name, menu_name, seconds))
            time.sleep(1)

    def text_box(self, window, key, what):
        """A text box by its accessible name, or else by the label it is labelled by (what a screen reader reads
        before it): the accessible names CertDesk gives with io.certdesk.ui.internal.Accessible do not reach the
        accessibility tree on GTK, SWT's own LABELLED_BY relation to the label in front of the box does."""
        name = self.names[key]
        label = self.names['label.' + key]

        def probe():
            boxes = find_all(window, lambda a: role(a) in ('text', 'password text'))
            for box in boxes:
                if norm(box.name) == norm(name):
                    return box
            for box in boxes:
                if norm(label) in labelled_by(box):
                    self.unnamed.add('%s (labelled %r)' % (role(box), label))
                    return box
            return None

        return self.wait('%s: a text box named %r or labelled %r' % (what, name, label), probe, 20)

    def audit(self, window, where):
        """Every input a screen reader user can reach on this page must say what it is: an accessible name, or a
        label it is labelled by (SWT relates a control to the Label just before it). Read-only texts (a wizard's
        message) speak their content; tables are listed with their column headers."""
        for acc in find_all(window, lambda a: role(a) in INPUT_ROLES + ('table',)):
            if norm(acc.name) or labelled_by(acc):
                continue
            if role(acc) in ('text', 'password text') and not acc.getState().contains(pyatspi.STATE_EDITABLE):
                continue
            if role(acc) == 'table':
                headers = [h for h in self.headers(acc) if h]
                if headers and where.startswith('Import Roster'):  # the wizard's previews: heard as their headers
                    self.unnamed.add('table with the column headers %s (%s)' % (headers, where))
                else:
                    self.unlabelled.append('%s: a table with the column headers %s and no name or label'
                                           % (where, headers))
                continue
            self.unlabelled.append('%s: a %s with no name and no label' % (where, role(acc)))

    # ---- evidence ----

    def screenshot(self, name):
        self.shots += 1
        path = os.path.join(self.out, '%02d-%s-%s.png' % (self.shots, self.lang, name))
        if Gdk is None:
            return
        try:
            Gdk.init([])
            root = Gdk.get_default_root_window()
            pixbuf = Gdk.pixbuf_get_from_window(root, 0, 0, root.get_width(), root.get_height())
            pixbuf.savev(path, 'png', [], [])
            log('screenshot %s' % path)
        except Exception as e:
            log('no screenshot %s: %s' % (path, e))

    def dump_tree(self, name):
        path = os.path.join(self.out, 'tree-%s-%s.txt' % (self.lang, name))
        with open(path, 'w', encoding='utf-8') as out:
            app = self.app()
            if app is None:
                out.write('no CertDesk application on the accessibility bus\n')
            else:
                dump(app, out)
        log('accessible tree: %s' % path)
        return path

    def step(self, name):
        now = int((time.monotonic() - self.started) * 1000)
        print('STEP %s %d' % (name, now), flush=True)
        self.step_name = name

    # ---- the table ----

    def entries_table(self):
        """The Entries table: the table whose first column header is the state column's."""
        main = self.main_window()
        if main is None:
            return None
        for table in find_all(main, lambda a: role(a) == 'table'):
            headers = self.headers(table)
            if headers and norm(headers[0]) == norm(self.names['column.state']):
                if not table.name:
                    self.unnamed.add('table (the Entries table)')
                return table
        return None

    def cell_text(self, cell):
        """A cell's text: its name, or the names of its parts (SWT puts an icon and a text renderer in a cell)."""
        cell.clearCache()
        texts = [cell.name or '']
        texts.extend(part.name or '' for part in children(cell))
        return ' '.join(t for t in texts if t).strip()

    def rows(self, table, columns):
        """The rows as a screen reader user hears them moving through the table: each cell read, and when it reads
        empty (the Entries table's cells go blank in the accessibility tree after every refresh until they get
        the focus), read again after giving it the focus. The selection this makes is cleared afterwards."""
        t = table.queryTable()
        result = []
        for r in range(t.nRows):
            cells = []
            for c in columns:
                cell = t.getAccessibleAt(r, c)
                text = self.cell_text(cell)
                if not text:
                    self.stale += 1
                    cell.queryComponent().grabFocus()
                    deadline = time.monotonic() + 5
                    while not text and time.monotonic() < deadline:
                        time.sleep(0.1)
                        text = self.cell_text(cell)
                cells.append(text)
            result.append(cells)
        try:
            table.querySelection().clearSelection()
        except Exception as e:
            log('could not clear the selection: %s' % e)
        return result

    def overview(self, state_key, count):
        """The overview strip's button for a state, e.g. 'Exported: 3'."""
        wanted = '%s: %d' % (self.names[state_key], count)
        main = self.main_window()
        return main is not None and find(main, named('push button', wanted)) is not None

    def headers(self, table):
        t = table.queryTable()
        names = []
        for c in range(t.nColumns):
            header = t.getColumnHeader(c)
            names.append('' if header is None else header.name)
        return names

    def wait_rows(self, state_key, count, seconds):
        """Waits for the overview strip to count every entry in the state, then reads state, name and e-mail of
        every row of the Entries table and checks the state of each."""
        wanted = self.names[state_key]
        self.wait('the overview strip to read %r' % ('%s: %d' % (wanted, count)),
                  lambda: self.overview(state_key, count), seconds)
        table = self.wait('the Entries table (a table whose first column is %r)' % self.names['column.state'],
                          self.entries_table, 30)
        rows = self.rows(table, COLUMNS)
        wrong = [row for row in rows if not row[0].startswith(wanted)]
        if len(rows) != count or wrong:
            raise StepFailure('the Entries table should show %d rows reading %r; read: %s' % (count, wanted, rows))
        return rows

    # ---- the walk ----

    def start_product(self):
        env = dict(os.environ)
        env['GTK_MODULES'] = 'gail:atk-bridge'
        env['NO_AT_BRIDGE'] = '0'
        output = open(os.path.join(self.out, 'certdesk-%s.out' % self.lang), 'wb')
        self.product = subprocess.Popen([self.args.product, '-nl', self.lang, '-data', self.args.data, '-consoleLog'],
                                        stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        log('CertDesk started, pid %d' % self.product.pid)

    def walk(self):
        a = self.args
        n = self.names
        if not a.attach:
            self.start_product()
        self.step('window')
        self.wait('the CertDesk window on the accessibility bus', self.main_window, a.window_seconds)
        time.sleep(1)
        self.screenshot('window')

        # New workspace: folder, passphrase twice, export profile, trust from the portal profile
        self.step('new-workspace')
        self.menu('menu.file', 'item.new')
        wizard = self.wait('the New Workspace wizard (a window named %r)' % n['wizard.new'],
                           lambda: self.window(n['wizard.new']), 30)
        self.audit(wizard, 'New Workspace, folder page')
        self.set_text(self.text_box(wizard, 'folder', 'folder page'), a.workspace, 'the folder')
        self.screenshot('new-workspace-folder')
        self.click(self.button(wizard, ['next'], 'folder page'), 'Next')
        passphrase = open(a.passphrase_file, encoding='utf-8').read().strip()
        self.set_text(self.text_box(wizard, 'passphrase', 'passphrase page'), passphrase, 'the passphrase')
        self.audit(wizard, 'New Workspace, passphrase page')
        self.set_text(self.text_box(wizard, 'passphrase.again', 'passphrase page'), passphrase, 'the passphrase again')
        self.screenshot('new-workspace-passphrase')
        self.click(self.button(wizard, ['next'], 'passphrase page'), 'Next')
        self.audit(wizard, 'New Workspace, export profile page')
        self.click(self.button(wizard, ['next'], 'export profile page'), 'Next')
        self.set_text(self.text_box(wizard, 'profile', 'trust page'), a.profile, 'the portal profile')
        self.audit(wizard, 'New Workspace, trust page')
        finish = self.button(wizard, ['finish'], 'trust page (Finish after the profile was read)')
        self.screenshot('new-workspace-trust')
        self.click(finish, 'Finish')
        self.wait('the New Workspace wizard to close', lambda: self.window(n['wizard.new']) is None, 30)
        self.wait('the workspace folder %s' % a.workspace,
                  lambda: os.path.isdir(a.workspace) and len(os.listdir(a.workspace)) > 0, 60)
        # the mail settings: a file the administrator puts into the workspace (docs/user-guide.md, "A real batch")
        shutil.copyfile(a.mail_settings, os.path.join(a.workspace, 'delivery.properties'))
        self.wait_rows_table_empty()
        self.audit(self.main_window(), 'the workbench window with a workspace open')
        self.screenshot('workspace-open')

        # Import roster
        self.step('import-roster')
        self.menu('menu.file', 'item.import')
        wizard = self.wait('the Import Roster wizard (a window named %r)' % n['wizard.import'],
                           lambda: self.window(n['wizard.import']), 30)
        self.set_text(self.text_box(wizard, 'roster', 'file page'), a.roster, 'the roster file')
        self.audit(wizard, 'Import Roster, file page')
        self.click(self.button(wizard, ['next'], 'file page'), 'Next')
        finish = self.button(wizard, ['finish'], 'mapping page (Finish once the preview was read)')
        self.audit(wizard, 'Import Roster, mapping page')
        self.screenshot('import-mapping')
        self.click(finish, 'Finish')
        self.wait('the Import Roster wizard to close', lambda: self.window(n['wizard.import']) is None, 30)
        self.close_result_dialog()
        rows = self.wait_rows_imported(a.users)
        self.screenshot('imported')
        for row in rows:
            print('ROW imported\t%s' % '\t'.join(row), flush=True)

        # Run: download, verify, export
        self.step('run')
        self.menu('menu.batch', 'item.run')
        rows = self.wait_rows('state.exported', a.users, a.run_seconds)
        self.screenshot('exported')
        for row in rows:
            print('ROW exported\t%s' % '\t'.join(row), flush=True)

        # Deliver: the confirmation, Send
        self.step('deliver')
        self.menu('menu.batch', 'item.deliver')
        dialog = self.wait('the delivery confirmation (a window named %r)' % n['deliver.title'],
                           lambda: self.window(n['deliver.title']), 30)
        self.screenshot('deliver-confirm')
        question = ' '.join(a.name for a in find_all(dialog, lambda x: role(x) == 'label'))
        print('CONFIRM %s' % question.replace('\n', ' '), flush=True)
        self.click(self.button(dialog, [n['send']], 'delivery confirmation'), 'Send')
        rows = self.wait_rows('state.done', a.users, a.run_seconds)
        self.screenshot('delivered')
        for row in rows:
            print('ROW done\t%s' % '\t'.join(row), flush=True)
        headers = self.headers(self.entries_table())
        print('HEADERS %s' % '\t'.join(headers), flush=True)

        # Quit
        self.step('quit')
        self.menu('menu.file', 'item.quit')
        if not a.attach:
            try:
                code = self.product.wait(60)
            except subprocess.TimeoutExpired:
                raise StepFailure('File > Quit did not end CertDesk within 60 s')
            if code != 0:
                raise StepFailure('CertDesk ended with exit code %d after File > Quit' % code)
        print('STALE %d' % self.stale, flush=True)
        for what in self.unlabelled:
            print('UNLABELLED %s' % what, flush=True)
        for what in sorted(self.unnamed):
            print('UNNAMED %s' % what, flush=True)
        self.step('done')

    def wait_rows_table_empty(self):
        self.wait('the Entries table of the new workspace (a table whose first column is %r)'
                  % self.names['column.state'], self.entries_table, 60)

    def wait_rows_imported(self, count):
        return self.wait_rows('state.imported', count, 60)

    def close_result_dialog(self):
        """The import result (how many were added, skipped) in a window with OK: read and closed."""
        title = self.names['imported.title']
        found = self.wait('the import result (a window named %r)' % title, lambda: self.window(title), 60)
        labels = [x.name or '' for x in find_all(found, lambda x: role(x) == 'label')]
        print('IMPORT %s' % ' '.join(labels).replace('\n', ' '), flush=True)
        self.screenshot('import-result')
        self.click(self.button(found, ['ok'], 'import result'), 'OK')
        self.wait('the import result to close', lambda: self.window(title) is None, 30)

    def close(self):
        if self.product is not None and self.product.poll() is None:
            try:
                os.killpg(self.product.pid, signal.SIGTERM)
                self.product.wait(30)
            except Exception:
                try:
                    os.killpg(self.product.pid, signal.SIGKILL)
                except Exception:
                    pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--product', required=True, help='the certdesk start script')
    parser.add_argument('--lang', required=True, choices=sorted(NAMES))
    parser.add_argument('--data', required=True, help="the workbench's -data folder")
    parser.add_argument('--workspace', required=True, help='the folder the New Workspace wizard creates')
    parser.add_argument('--passphrase-file', required=True)
    parser.add_argument('--profile', required=True, help="the reference portal's client profile")
    parser.add_argument('--roster', required=True)
    parser.add_argument('--mail-settings', required=True, help='delivery.properties for the mail sink')
    parser.add_argument('--users', type=int, required=True)
    parser.add_argument('--out', required=True, help='screenshots, the accessible tree on failure, the output')
    parser.add_argument('--window-seconds', type=int, default=120)
    parser.add_argument('--run-seconds', type=int, default=120)
    parser.add_argument('--attach', action='store_true', help='use a CertDesk that is already running')
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    driver = Driver(args)
    return run_driver(driver, driver.walk, close=not args.attach)


def run_driver(driver, steps, close=True):
    """Runs steps() and prints OK, or FAILED with the step and why, leaving a screenshot and the accessible
    tree as evidence; closes the driver's CertDesk unless close is false. Returns the exit code."""
    try:
        steps()
        print('OK', flush=True)
        return 0
    except Exception as e:
        reason = e if isinstance(e, StepFailure) else '%s: %s' % (type(e).__name__, e)
        log('FAILED in step %s: %s' % (driver.step_name, reason))
        print('FAILED %s: %s' % (driver.step_name, str(reason).replace('\n', ' ')), flush=True)
        try:
            driver.screenshot('failure')
            driver.dump_tree('failure')
        except Exception as e2:
            log('no evidence: %s' % e2)
        return 1
    finally:
        if close:
            driver.close()


if __name__ == '__main__':
    sys.exit(main())
