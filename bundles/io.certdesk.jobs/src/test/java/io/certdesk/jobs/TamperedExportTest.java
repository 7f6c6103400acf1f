package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.jobs.internal.DefaultDemoService;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;

/**
 * Issue 13 point 5: mail attachments are read through the vault's integrity-checked read. An exported file changed in
 * the vault after its export (by another program, a disk error, someone holding the files) is never mailed: its part
 * fails with 411 naming the vault's 306 and the other entries' files go out. Before the fix the delivery attached whatever bytes the file
 * held.
 */
class TamperedExportTest {

    @TempDir
    Path temp;

    @Test
    void anExportChangedAfterTheExportIsNeverMailed() throws Exception {
        JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
        Path folder = temp.resolve("demo");
        try (DemoSetup demo = new DefaultDemoService(jobs).start(2, folder, Locale.ENGLISH)) {
            WorkspaceSession session = demo.session();
            assertEquals(2, jobs.importRoster(session, demo.roster(), ImportOptions.defaults()).added());
            assertTrue(jobs.run(session, RunOptions.all(), JobListener.NONE, new CancelToken()).complete());
            long tampered = session.entries().get(0).id();
            long intact = session.entries().get(1).id();
            Path file = exportFile(session.folder(), tampered);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(file, bytes);

            DeliverySummary summary = jobs.deliver(session,
                    DeliverOptions.send().withParts(EnumSet.of(DeliveryPart.FILE)), JobListener.NONE, new CancelToken());
            Optional<DeliveryResult> refused = summary.report().get().result(tampered, DeliveryPart.FILE);
            assertTrue(refused.isPresent(), summary.toString());
            assertEquals(Optional.of(ErrorCode.DELIVERY_ATTACHMENT_UNREADABLE), refused.get().errorCode(),
                    refused.get().toString());
            assertTrue(refused.get().detail().contains("[306]"), "the vault's own reason: " + refused.get().detail());
            assertEquals(DeliveryState.ACCEPTED,
                    summary.report().get().result(intact, DeliveryPart.FILE).orElseThrow().state());
            assertEquals(1, summary.report().get().count(DeliveryState.ACCEPTED), summary.toString());
        }
        try (Stream<Path> mails = Files.list(folder.resolve("workspace").resolve("outbox"))) {
            assertEquals(1, mails.filter(p -> p.toString().endsWith(".eml")).count(), "only the intact file was mailed");
        }
    }

    private static Path exportFile(Path workspace, long entryId) throws Exception {
        String name = String.format(Locale.ROOT, "e%08d.p12", Long.valueOf(entryId));
        try (Stream<Path> files = Files.walk(workspace)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)
                    && p.getParent().getFileName().toString().equals("export")).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}
