package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.ImportOptions;
import io.certdesk.ui.internal.entries.EntryColumn;
import io.certdesk.ui.internal.entries.Risk;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Entries part on real workspaces through the OSGi {@link JobService}: certificates downloaded from the
 * built-in reference portal (the demo), opened the way {@code certdesk gui --workspace DIR --passphrase-file F} does;
 * a wrong passphrase; and 10,000 imported entries (time to first paint printed).
 */
class EntriesWorkspaceTest {

    /**
     * A workspace is created only with a trust anchor; these workspaces never verify a chain (no download), so a
     * pinned root fingerprint (SHA-256 of no particular root) is the cheapest anchor.
     */
    private static final WorkspaceTrust NEVER_VERIFIES = WorkspaceTrust.pinning("00".repeat(32));

    private static JobService jobs;
    private static DemoService demo;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
        demo = Services.get(DemoService.class);
    }

    @Test
    void downloadedEntriesCountDownFromTheirFirstDownload() throws Exception {
        Path workspace;
        Path passphrase;
        try (DemoSetup setup = demo.start(3, temp.resolve("demo"), Locale.getDefault())) {
            jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
            jobs.run(setup.session(), RunOptions.all().withStages(EnumSet.of(PipelineStage.DOWNLOAD)),
                    JobListener.NONE, new CancelToken());
            workspace = setup.workspace();
            passphrase = setup.passphraseFile();
        }
        MutableClock clock = new MutableClock(Instant.now(), Fixtures.TOKYO);
        try (PartHarness ui = new PartHarness(jobs, clock)) {
            assertTrue(OpenWorkspace.open(ui.shell, ui.model, workspace, Optional.of(passphrase)).isPresent());
            ui.waitForStatus();
            assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
            assertEquals(3, ui.table().getItemCount());
            Entry first = ui.part.table().rows().get(0).entry();
            assertEquals(EntryState.DOWNLOADED, first.state());
            Instant deadline = first.downloadDeadline().orElseThrow();

            clock.set(deadline.minus(Duration.ofHours(1)));
            ui.part.tickNow();
            assertTrue(ui.text(first.id(), EntryColumn.DEADLINE).endsWith(Ui.japanese()
                    ? "\uff08\u6b8b\u308a 1 \u6642\u9593 0 \u5206\uff09" : "(1 h 0 min left)"),
                    ui.text(first.id(), EntryColumn.DEADLINE));
            assertNotEquals(Risk.UNDER_HOUR, ui.row(first.id()).risk());

            clock.set(deadline.minus(Duration.ofHours(1)).plusMillis(1));
            ui.part.tickNow();
            assertTrue(ui.text(first.id(), EntryColumn.DEADLINE).endsWith(Ui.japanese()
                    ? "\uff08\u6b8b\u308a 59 \u5206\uff09" : "(59 min left)"), ui.text(first.id(), EntryColumn.DEADLINE));
            assertEquals(Risk.UNDER_HOUR, ui.row(first.id()).risk());
            assertNotEquals(ui.table().getBackground().getRGB(), ui.item(first.id()).getBackground(0).getRGB());
            Ui.screenshot(ui.shell, "entries-workspace");

            clock.set(deadline);
            ui.part.tickNow();
            assertTrue(ui.text(first.id(), EntryColumn.DEADLINE).endsWith(Ui.japanese()
                    ? "\uff08\u671f\u9650\u5207\u308c\uff09" : "(passed)"), ui.text(first.id(), EntryColumn.DEADLINE));
            assertEquals(Risk.WINDOW_PASSED, ui.row(first.id()).risk());
        }
    }

    @Test
    void bulkActionsOnTheSelectedEntries() throws Exception {
        Path workspace;
        Path passphrase;
        try (DemoSetup setup = demo.start(3, temp.resolve("demo"), Locale.getDefault())) {
            jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
            assertTrue(jobs.run(setup.session(), RunOptions.all(), JobListener.NONE, new CancelToken()).complete());
            workspace = setup.workspace();
            passphrase = setup.passphraseFile();
        }
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            assertTrue(OpenWorkspace.open(ui.shell, ui.model, workspace, Optional.of(passphrase)).isPresent());
            ui.waitForStatus();
            assertEquals(3, ui.table().getItemCount());
            List<Entry> entries = ui.part.table().visibleRows().stream().map(r -> r.entry()).toList();
            entries.forEach(e -> assertEquals(EntryState.EXPORTED, e.state(), e.toString()));
            // the first two rows: a click, then Shift+Down (real input)
            var bounds = ui.item(entries.get(0).id()).getBounds(EntryColumn.CERTIFICATE.ordinal());
            Ui.click(ui.table(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            Ui.withKey(ui.display, SWT.SHIFT, () -> Ui.key(ui.display, (char) 0, SWT.ARROW_DOWN));
            Set<Long> two = Set.of(entries.get(0).id(), entries.get(1).id());
            assertEquals(two, ui.selection.selected());

            // the rows' menu: its items for the selection
            Menu menu = ui.table().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            List<String> items = java.util.Arrays.stream(menu.getItems()).filter(i -> i.isEnabled())
                    .map(MenuItem::getText).toList();
            assertTrue(items.contains(io.certdesk.ui.internal.bulk.Messages.menuSaveExports), items.toString());
            assertTrue(items.contains(io.certdesk.ui.internal.bulk.Messages.menuHandOver), items.toString());
            assertFalse(items.contains(io.certdesk.ui.internal.bulk.Messages.menuDetails), "Details is for one row");
            menu.setLocation(ui.table().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height * 3));
            menu.setVisible(true);
            Ui.screenshot(ui.shell, "entries-row-menu");
            menu.setVisible(false);
            Ui.settle(ui.display, 200);

            // Save .p12 files: the two selected files, owner-only, reported in the log
            Path folder = temp.resolve("p12");
            var save = ui.part.bulk().saveExports(folder, ui.selection.selected()).orElseThrow();
            Ui.waitUntil(ui.display, () -> save.getState() == org.eclipse.core.runtime.jobs.Job.NONE
                    && ui.log.lines().stream().anyMatch(l -> l.text().contains(folder.toString())),
                    Duration.ofSeconds(60), "the copies");
            try (var files = Files.list(folder)) {
                List<Path> written = files.sorted().toList();
                assertEquals(List.of(folder.resolve(entries.get(0).certificateNumber() + ".p12"),
                        folder.resolve(entries.get(1).certificateNumber() + ".p12")).stream().sorted().toList(), written);
                for (Path file : written) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                }
            }

            // Mark handed over: the dialog states the count, takes the channel and a typed note
            String[] question = new String[1];
            Ui.whenShellOpens(ui.display, io.certdesk.ui.internal.bulk.Messages.handOverTitle, dialog -> {
                question[0] = Ui.find(dialog, Label.class).stream().map(Label::getText)
                        .filter(t -> t.contains("2")).findFirst().orElse("");
                Text note = Ui.find(dialog, Text.class).get(0);
                Ui.typeInto(note, "meeting 10:00");
                Ui.click(Ui.button(dialog, Ui.find(dialog, org.eclipse.swt.widgets.Button.class).stream()
                        .filter(b -> b.getText().equals(io.certdesk.ui.internal.bulk.Messages.handOverByManual))
                        .findFirst().orElseThrow().getText()));
                try {
                    Ui.screenshot(dialog, "entries-hand-over");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Ui.click(Ui.button(dialog, io.certdesk.ui.internal.bulk.Messages.handOverRecord));
            });
            var marked = ui.part.bulk().markHandedOver(ui.shell, ui.selection.selected()).orElseThrow();
            assertTrue(question[0].contains("2"), "the question states the count: " + question[0]);
            Ui.waitUntil(ui.display, () -> marked.getState() == org.eclipse.core.runtime.jobs.Job.NONE
                    && ui.log.lines().stream().anyMatch(l -> l.text().contains(
                            io.certdesk.delivery.DeliveryChannel.MANUAL.displayName())), Duration.ofSeconds(60),
                    "the hand-over");
            String line = ui.log.lines().get(ui.log.size() - 1).text();
            assertTrue(line.startsWith("2"), line);
            var audit = jobs.auditRecords(ui.model.session().orElseThrow()); // the window's session: no job runs
            assertTrue(audit.stream().anyMatch(r -> r.detail().contains("meeting 10:00")), audit.toString());

            // File > Save Result Workbook... (the file chosen) and Password Handout (PDF)... (no handout entry here)
            var files = new io.certdesk.ui.internal.bulk.FileActions(ui.model, ui.jobs, ui.log);
            Ui.waitUntil(ui.display, files::ready, Duration.ofSeconds(30), "the window to be ready");
            Path workbook = temp.resolve("result.xlsx");
            var written = files.saveWorkbook(workbook);
            Ui.waitUntil(ui.display, () -> written.getState() == org.eclipse.core.runtime.jobs.Job.NONE
                    && ui.log.lines().stream().anyMatch(l -> l.text().contains(workbook.toString())),
                    Duration.ofSeconds(60), "the workbook");
            assertTrue(Files.size(workbook) > 0);
            assertTrue(ui.log.lines().get(ui.log.size() - 1).text().contains("3"), ui.log.lines().toString());
            assertEquals(0, files.handoutCounts().handout());
            boolean[] told = new boolean[1];
            Ui.whenShellOpens(ui.display, io.certdesk.ui.internal.bulk.Messages.handoutTitle, dialog -> {
                told[0] = Ui.find(dialog, Label.class).stream()
                        .anyMatch(l -> l.getText().equals(io.certdesk.ui.internal.bulk.Messages.handoutNothing));
                dialog.close();
            });
            assertTrue(files.handout(ui.shell).isEmpty());
            assertTrue(told[0], "the handout said why nothing is written");
        }
    }

    @Test
    void aWrongPassphraseIsReportedInThePart() throws Exception {
        Path folder = temp.resolve("ws");
        try (WorkspaceSession created = jobs.create(folder, "right passphrase 1".toCharArray(),
                WorkspaceSettings.defaults().withTrust(NEVER_VERIFIES))) {
            assertEquals(0, created.entries().size());
        }
        Path file = temp.resolve("wrong.txt");
        Files.writeString(file, "wrong passphrase 2\n", StandardCharsets.UTF_8);
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            String before = message(ui);
            OpenWorkspace.open(ui.shell, ui.model, folder, Optional.of(file));
            ui.waitForStatus();
            assertTrue(ui.model.problem().isPresent());
            assertTrue(message(ui).contains(folder.toString()), message(ui));
            assertNotEquals(before, message(ui));
            assertFalse(message(ui).contains("wrong passphrase"), "the passphrase was shown");
            Ui.screenshot(ui.shell, "entries-wrong-passphrase");
        }
    }

    private static String message(PartHarness ui) {
        for (Control child : ui.part.table().viewer().getTable().getParent().getChildren()) {
            if (child instanceof Label label) {
                return label.getText();
            }
        }
        throw new AssertionError("no message label");
    }

    @Test
    void tenThousandEntries() throws Exception {
        Path folder = temp.resolve("big");
        char[] secret = "ten thousand entries".toCharArray();
        Path roster = temp.resolve("roster.csv");
        StringBuilder csv = new StringBuilder("Group ID,Certificate number,Retrieval password,Name,Email,Department\r\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("GROUP-B,").append(20_000_000 + i).append(",Secret-").append(i).append(",User ").append(i)
                    .append(",user").append(i).append("@example.jp,Dept ").append(i % 37).append("\r\n");
        }
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
        long importStart = System.nanoTime();
        try (WorkspaceSession session = jobs.create(folder, secret, WorkspaceSettings.defaults().withTrust(NEVER_VERIFIES))) {
            jobs.importRoster(session, roster, ImportOptions.defaults());
        }
        long importMillis = Duration.ofNanos(System.nanoTime() - importStart).toMillis();
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            long[] statusArrived = new long[1];
            long[] firstPaint = new long[1];
            ui.model.addListener(() -> {
                if (statusArrived[0] == 0 && ui.model.status().isPresent()) {
                    statusArrived[0] = System.nanoTime();
                }
            });
            ui.table().addListener(org.eclipse.swt.SWT.Paint, event -> {
                if (statusArrived[0] != 0 && firstPaint[0] == 0 && ui.table().getItemCount() > 0) {
                    firstPaint[0] = System.nanoTime();
                }
            });
            long openStart = System.nanoTime();
            ui.model.open(folder, secret);
            ui.waitForStatus();
            Ui.waitUntil(ui.display, () -> firstPaint[0] != 0, Duration.ofSeconds(30), "the first paint");
            assertEquals(10_000, ui.table().getItemCount());
            System.out.printf("10,000 entries (%s): import %d ms; open + status %d ms; first paint %d ms after the status"
                    + " arrived%n", Ui.language(), importMillis,
                    Duration.ofNanos(statusArrived[0] - openStart).toMillis(),
                    Duration.ofNanos(firstPaint[0] - statusArrived[0]).toMillis());
            long firstPaintMillis = Duration.ofNanos(firstPaint[0] - statusArrived[0]).toMillis();
            assertTrue(firstPaintMillis < 10_000, "sanity: the table took " + firstPaintMillis + " ms to show the rows");
            long filterStart = System.nanoTime();
            ui.part.table().setFilterText("user9999@");
            long filterMillis = Duration.ofNanos(System.nanoTime() - filterStart).toMillis();
            assertEquals(1, ui.part.table().visibleRows().size());
            long clearStart = System.nanoTime();
            ui.part.table().setFilterText("");
            long clearMillis = Duration.ofNanos(System.nanoTime() - clearStart).toMillis();
            long sortStart = System.nanoTime();
            ui.part.table().sortBy(EntryColumn.NAME);
            long sortMillis = Duration.ofNanos(System.nanoTime() - sortStart).toMillis();
            long reverseStart = System.nanoTime();
            ui.part.table().sortBy(EntryColumn.NAME);
            long reverseMillis = Duration.ofNanos(System.nanoTime() - reverseStart).toMillis();
            long quickStart = System.nanoTime();
            ui.part.table().setQuickFilter(io.certdesk.ui.internal.entries.QuickFilter.FAILED);
            long quickMillis = Duration.ofNanos(System.nanoTime() - quickStart).toMillis();
            ui.part.table().setQuickFilter(io.certdesk.ui.internal.entries.QuickFilter.ALL);
            ui.table().selectAll();
            long copyStart = System.nanoTime();
            String tsv = ui.part.table().selectionAsTsv();
            long copyMillis = Duration.ofNanos(System.nanoTime() - copyStart).toMillis();
            assertEquals(10_001, tsv.split("\r\n").length);
            System.out.printf("10,000 entries (%s): filter %d ms, filter cleared %d ms, sort by name %d ms, reversed %d ms,"
                    + " quick filter %d ms, all rows as TSV %d ms (%d chars)%n", Ui.language(), filterMillis,
                    clearMillis, sortMillis, reverseMillis, quickMillis, copyMillis, tsv.length());
            for (long millis : new long[] { filterMillis, clearMillis, sortMillis, reverseMillis, quickMillis }) {
                assertTrue(millis < 5_000, "sanity: a filter or sort of 10,000 rows took " + millis + " ms");
            }
            Ui.screenshot(ui.shell, "entries-10000");
        }
    }
}
