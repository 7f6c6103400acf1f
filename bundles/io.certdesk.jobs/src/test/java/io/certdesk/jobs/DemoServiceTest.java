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

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryState;
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
                assertEquals(DeliveryState.ACCEPTED, event.delivery().get().state());
            }
            assertEquals(EntryState.DONE, session.entries().get(0).state());
            assertEquals(List.of(), jobs.status(session).passwordsPending());

            DeliverySummary files = jobs.deliver(session, DeliverOptions.send().withParts(EnumSet.of(DeliveryPart.FILE)),
                    JobListener.NONE, new CancelToken());
            assertEquals(2, files.report().get().count(DeliveryState.ACCEPTED));
            assertEquals(List.of(session.entries().get(1).id(), session.entries().get(2).id()),
                    jobs.status(session).passwordsPending(), "files sent, passwords not yet");

            DeliverySummary rest = jobs.deliver(session, DeliverOptions.send().withParts(EnumSet.allOf(DeliveryPart.class)),
                    JobListener.NONE, new CancelToken());
            assertEquals(2, rest.settledEntries());
            assertEquals(2, rest.report().get().count(DeliveryState.ACCEPTED),
                    "only the two passwords: neither the first entry nor the files were sent again");
            assertEquals(List.of(), jobs.status(session).passwordsPending());
            session.entries().forEach(e -> assertEquals(EntryState.DONE, e.state(), e.toString()));
            long second = session.entries().get(1).id();
            Path chosen = temp.resolve("chosen");
            List<Path> copied = jobs.copyExports(session, chosen, Set.of(Long.valueOf(second)));
            assertEquals(List.of(chosen.resolve(session.entries().get(1).certificateNumber() + ".p12")), copied);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copied.get(0))));
            assertEquals(0, jobs.copyExports(session, temp.resolve("none"), Set.of(Long.valueOf(-1))).size());
            assertEquals(3, jobs.copyExports(session, demo.exports()).size());
            var audit = jobs.auditRecords(session);
            assertTrue(audit.stream().anyMatch(r -> r.action().equals("export.copied")
                    && r.entryId().equals(java.util.Optional.of(Long.valueOf(second)))), audit.toString());
            assertEquals(audit.size(), jobs.verifyAudit(session).records());
            assertEquals(3, jobs.resultWorkbook(session, demo.result()));
            assertWordsNotConstants(demo.result());
            assertTrue(jobs.status(session).unknownSends().isEmpty());
        }
        try (var mails = Files.list(folder.resolve("workspace").resolve("outbox"))) {
            assertEquals(6, mails.filter(p -> p.toString().endsWith(".eml")).count());
        }
    }

    /** The workbook's status and delivery columns carry the words administrators read, not enum constants. */
    private static void assertWordsNotConstants(Path workbook) throws Exception {
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(format.formatCellValue(cell)));
            String file = "Delivery: " + DeliveryPart.FILE.displayName() + " (" + DeliveryChannel.MAIL.displayName() + ")";
            String password = "Delivery: " + DeliveryPart.PASSWORD.displayName() + " ("
                    + DeliveryChannel.MAIL.displayName() + ")";
            assertTrue(header.contains(file) && header.contains(password), header.toString());
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.getRow(r);
                assertEquals(EntryState.DONE.displayName(), format.formatCellValue(row.getCell(header.indexOf("Status"))));
                for (String column : List.of(file, password)) {
                    String state = format.formatCellValue(row.getCell(header.indexOf(column)));
                    assertEquals(DeliveryState.ACCEPTED.displayName(), state, column);
                    assertTrue(!state.equalsIgnoreCase(DeliveryState.ACCEPTED.name()), state);
                }
            }
        }
    }
}
