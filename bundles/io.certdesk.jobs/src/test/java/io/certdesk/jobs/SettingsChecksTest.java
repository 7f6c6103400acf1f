package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.portal.client.testing.TestPortal;
import io.certdesk.portal.client.testing.Tinyproxy;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks behind the settings dialog's buttons, against real servers: Test connection to the reference portal
 * directly and through a real tinyproxy with Basic authentication (good, stored and wrong credentials), an untrusted
 * TLS certificate and a portal that is not there; a test mail to GreenMail (with a typed, a stored and a wrong
 * login password) and to a server that is not there; the
 * portal part of the profile written and read back after reopening.
 */
class SettingsChecksTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final String USER = "certdesk";
    private static final String PASSWORD = "Proxy-Secret-42";
    private static final WorkspaceSettings ANCHORED = WorkspaceSettings.defaults()
            .withTrust(WorkspaceTrust.pinning("00".repeat(32)));

    @TempDir
    static Path shared;
    static TestPortal portal;
    static Tinyproxy proxy;

    @TempDir
    Path temp;

    private final JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
    private WorkspaceSession session;
    private GreenMail mail;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(shared, "SETTINGS", 1);
        proxy = Tinyproxy.start(shared.resolve("tinyproxy"), USER, PASSWORD, portal.portal.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @BeforeEach
    void open() throws Exception {
        session = jobs.create(temp.resolve("ws"), PASSPHRASE, ANCHORED);
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    private static PortalSettings reference() {
        return new PortalSettings(portal.portal.baseUrl(), List.of(portal.folder.tlsCaCertificate()), List.of(),
                Optional.empty());
    }

    @Test
    void theReferencePortalIsReachedDirectly() throws Exception {
        CheckResult result = jobs.testConnection(session, reference(), ProxySettings.direct());
        assertTrue(result.ok(), String.valueOf(result));
        assertTrue(result.detail().contains("HTTP"), result.detail());
    }

    @Test
    void throughTinyproxyWithGoodCredentials() throws Exception {
        try (ProxySettings through = ProxySettings.manual("127.0.0.1", proxy.port(), USER, PASSWORD.toCharArray())) {
            CheckResult result = jobs.testConnection(session, reference(), through);
            assertTrue(result.ok(), String.valueOf(result));
        }
        assertTrue(proxy.log().contains("CONNECT"), proxy.log());
    }

    @Test
    void throughTinyproxyWithTheStoredPassword() throws Exception {
        jobs.configure(session, ANCHORED.withProxy(ProxySettings.manual("127.0.0.1", proxy.port(), USER, new char[0])));
        jobs.storeProxyPassword(session, PASSWORD.toCharArray());
        ProxySettings configured = jobs.configuration(session).settings().proxy();
        assertTrue(configured.password().isEmpty(), "the configuration hands out no password");
        CheckResult result = jobs.testConnection(session, reference(), configured);
        assertTrue(result.ok(), String.valueOf(result));
    }

    @Test
    void throughTinyproxyWithWrongCredentials() throws Exception {
        try (ProxySettings through = ProxySettings.manual("127.0.0.1", proxy.port(), USER, "wrong-password".toCharArray())) {
            CheckResult result = jobs.testConnection(session, reference(), through);
            assertEquals(Optional.of(ErrorCode.COMM_PROXY_AUTH_FAILED), result.failure(), result.detail());
            assertFalse(result.detail().contains("wrong-password"), result.detail());
        }
    }

    @Test
    void anUntrustedPortalAndAMissingOneHaveTheirCodes() throws Exception {
        PortalSettings untrusted = new PortalSettings(portal.portal.baseUrl(), List.of(), List.of(), Optional.empty());
        assertEquals(Optional.of(ErrorCode.COMM_TLS_UNTRUSTED),
                jobs.testConnection(session, untrusted, ProxySettings.direct()).failure());
        PortalSettings missing = new PortalSettings(URI.create("https://127.0.0.1:" + TestPortal.freePort() + "/"),
                List.of(), List.of(), Optional.empty());
        assertEquals(Optional.of(ErrorCode.COMM_CANNOT_CONNECT),
                jobs.testConnection(session, missing, ProxySettings.direct()).failure());
    }

    @Test
    void thePortalPartIsWrittenAndReadBackAfterReopening() throws Exception {
        jobs.configurePortal(session, new PortalSettings(portal.portal.baseUrl(),
                List.of(portal.folder.tlsCaCertificate()), List.of(), Optional.of("CN=Expected Root,C=JP")));
        session.close();
        session = jobs.open(temp.resolve("ws"), PASSPHRASE);
        WorkspaceConfiguration read = jobs.configuration(session);
        assertEquals(portal.portal.baseUrl(), read.portal().baseUrl());
        assertEquals(List.of(portal.folder.tlsCaCertificate().toAbsolutePath()), read.portal().tlsCaFiles());
        assertEquals(Optional.of("CN=Expected Root,C=JP"), read.portal().expectedRoot());
        assertEquals(Optional.of(Path.of(JobService.WORKSPACE_PROFILE)), read.settings().portalProfile());
        assertTrue(jobs.testConnection(session, PortalSettings.of(read.portal()), ProxySettings.direct()).ok());
    }

    private MailConfiguration mailTo(int port, String from) {
        return new MailConfiguration(DeliverySettings.builder(SmtpSettings.of("127.0.0.1", port,
                SmtpSecurity.NONE_LOOPBACK_ONLY), from).replyTo("help@corp.example.jp").build(), DeliveryChannel.MAIL,
                DeliveryChannel.MAIL);
    }

    @Test
    void aTestMailArrivesAtGreenMail() throws Exception {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", "smtp");
        setup.setServerStartupTimeout(30_000);
        mail = new GreenMail(setup);
        mail.start();
        CheckResult result = jobs.sendTestMail(session, mailTo(mail.getSmtp().getPort(), "admin@corp.example.jp"),
                new char[0], "me@corp.example.jp");
        assertTrue(result.ok(), String.valueOf(result));
        assertTrue(result.detail().startsWith("250"), result.detail());
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("me@corp.example.jp", received[0].getAllRecipients()[0].toString());
        assertEquals("help@corp.example.jp", received[0].getReplyTo()[0].toString());
        assertTrue(received[0].getSubject().contains("CertDesk"), received[0].getSubject());
    }

    @Test
    void aTestMailLogsInWithTheTypedOrTheStoredPasswordAndAWrongOneIsRefused() throws Exception {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", "smtp");
        setup.setServerStartupTimeout(30_000);
        mail = new GreenMail(setup);
        mail.start();
        mail.setUser("admin@corp.example.jp", "alice", "Smtp-Secret-7");
        MailConfiguration login = new MailConfiguration(DeliverySettings.builder(new SmtpSettings("127.0.0.1",
                mail.getSmtp().getPort(), SmtpSecurity.NONE_LOOPBACK_ONLY, "alice", null, List.of(),
                java.time.Duration.ofSeconds(10)), "admin@corp.example.jp").build(), DeliveryChannel.MAIL, DeliveryChannel.MAIL);
        CheckResult wrong = jobs.sendTestMail(session, login, "not-the-password".toCharArray(), "me@corp.example.jp");
        assertEquals(Optional.of(ErrorCode.DELIVERY_AUTH_FAILED), wrong.failure(), wrong.detail());
        assertFalse(wrong.detail().contains("not-the-password"), wrong.detail());
        assertTrue(jobs.sendTestMail(session, login, "Smtp-Secret-7".toCharArray(), "me@corp.example.jp").ok());
        jobs.storeSmtpPassword(session, "Smtp-Secret-7".toCharArray());
        CheckResult stored = jobs.sendTestMail(session, login, new char[0], "me@corp.example.jp");
        assertTrue(stored.ok(), String.valueOf(stored));
        assertEquals(2, mail.getReceivedMessages().length);
    }

    @Test
    void aTestMailToNoServerOrFromNoAddressHasItsCode() throws Exception {
        assertEquals(Optional.of(ErrorCode.DELIVERY_CONNECT_FAILED), jobs.sendTestMail(session,
                mailTo(TestPortal.freePort(), "admin@corp.example.jp"), new char[0], "me@corp.example.jp").failure());
        assertEquals(Optional.of(ErrorCode.DELIVERY_ADDRESS_INVALID), jobs.sendTestMail(session,
                mailTo(TestPortal.freePort(), "admin@corp.example.jp"), new char[0], "not an address").failure());
    }
}
