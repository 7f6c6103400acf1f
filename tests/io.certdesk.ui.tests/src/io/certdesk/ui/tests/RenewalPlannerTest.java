package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.jobs.RenewalList;
import io.certdesk.jobs.RunOptions;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.ui.internal.parts.RenewalPlannerPart;
import io.certdesk.ui.internal.parts.RenewalPlannerPart.Export;
import io.certdesk.ui.internal.renewals.Messages;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.workspace.CancelToken;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Renewal Planner part on a real demo workspace (certificates downloaded and exported): days typed with real key
 * events (an invalid number refused in words, the export buttons off), the tree grouped by date, and both exports
 * written.
 */
class RenewalPlannerTest {

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
    void typedDaysPlanGroupedByDateAndExportCalendarAndList() throws Exception {
        Path workspace;
        Path passphraseFile;
        try (DemoSetup setup = demo.start(2, temp.resolve("demo"), Locale.getDefault())) {
            jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
            assertTrue(jobs.run(setup.session(), RunOptions.all(), JobListener.NONE, new CancelToken()).complete());
            workspace = setup.workspace();
            passphraseFile = setup.passphraseFile();
        }
        // the demo's certificates are valid for 25 months: the planner looks at the workspace 700 days later
        MutableClock later = new MutableClock(Instant.now().plus(Duration.ofDays(700)), Fixtures.TOKYO);
        JobService plannerJobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create(), later);
        try (PartHarness ui = new PartHarness(plannerJobs, later)) {
            RenewalPlannerPart planner = ui.renewals();
            assertTrue(OpenWorkspace.open(ui.shell, ui.model, workspace, Optional.of(passphraseFile)).isPresent());
            ui.waitForStatus();
            Ui.activate(ui.renewalsShell());
            Tree tree = planner.tree();

            // an invalid number: said in words, nothing to export
            Ui.click(planner.daysField());
            planner.daysField().selectAll();
            Ui.type(ui.display, "0");
            Ui.waitUntil(ui.display, () -> planner.problemText().equals(Messages.daysInvalid), Duration.ofSeconds(10),
                    "the days refused");
            assertFalse(planner.exportCalendarButton().isEnabled());
            assertFalse(planner.exportListButton().isEnabled());

            // a year ahead: both demo certificates, under the day their renewal window opens
            planner.daysField().selectAll();
            Ui.type(ui.display, "366");
            Ui.waitUntil(ui.display, () -> planner.plan().map(p -> p.days() == 366).orElse(false)
                    && tree.getItemCount() > 0, Duration.ofSeconds(60), "the plan");
            assertEquals("", planner.problemText());
            assertTrue(planner.exportCalendarButton().isEnabled());
            var plan = planner.plan().orElseThrow();
            assertEquals(2, plan.entries().size());
            assertEquals(plan.dates().size(), tree.getItemCount());
            String firstDate = plan.dates().get(0).date().toString();
            assertTrue(tree.getItem(0).getText(0).startsWith(firstDate), tree.getItem(0).getText(0));
            assertEquals(plan.dates().get(0).entries().size(), tree.getItem(0).getItemCount());
            assertEquals(plan.dates().get(0).entries().get(0).certificateNumber(), tree.getItem(0).getItem(0).getText(0));
            assertEquals(Messages.stateOpens, tree.getItem(0).getItem(0).getText(5));
            Ui.screenshot(ui.renewalsShell(), "renewals");

            Path ics = temp.resolve("renewals.ics");
            Job calendar = planner.export(Export.CALENDAR, ics);
            Path csv = temp.resolve("renewals.csv");
            Job list = planner.export(Export.LIST, csv);
            Ui.waitUntil(ui.display, () -> calendar.getState() == Job.NONE && list.getState() == Job.NONE
                    && ui.log.lines().stream().filter(l -> l.text().contains(temp.toString())).count() == 2,
                    Duration.ofSeconds(30), "the exports");
            String text = Files.readString(ics, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
            assertEquals(plan.dates().size(), text.split("BEGIN:VALARM", -1).length - 1);
            // in the administrator's language, like everything else the workbench writes
            String renew = "ja".equals(Locale.getDefault().getLanguage()) ? "SUMMARY:CertDesk: \u8a3c\u660e\u66f8 "
                    : "SUMMARY:CertDesk: renew ";
            assertTrue(text.contains(renew), text);
            List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals("\uFEFF" + RenewalList.header(), rows.get(0));
            assertEquals(3, rows.size());

            // ten days ahead: nothing yet (the windows open about a month later)
            planner.daysField().selectAll();
            Ui.type(ui.display, "10");
            Ui.waitUntil(ui.display, () -> planner.plan().map(p -> p.days() == 10).orElse(false), Duration.ofSeconds(60),
                    "the shorter plan");
            assertEquals(0, tree.getItemCount());

            // a run, an import or View > Refresh changes the workspace's status: the part plans again by itself
            var shorter = planner.plan().orElseThrow();
            ui.model.refresh();
            Ui.waitUntil(ui.display, () -> planner.plan().map(p -> p != shorter).orElse(false), Duration.ofSeconds(60),
                    "the plan made again after the workspace's status changed");
            assertEquals(10, planner.plan().orElseThrow().days());
        }
    }
}
