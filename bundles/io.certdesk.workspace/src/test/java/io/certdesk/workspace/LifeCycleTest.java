package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The life cycle of entries through a real pipeline against a loopback portal. */
class LifeCycleTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        pki = new TestCertificates();
        portal = new FakePortal();
        fixture = new Fixture(pki, portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    private RunSummary run(Workspace workspace, PipelineOptions options) throws Exception {
        return workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                .run(options, PipelineListener.NONE, new CancelToken());
    }

    @Test
    void importedEntriesGoThroughDownloadVerifyExportDeliveredDoneWithEveryTransitionRecorded() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace workspace = fixture.create(folder, clock)) {
            List<EntryDraft> drafts = fixture.issue(101, 103, Fixture.NOT_BEFORE, Fixture.NOT_AFTER);
            EntryDraft first = drafts.get(0);
            ImportResult imported = workspace.importEntries(drafts);
            assertEquals(3, imported.added().size());
            assertTrue(new String(first.retrievalPassword()).chars().allMatch(c -> c == 0), "password wiped after import");
            RunSummary summary = run(workspace, PipelineOptions.all().withThreads(2, 2));
            assertTrue(summary.complete(), summary.toString());
            assertEquals(3, summary.counts().exported());
            long id = imported.added().get(0);
            Entry entry = workspace.entry(id);
            assertEquals(EntryState.EXPORTED, entry.state());
            assertEquals(1, entry.downloadCount());
            assertEquals(clock.instant(), entry.firstDownloadAt().orElseThrow());
            assertEquals(clock.instant().plusSeconds(24 * 3600), entry.downloadDeadline().orElseThrow());
            assertEquals("C=JP,O=Test Corp,OU=Dept,CN=User 101", entry.certificate().orElseThrow().subject());
            char[] password = workspace.exportPassword(id);
            Pkcs12Contents exported = TestCertificates.engine().read(workspace.exportedFile(id), password);
            assertEquals(2, exported.caCertificates().size(), "full chain in the export");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(workspace.exportedFile(id))));
            workspace.markDelivered(id, DeliveryChannel.HANDOUT);
            clock.advance(java.time.Duration.ofMinutes(5));
            workspace.markDone(id);
            List<Transition> transitions = workspace.transitions(id);
            assertEquals(List.of(EntryState.IMPORTED, EntryState.DOWNLOADED, EntryState.VERIFIED, EntryState.EXPORTED,
                    EntryState.DELIVERED, EntryState.DONE), transitions.stream().map(Transition::to).toList());
            assertEquals(Optional.empty(), transitions.get(0).from());
            assertEquals(clock.instant(), transitions.get(5).at());
            assertEquals(1, portal.served("C0000101"));
            assertTrue(workspace.verifyAudit().intact());
        }
    }

    @Test
    void aFailedDownloadKeepsItsCodeAndIsRetried() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            EntryDraft good = fixture.issueAs("F0000001", "CN=Retry,O=Test Corp,C=JP", Fixture.NOT_BEFORE, Fixture.NOT_AFTER);
            EntryDraft wrong = EntryDraft.builder(Fixture.GROUP, "F0000001", "not-the-password".toCharArray()).build();
            long id = workspace.importEntries(List.of(wrong)).added().get(0);
            RunSummary summary = run(workspace, PipelineOptions.all());
            assertEquals(1, summary.counts().failed());
            Entry failed = workspace.entry(id);
            assertEquals(EntryState.FAILED, failed.state());
            assertEquals(Optional.of(EntryState.IMPORTED), failed.failedFrom());
            assertEquals(Optional.of(ErrorCode.UNKNOWN), failed.errorCode());
            assertEquals(Optional.of("HTTP 401"), failed.errorDetail());
            assertEquals(1, workspace.importEntries(List.of(good)).alreadyPresent().size(), "same group and number");
            assertEquals(ErrorCode.UNKNOWN, assertThrows(WorkspaceException.class, () -> workspace.markDelivered(id, DeliveryChannel.MAIL)).code());
            workspace.retry(id);
            assertEquals(EntryState.IMPORTED, workspace.entry(id).state());
            assertEquals(ErrorCode.UNKNOWN, workspace.transitions(id).get(1).errorCode().orElseThrow());
        }
    }

    @Test
    void theSecondRunDoesNothingAndDownloadsNothing() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.importEntries(fixture.issue(201, 204, Fixture.NOT_BEFORE, Fixture.NOT_AFTER));
            assertTrue(run(workspace, PipelineOptions.all()).complete());
            int served = portal.servedTotal();
            RunSummary again = run(workspace, PipelineOptions.all());
            assertEquals(0, again.counts().total());
            assertEquals(served, portal.servedTotal());
        }
    }

    @Test
    void stagesRunSeparatelyAndThePortalTimeIsTheFirstDownloadTime() throws Exception {
        Instant portalTime = Instant.parse("2026-06-01T08:30:00Z");
        portal.firstDownloadHeader(portalTime);
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long id = workspace.importEntries(fixture.issue(301, 301, Fixture.NOT_BEFORE, Fixture.NOT_AFTER)).added().get(0);
            assertTrue(run(workspace, PipelineOptions.of(java.util.EnumSet.of(PipelineStage.DOWNLOAD))).complete());
            Entry downloaded = workspace.entry(id);
            assertEquals(EntryState.DOWNLOADED, downloaded.state());
            assertEquals(portalTime, downloaded.firstDownloadAt().orElseThrow());
            assertTrue(downloaded.firstDownloadFromPortal());
            byte[] raw = Files.readAllBytes(folder(workspace).resolve("vault/raw/e00000001.p12"));
            assertArrayEquals(raw, Files.readAllBytes(folder(workspace).resolve("vault/raw/e00000001.p12")));
            assertTrue(run(workspace, PipelineOptions.of(java.util.EnumSet.of(PipelineStage.VERIFY))).complete());
            assertEquals(EntryState.VERIFIED, workspace.entry(id).state());
            assertTrue(run(workspace, PipelineOptions.of(java.util.EnumSet.of(PipelineStage.EXPORT))).complete());
            assertEquals(EntryState.EXPORTED, workspace.entry(id).state());
            assertFalse(workspace.window().stream().anyMatch(w -> w.entry().id() == id), "exported entries leave the window view");
        } finally {
            portal.firstDownloadHeader(null);
        }
    }

    private static Path folder(Workspace workspace) {
        return workspace.folder();
    }
}
