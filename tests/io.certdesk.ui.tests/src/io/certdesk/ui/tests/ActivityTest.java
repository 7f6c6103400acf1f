package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.JobService;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.DeliverConfirm;
import io.certdesk.ui.internal.activity.Messages;
import io.certdesk.ui.internal.parts.ActivityPart;
import io.certdesk.ui.internal.start.WorkspaceActions;
import io.certdesk.workspace.EntryState;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run and deliver as Eclipse Jobs on the demo (the reference portal over HTTPS and the mail sink, through the OSGi
 * {@link JobService}), with the real Entries and Activity parts: a run of the entry selected by a click, the table
 * moving with the events, a run cancelled with the Cancel button (nothing lost: the next run finishes), a failure
 * line whose double-click selects its entry, and a delivery confirmed with exact counts as a dry run into the outbox.
 */
class ActivityTest {

    private static JobService services;
    private static DemoService demos;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        services = Services.get(JobService.class);
        demos = Services.get(DemoService.class);
    }

    /** Enough that the second run is still going when Cancel is clicked, however fast the machine exports. */
    private static final int USERS = 40;

    @Test
    void runCancelResumeAndDeliver() throws Exception {
        try (PartHarness ui = new PartHarness(services, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            ui.model.startDemo(demos, USERS, temp.resolve("demo"), WorkspaceActions.demoLocale());
            ui.waitForStatus();
            assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
            assertEquals(USERS, ui.table().getItemCount());
            ActivityPart activity = ui.activity();
            Ui.activate(ui.shell);

            // one entry, chosen with a click on its row
            Table table = ui.table();
            Ui.click(table, table.getItem(0).getBounds(1).x + 5, table.getItem(0).getBounds(1).y + 3);
            long chosen = ui.part.table().visibleRows().get(0).entry().id();
            assertEquals(Set.of(Long.valueOf(chosen)), ui.selection.selected());
            Job run = ui.jobs.run(ui.selection.selected(), false);
            Ui.waitUntil(ui.display, () -> run.getState() == Job.NONE, Duration.ofSeconds(120), "the first run");
            Ui.waitUntil(ui.display, () -> state(ui, chosen) == EntryState.EXPORTED, Duration.ofSeconds(30),
                    "the table to show the export");
            assertEquals(USERS - 1L, ui.part.table().rows().stream().filter(r -> r.entry().state() == EntryState.IMPORTED)
                    .count(), "more than the selected entry ran");
            waitLogged(ui, Messages.runFinished.substring(0, 10));
            String label = ui.part.table().rows().stream().filter(r -> r.entry().id() == chosen).findFirst()
                    .orElseThrow().entry().certificateNumber();
            assertTrue(ui.log.lines().stream().anyMatch(l -> l.text().contains(label) && l.entryId() == chosen),
                    lines(ui));
            Ui.screenshot(ui.activityShell(), "activity-run");

            // the rest, cancelled with the button once it runs: nothing lost
            Job all = ui.jobs.run(Set.of(), false);
            Ui.waitUntil(ui.display, () -> activity.cancelButton().isEnabled() && all.getState() == Job.RUNNING,
                    Duration.ofSeconds(30), "the second run");
            Ui.activate(ui.activityShell());
            Ui.click(activity.cancelButton());
            Ui.waitUntil(ui.display, () -> all.getState() == Job.NONE, Duration.ofSeconds(120), "the cancelled run");
            waitLogged(ui, Messages.runCancelled.substring(0, 20));
            Ui.waitUntil(ui.display, () -> !activity.cancelButton().isEnabled(), Duration.ofSeconds(10),
                    "Cancel to be off after the run");
            assertFalse(activity.cancelButton().isEnabled());
            Ui.screenshot(ui.activityShell(), "activity-cancelled");
            Job again = ui.jobs.run(Set.of(), false);
            Ui.waitUntil(ui.display, () -> again.getState() == Job.NONE, Duration.ofSeconds(180), "the resumed run");
            Ui.waitUntil(ui.display, () -> ui.part.table().rows().stream()
                    .allMatch(r -> r.entry().state() == EntryState.EXPORTED), Duration.ofSeconds(30), "all exported");
            Ui.waitUntil(ui.display, () -> ui.log.lines().stream()
                    .filter(l -> l.text().startsWith(Messages.runFinished.substring(0, 10))).count() == 2,
                    Duration.ofSeconds(30), "the end of the resumed run");

            // a failure in the log selects its entry on double-click
            long other = ui.part.table().visibleRows().get(5).entry().id();
            ui.log.add("failure of entry " + other, other, Optional.of(io.certdesk.core.errors.ErrorCode.COMM_CANNOT_CONNECT));
            Table log = activity.table();
            Ui.activate(ui.activityShell());
            Ui.settle(ui.display, 200);
            int last = log.getItemCount() - 1;
            assertEquals(Integer.toString(io.certdesk.core.errors.ErrorCode.COMM_CANNOT_CONNECT.code()),
                    log.getItem(last).getText(1));
            assertTrue(log.getItem(last).getImage(1) != null, "a failure without its icon");
            Ui.activate(ui.activityShell());
            var bounds = log.getItem(last).getBounds(2);
            Ui.click(log, bounds.x + 5, bounds.y + 3);
            Ui.key(ui.display, '\r', 0);
            Ui.waitUntil(ui.display, () -> ui.selection.selected().equals(Set.of(Long.valueOf(other))),
                    Duration.ofSeconds(10), "the entry of the failure selected");

            // delivery: the exact counts, then a dry run into the outbox
            var counts = DeliverConfirm.count(ui.model.status().orElseThrow().entries(), Set.of());
            assertEquals(USERS, counts.deliverable());
            assertEquals(2 * USERS, counts.mails());
            String question = DeliverConfirm.question(counts, Optional.of("admin@example.jp"), true);
            assertTrue(question.contains(Integer.toString(2 * USERS)) && question.contains(Integer.toString(USERS))
                    && question.contains("admin@example.jp"),
                    question);
            Optional<io.certdesk.jobs.DeliverOptions>[] answer = new Optional[1];
            Ui.whenShellOpens(ui.display, Messages.deliverTitle, dialog -> {
                try {
                    Ui.screenshot(dialog, "deliver-confirm");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                Ui.click(Ui.button(dialog, Messages.deliverDry));
            });
            Path workspace = ui.model.session().orElseThrow().folder();
            answer[0] = DeliverConfirm.ask(ui.shell, ui.model.status().get().entries(), Set.of(), workspace, true);
            assertTrue(answer[0].isPresent() && answer[0].get().dryRun(), "the dry run was not chosen");
            Job deliver = ui.jobs.deliver(answer[0].get());
            Ui.waitUntil(ui.display, () -> deliver.getState() == Job.NONE, Duration.ofSeconds(120), "the dry run");
            waitLogged(ui, Messages.dryRunFinished.substring(0, 10));
            Path outbox = ui.model.demo().orElseThrow().outbox();
            try (var files = Files.list(outbox)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".eml")), "no mail in " + outbox);
            }
            Path saved = temp.resolve("activity.txt");
            activity.saveTo(saved);
            assertTrue(Files.readString(saved).contains(label));
            Ui.screenshot(ui.activityShell(), "activity-delivered");
        }
    }

    private static EntryState state(PartHarness ui, long id) {
        for (var row : ui.part.table().rows()) {
            if (row.entry().id() == id) {
                return row.entry().state();
            }
        }
        return null;
    }

    private static void waitLogged(PartHarness ui, String start) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!logged(ui, start)) {
            assertTrue(System.nanoTime() < deadline, "no line starting with " + start + " in\n" + lines(ui));
            if (!ui.display.readAndDispatch()) {
                Ui.sleep(5);
            }
        }
    }

    private static boolean logged(PartHarness ui, String start) {
        return ui.log.lines().stream().map(ActivityLog.Line::text).anyMatch(t -> t.startsWith(start));
    }

    private static String lines(PartHarness ui) {
        StringBuilder text = new StringBuilder();
        ui.log.lines().forEach(l -> text.append(l.text()).append('\n'));
        return text.toString();
    }
}
