package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.delivery.testing.Exim;
import io.certdesk.delivery.testing.ExternalTool;
import io.certdesk.jobs.internal.Messages;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 7: the settings dialog's "Send a test mail" ({@link JobService#sendTestMail}) against a real MTA,
 * Debian's Exim started by the shared {@link Exim} harness on loopback, with STARTTLS required (its self-signed
 * certificate trusted in the mail settings) and AUTH PLAIN over TLS. The mail is read back from Exim's Maildir by an
 * independent parser (Python's email package); a wrong password gets the catalogue's authentication error and
 * delivers nothing. Missing exim4, openssl or python3 fails the test naming the Debian package.
 */
class TestMailThroughEximTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final String USER = "alice";
    private static final String PASSWORD = "Smtp-Secret-7";
    private static final String TO = "me@" + Exim.DOMAIN;
    /** Prints what the mail says: key TAB value, one a line (line breaks in values as \n). */
    private static final String READ_MAIL = String.join("\n",
            "import email, email.policy, sys",
            "msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)",
            "body = msg.get_body(preferencelist=('plain',))",
            "values = {'subject': str(msg['Subject']),",
            "          'to': str(msg['To']), 'from': str(msg['From']), 'reply_to': str(msg['Reply-To']),",
            "          'charset': str(body.get_content_charset()), 'type': body.get_content_type(),",
            "          'received': ' '.join(str(r) for r in msg.get_all('Received', [])),",
            "          'defects': ' '.join(type(d).__name__ for p in msg.walk() for d in p.defects),",
            "          'body': body.get_content()}",
            "raw = open(sys.argv[1], 'rb').read().decode('ascii', 'replace')",
            "values['raw_subject'] = [l for l in raw.split('\\n') if l.startswith('Subject:')][0].strip()",
            "for k, v in values.items():",
            "    print(k + '\\t' + v.replace('\\\\', '\\\\\\\\').replace('\\r', '').replace('\\n', '\\\\n'))",
            "");

    @TempDir
    Path temp;
    /** Exim's own folder: a temporary folder of its own, which the harness opens to Exim's user. */
    @TempDir
    Path mta;

    private final JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
    private WorkspaceSession session;
    private Exim exim;

    @BeforeEach
    void open() throws Exception {
        session = jobs.create(temp.resolve("ws"), PASSPHRASE,
                WorkspaceSettings.defaults().withTrust(WorkspaceTrust.pinning("00".repeat(32))));
        exim = Exim.start(mta, USER, PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        if (exim != null) {
            exim.close();
        }
        if (session != null) {
            session.close();
        }
    }

    private MailConfiguration mail() throws Exception {
        SmtpSettings smtp = new SmtpSettings("localhost", exim.port(), SmtpSecurity.STARTTLS_REQUIRED, USER, null,
                List.of(exim.certificate()), Duration.ofSeconds(20));
        return new MailConfiguration(DeliverySettings.builder(smtp, "admin@corp.example.jp").fromName("証明書管理者")
                .replyTo("help@corp.example.jp").build(), DeliveryChannel.MAIL, DeliveryChannel.MAIL);
    }

    @Test
    void aTestMailArrivesThroughEximOverStartTlsWithTheTypedAndTheStoredPassword() throws Exception {
        ExternalTool python = ExternalTool.require("python3", "python3");
        CheckResult typed = jobs.sendTestMail(session, mail(), PASSWORD.toCharArray(), TO);
        assertTrue(typed.ok(), typed + exim.log());
        assertTrue(typed.detail().startsWith("250"), typed.detail());

        List<Path> delivered = exim.awaitMessages(1);
        assertEquals(1, delivered.size(), delivered.toString());
        Map<String, String> mail = parse(python.runOk("-c", READ_MAIL, delivered.get(0).toString()));
        assertEquals(Messages.testMailSubject, mail.get("subject"), mail.toString());
        assertTrue(mail.get("raw_subject").startsWith("Subject: =?UTF-8?B?")
                || mail.get("raw_subject").equals("Subject: " + Messages.testMailSubject), mail.get("raw_subject"));
        assertEquals(TO, mail.get("to"));
        assertEquals("証明書管理者 <admin@corp.example.jp>", mail.get("from"));
        assertEquals("help@corp.example.jp", mail.get("reply_to"));
        assertEquals("text/plain", mail.get("type"));
        assertEquals("utf-8", mail.get("charset"));
        assertEquals("", mail.get("defects"), "no MIME defects");
        assertTrue(mail.get("body").contains("localhost:" + exim.port()), mail.get("body"));
        assertTrue(mail.get("body").contains("admin@corp.example.jp"), mail.get("body"));
        assertTrue(mail.get("received").contains("with esmtpsa"), "over TLS, logged in: " + mail.get("received"));

        // the password stored in the workspace (the dialog's field left empty) logs in as well
        jobs.storeSmtpPassword(session, PASSWORD.toCharArray());
        CheckResult stored = jobs.sendTestMail(session, mail(), new char[0], TO);
        assertTrue(stored.ok(), stored + exim.log());
        assertEquals(2, exim.awaitMessages(2).size());
    }

    @Test
    void aWrongPasswordGetsTheAuthenticationErrorAndNothingIsDelivered() throws Exception {
        CheckResult wrong = jobs.sendTestMail(session, mail(), "not-the-password".toCharArray(), TO);
        assertEquals(Optional.of(ErrorCode.DELIVERY_AUTH_FAILED), wrong.failure(), wrong + exim.log());
        assertFalse(wrong.detail().contains("not-the-password"), wrong.detail());
        assertTrue(exim.log().contains("535"), "Exim refused the login: " + exim.log());

        // no password at all: Exim refuses MAIL without a login
        CheckResult none = jobs.sendTestMail(session, mail(), new char[0], TO);
        assertFalse(none.ok(), String.valueOf(none));
        Thread.sleep(500);
        assertEquals(List.of(), exim.messages(), "nothing delivered");
    }

    private static Map<String, String> parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n").replace("\\\\", "\\"));
            }
        }
        return values;
    }
}
