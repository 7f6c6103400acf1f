package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.Rosters;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * A batch whose delivery cannot work stops before it downloads anything (downloading starts the 24-hour windows),
 * with one message that counts the rows and says what to do. Before the fix the run downloaded and exported every
 * certificate, and the delivery then failed with the same error once per row.
 */
class PreflightTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final int USERS = 4;

    @TempDir
    Path temp;

    private final JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
    private ReferencePortal portal;
    private WorkspaceSession session;

    @BeforeEach
    void portalRosterAndWorkspace() throws Exception {
        PortalDataFolder data = new PortalDataFolder(temp.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("PRE", USERS));
        Path roster = temp.resolve("roster.csv");
        Rosters.write(roster, issued, Locale.ENGLISH); // no password recipient column
        issued.forEach(IssuedCertificate::clear);
        portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
        X509Certificate root;
        try (InputStream in = Files.newInputStream(data.rootCertificate())) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        session = jobs.create(temp.resolve("ws"), PASSPHRASE,
                WorkspaceSettings.defaults().withTrust(io.certdesk.workspace.WorkspaceTrust.trusting(List.of(root)))
                        .withProxy(ProxySettings.direct()).withPortalProfile(Optional.of(data.clientProfile())));
        jobs.importRoster(session, roster, ImportOptions.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        portal.close();
    }

    private void mailSettings(String text) throws Exception {
        Files.writeString(session.folder().resolve(JobService.MAIL_SETTINGS_FILE), text, StandardCharsets.UTF_8);
    }

    private RunOptions loopback() {
        return RunOptions.all().withThreads(2, 2);
    }

    private void assertNothingDownloaded() throws Exception {
        assertEquals(USERS, session.entries().size());
        for (Entry entry : session.entries()) {
            assertEquals(EntryState.IMPORTED, entry.state(), entry.toString());
            assertTrue(entry.firstDownloadAt().isEmpty(), entry.toString());
        }
    }

    @Test
    void passwordsByMailWithoutRecipientsStopTheRunBeforeAnyDownload() throws Exception {
        mailSettings("from=admin@corp.example.jp\nsmtp.host=127.0.0.1\nsmtp.port=2525\nsmtp.security=NONE_LOOPBACK_ONLY\n"
                + "password.channel=mail\n");
        JobException refused = assertThrows(JobException.class,
                () -> jobs.run(session, loopback(), JobListener.NONE, new CancelToken()));
        assertEquals(ErrorCode.DELIVERY_ADDRESS_INVALID, refused.code(), refused.getMessage());
        assertEquals(1, refused.preflightProblems().size(), "one message for every row: " + refused.getMessage());
        PreflightProblem problem = refused.preflightProblems().get(0);
        assertEquals(USERS, problem.rows(), refused.getMessage());
        assertTrue(problem.problem().contains(USERS + " rows"), problem.problem());
        assertTrue(problem.fix().contains("password.channel=handout"), problem.fix());
        assertTrue(refused.getMessage().startsWith("Nothing was downloaded"), refused.getMessage());
        assertNothingDownloaded();
    }

    @Test
    void missingSenderAndSmtpServerAreFoundTogetherBeforeAnyDownload() throws Exception {
        mailSettings("password.channel=handout\n");
        JobException refused = assertThrows(JobException.class,
                () -> jobs.run(session, loopback(), JobListener.NONE, new CancelToken()));
        assertEquals(ErrorCode.DELIVERY_SETTINGS_INVALID, refused.code(), refused.getMessage());
        assertEquals(2, refused.preflightProblems().size(), refused.getMessage());
        assertTrue(refused.getMessage().contains("from"), refused.getMessage());
        assertTrue(refused.getMessage().contains("smtp.host"), refused.getMessage());
        assertNothingDownloaded();
    }

    @Test
    void aDeliveryThatCanWorkLetsTheRunDownload() throws Exception {
        mailSettings("from=admin@corp.example.jp\nsmtp.host=127.0.0.1\nsmtp.port=2525\nsmtp.security=NONE_LOOPBACK_ONLY\n"
                + "password.channel=handout\n");
        RunSummary summary = jobs.run(session, loopback(), JobListener.NONE, new CancelToken());
        assertEquals(USERS, summary.counts().exported(), summary.toString());
    }

    @Test
    void aRunWithoutDeliveryIsNotHeldUpByTheMailSettings() throws Exception {
        mailSettings("password.channel=mail\n");
        RunSummary summary = jobs.run(session, loopback().withoutDelivery(), JobListener.NONE, new CancelToken());
        assertEquals(USERS, summary.counts().exported(), summary.toString());
    }
}
