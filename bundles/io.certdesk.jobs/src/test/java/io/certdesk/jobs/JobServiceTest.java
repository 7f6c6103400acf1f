package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.jobs.JobEvent.Kind;
import io.certdesk.portal.Fault;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.Rosters;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;

/** The job service on a real workspace in a temporary folder, the reference portal on loopback and a real roster. */
class JobServiceTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final int USERS = 4;

    @TempDir
    Path temp;

    private final JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
    private ReferencePortal portal;
    private PortalDataFolder data;
    private Path roster;
    private WorkspaceSession session;

    @BeforeEach
    void portalRosterAndWorkspace() throws Exception {
        data = new PortalDataFolder(temp.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("JOBS", USERS));
        roster = temp.resolve("roster.xlsx");
        Rosters.write(roster, issued, Locale.ENGLISH);
        issued.forEach(IssuedCertificate::clear);
        portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
        X509Certificate root;
        try (InputStream in = Files.newInputStream(data.rootCertificate())) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        session = jobs.create(temp.resolve("ws"), PASSPHRASE,
                WorkspaceSettings.defaults().withTrust(WorkspaceTrust.trusting(List.of(root)))
                        .withProxy(ProxySettings.direct()).withPortalProfile(Optional.of(data.clientProfile())));
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        portal.close();
    }

    private RunOptions loopback() {
        return RunOptions.all().withThreads(2, 2);
    }

    /** Collects events with the thread each arrived on. */
    private static class Recorder implements JobListener {
        final List<JobEvent> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void event(JobEvent event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }

        List<JobEvent> of(Kind kind) {
            return events.stream().filter(e -> e.kind() == kind).toList();
        }
    }

    @Test
    void aWorkspaceIsNotCreatedWithoutATrustAnchor() throws Exception {
        Path bare = temp.resolve("bare");
        for (WorkspaceSettings settings : List.of(WorkspaceSettings.defaults(), WorkspaceSettings.defaults()
                .withTrust(WorkspaceTrust.fromProfile(io.certdesk.portal.client.PortalProfiles.reference())))) {
            JobException e = assertThrows(JobException.class, () -> jobs.create(bare, PASSPHRASE, settings));
            assertEquals(ErrorCode.STORE_NO_TRUST_ANCHOR, e.code());
            assertTrue(e.getMessage().contains("issuer.ca.files"), e.getMessage());
            assertFalse(Files.exists(bare));
        }
        // the reference portal's own profile names its root and issuing CA files: that is enough
        try (WorkspaceSession fromProfile = jobs.create(temp.resolve("profiled"), PASSPHRASE, WorkspaceSettings.defaults()
                .withTrust(WorkspaceTrust.fromProfile(io.certdesk.portal.client.PortalProfiles.load(data.clientProfile()))))) {
            assertTrue(jobs.status(fromProfile).settings().trust().hasAnchor());
            assertEquals(2, jobs.status(fromProfile).settings().trust().trustedCertificates().size());
        }
    }

    @Test
    void previewMasksPasswordsAndShowsTheDetectedMapping() throws Exception {
        RosterPreview preview = jobs.preview(roster, ImportOptions.defaults(), 2);
        assertEquals(USERS, preview.totalRows());
        assertEquals(2, preview.rows().size());
        assertTrue(preview.mapping().containsKey(RosterField.CERTIFICATE_NUMBER), preview.mapping().toString());
        assertTrue(preview.mapping().containsKey(RosterField.RETRIEVAL_PASSWORD), preview.mapping().toString());
        for (RosterPreview.Row row : preview.rows()) {
            assertEquals(RosterPreview.MASK, row.values().get(RosterField.RETRIEVAL_PASSWORD));
            assertTrue(row.cells().contains(RosterPreview.MASK), row.cells().toString());
        }
        assertTrue(session.entries().isEmpty(), "a preview imported entries");
    }

    @Test
    void checkRosterGivesTheWholeResultWithPasswordsWipedAndImportsNothing() throws Exception {
        io.certdesk.roster.ImportResult result = jobs.checkRoster(roster, ImportOptions.defaults());
        assertEquals(USERS, result.entries().size());
        assertEquals(USERS, result.accepted());
        assertTrue(result.mapping().containsKey(RosterField.RETRIEVAL_PASSWORD), result.mapping().toString());
        result.entries().forEach(e -> assertTrue(new String(e.retrievalPassword()).chars().allMatch(c -> c == 0),
                "the password is wiped: row " + e.row()));
        assertTrue(session.entries().isEmpty(), "a check imported entries");
        JobException refused = assertThrows(JobException.class,
                () -> jobs.checkRoster(temp.resolve("no-such-roster.xlsx"), ImportOptions.defaults()));
        assertTrue(refused.getCause() instanceof io.certdesk.roster.RosterException, refused.toString());
    }

    @Test
    void runReportsEveryEntryInOrderWithRunningCounts() throws Exception {
        ImportSummary imported = jobs.importRoster(session, roster, ImportOptions.defaults());
        assertEquals(USERS, imported.added());
        assertTrue(imported.rejectedRows().isEmpty());
        Recorder recorder = new Recorder();
        RunSummary summary = jobs.run(session, loopback(), recorder, new CancelToken());
        assertTrue(summary.complete(), summary.toString());
        assertEquals(USERS, summary.counts().exported());

        Map<Long, List<String>> perEntry = new HashMap<>();
        int lastDone = -1;
        int lastSteps = -1;
        for (JobEvent event : recorder.events) {
            if (event.kind() != Kind.PROGRESS) {
                assertTrue(event.entryId() > 0, event.toString());
                assertFalse(event.label().isEmpty(), event.toString());
                assertTrue(event.stage().isPresent(), event.toString());
                perEntry.computeIfAbsent(event.entryId(), id -> new ArrayList<>())
                        .add(event.kind() + " " + event.stage().get());
            }
            ProgressCounts c = event.counts();
            int steps = c.downloaded() + c.verified() + c.exported() + c.failed();
            assertTrue(c.done() >= lastDone && steps >= lastSteps, "counts went back at " + event);
            lastDone = c.done();
            lastSteps = steps;
            if (event.kind() == Kind.ENTRY_FINISHED) {
                assertTrue(steps > 0, "a finished step without its count: " + event);
            }
        }
        assertEquals(USERS, perEntry.size());
        List<String> expected = List.of("ENTRY_STARTED DOWNLOAD", "ENTRY_FINISHED DOWNLOAD", "ENTRY_STARTED VERIFY",
                "ENTRY_FINISHED VERIFY", "ENTRY_STARTED EXPORT", "ENTRY_FINISHED EXPORT");
        perEntry.values().forEach(kinds -> assertEquals(expected, kinds));
        JobEvent last = recorder.events.get(recorder.events.size() - 1);
        assertEquals(USERS, last.counts().exported());
        assertEquals(USERS, last.done());
        assertEquals(USERS, last.total());
        assertEquals(Kind.PROGRESS, recorder.events.get(0).kind(), "the run's total comes first");
        assertEquals(USERS, recorder.events.get(0).total());
        assertTrue(recorder.threads.subList(1, recorder.threads.size()).stream()
                .allMatch(name -> name.startsWith("certdesk-network-") || name.startsWith("certdesk-cpu-")),
                "events after the total arrive on the pipeline's workers: " + recorder.threads);
        session.entries().forEach(e -> assertEquals(EntryState.EXPORTED, e.state(), e.toString()));
    }

    @Test
    void aSelectionRunsOnlyTheChosenEntries() throws Exception {
        jobs.importRoster(session, roster, ImportOptions.defaults());
        List<Entry> entries = session.entries();
        Set<Long> chosen = Set.of(entries.get(0).id(), entries.get(2).id());
        Recorder recorder = new Recorder();
        RunSummary summary = jobs.run(session, loopback().withEntries(chosen), recorder, new CancelToken());
        assertEquals(2, summary.counts().total());
        assertEquals(2, summary.counts().exported());
        assertEquals(chosen, recorder.events.stream().filter(e -> e.entryId() > 0).map(JobEvent::entryId)
                .collect(Collectors.toSet()));
        for (Entry entry : session.entries()) {
            assertEquals(chosen.contains(entry.id()) ? EntryState.EXPORTED : EntryState.IMPORTED, entry.state());
        }
        RunSummary downloadOnly = jobs.run(session, loopback().withStages(EnumSet.of(PipelineStage.DOWNLOAD)),
                JobListener.NONE, new CancelToken());
        assertEquals(2, downloadOnly.counts().downloaded(), "the rest is downloaded, the chosen ones are not again");
    }

    @Test
    void cancellingStopsTheRunAndTheNextRunContinues() throws Exception {
        jobs.importRoster(session, roster, ImportOptions.defaults());
        CancelToken cancel = new CancelToken();
        Recorder recorder = new Recorder() {
            @Override
            public void event(JobEvent event) {
                super.event(event);
                if (event.kind() == Kind.ENTRY_FINISHED) {
                    cancel.cancel();
                }
            }
        };
        RunSummary first = jobs.run(session, loopback().withThreads(1, 1), recorder, cancel);
        assertTrue(first.cancelled(), first.toString());
        assertTrue(first.counts().exported() < USERS, first.toString());
        RunSummary second = jobs.run(session, loopback(), JobListener.NONE, new CancelToken());
        assertFalse(second.cancelled());
        session.entries().forEach(e -> assertEquals(EntryState.EXPORTED, e.state(), e.toString()));
    }

    @Test
    void retryFailedRunsTheFailedEntriesAgain() throws Exception {
        jobs.importRoster(session, roster, ImportOptions.defaults());
        portal.faults().always(Fault.wrongContentType());
        Recorder failing = new Recorder();
        RunSummary first = jobs.run(session, loopback(), failing, new CancelToken());
        assertEquals(USERS, first.counts().failed(), first.toString());
        List<JobEvent> failures = failing.of(Kind.ENTRY_FAILED);
        assertEquals(USERS, failures.size());
        failures.forEach(f -> assertEquals(Optional.of(ErrorCode.COMM_CONTENT_TYPE), f.error(), f.toString()));
        assertEquals(USERS, jobs.status(session).counts().get(EntryState.FAILED).intValue());

        RunSummary plain = jobs.run(session, loopback(), JobListener.NONE, new CancelToken());
        assertEquals(0, plain.counts().total(), "a plain run leaves failed entries alone");

        portal.faults().clear();
        RunSummary retried = jobs.retryFailed(session, loopback(), JobListener.NONE, new CancelToken());
        assertTrue(retried.complete(), retried.toString());
        session.entries().forEach(e -> assertEquals(EntryState.EXPORTED, e.state(), e.toString()));
    }

    @Test
    void statusCountsStatesWindowsRenewalsAndUnknownSends() throws Exception {
        jobs.importRoster(session, roster, ImportOptions.defaults());
        WorkspaceStatus before = jobs.status(session);
        assertEquals(USERS, before.counts().get(EntryState.IMPORTED).intValue());
        assertTrue(before.window().isEmpty());
        jobs.run(session, loopback().withStages(EnumSet.of(PipelineStage.DOWNLOAD)), JobListener.NONE, new CancelToken());
        WorkspaceStatus downloaded = jobs.status(session);
        assertEquals(USERS, downloaded.counts().get(EntryState.DOWNLOADED).intValue());
        assertEquals(USERS, downloaded.window().size(), "every downloaded, not yet exported entry has its 24-hour window");
        downloaded.window().forEach(w -> assertTrue(w.deadline().isAfter(w.firstDownloadAt()), w.toString()));
        jobs.run(session, loopback(), JobListener.NONE, new CancelToken());
        WorkspaceStatus after = jobs.status(session);
        assertEquals(USERS, after.entries().size());
        assertEquals(USERS, after.counts().get(EntryState.EXPORTED).intValue());
        assertEquals(0, after.counts().get(EntryState.IMPORTED).intValue());
        assertEquals(USERS, after.renewals().size());
        assertTrue(after.unknownSends().isEmpty());
        assertTrue(after.failed().isEmpty());
        assertTrue(jobs.verifyAudit(session).intact());
    }

    @Test
    void failuresCarryTheEnginesCodeAndMessage() throws Exception {
        JobException wrong = assertThrows(JobException.class, () -> jobs.open(temp.resolve("missing"), PASSPHRASE));
        assertTrue(wrong.getCause() instanceof io.certdesk.workspace.WorkspaceException, wrong.toString());
        assertEquals(((io.certdesk.workspace.WorkspaceException) wrong.getCause()).code(), wrong.code());
        JobException refused = assertThrows(JobException.class,
                () -> jobs.importRoster(session, temp.resolve("no-such-roster.xlsx"), ImportOptions.defaults()));
        assertTrue(refused.rosterProblem().isPresent(), refused.toString());
    }
}
