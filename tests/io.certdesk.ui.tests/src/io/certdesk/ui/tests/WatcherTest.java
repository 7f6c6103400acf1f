package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.roster.ImportOptions;
import io.certdesk.ui.internal.activity.JobEnd;
import io.certdesk.ui.internal.entries.QuickFilter;
import io.certdesk.ui.internal.watch.Finding;
import io.certdesk.ui.internal.watch.NotificationPolicy;
import io.certdesk.ui.internal.watch.NotificationTexts;
import io.certdesk.ui.internal.watch.Notifier;
import io.certdesk.ui.internal.watch.PopupNotifier;
import io.certdesk.ui.internal.watch.WatchKind;
import io.certdesk.ui.internal.watch.WatchSettings;
import io.certdesk.ui.internal.watch.Watcher;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.PipelineStage;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on a real workspace with a clock the test moves: certificates downloaded 20 hours earlier are told as
 * at risk once, again when they cross the first and the second warning time, then as windows passed; a notification
 * counts without naming anyone, and its link filters the Entries table; a finished run is told too.
 */
class WatcherTest {

    private static JobService jobs;
    private static DemoService demo;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
        demo = Services.get(DemoService.class);
    }

    /** Records what the watcher tells. */
    private static final class Recorder implements Notifier {
        final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        final List<JobEnd> ends = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void finding(Finding finding) {
            findings.add(finding);
        }

        @Override
        public void jobEnded(JobEnd end) {
            ends.add(end);
        }

        List<Finding> take() {
            List<Finding> told = List.copyOf(findings);
            findings.clear();
            return told;
        }
    }

    @Test
    void thePolicyTellsEachKindOncePerPeriodUnlessItGetsWorse() {
        NotificationPolicy policy = new NotificationPolicy();
        Instant t0 = Instant.parse("2026-12-01T00:00:00Z");
        Duration day = Duration.ofHours(24);
        Finding three = new Finding(WatchKind.RENEWAL_OPEN, 3, 1, Optional.empty());
        assertEquals(List.of(three), policy.due(List.of(three), t0, day));
        assertEquals(List.of(), policy.due(List.of(three), t0.plusSeconds(60), day), "told twice in one period");
        Finding four = new Finding(WatchKind.RENEWAL_OPEN, 4, 1, Optional.empty());
        assertEquals(List.of(four), policy.due(List.of(four), t0.plusSeconds(120), day), "worse, not told");
        Finding two = new Finding(WatchKind.RENEWAL_OPEN, 2, 1, Optional.empty());
        assertEquals(List.of(), policy.due(List.of(two), t0.plusSeconds(180), day), "better is not news");
        assertEquals(List.of(three), policy.due(List.of(three), t0.plusSeconds(240), day), "worse again after better");
        assertEquals(List.of(three), policy.due(List.of(three), t0.plus(day).plusSeconds(240), day), "a new period");
        assertEquals(List.of(), policy.due(List.of(), t0.plus(day).plusSeconds(300), day));
        assertEquals(List.of(three), policy.due(List.of(three), t0.plus(day).plusSeconds(360), day), "gone and back");
    }

    @Test
    void windowsAreToldOnceAtRiskAtEachWarningAndWhenPassedAndARunEndingIsTold() throws Exception {
        Path workspace = downloadedDemo();
        MutableClock clock = new MutableClock(Instant.now(), Fixtures.TOKYO);
        try (PartHarness ui = new PartHarness(jobs, clock)) {
            List<Entry> entries = open(ui, workspace);
            Instant first = entries.stream().map(e -> e.firstDownloadAt().orElseThrow()).min(Instant::compareTo)
                    .orElseThrow();
            Instant last = entries.stream().map(e -> e.downloadDeadline().orElseThrow()).max(Instant::compareTo)
                    .orElseThrow();
            AtomicReference<WatchSettings> settings = new AtomicReference<>(WatchSettings.defaults());
            Recorder told = new Recorder();
            Watcher watcher = new Watcher(ui.model, clock, settings::get, told);
            try {
                clock.set(first.plus(Duration.ofHours(10)));
                watcher.start(Optional.of(ui.jobs));
                assertEquals(List.of(), told.take(), "10 hours after the download nothing is at risk");

                clock.set(first.plus(Duration.ofHours(20)));
                List<Finding> atRisk = watcher.check();
                assertEquals(1, atRisk.size(), atRisk.toString());
                assertEquals(WatchKind.CLOSING, atRisk.get(0).kind());
                assertEquals(3, atRisk.get(0).count());
                assertEquals(1, atRisk.get(0).level());
                assertEquals(atRisk, told.take());
                String title = NotificationTexts.title(atRisk.get(0), settings.get());
                String text = NotificationTexts.text(atRisk.get(0), clock.instant(), clock.getZone());
                assertTrue(title.contains("3"), title);
                assertTrue(text.contains(Ui.japanese() ? "\u6b8b\u308a 4 \u6642\u9593" : "4 h"), text);
                assertNoPerson(entries, title + text);

                clock.set(first.plus(Duration.ofHours(20)).plusSeconds(600));
                assertEquals(List.of(), watcher.check(), "the same finding told twice");

                clock.set(last.minus(Duration.ofHours(2)).plusSeconds(1));
                told.take();
                List<Finding> twoHours = watcher.check();
                assertEquals(List.of(2), twoHours.stream().map(Finding::level).toList(), "the 2-hour warning");
                assertTrue(NotificationTexts.title(twoHours.get(0), settings.get()).contains("120"));

                clock.set(last.minus(Duration.ofHours(1)).plusSeconds(1));
                List<Finding> oneHour = watcher.check();
                assertEquals(List.of(3), oneHour.stream().map(Finding::level).toList(), "the 1-hour warning");
                assertTrue(NotificationTexts.title(oneHour.get(0), settings.get()).contains("60"));

                clock.set(last.plusSeconds(1));
                List<Finding> passed = watcher.check();
                assertEquals(List.of(WatchKind.PASSED), passed.stream().map(Finding::kind).toList());
                assertEquals(3, passed.get(0).count());
                assertEquals(List.of(), watcher.check());

                settings.set(new WatchSettings(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(1),
                        EnumSet.complementOf(EnumSet.of(WatchKind.PASSED))));
                clock.set(last.plus(Duration.ofHours(2)));
                assertEquals(List.of(), watcher.check(), "a kind turned off in the preferences was told");
                told.take();

                // a run verifies and exports the downloaded entries (the workspace's own clock): its end is told
                ui.jobs.run(Set.of(), false);
                Ui.waitUntil(ui.display, () -> !told.ends.isEmpty(), Duration.ofSeconds(120), "the run's end");
                JobEnd end = told.ends.get(0);
                assertEquals(JobEnd.Outcome.FINISHED, end.outcome());
                assertTrue(NotificationTexts.text(end).contains("3"), NotificationTexts.text(end));
                assertNoPerson(entries, NotificationTexts.title(end) + NotificationTexts.text(end));
            } finally {
                watcher.stop();
            }
        }
    }

    /** File > Preferences: not at start-up, and a run's end turned off. */
    @Test
    void offAtStartUpWhatIsThereIsToldOnlyWhenItGetsWorseAndEndsTurnedOffAreNotTold() throws Exception {
        Path workspace = downloadedDemo();
        MutableClock clock = new MutableClock(Instant.now(), Fixtures.TOKYO);
        try (PartHarness ui = new PartHarness(jobs, clock)) {
            List<Entry> entries = open(ui, workspace);
            Instant first = entries.stream().map(e -> e.firstDownloadAt().orElseThrow()).min(Instant::compareTo)
                    .orElseThrow();
            Instant last = entries.stream().map(e -> e.downloadDeadline().orElseThrow()).max(Instant::compareTo)
                    .orElseThrow();
            WatchSettings quiet = new WatchSettings(Duration.ofHours(24), Duration.ofHours(2), Duration.ofHours(1),
                    EnumSet.allOf(WatchKind.class), false, EnumSet.of(JobEnd.Outcome.FAILED));
            Recorder told = new Recorder();
            Watcher watcher = new Watcher(ui.model, clock, () -> quiet, told);
            try {
                clock.set(first.plus(Duration.ofHours(20)));
                watcher.start(Optional.of(ui.jobs));
                assertEquals(List.of(), told.take(), "windows at risk at start-up were told with the check off");
                assertEquals(List.of(), watcher.check(), "what was there at start-up is not news");
                clock.set(last.minus(Duration.ofHours(2)).plusSeconds(1));
                assertEquals(List.of(2), watcher.check().stream().map(Finding::level).toList(), "worse: told");

                List<JobEnd> seen = Collections.synchronizedList(new ArrayList<>());
                java.util.function.Consumer<JobEnd> witness = seen::add;
                ui.jobs.addEndListener(witness); // after the watcher's own: it has heard the end when this has
                ui.jobs.run(Set.of(), false);
                Ui.waitUntil(ui.display, () -> !seen.isEmpty(), Duration.ofSeconds(120), "the run's end");
                ui.jobs.removeEndListener(witness);
                assertEquals(JobEnd.Outcome.FINISHED, seen.get(0).outcome());
                assertEquals(List.of(), told.ends, "a finished run was told with its notification off");
            } finally {
                watcher.stop();
            }
        }
    }

    @Test
    void aNotificationPopsUpWithCountsAndItsLinkFiltersTheTable() throws Exception {
        Path workspace = downloadedDemo();
        MutableClock clock = new MutableClock(Instant.now(), Fixtures.TOKYO);
        try (PartHarness ui = new PartHarness(jobs, clock)) {
            List<Entry> entries = open(ui, workspace);
            clock.set(entries.get(0).firstDownloadAt().orElseThrow().plus(Duration.ofHours(20)));
            ui.part.tickNow(); // the table's countdowns at the moved clock, as its 30-second tick would
            assertEquals(QuickFilter.ALL, ui.part.table().quickFilter());
            Watcher watcher = new Watcher(ui.model, clock, WatchSettings::defaults,
                    new PopupNotifier(ui.display, clock, WatchSettings::defaults, ui.filters));
            try {
                watcher.start(Optional.empty());
                AtomicReference<Link> link = new AtomicReference<>();
                Ui.waitUntil(ui.display, () -> {
                    for (Shell shell : ui.display.getShells()) {
                        if (shell != ui.shell && shell.isVisible()) {
                            Ui.find(shell, Link.class).stream().findFirst().ifPresent(link::set);
                        }
                    }
                    return link.get() != null;
                }, Duration.ofSeconds(20), "the notification pop-up");
                Shell popup = link.get().getShell();
                StringBuilder shown = new StringBuilder();
                for (Control control : Ui.find(popup, Control.class)) {
                    if (control instanceof Label label) {
                        shown.append(label.getText()).append('\n');
                    } else if (control instanceof org.eclipse.swt.custom.CLabel label) {
                        shown.append(label.getText()).append('\n');
                    }
                }
                assertTrue(shown.toString().contains(Ui.japanese() ? "3 \u4ef6" : ": 3"), shown.toString());
                assertNoPerson(entries, shown.toString());
                Ui.screenshot(popup, "notification-at-risk");
                Ui.click(link.get());
                Ui.waitUntil(ui.display, () -> ui.part.table().quickFilter() == QuickFilter.AT_RISK,
                        Duration.ofSeconds(10), "the table filtered to the entries at risk");
                assertEquals(3, ui.part.table().visibleRows().size());
            } finally {
                watcher.stop();
            }
        }
    }

    /** A demo workspace of 3 users whose certificates were just downloaded (and not yet exported). */
    private Path downloadedDemo() throws Exception {
        try (DemoSetup setup = demo.start(3, temp.resolve("demo"), Locale.getDefault())) {
            jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
            jobs.run(setup.session(), RunOptions.all().withStages(EnumSet.of(PipelineStage.DOWNLOAD)),
                    JobListener.NONE, new CancelToken());
            passphrase = setup.passphraseFile();
            return setup.workspace();
        }
    }

    private Path passphrase;

    private List<Entry> open(PartHarness ui, Path workspace) {
        assertTrue(OpenWorkspace.open(ui.shell, ui.model, workspace, Optional.of(passphrase)).isPresent());
        ui.waitForStatus();
        assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
        List<Entry> entries = ui.model.status().orElseThrow().entries();
        assertEquals(3, entries.size());
        return entries;
    }

    private static void assertNoPerson(List<Entry> entries, String text) {
        for (Entry entry : entries) {
            assertFalse(text.contains(entry.name()), "a name in a notification: " + text);
            assertFalse(text.contains(entry.email()), "an address in a notification: " + text);
        }
    }
}
