package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.ui.internal.entries.ColumnLayout;
import io.certdesk.ui.internal.entries.EntryColumn;
import io.certdesk.ui.internal.entries.FilterBar;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

/**
 * The Entries table as a person uses it with the keyboard and the mouse (real SWT events): Shift+Down to select
 * several rows, Ctrl+C copies them as tab-separated text for Excel (shown columns in their shown order, a header row,
 * quoting), Ctrl+F goes to the filter box, Enter selects for the Details part; the column chooser and the layout
 * remembered across a restart of the part.
 */
class EntriesSelectionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    private static final List<Entry> ENTRIES = List.of(
            Fixtures.entry(1, "Yamada Taro", "Sales", EntryState.IMPORTED, Optional.empty(), Optional.empty()),
            Fixtures.entry(2, "Sato \"Hana\"\tko", "Sales\nTokyo", EntryState.IMPORTED, Optional.empty(),
                    Optional.empty()),
            Fixtures.entry(3, "Suzuki Ichiro", "Accounting", EntryState.DONE,
                    Optional.of(NOW.minus(Duration.ofHours(3))), Optional.empty()));

    private static PartHarness open(Preferences columns) {
        PartHarness ui = new PartHarness(new SnapshotJobService(Fixtures.status(ENTRIES, NOW)),
                new MutableClock(NOW, Fixtures.TOKYO), columns);
        ui.model.open(Path.of("/nowhere/selection"), "unused".toCharArray());
        ui.waitForStatus();
        return ui;
    }

    /** Clicks the row (real mouse event), with Ctrl held when {@code add}. */
    private static void clickRow(PartHarness ui, long id, boolean add) {
        Table table = ui.table();
        Rectangle bounds = ui.item(id).getBounds(EntryColumn.CERTIFICATE.ordinal());
        Runnable click = () -> Ui.click(table, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        if (add) {
            Ui.settle(ui.display, 600); // not a double-click with the click before
            Ui.withCtrl(ui.display, click);
        } else {
            click.run();
        }
    }

    private static String clipboard(PartHarness ui) {
        Clipboard clipboard = new Clipboard(ui.display);
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void shiftSelectsRowsAndCtrlCCopiesThemForExcel() throws Exception {
        try (PartHarness ui = open(null)) {
            // Display.post's mouse events carry no modifier state on GTK (a posted Ctrl+click is a plain click), so the
            // rows are added with the keyboard: Shift+Down extends the selection
            clickRow(ui, 1, false);
            Ui.withKey(ui.display, SWT.SHIFT, () -> Ui.key(ui.display, (char) 0, SWT.ARROW_DOWN));
            assertEquals(Set.of(1L, 2L), ui.part.table().selectedIds(), "Shift+Down extends the selection");
            assertEquals(Set.of(1L, 2L), ui.selection.selected(), "the selection reaches the Batch actions");
            Ui.screenshot(ui.shell, "entries-multi-select");

            Ui.withCtrl(ui.display, () -> Ui.key(ui.display, 'c', 0));
            String tsv = clipboard(ui);
            String[] lines = tsv.split("\r\n", -1);
            assertEquals(4, lines.length, tsv); // header, two rows, the empty rest after the last CRLF
            assertEquals("", lines[3]);
            assertEquals(String.join("\t", EntryColumn.STATE.header(), EntryColumn.NAME.header(),
                    EntryColumn.DEPARTMENT.header(), EntryColumn.EMAIL.header(), EntryColumn.GROUP.header(),
                    EntryColumn.CERTIFICATE.header(), EntryColumn.DEADLINE.header(),
                    EntryColumn.FIRST_DOWNLOAD.header(), EntryColumn.EXPIRY.header(), EntryColumn.ERROR.header()),
                    lines[0]);
            assertTrue(lines[1].startsWith(ui.text(1, EntryColumn.STATE) + "\tYamada Taro\tSales\tuser1@example.jp\t"),
                    lines[1]);
            // a tab, a quote and a line break inside values: quoted, quotes doubled (Excel's rules)
            assertTrue(tsv.contains("\t\"Sato \"\"Hana\"\"\tko\"\t\"Sales\nTokyo\"\tuser2@example.jp\t"), tsv);
            assertTrue(ui.log.lines().get(ui.log.size() - 1).text().contains("2"), "the copy is reported");

            // hide Email, move Certificate number first: the copy follows what the table shows
            ColumnLayout layout = ui.part.table().columnLayout();
            layout.setShown(EntryColumn.EMAIL, false);
            moveFirst(ui.table(), EntryColumn.CERTIFICATE);
            Ui.withCtrl(ui.display, () -> Ui.key(ui.display, 'c', 0));
            String header = clipboard(ui).split("\r\n")[0];
            assertTrue(header.startsWith(EntryColumn.CERTIFICATE.header() + "\t" + EntryColumn.STATE.header() + "\t"),
                    header);
            assertFalse(header.contains(EntryColumn.EMAIL.header()), header);
            assertTrue(clipboard(ui).split("\r\n")[1].startsWith("10000001\t"), clipboard(ui));
        }
    }

    private static void moveFirst(Table table, EntryColumn column) {
        int[] order = table.getColumnOrder();
        int[] moved = new int[order.length];
        moved[0] = column.ordinal();
        int next = 1;
        for (int index : order) {
            if (index != column.ordinal()) {
                moved[next++] = index;
            }
        }
        table.setColumnOrder(moved);
    }

    @Test
    void unknownSendsOfTheSelectionAreConfirmedAfterTheCounts() throws Exception {
        Instant sent = NOW.minus(Duration.ofMinutes(5));
        List<DeliveryResult> unknown = List.of(
                new DeliveryResult(sent, 1, null, DeliveryPart.FILE, DeliveryChannel.MAIL, DeliveryState.UNKNOWN,
                        "user1@example.jp", "<file-1@certdesk>", null, "connection reset"),
                new DeliveryResult(sent, 1, null, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, DeliveryState.UNKNOWN,
                        "user1@example.jp", "<password-1@certdesk>", null, "connection reset"),
                new DeliveryResult(sent, 3, null, DeliveryPart.FILE, DeliveryChannel.MAIL, DeliveryState.UNKNOWN,
                        "user3@example.jp", "<file-3@certdesk>", null, "connection reset"));
        var base = Fixtures.status(ENTRIES, NOW);
        SnapshotJobService service = new SnapshotJobService(new io.certdesk.jobs.WorkspaceStatus(base.settings(),
                base.entries(), base.counts(), base.window(), base.renewals(), unknown));
        try (PartHarness ui = new PartHarness(service, new MutableClock(NOW, Fixtures.TOKYO))) {
            ui.model.open(Path.of("/nowhere/unknown"), "unused".toCharArray());
            ui.waitForStatus();
            clickRow(ui, 1, false);
            assertEquals(Set.of(1L), ui.selection.selected());
            String[] question = new String[1];
            Ui.whenShellOpens(ui.display, io.certdesk.ui.internal.bulk.Messages.unknownTitle, dialog -> {
                question[0] = Ui.find(dialog, org.eclipse.swt.widgets.Label.class).stream()
                        .map(org.eclipse.swt.widgets.Label::getText).filter(t -> t.contains("2")).findFirst()
                        .orElse("");
                try {
                    Ui.screenshot(dialog, "entries-unknown-sends");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Ui.click(Ui.button(dialog, io.certdesk.ui.internal.bulk.Messages.unknownDelivered));
            });
            var job = ui.part.bulk().confirmUnknownSends(ui.shell, ui.selection.selected()).orElseThrow();
            assertEquals(io.certdesk.ui.internal.bulk.Messages.unknownQuestion.replace("{0}", "2").replace("{1}", "1"),
                    question[0], "the exact counts: 2 sends, 1 entry");
            Ui.waitUntil(ui.display, () -> job.getState() == org.eclipse.core.runtime.jobs.Job.NONE
                    && service.confirmed.size() == 2, Duration.ofSeconds(30), "the sends settled");
            assertEquals(List.of("<file-1@certdesk>=true", "<password-1@certdesk>=true"), service.confirmed,
                    "only the selected entry's sends");

            // file or password only: the counts say so
            var counts = io.certdesk.ui.internal.activity.DeliverConfirm.count(List.of(exported(5), exported(6)),
                    Set.of(5L), java.util.EnumSet.of(DeliveryPart.PASSWORD));
            assertEquals(1, counts.deliverable());
            assertEquals(1, counts.mails());
            assertEquals(0, counts.sameMailbox(), "one part alone never reaches one mailbox twice");
        }
    }

    private static Entry exported(long id) {
        return Fixtures.entry(id, "User " + id, "IT", EntryState.EXPORTED, Optional.of(NOW.minus(Duration.ofHours(1))),
                Optional.empty());
    }

    @Test
    void columnsAreRememberedAcrossARestart() throws Exception {
        Preferences node = InstanceScope.INSTANCE.getNode("io.certdesk.ui.tests").node("columns-" + UUID.randomUUID());
        int nameWidth;
        try (PartHarness ui = open(node)) {
            Table table = ui.table();
            ui.part.table().columnLayout().setShown(EntryColumn.EMAIL, false);
            ui.part.table().columnLayout().setShown(EntryColumn.GROUP, false);
            ui.part.table().columnLayout().setShown(EntryColumn.GROUP, true);
            moveFirst(table, EntryColumn.NAME);
            TableColumn name = table.getColumn(EntryColumn.NAME.ordinal());
            nameWidth = name.getWidth() + new org.eclipse.jface.layout.PixelConverter(table).convertWidthInCharsToPixels(7);
            name.setWidth(nameWidth);
            assertEquals(0, table.getColumn(EntryColumn.EMAIL.ordinal()).getWidth());
            Ui.screenshot(ui.shell, "entries-columns-chosen");
        }
        try (PartHarness ui = open(node)) { // the part made again, as at the next start
            Table table = ui.table();
            assertEquals(EntryColumn.NAME.ordinal(), table.getColumnOrder()[0]);
            assertEquals(nameWidth, table.getColumn(EntryColumn.NAME.ordinal()).getWidth());
            assertEquals(0, table.getColumn(EntryColumn.EMAIL.ordinal()).getWidth(), "Email stays hidden");
            assertFalse(ColumnLayout.shown(table.getColumn(EntryColumn.EMAIL.ordinal())));
            assertTrue(table.getColumn(EntryColumn.GROUP.ordinal()).getWidth() > 0, "Group ID was shown again");
            assertFalse(ui.part.table().columnLayout().shownColumns().contains(EntryColumn.EMAIL));

            ui.part.table().columnLayout().reset();
            assertEquals(0, table.getColumnOrder()[0]);
            assertTrue(table.getColumn(EntryColumn.EMAIL.ordinal()).getWidth() > 0);
        } finally {
            node.removeNode();
        }
    }

    @Test
    void ctrlFGoesToTheFilterAndEnterSelectsForDetails() throws Exception {
        try (PartHarness ui = open(null)) {
            clickRow(ui, 3, false);
            assertTrue(ui.table().isFocusControl());
            Ui.withCtrl(ui.display, () -> Ui.key(ui.display, 'f', 0));
            assertTrue(ui.part.filterBar().text().isFocusControl(), "Ctrl+F did not reach the filter box");
            Ui.type(ui.display, "yamada");
            Ui.settle(ui.display, FilterBar.DELAY_MILLIS + 300);
            assertEquals(1, ui.part.table().visibleRows().size());
            assertEquals(1L, ui.part.table().visibleRows().get(0).entry().id());

            ui.details();
            Ui.activate(ui.shell);
            clickRow(ui, 1, false);
            ui.selection.selected(Set.of()); // as if the selection had been cleared elsewhere: Enter selects again
            Ui.key(ui.display, SWT.CR, SWT.CR);
            assertEquals(Set.of(1L), ui.selection.selected());
            Ui.waitUntil(ui.display, () -> ui.details().entry().isPresent(), Duration.ofSeconds(10), "the details");
            assertEquals(1L, ui.details().entry().get().id());
        }
    }
}
