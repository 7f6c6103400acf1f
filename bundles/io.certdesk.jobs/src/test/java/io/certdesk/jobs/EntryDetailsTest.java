package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.MailPreview;
import io.certdesk.jobs.internal.DefaultDemoService;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.ChainRecord;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.Transition;

/**
 * {@link JobService#details} and {@link JobService#exportPassword} on the demo (a real workspace, the reference
 * portal on loopback, the mail sink): transitions, the recorded chain and verdict, each part's ledger records and
 * mail preview (password masked), and the export password behind the passphrase.
 */
class EntryDetailsTest {

    @TempDir
    Path temp;

    private final Pkcs12Engine engine = Pkcs12Engines.create();
    private final JobService jobs = JobServices.create(RosterReaders.create(), engine);

    @Test
    void aDeliveredEntryShowsItsWholeHistoryChainDeliveriesAndPreviews() throws Exception {
        try (DemoSetup demo = new DefaultDemoService(jobs).start(3, temp.resolve("demo"), Locale.ENGLISH)) {
            WorkspaceSession session = demo.session();
            jobs.importRoster(session, demo.roster(), ImportOptions.defaults());
            long first = session.entries().get(0).id();
            long second = session.entries().get(1).id();
            long third = session.entries().get(2).id();
            assertTrue(jobs.run(session, RunOptions.all().withEntries(Set.of(first, second)), JobListener.NONE,
                    new CancelToken()).complete());
            jobs.deliver(session, DeliverOptions.send().withEntries(Set.of(first)), JobListener.NONE, new CancelToken());

            EntryDetails delivered = jobs.details(session, first);
            assertEquals(EntryState.DONE, delivered.entry().state());
            List<EntryState> moves = delivered.transitions().stream().map(Transition::to).toList();
            assertEquals(List.of(EntryState.IMPORTED, EntryState.DOWNLOADED, EntryState.VERIFIED, EntryState.EXPORTED,
                    EntryState.DELIVERED, EntryState.DONE), moves);
            for (int i = 1; i < delivered.transitions().size(); i++) {
                assertFalse(delivered.transitions().get(i).at().isBefore(delivered.transitions().get(i - 1).at()));
            }

            ChainRecord chain = delivered.chain().orElseThrow();
            assertTrue(chain.trusted(), chain.toString());
            assertTrue(chain.failure().isEmpty());
            assertTrue(chain.certificates().size() >= 2, chain.certificates().toString());
            assertEquals(delivered.entry().certificate().get().sha256(), chain.certificates().get(0).sha256(),
                    "the leaf comes first");
            assertEquals(1, chain.certificates().stream().filter(ChainRecord.Certificate::anchor).count(),
                    "exactly one certificate is the anchor: " + chain.certificates());
            ChainRecord.Certificate root = chain.certificates().get(chain.certificates().size() - 1);
            assertEquals(root.subject(), root.issuer(), "the chain ends at the self-signed root");
            assertEquals(ChainVerdict.Status.PASSED, chain.check(ChainVerdict.CheckKind.TRUST_ANCHOR).get().status());
            assertTrue(chain.failures().isEmpty());

            EntryDetails.Delivery file = delivered.delivery(DeliveryPart.FILE).orElseThrow();
            EntryDetails.Delivery password = delivered.delivery(DeliveryPart.PASSWORD).orElseThrow();
            assertEquals(DeliveryChannel.MAIL, file.channel());
            assertEquals(delivered.entry().email(), file.recipient());
            assertEquals(DeliveryState.ACCEPTED, file.latest().get().state());
            assertTrue(file.latest().get().messageId().startsWith("<"), file.latest().get().messageId());
            assertEquals(DeliveryState.ACCEPTED, password.latest().get().state());
            assertEquals(DeliveryChannel.MAIL, password.channel());
            MailPreview fileMail = file.preview().orElseThrow();
            MailPreview passwordMail = password.preview().orElseThrow();
            assertFalse(fileMail.subject().isBlank());
            assertFalse(fileMail.attachmentName().isEmpty());
            assertTrue(passwordMail.body().contains("\u2022\u2022\u2022\u2022"), passwordMail.body());

            char[] passphrase = Files.readAllLines(demo.passphraseFile(), StandardCharsets.UTF_8).get(0).toCharArray();
            char[] secret = jobs.exportPassword(session, first, passphrase);
            try {
                assertFalse(passwordMail.body().contains(new String(secret)), "the preview masks the password");
                Path exports = temp.resolve("exports");
                jobs.copyExports(session, exports);
                Path p12 = exports.resolve(delivered.entry().certificateNumber() + ".p12");
                assertEquals(delivered.entry().certificate().get().sha256(),
                        io.certdesk.crypto.CertificateSummary.of(engine.read(p12, secret).certificate()).sha256(),
                        "the password shown opens the exported file");
                Path audit = temp.resolve("audit.csv");
                JobException wrong = assertThrows(JobException.class,
                        () -> jobs.exportPassword(session, first, "not the passphrase".toCharArray()));
                assertEquals(ErrorCode.STORE_WRONG_PASSPHRASE, wrong.code());
                assertFalse(wrong.getMessage().contains(new String(secret)));
                jobs.exportAudit(session, audit);
                String log = Files.readString(audit, StandardCharsets.UTF_8);
                assertTrue(log.contains("export-password.shown") && log.contains("export-password.refused"), log);
                assertFalse(log.contains(new String(secret)), "the audit log never holds the password");
            } finally {
                Arrays.fill(secret, '\0');
                Arrays.fill(passphrase, '\0');
            }

            EntryDetails exported = jobs.details(session, second);
            assertEquals(EntryState.EXPORTED, exported.entry().state());
            assertTrue(exported.hasExportPassword());
            EntryDetails.Delivery notYet = exported.delivery(DeliveryPart.PASSWORD).orElseThrow();
            assertTrue(notYet.history().isEmpty() && notYet.latest().isEmpty());
            assertTrue(notYet.preview().isPresent(), "the mail that will be sent");
            assertTrue(exported.delivery(DeliveryPart.FILE).get().preview().get().to()
                    .contains(exported.entry().email()));

            EntryDetails imported = jobs.details(session, third);
            assertEquals(EntryState.IMPORTED, imported.entry().state());
            assertEquals(List.of(EntryState.IMPORTED), imported.transitions().stream().map(Transition::to).toList());
            assertTrue(imported.chain().isEmpty());
            assertFalse(imported.hasExportPassword());
            assertTrue(imported.deliveries().stream().allMatch(d -> d.preview().isEmpty()),
                    "no preview before the certificate is known");
            char[] right = Files.readAllLines(demo.passphraseFile(), StandardCharsets.UTF_8).get(0).toCharArray();
            assertThrows(JobException.class, () -> jobs.exportPassword(session, third, right));
            assertArrayEquals(Files.readAllLines(demo.passphraseFile(), StandardCharsets.UTF_8).get(0).toCharArray(),
                    right, "the service does not wipe the caller's array");
        }
    }

    @Test
    void aFailedVerificationRecordsWhichCheckFailed() throws Exception {
        try (DemoSetup demo = new DefaultDemoService(jobs).start(1, temp.resolve("demo"), Locale.ENGLISH)) {
            WorkspaceSession session = demo.session();
            jobs.importRoster(session, demo.roster(), ImportOptions.defaults());
            long id = session.entries().get(0).id();
            jobs.run(session, RunOptions.all().withStages(EnumSet.of(PipelineStage.DOWNLOAD)).withoutDelivery(),
                    JobListener.NONE, new CancelToken());
            var settings = jobs.configuration(session).settings();
            jobs.configure(session, settings.withTrust(io.certdesk.workspace.WorkspaceTrust.pinning("AB".repeat(32))));
            jobs.run(session, RunOptions.all().withoutDelivery(), JobListener.NONE, new CancelToken());

            EntryDetails failed = jobs.details(session, id);
            assertEquals(EntryState.FAILED, failed.entry().state());
            ChainRecord chain = failed.chain().orElseThrow();
            assertFalse(chain.trusted());
            assertEquals(ErrorCode.P12_CHAIN_UNTRUSTED, chain.failure().get());
            assertTrue(chain.failures().stream().anyMatch(c -> c.kind() == ChainVerdict.CheckKind.TRUST_ANCHOR),
                    chain.checks().toString());
            assertTrue(chain.certificates().stream().noneMatch(ChainRecord.Certificate::anchor));
            Transition last = failed.transitions().get(failed.transitions().size() - 1);
            assertEquals(EntryState.FAILED, last.to());
            assertEquals(ErrorCode.P12_CHAIN_UNTRUSTED, last.errorCode().get());
        }
    }
}
