package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.internal.MailTemplates;
import io.certdesk.delivery.testing.Items;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Templates: defaults in both languages, edited copies in a folder, unknown placeholders found before sending. */
class TemplateTest {

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();

    private DeliveryEngine engine(Path folder, Locale locale) throws Exception {
        DeliverySettings settings = DeliverySettings.builder(SmtpSettings.of("127.0.0.1", 25, SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").templateFolder(folder).locale(locale).adminContact("内線 1234").build();
        return new DeliveryEngine(settings, SqliteDeliveryLedger.open(dir.resolve("w.db"), time), DeliveryAudit.none(),
                time, time);
    }

    private DeliveryItem item() {
        return Items.mail(1, 1, "山田 太郎", "taro@corp.example.jp", "boss@corp.example.jp", dir.resolve("x.p12"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ja", "en" })
    void builtInTemplatesAreClean(String lang) throws Exception {
        assertEquals(List.of(), engine(null, Locale.forLanguageTag(lang)).checkTemplates());
        for (String file : MailTemplates.fileNames(lang)) {
            assertFalse(MailTemplates.defaultText(file).isBlank(), file);
        }
    }

    @Test
    void unknownPlaceholdersAreReportedWithFileAndLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("file-mail.ja.txt"),
                "Subject: 証明書 {{name}}\n\n{{name}} 様\n有効期限 {{expiryDate}}\n{{ fileName }}\n", StandardCharsets.UTF_8);
        List<TemplateFinding> findings = engine(folder, Locale.JAPANESE).checkTemplates();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("file-mail.ja.txt", findings.get(0).template());
        assertEquals(4, findings.get(0).line());
        assertTrue(findings.get(0).message().contains("{{expiryDate}}"), findings.get(0).message());
        DeliveryException e = assertThrows(DeliveryException.class, () -> engine(folder, Locale.JAPANESE)
                .preview(item(), DeliveryPart.FILE));
        assertEquals(ErrorCode.DELIVERY_TEMPLATE_INVALID, e.code());
    }

    @Test
    void thePasswordCannotBePutIntoTheFileMail() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("file-mail.en.txt"), "Subject: cert\n\nYour password: {{password}}\n");
        List<TemplateFinding> findings = engine(folder, Locale.ENGLISH).checkTemplates();
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("never travels with the file"), findings.get(0).message());
    }

    @Test
    void missingSubjectUnclosedBracesAndNonUtf8AreFound() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("password-mail.en.txt"), "Hello {{name}\n{{password}}\n");
        List<TemplateFinding> findings = engine(folder, Locale.ENGLISH).checkTemplates();
        assertEquals(2, findings.size(), findings.toString());
        Files.write(folder.resolve("file-mail.en.txt"), "Subject: \u00e9\n\n".getBytes(StandardCharsets.ISO_8859_1));
        DeliveryException e = assertThrows(DeliveryException.class, () -> engine(folder, Locale.ENGLISH).checkTemplates());
        assertEquals(ErrorCode.DELIVERY_TEMPLATE_INVALID, e.code());
    }

    @Test
    void editedTemplatesReplaceTheDefaultsAndPreviewMasksThePassword() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("password-mail.ja.txt"),
                "\uFEFFSubject: {{name}} 様のパスワード\r\n\r\nパスワード: {{password}}\r\n期限 {{expiry}}\r\n");
        MailPreview preview = engine(folder, Locale.JAPANESE).preview(item(), DeliveryPart.PASSWORD);
        assertEquals("山田 太郎 様のパスワード", preview.subject());
        assertTrue(preview.body().contains("パスワード: \u2022\u2022\u2022\u2022"), preview.body());
        assertTrue(preview.body().contains("2027年3月31日"), preview.body());
        assertFalse(preview.body().contains(Items.passwordOf(1)));
        assertEquals("boss@corp.example.jp", preview.to());
        MailPreview file = engine(folder, Locale.JAPANESE).preview(item(), DeliveryPart.FILE);
        assertTrue(file.subject().startsWith("【クライアント証明書】山田 太郎 様"), file.subject());
        assertEquals("証明書_山田 太郎.p12", file.attachmentName());
        assertEquals("UTF-8", file.charset());
    }

    @Test
    void fileNameTemplateWithUnknownPlaceholderIsRefused() throws Exception {
        DeliverySettings settings = DeliverySettings.builder(SmtpSettings.of("127.0.0.1", 25, SmtpSecurity.NONE_LOOPBACK_ONLY),
                "admin@corp.example.jp").fileNameTemplate("{{serial}}.p12").build();
        DeliveryEngine engine = new DeliveryEngine(settings, SqliteDeliveryLedger.open(dir.resolve("w2.db"), time),
                DeliveryAudit.none(), time, time);
        DeliveryException e = assertThrows(DeliveryException.class, () -> engine.preview(item(), DeliveryPart.FILE));
        assertEquals(ErrorCode.DELIVERY_TEMPLATE_INVALID, e.code());
        assertTrue(e.getMessage().contains("{{serial}}"), e.getMessage());
    }
}
