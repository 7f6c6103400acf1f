package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.certdesk.delivery.testing.Exim;
import io.certdesk.delivery.testing.ExternalTool;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against a real MTA: Debian's Exim (package exim4-daemon-light), started by the shared {@link Exim}
 * harness in the foreground on a free loopback port with its own configuration, spool and Maildir (the system's
 * port 25 service is never touched). Exim offers STARTTLS with a test certificate and refuses MAIL in clear text.
 * The delivered mails are parsed back by an independent MIME parser (Python's email package), and the
 * attached PKCS#12 is opened by openssl with the password taken from the other mail.
 */
class MtaEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void fileAndPasswordArriveThroughARealMtaAndTheFileOpensWithTheOtherMailsPassword() throws Exception {
        ExternalTool python = ExternalTool.require("python3", "python3");
        ExternalTool openssl = ExternalTool.require("openssl", "openssl");
        try (Exim exim = Exim.start(dir)) {
            deliverAndReadBack(exim, python, openssl);
        }
    }

    private void deliverAndReadBack(Exim exim, ExternalTool python, ExternalTool openssl) throws Exception {
        int port = exim.port();
        VirtualTime time = new VirtualTime();
        String password = "Kx7-pQ2m-Rt9w-Lz4v";
        Path p12 = TestPki.userP12(dir.resolve("p12"), "Taro Yamada", password);
        DeliveryItem item = new DeliveryItem(1, 1, "山田 太郎", "情報システム部", "taro@example.test",
                "manager@example.test", DeliveryChannel.MAIL, DeliveryChannel.MAIL, "2026040100001", AttachmentSource.file(p12),
                "証明書_山田太郎.p12", java.time.LocalDate.of(2027, 3, 31), "CertDesk Test CA", password::toCharArray);
        SmtpSettings smtp = new SmtpSettings("localhost", port, SmtpSecurity.STARTTLS_REQUIRED, "", null,
                List.of(exim.certificate()), Duration.ofSeconds(20));
        DeliverySettings settings = DeliverySettings.builder(smtp, "admin@corp.example.jp").fromName("証明書管理者")
                .adminContact("情報システム部 内線 1234").passwordMailDelay(Duration.ofMinutes(5)).build();
        DeliveryReport report;
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("workspace.db"), time)) {
            report = new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time).deliver(List.of(item),
                    DeliveryOptions.send(), DeliveryListener.none(), new DeliveryControl());
            assertEquals(2, report.count(DeliveryState.ACCEPTED), report + "\n" + exim.log());
        }
        exim.awaitMessages(2);

        Path attachment = dir.resolve("attachment.p12");
        Path script = dir.resolve("mime_check.py");
        try (InputStream in = getClass().getResourceAsStream("/testdata/MtaEndToEndTest/mime_check.py")) {
            Files.copy(in, script);
        }
        Map<String, String> found = parse(python.runOk(script.toString(), exim.maildir().toString(), "taro@example.test",
                "manager@example.test", attachment.toString()));
        assertEquals("2", found.get("messages"), found.toString());
        assertEquals("1", found.get("file_mails"));
        assertEquals("1", found.get("password_mails"));
        assertEquals("【クライアント証明書】山田 太郎 様の証明書ファイルをお送りします（2026040100001）", found.get("file_subject"));
        assertTrue(found.get("file_raw_subject").startsWith("=?UTF-8?B?"), found.get("file_raw_subject"));
        assertEquals("証明書管理者 <admin@corp.example.jp>", found.get("file_from"));
        assertEquals("山田 太郎 <taro@example.test>", found.get("file_to"));
        assertEquals("true", found.get("file_received_esmtps"), "delivered over TLS");
        assertEquals("", found.get("file_defects"), "no MIME defects");
        assertEquals(report.result(1, DeliveryPart.FILE).orElseThrow().messageId(), found.get("file_message_id"));
        assertNotEquals(found.get("file_message_id"), found.get("password_message_id"));
        assertEquals("1", found.get("attachments"));
        assertEquals("application/x-pkcs12", found.get("attachment_type"));
        assertEquals("証明書_山田太郎.p12", found.get("attachment_name"));
        assertTrue(found.get("file_raw_disposition").contains("filename*=UTF-8''%E8%A8%BC%E6%98%8E%E6%9B%B8"),
                found.get("file_raw_disposition"));
        assertTrue(found.get("file_body").contains("有効期限"), found.get("file_body"));
        assertEquals("0", found.get("password_attachments"));
        assertEquals(password, found.get("password"), "password mail carries the password");
        assertEquals("false", found.get("password_in_file_mail"), "the file mail never holds the password");

        String opened = openssl.runOk("pkcs12", "-in", attachment.toString(), "-passin", "pass:" + found.get("password"),
                "-nokeys", "-info");
        assertTrue(opened.contains("CN=Taro Yamada") || opened.contains("CN = Taro Yamada"), opened);
        assertNotEquals(0, openssl.run("pkcs12", "-in", attachment.toString(), "-passin", "pass:wrong", "-nokeys",
                "-info").exitCode());
    }






    private static Map<String, String> parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        }
        return values;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
