package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.ScriptedSmtpServer;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SMTP security against real servers on loopback: GreenMail for AUTH, SMTPS and a server without STARTTLS;
 * a scripted server offering STARTTLS for the certificate and host-name checks. Nothing is ever sent in clear
 * text to a server that was meant to be protected.
 */
class SmtpSecurityTest {

    @TempDir
    static Path keys;

    @TempDir
    Path dir;

    private static TestPki.ServerKey localhostKey;
    private static TestPki.ServerKey otherHostKey;

    private final VirtualTime time = new VirtualTime();
    private DeliveryItem item;

    @BeforeAll
    static void serverKeys() throws Exception {
        localhostKey = TestPki.serverKey(keys, "localhost");
        otherHostKey = TestPki.serverKey(keys, "other.example");
        // GreenMail's SMTPS takes its key from these properties (read once per JVM, at its first TLS server).
        System.setProperty("greenmail.tls.keystore.file", localhostKey.p12().toString());
        System.setProperty("greenmail.tls.keystore.password", TestPki.STORE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestPki.STORE_PASSWORD);
    }

    @BeforeEach
    void setUp() throws Exception {
        Path p12 = TestPki.userP12(dir, "Taro Yamada", Items.passwordOf(1));
        item = Items.mail(1, 1, "山田 太郎", "taro@corp.example.jp", "boss@corp.example.jp", p12);
    }

    private DeliveryReport deliver(SmtpSettings smtp) throws DeliveryException {
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("w.db"), time)) {
            DeliverySettings settings = DeliverySettings.builder(smtp, "admin@corp.example.jp")
                    .passwordMailDelay(Duration.ZERO).build();
            DeliveryReport report = new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time)
                    .deliver(List.of(item), DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());
            if (report.count(DeliveryOutcome.SENT) == 0) {
                assertTrue(ledger.all().isEmpty(), "nothing recorded as sent: " + ledger.all());
            }
            return report;
        }
    }

    private static SmtpSettings smtp(int port, SmtpSecurity security, String user, String password,
            List<java.security.cert.X509Certificate> trust) {
        return new SmtpSettings(security == SmtpSecurity.NONE_LOOPBACK_ONLY ? "127.0.0.1" : "localhost", port, security,
                user, password == null ? null : password.toCharArray(), trust, Duration.ofSeconds(10));
    }

    private static GreenMail greenMail(String protocol) {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", protocol);
        setup.setServerStartupTimeout(30_000); // a loaded CI machine needs more than the default 2 s
        GreenMail mail = new GreenMail(setup);
        mail.start();
        return mail;
    }

    @Test
    void authenticatesAndDelivers() throws Exception {
        GreenMail mail = greenMail("smtp");
        try {
            mail.setUser("admin@corp.example.jp", "mailer", "s3cret-Smtp");
            DeliveryReport report = deliver(smtp(mail.getSmtp().getPort(), SmtpSecurity.NONE_LOOPBACK_ONLY, "mailer",
                    "s3cret-Smtp", List.of()));
            assertEquals(2, report.count(DeliveryOutcome.SENT), report.toString());
            MimeMessage[] received = mail.getReceivedMessages();
            assertEquals(2, received.length);
            String fileMail = GreenMailUtil.getWholeMessage(received[0]);
            assertFalse(fileMail.contains(Items.passwordOf(1)), "password in the file mail");
            assertTrue(GreenMailUtil.getBody(received[1]).length() > 0);
        } finally {
            mail.stop();
        }
    }

    @Test
    void wrongSmtpPasswordFailsWithTheAuthenticationCode() throws Exception {
        GreenMail mail = greenMail("smtp");
        try {
            mail.setUser("admin@corp.example.jp", "mailer", "s3cret-Smtp");
            DeliveryReport report = deliver(smtp(mail.getSmtp().getPort(), SmtpSecurity.NONE_LOOPBACK_ONLY, "mailer",
                    "wrong", List.of()));
            DeliveryResult file = report.result(1, DeliveryPart.FILE).orElseThrow();
            assertEquals(ErrorCode.DELIVERY_AUTH_FAILED, file.error(), file.detail());
            assertFalse(file.detail().contains("wrong"), "no password in messages");
            assertEquals(0, mail.getReceivedMessages().length);
        } finally {
            mail.stop();
        }
    }

    @Test
    void startTlsRequiredFailsAgainstAServerWithoutStartTls() throws Exception {
        GreenMail mail = greenMail("smtp");
        try {
            DeliveryReport report = deliver(smtp(mail.getSmtp().getPort(), SmtpSecurity.STARTTLS_REQUIRED, "", null,
                    List.of(localhostKey.certificate())));
            DeliveryResult file = report.result(1, DeliveryPart.FILE).orElseThrow();
            assertEquals(ErrorCode.DELIVERY_TLS_FAILED, file.error(), file.detail());
            assertTrue(file.detail().contains("STARTTLS"), file.detail());
            assertEquals(0, mail.getReceivedMessages().length, "no downgrade to clear text");
        } finally {
            mail.stop();
        }
    }

    @Test
    void smtpsDeliversWhenTheCertificateIsTrustedAndNamesTheHost() throws Exception {
        GreenMail mail = greenMail("smtps");
        try {
            DeliveryReport report = deliver(smtp(mail.getSmtps().getPort(), SmtpSecurity.SMTPS, "", null,
                    List.of(localhostKey.certificate())));
            assertEquals(2, report.count(DeliveryOutcome.SENT), report.toString());
            assertEquals(2, mail.getReceivedMessages().length);
        } finally {
            mail.stop();
        }
    }

    @Test
    void smtpsFailsWhenTheCertificateIsNotTrusted() throws Exception {
        GreenMail mail = greenMail("smtps");
        try {
            DeliveryReport report = deliver(smtp(mail.getSmtps().getPort(), SmtpSecurity.SMTPS, "", null, List.of()));
            assertEquals(ErrorCode.DELIVERY_TLS_FAILED, report.result(1, DeliveryPart.FILE).orElseThrow().error());
            assertEquals(0, mail.getReceivedMessages().length);
        } finally {
            mail.stop();
        }
    }

    @Test
    void startTlsDeliversWithATrustedCertificate() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.withStartTls(localhostKey.serverContext())) {
            DeliveryReport report = deliver(smtp(server.port(), SmtpSecurity.STARTTLS_REQUIRED, "", null,
                    List.of(localhostKey.certificate())));
            assertEquals(2, report.count(DeliveryOutcome.SENT), report.toString());
            assertEquals(2, server.received().size());
            assertEquals(1, server.connections());
        }
    }

    @Test
    void startTlsFailsWhenTheCertificateNamesAnotherHost() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.withStartTls(otherHostKey.serverContext())) {
            DeliveryReport report = deliver(smtp(server.port(), SmtpSecurity.STARTTLS_REQUIRED, "", null,
                    List.of(otherHostKey.certificate())));
            DeliveryResult file = report.result(1, DeliveryPart.FILE).orElseThrow();
            assertEquals(ErrorCode.DELIVERY_TLS_FAILED, file.error(), file.detail());
            assertEquals(0, server.dataTransfers());
        }
    }

    @Test
    void clearTextIsRefusedToAnythingButLoopback() {
        SmtpSettings remote = new SmtpSettings("192.0.2.25", 25, SmtpSecurity.NONE_LOOPBACK_ONLY, "", null, List.of(),
                Duration.ofSeconds(1));
        DeliveryException e = assertThrows(DeliveryException.class, () -> deliver(remote));
        assertEquals(ErrorCode.DELIVERY_SETTINGS_INVALID, e.code());
        assertTrue(e.getMessage().contains("192.0.2.25"), e.getMessage());
    }

    @Test
    void unreachableServerFailsWithTheConnectCode() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DeliveryReport report = deliver(smtp(port, SmtpSecurity.NONE_LOOPBACK_ONLY, "", null, List.of()));
        assertEquals(ErrorCode.DELIVERY_CONNECT_FAILED, report.result(1, DeliveryPart.FILE).orElseThrow().error());
        assertEquals(DeliveryOutcome.FAILED, report.result(1, DeliveryPart.PASSWORD).orElseThrow().outcome());
        assertTrue(new String(new byte[0], StandardCharsets.UTF_8).isEmpty());
    }
}
