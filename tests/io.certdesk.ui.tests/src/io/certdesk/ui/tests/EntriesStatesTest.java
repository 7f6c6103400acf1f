package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.ui.internal.entries.EntryColumn;
import io.certdesk.ui.internal.entries.EntryRow;
import io.certdesk.ui.internal.entries.FilterBar;
import io.certdesk.ui.internal.entries.QuickFilter;
import io.certdesk.ui.internal.entries.Risk;
import io.certdesk.ui.internal.entries.Tsv;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Entries part over entries in every state that warns (the status a job service would hand out): countdown texts
 * at their boundaries, colours always with an icon and a text, the filter typed with real key events, sorting by a
 * click on a column header, quick filters and the overview strip. Screenshots in target/screenshots.
 */
class EntriesStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    private PartHarness ui;
    private final MutableClock clock = new MutableClock(NOW, Fixtures.TOKYO);

    private static final List<Entry> ENTRIES = List.of(
            // deadline in exactly one hour: "1 h 0 min left", at risk (under the 6-hour margin), not "under 1 hour"
            Fixtures.entry(1, "Yamada Taro", "Sales", EntryState.DOWNLOADED,
                    Optional.of(NOW.minus(Duration.ofHours(23))), Optional.empty()),
            // one second less: "59 min left", under one hour
            Fixtures.entry(2, "Sato Hanako", "Sales", EntryState.DOWNLOADED,
                    Optional.of(NOW.minus(Duration.ofHours(23)).minusSeconds(1)), Optional.empty()),
            // deadline now: passed
            Fixtures.entry(3, "Suzuki Ichiro", "Accounting", EntryState.VERIFIED,
                    Optional.of(NOW.minus(Duration.ofHours(24))), Optional.empty()),
            Fixtures.entry(4, "Tanaka Jiro", "Accounting", EntryState.FAILED,
                    Optional.of(NOW.minus(Duration.ofHours(2))), Optional.of(ErrorCode.COMM_CANNOT_CONNECT)),
            Fixtures.entry(5, "Ito Saburo", "Legal", EntryState.WINDOW_PASSED,
                    Optional.of(NOW.minus(Duration.ofHours(30))), Optional.empty()),
            Fixtures.entry(6, "Watanabe Shiro", "Legal", EntryState.SUPERSEDED, Optional.empty(), Optional.empty()),
            Fixtures.entry(7, "Kobayashi Goro", "IT", EntryState.DONE,
                    Optional.of(NOW.minus(Duration.ofHours(3))), Optional.empty()),
            Fixtures.entry(8, "Kato Rokuro", "IT", EntryState.IMPORTED, Optional.empty(), Optional.empty()));

    @BeforeEach
    void open() {
        ui = new PartHarness(new SnapshotJobService(Fixtures.status(ENTRIES, NOW)), clock);
        ui.model.open(Path.of("/nowhere/demo-workspace"), "unused".toCharArray());
        ui.waitForStatus();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private static String left(String en, String ja) {
        return Ui.japanese() ? ja : en;
    }

    @Test
    void valuesCopiedForExcelAreInertAndQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Tsv.value("=HYPERLINK(\"http://x\")"));
        assertEquals("'+81 3", Tsv.value("+81 3"));
        assertEquals("'\uff1dSUM(A1)", Tsv.value("\uff1dSUM(A1)"), "a full-width = typed by a Japanese input method");
        assertEquals("\"a\tb\"", Tsv.value("a\tb"));
        assertEquals("\u5c71\u7530", Tsv.value("\u5c71\u7530"));
    }

    @Test
    void countdownAtItsBoundaries() {
        assertEquals(8, ui.table().getItemCount());
        assertEquals(left("2026-12-02 13:00 (1 h 0 min left)", "2026-12-02 13:00\uff08\u6b8b\u308a 1 \u6642\u9593 0 \u5206\uff09"),
                ui.text(1, EntryColumn.DEADLINE));
        assertEquals(left("2026-12-02 12:59 (59 min left)", "2026-12-02 12:59\uff08\u6b8b\u308a 59 \u5206\uff09"),
                ui.text(2, EntryColumn.DEADLINE));
        assertEquals(left("2026-12-02 12:00 (passed)", "2026-12-02 12:00\uff08\u671f\u9650\u5207\u308c\uff09"),
                ui.text(3, EntryColumn.DEADLINE));
        assertEquals(left("2026-12-03 10:00 (22 h 0 min left)", "2026-12-03 10:00\uff08\u6b8b\u308a 22 \u6642\u9593 0 \u5206\uff09"),
                ui.text(4, EntryColumn.DEADLINE));
        assertEquals("2026-12-03 09:00", ui.text(7, EntryColumn.DEADLINE), "finished entries show the deadline only");
        assertEquals("", ui.text(8, EntryColumn.DEADLINE));
        assertEquals("102", ui.text(4, EntryColumn.ERROR));
        assertTrue(ui.text(1, EntryColumn.FIRST_DOWNLOAD).startsWith("2026-12-01 13:00"), ui.text(1, EntryColumn.FIRST_DOWNLOAD));

        // 30 seconds later (the part's tick): entry 1 drops under the hour
        clock.set(NOW.plusSeconds(30));
        ui.part.tickNow();
        assertEquals(left("2026-12-02 13:00 (59 min left)", "2026-12-02 13:00\uff08\u6b8b\u308a 59 \u5206\uff09"),
                ui.text(1, EntryColumn.DEADLINE));
        assertEquals(Risk.UNDER_HOUR, ui.row(1).risk());
        clock.set(NOW);
        ui.part.tickNow();
    }

    @Test
    void everyWarningHasIconTextAndColourTogether() throws Exception {
        Table table = ui.table();
        RGB plain = table.getBackground().getRGB(); // JFace colours cells: every cell of a warning row is coloured
        assertRow(1, Risk.AT_RISK, left("at risk", "\u671f\u9650\u9593\u8fd1"), plain);
        assertRow(2, Risk.UNDER_HOUR, left("under 1 hour", "\u6b8b\u308a1\u6642\u9593\u672a\u6e80"), plain);
        assertRow(3, Risk.WINDOW_PASSED, left("window passed", "\u671f\u9650\u5207\u308c"), plain);
        assertRow(4, Risk.FAILED, left("Failed", "\u5931\u6557"), plain);
        assertRow(5, Risk.WINDOW_PASSED, left("Window passed", "\u671f\u9650\u5207\u308c"), plain);
        assertRow(6, Risk.SUPERSEDED, left("Superseded", "\u65b0\u3057\u3044\u8a3c\u660e\u66f8\u3042\u308a"), null);
        assertNotEquals(ui.item(6).getForeground(0).getRGB(), table.getForeground().getRGB(), "superseded rows are grey");
        // no warning: the table's own colours, still an icon and the state's text
        TableItem done = ui.item(7);
        assertEquals(plain, done.getBackground(0).getRGB());
        assertNotNull(done.getImage(0));
        assertEquals(left("Done", "\u5b8c\u4e86"), done.getText(0));
        // the four warning icons differ from each other and from the finished row's
        assertEquals(5, java.util.stream.Stream.of(1L, 2L, 3L, 4L, 7L).map(id -> ui.item(id).getImage(0)).distinct().count());
        Ui.screenshot(ui.shell, "entries-states");
    }

    private void assertRow(long id, Risk risk, String text, RGB plain) {
        TableItem item = ui.item(id);
        assertEquals(risk, ui.row(id).risk(), "entry " + id);
        assertNotNull(item.getImage(0), "entry " + id + " has no icon");
        assertTrue(item.getText(0).contains(text), "entry " + id + ": " + item.getText(0));
        if (plain != null) {
            RGB warning = item.getBackground(0).getRGB();
            assertNotEquals(plain, warning, "entry " + id + " has no warning colour");
            for (EntryColumn column : EntryColumn.values()) {
                assertEquals(warning, item.getBackground(column.ordinal()).getRGB(), column.name());
            }
        }
    }

    @Test
    void filterTypedWithRealKeysMatchesAnyColumn() throws Exception {
        FilterBar filter = ui.part.filterBar();
        filter.text().setFocus();
        Ui.type(ui.display, "accounting");
        assertEquals("accounting", filter.text().getText());
        Ui.settle(ui.display, FilterBar.DELAY_MILLIS + 300);
        assertEquals(List.of(3L, 4L), ids());
        // a second word narrows (all words must match, in any column): the error code
        Ui.type(ui.display, " 102");
        Ui.settle(ui.display, FilterBar.DELAY_MILLIS + 300);
        assertEquals(List.of(4L), ids());
        Ui.screenshot(ui.shell, "entries-filtered");
        // clear with backspaces; Enter applies at once
        for (int i = 0; i < "accounting 102".length(); i++) {
            Ui.key(ui.display, SWT.BS, SWT.BS);
        }
        Ui.key(ui.display, SWT.CR, SWT.CR);
        Ui.settle(ui.display, 50);
        assertEquals(8, ids().size());
        // the countdown text is filtered like any other column
        Ui.type(ui.display, "12:59");
        Ui.key(ui.display, SWT.CR, SWT.CR);
        assertEquals(List.of(2L), ids());
    }

    @Test
    void clickingAColumnHeaderSortsAndAgainReverses() {
        Table table = ui.table();
        TableColumn name = table.getColumn(EntryColumn.NAME.ordinal());
        int x = 0;
        for (int index : table.getColumnOrder()) {
            if (table.getColumn(index) == name) {
                break;
            }
            x += table.getColumn(index).getWidth();
        }
        // the header row is just above the first item (inside or outside the client area, by platform)
        int y = table.getItem(0).getBounds().y - table.getHeaderHeight() / 2;
        int middle = x + name.getWidth() / 2;
        int[] clicks = new int[1];
        name.addListener(SWT.Selection, e -> clicks[0]++);
        Ui.click(table, middle, y);
        assertEquals(1, clicks[0], "header clicks");
        assertEquals(name, table.getSortColumn(), "the click did not reach the Name header");
        assertEquals(SWT.UP, table.getSortDirection());
        assertEquals("Ito Saburo", table.getItem(0).getText(EntryColumn.NAME.ordinal()));
        assertEquals("Yamada Taro", table.getItem(7).getText(EntryColumn.NAME.ordinal()));
        // A second posted click on the same header does not reach SWT under Xvfb (GTK keeps the header's press state
        // after the first posted click; to be checked with xdotool in the product): the second click is sent as the
        // header's selection event.
        name.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(2, clicks[0], "header clicks");
        assertEquals(SWT.DOWN, table.getSortDirection());
        assertEquals("Yamada Taro", table.getItem(0).getText(EntryColumn.NAME.ordinal()));
    }

    @Test
    void quickFiltersAndOverviewSetTheFilter() throws Exception {
        Button failed = ui.part.filterBar().quickButton(QuickFilter.FAILED);
        Rectangle bounds = failed.getBounds();
        Ui.click(failed, bounds.width / 4, bounds.height / 2);
        assertTrue(failed.getSelection(), "the click did not select the Failed quick filter");
        assertEquals(List.of(4L), ids());
        Button passed = ui.part.filterBar().quickButton(QuickFilter.WINDOW_PASSED);
        Ui.click(passed, passed.getBounds().width / 4, passed.getBounds().height / 2);
        assertEquals(List.of(3L, 5L), ids());
        assertFalse(failed.getSelection());

        Button atRisk = ui.part.overview().button(QuickFilter.AT_RISK);
        assertNotNull(atRisk);
        assertTrue(atRisk.getText().contains("2"), atRisk.getText());
        assertTrue(atRisk.getText().contains("12-02 12:59"), "next deadline: " + atRisk.getText());
        Rectangle riskBounds = atRisk.getBounds();
        Ui.click(atRisk, riskBounds.width / 2, riskBounds.height / 2);
        assertEquals(List.of(1L, 2L), ids());
        assertEquals(QuickFilter.AT_RISK, ui.part.table().quickFilter());
        assertTrue(ui.part.filterBar().quickButton(QuickFilter.AT_RISK).getSelection());
        Button superseded = ui.part.overview().button(QuickFilter.SUPERSEDED);
        assertTrue(superseded.getText().endsWith(": 1"), superseded.getText());
        assertNull(ui.part.overview().button(QuickFilter.DELIVERED), "states without entries are not listed");
        Ui.screenshot(ui.shell, "entries-at-risk");
    }

    private List<Long> ids() {
        return ui.part.table().visibleRows().stream().map(EntryRow::entry).map(Entry::id).sorted().toList();
    }
}
