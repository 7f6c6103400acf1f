package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.TestPki;
import io.certdesk.delivery.testing.VirtualTime;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages as bytes: headers, encodings, attachment names, Message-IDs, and where the password is. */
class MessageFormatTest {

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();
    private Path p12;

    @BeforeEach
    void setUp() throws Exception {
        p12 = TestPki.userP12(dir.resolve("p12"), "Hanako Suzuki", Items.passwordOf(1));
    }

    private DeliverySettings.Builder settings() {
        return DeliverySettings.builder(SmtpSettings.of("127.0.0.1", 25, SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").fromName("証明書管理者").replyTo("helpdesk@corp.example.jp")
                .adminContact("情報システム部 内線 1234");
    }

    /** Dry run: the .eml files of one item, file mail first. */
    private List<Path> dryRun(DeliverySettings settings, DeliveryItem item) throws Exception {
        Path outbox = dir.resolve("outbox-" + System.nanoTime());
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("w.db"), time)) {
            DeliveryReport report = new DeliveryEngine(settings, ledger, DeliveryAudit.none(), time, time)
                    .deliver(List.of(item), DeliveryOptions.dryRun(outbox), DeliveryListener.none(), new DeliveryControl());
            assertEquals(2, report.count(DeliveryState.WRITTEN), report.toString());
            assertTrue(ledger.all().isEmpty(), "a dry run records nothing");
        }
        return List.of(outbox.resolve("e1-file.eml"), outbox.resolve("e1-password.eml"));
    }

    private static String headers(byte[] raw) {
        String text = new String(raw, StandardCharsets.US_ASCII);
        return text.substring(0, text.indexOf("\r\n\r\n"));
    }

    private static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    @Test
    void utf8SubjectIsBEncodedAndAttachmentNameIsRfc2231() throws Exception {
        DeliveryItem item = Items.mail(1, 1, "鈴木 花子", "hanako@corp.example.jp", "boss@corp.example.jp", p12);
        List<Path> files = dryRun(settings().build(), item);
        byte[] raw = Files.readAllBytes(files.get(0));
        String headers = headers(raw);
        assertTrue(Pattern.compile("^Subject: =\\?UTF-8\\?B\\?", Pattern.MULTILINE).matcher(headers).find(), headers);
        assertTrue(Pattern.compile("^Message-ID: <certdesk\\.[0-9a-f]{32}@corp\\.example\\.jp>", Pattern.MULTILINE)
                .matcher(headers).find(), headers);
        assertTrue(headers.contains("Reply-To: helpdesk@corp.example.jp"), headers);
        String all = new String(raw, StandardCharsets.US_ASCII);
        // RFC 2231: filename*=UTF-8''%E8%A8%BC... (possibly split into numbered sections)
        Matcher filename = Pattern.compile("filename\\*(0\\*)?=UTF-8''%E8%A8%BC%E6%98%8E%E6%9B%B8").matcher(all);
        assertTrue(filename.find(), all);
        assertTrue(all.contains("Content-Type: application/x-pkcs12"), all);
        assertFalse(all.chars().anyMatch(c -> c > 127), "7-bit clean on the wire");

        MimeMessage message = parse(raw);
        assertTrue(message.getSubject().contains("鈴木 花子"), message.getSubject());
        assertEquals("証明書管理者 <admin@corp.example.jp>", MimeUtility.decodeText(message.getFrom()[0].toString()));
        Multipart multipart = (Multipart) message.getContent();
        Part attachment = multipart.getBodyPart(1);
        assertEquals("証明書_鈴木 花子.p12", MimeUtility.decodeText(attachment.getFileName()));
        try (InputStream in = attachment.getInputStream()) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(p12), in.readAllBytes()), "attachment intact");
        }
        String body = (String) multipart.getBodyPart(0).getContent();
        assertTrue(body.contains("CN e1".replace(" ", "")), body);
        assertTrue(body.contains("情報システム部 内線 1234"), body);
        assertTrue(body.contains("ダブルクリック"), "Windows import steps");
    }

    @Test
    void theFileMailNeverContainsThePasswordAndThePasswordMailDoes() throws Exception {
        DeliveryItem item = Items.mail(1, 1, "鈴木 花子", "hanako@corp.example.jp", "boss@corp.example.jp", p12);
        List<Path> files = dryRun(settings().build(), item);
        String password = Items.passwordOf(1);
        MimeMessage fileMail = parse(Files.readAllBytes(files.get(0)));
        String fileText = new String(Files.readAllBytes(files.get(0)), StandardCharsets.ISO_8859_1)
                + fileMail.getSubject() + ((Multipart) fileMail.getContent()).getBodyPart(0).getContent();
        assertFalse(fileText.contains(password), "password in the file mail");
        MimeMessage passwordMail = parse(Files.readAllBytes(files.get(1)));
        assertTrue(((String) passwordMail.getContent()).contains(password));
        assertEquals("boss@corp.example.jp", passwordMail.getAllRecipients()[0].toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(1))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))));
    }

    @Test
    void iso2022JpIsUsedWhereItCanEncodeAndFallsBackToUtf8() throws Exception {
        DeliveryItem plain = Items.mail(1, 1, "鈴木 花子", "hanako@corp.example.jp", "boss@corp.example.jp", p12);
        byte[] raw = Files.readAllBytes(dryRun(settings().charset(MailCharset.ISO_2022_JP).build(), plain).get(0));
        String headers = headers(raw);
        assertTrue(headers.contains("Subject: =?ISO-2022-JP?B?"), headers);
        String all = new String(raw, StandardCharsets.US_ASCII);
        assertTrue(all.contains("charset=ISO-2022-JP"), all);
        assertTrue(parse(raw).getSubject().contains("鈴木 花子"));

        // 髙 (U+9AD9) and 𠮷 are outside JIS X 0208: that text falls back to UTF-8.
        DeliveryItem rare = Items.named(plain, "髙橋 𠮷子", "takahashi@corp.example.jp", "cert.p12");
        byte[] rawRare = Files.readAllBytes(dryRun(settings().charset(MailCharset.ISO_2022_JP).build(), rare).get(0));
        String rareHeaders = headers(rawRare);
        assertTrue(rareHeaders.contains("Subject: =?UTF-8?B?"), rareHeaders);
        MimeMessage message = parse(rawRare);
        assertTrue(message.getSubject().contains("髙橋 𠮷子"), message.getSubject());
        assertTrue(((String) ((Multipart) message.getContent()).getBodyPart(0).getContent()).contains("髙橋 𠮷子"));
    }

    @Test
    void fileNameTemplateNamesTheAttachment() throws Exception {
        DeliveryItem item = Items.mail(1, 1, "鈴木 花子", "hanako@corp.example.jp", "boss@corp.example.jp", p12);
        byte[] raw = Files.readAllBytes(dryRun(settings().fileNameTemplate("{{certificateNumber}}_{{name}}").build(),
                item).get(0));
        Part attachment = ((Multipart) parse(raw).getContent()).getBodyPart(1);
        assertEquals("CNe1_鈴木 花子.p12", MimeUtility.decodeText(attachment.getFileName()));
    }

    @Test
    void englishTemplatesAreUsedForEnglish() throws Exception {
        DeliveryItem item = Items.mail(1, 1, "Hanako Suzuki", "hanako@corp.example.jp", "boss@corp.example.jp", p12);
        byte[] raw = Files.readAllBytes(dryRun(settings().locale(java.util.Locale.ENGLISH).build(), item).get(0));
        MimeMessage message = parse(raw);
        assertEquals("Your client certificate file (CNe1)", message.getSubject());
        String body = (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(body.contains("Valid until:        March 31, 2027"), body);
    }
}
