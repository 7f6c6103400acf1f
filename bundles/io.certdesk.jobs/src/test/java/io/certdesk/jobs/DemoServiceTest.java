package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryOutcome;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.jobs.internal.DefaultDemoService;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.EntryState;

/** The demo preparation and the whole job on it: import, run, a selective delivery, then the rest, the workbook. */
class DemoServiceTest {

    @TempDir
    Path temp;

    @Test
    void theWholeJobOnTheDemoDeliversEachPartOnce() throws Exception {
        JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
        DemoService demos = new DefaultDemoService(jobs);
        Path folder = temp.resolve("demo");
        try (DemoSetup demo = demos.start(3, folder, Locale.ENGLISH)) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(demo.passphraseFile())));
            assertTrue(demo.portal().getHost().equals("127.0.0.1") || demo.portal().getHost().equals("localhost"),
                    demo.portal().toString());
            WorkspaceSession session = demo.session();
            assertTrue(session.hasMailSettings());
            assertEquals(3, jobs.importRoster(session, demo.roster(), ImportOptions.defaults()).added());
            assertTrue(jobs.run(session, RunOptions.all(), JobListener.NONE, new CancelToken())
                    .complete());

            long first = session.entries().get(0).id();
            List<JobEvent> events = Collections.synchronizedList(new ArrayList<>());
            DeliverySummary one = jobs.deliver(session, DeliverOptions.send().withEntries(Set.of(first)), events::add,
                    new CancelToken());
            assertTrue(one.clean(), one.toString());
            assertEquals(1, one.settledEntries());
            assertEquals(2, events.size(), "file and password of one entry: " + events);
            for (int i = 0; i < events.size(); i++) {
                JobEvent event = events.get(i);
                assertEquals(JobEvent.Kind.DELIVERY_SETTLED, event.kind());
                assertEquals(first, event.entryId());
                assertEquals(i + 1, event.done());
                assertEquals(2, event.total());
                assertEquals(DeliveryOutcome.SENT, event.delivery().get().outcome());
            }
            assertEquals(EntryState.DONE, session.entries().get(0).state());

            DeliverySummary rest = jobs.deliver(session, DeliverOptions.send().withParts(EnumSet.allOf(DeliveryPart.class)),
                    JobListener.NONE, new CancelToken());
            assertEquals(2, rest.settledEntries());
            assertEquals(4, rest.report().get().count(DeliveryOutcome.SENT), "the first entry was not sent again");
            session.entries().forEach(e -> assertEquals(EntryState.DONE, e.state(), e.toString()));
            assertEquals(3, jobs.copyExports(session, demo.exports()).size());
            assertEquals(3, jobs.resultWorkbook(session, demo.result()));
            assertTrue(jobs.status(session).unknownSends().isEmpty());
        }
        try (var mails = Files.list(folder.resolve("workspace").resolve("outbox"))) {
            assertEquals(6, mails.filter(p -> p.toString().endsWith(".eml")).count());
        }
    }
}
