package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume rules and the 24-hour window, with a clock the test moves. */
class ResumeAndWindowTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

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

    private RunSummary run(Workspace workspace, EnumSet<PipelineStage> stages) throws Exception {
        return workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                .run(PipelineOptions.of(stages), PipelineListener.NONE, new CancelToken());
    }

    @Test
    void withinTheWindowADamagedStoredCopyIsDownloadedAgain() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long id = workspace.importEntries(fixture.issue(1001, 1001, Fixture.NOT_BEFORE, Fixture.NOT_AFTER)).added().get(0);
            run(workspace, EnumSet.of(PipelineStage.DOWNLOAD));
            Path raw = workspace.folder().resolve("vault/raw/e00000001.p12");
            byte[] bytes = Files.readAllBytes(raw);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(raw, bytes);
            clock.advance(Duration.ofHours(23));
            assertTrue(run(workspace, EnumSet.allOf(PipelineStage.class)).complete());
            assertEquals(2, portal.served(Fixture.number(1001)));
            Entry entry = workspace.entry(id);
            assertEquals(EntryState.EXPORTED, entry.state());
            assertEquals(2, entry.downloadCount());
            assertTrue(workspace.transitions(id).stream().anyMatch(t -> t.reason().equals("stored-copy-damaged")
                    && t.errorCode().equals(Optional.of(ErrorCode.STORE_COPY_DAMAGED))));
            assertEquals(Instant.parse("2026-06-01T09:00:00Z"), entry.firstDownloadAt().orElseThrow(), "the first download stays first");
        }
    }

    @Test
    void afterTheWindowADamagedCopyMeansWindowPassedAndNoDownload() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long id = workspace.importEntries(fixture.issue(1002, 1002, Fixture.NOT_BEFORE, Fixture.NOT_AFTER)).added().get(0);
            run(workspace, EnumSet.of(PipelineStage.DOWNLOAD));
            Files.delete(workspace.folder().resolve("vault/raw/e00000001.p12"));
            clock.advance(Duration.ofHours(24).plusMinutes(1));
            RunSummary summary = run(workspace, EnumSet.allOf(PipelineStage.class));
            assertEquals(1, summary.counts().failed());
            assertEquals(1, portal.served(Fixture.number(1002)));
            Entry entry = workspace.entry(id);
            assertEquals(EntryState.WINDOW_PASSED, entry.state());
            assertEquals(Optional.of(ErrorCode.STORE_COPY_DAMAGED), entry.errorCode());
        }
    }

    @Test
    void thePortalSayingTheWindowIsClosedMovesTheEntryToWindowPassed() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long id = workspace.importEntries(fixture.issue(1003, 1003, Fixture.NOT_BEFORE, Fixture.NOT_AFTER)).added().get(0);
            portal.closeWindow(Fixture.number(1003));
            run(workspace, EnumSet.allOf(PipelineStage.class));
            assertEquals(EntryState.WINDOW_PASSED, workspace.entry(id).state());
        }
    }

    @Test
    void aStoredButUncommittedDownloadIsAdoptedNotFetchedAgainAndLeftoversAreCleaned() throws Exception {
        // the state a crash leaves between the durable store of a download and its commit
        Path fresh = dir.resolve("fresh");
        try (Workspace workspace = fixture.create(fresh, clock)) {
            workspace.importEntries(List.of(fixture.issueAs("R0000001", "CN=Adopt,O=Test Corp,C=JP", Fixture.NOT_BEFORE, Fixture.NOT_AFTER)));
            DefaultWorkspaceAccess.markDownloadStarted(workspace, 1);
        }
        // written as CertDesk writes (owner-only): a file others could read would make the workspace refuse to open
        Files.write(OwnerOnly.file(fresh.resolve("vault/raw/e00000001.p12")), portalBytes("R0000001"));
        Files.write(OwnerOnly.file(fresh.resolve("vault/raw/.tmp-123.part")), new byte[] { 1, 2, 3 });
        Files.write(OwnerOnly.file(fresh.resolve("vault/export/e00000001.p12")), new byte[] { 4, 5, 6 });
        try (Workspace workspace = Fixture.open(fresh, clock)) {
            assertFalse(Files.exists(fresh.resolve("vault/raw/.tmp-123.part")), "temporary leftovers removed on open");
            int before = portal.served("R0000001");
            assertTrue(run(workspace, EnumSet.allOf(PipelineStage.class)).complete());
            assertEquals(before, portal.served("R0000001"), "adopted, not downloaded again");
            assertEquals(EntryState.EXPORTED, workspace.entry(1).state());
            assertTrue(workspace.transitions(1).stream().anyMatch(t -> t.reason().equals("recovered-stored-copy")));
            assertFalse(java.util.Arrays.equals(new byte[] { 4, 5, 6 }, Files.readAllBytes(workspace.exportedFile(1))),
                    "the uncommitted export was replaced");
        }
    }

    private static byte[] portalBytes(String number) throws Exception {
        PortalSource source = new PortalSource(portal.uri());
        DownloadResult result = source.download(new DownloadRequest(Fixture.GROUP, number, ("Ret-" + number + "-pw").toCharArray()));
        return ((DownloadResult.Success) result).pkcs12();
    }

    @Test
    void windowReportShowsDeadlinesAndEntriesAtRisk() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.updateSettings(workspace.settings().withWindowMargin(Duration.ofHours(4)));
            List<Long> ids = workspace.importEntries(fixture.issue(1010, 1012, Fixture.NOT_BEFORE, Fixture.NOT_AFTER)).added();
            run(workspace, EnumSet.of(PipelineStage.DOWNLOAD));
            clock.advance(Duration.ofHours(19));
            List<WindowStatus> window = workspace.window();
            assertEquals(3, window.size());
            assertTrue(window.stream().noneMatch(WindowStatus::atRisk), "5 hours left, margin 4");
            assertEquals(Duration.ofHours(5), window.get(0).left());
            assertEquals(Instant.parse("2026-06-02T09:00:00Z"), window.get(0).deadline());
            clock.advance(Duration.ofHours(2));
            assertTrue(workspace.window().stream().allMatch(WindowStatus::atRisk), "3 hours left, margin 4");
            run(workspace, EnumSet.of(PipelineStage.VERIFY, PipelineStage.EXPORT));
            assertTrue(workspace.window().isEmpty(), "verified and exported: no longer at risk");
            assertEquals(3, ids.size());
        }
    }
}
