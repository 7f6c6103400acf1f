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
import java.util.EnumSet;
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
import org.eclipse.swt.widgets.Control;
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
            long filterStart = System.nanoTime();
            ui.part.table().setFilterText("user9999@");
            System.out.printf("10,000 entries: filter applied in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - filterStart).toMillis());
            assertEquals(1, ui.part.table().visibleRows().size());
            ui.part.table().setFilterText("");
            long sortStart = System.nanoTime();
            ui.part.table().sortBy(EntryColumn.NAME);
            System.out.printf("10,000 entries: sorted by name in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - sortStart).toMillis());
            Ui.screenshot(ui.shell, "entries-10000");
        }
    }
}
