package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.jobs.internal.DefaultDemoService;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail templates as the settings dialog edits them, on the demo's real entries: the defaults are read, an unknown
 * placeholder is found at its line, an edit is rendered on an entry without being saved, then saved into the
 * workspace's template folder and read back; without mail settings nothing is saved.
 */
class MailTemplatesTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path temp;

    @Test
    void editCheckPreviewAndSave() throws Exception {
        JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
        Path workspace;
        try (DemoSetup demo = new DefaultDemoService(jobs).start(1, temp.resolve("demo"), Locale.ENGLISH)) {
            WorkspaceSession session = demo.session();
            jobs.importRoster(session, demo.roster(), ImportOptions.defaults());
            assertTrue(jobs.run(session, RunOptions.all(), JobListener.NONE, new CancelToken()).complete());
            Entry entry = session.entries().get(0);
            Map<String, String> texts = jobs.mailTemplates(session);
            assertEquals(JobService.MAIL_TEMPLATES, java.util.List.copyOf(texts.keySet()));
            assertTrue(texts.get("file-mail.ja.txt").startsWith("Subject:"), texts.get("file-mail.ja.txt"));

            Map<String, String> broken = new HashMap<>(texts);
            String text = texts.get("file-mail.en.txt");
            broken.put("file-mail.en.txt", text.stripTrailing() + "\n{{nosuch}}\n");
            int line = (int) (text.stripTrailing() + "\n{{nosuch}}").lines().count();
            TemplatePreview wrong = jobs.previewMailTemplates(session, broken, OptionalLong.of(entry.id()),
                    DeliveryPart.FILE, Locale.ENGLISH);
            assertEquals(1, wrong.findings().size(), String.valueOf(wrong.findings()));
            assertEquals("file-mail.en.txt", wrong.findings().get(0).template());
            assertEquals(line, wrong.findings().get(0).line());
            assertTrue(wrong.findings().get(0).message().contains("{{nosuch}}"), wrong.findings().get(0).message());
            assertTrue(wrong.preview().isEmpty());

            Map<String, String> edited = new HashMap<>(texts);
            edited.put("password-mail.en.txt", texts.get("password-mail.en.txt").stripTrailing() + "\nSigned, the CertDesk team\n");
            TemplatePreview good = jobs.previewMailTemplates(session, edited, OptionalLong.of(entry.id()),
                    DeliveryPart.PASSWORD, Locale.ENGLISH);
            assertTrue(good.findings().isEmpty(), String.valueOf(good.findings()));
            String body = good.preview().orElseThrow().body();
            assertTrue(body.contains("Signed, the CertDesk team"), body);
            assertFalse(body.contains(new String(jobs.exportPassword(session, entry.id(), passphrase(demo)))), "masked");
            assertFalse(jobs.mailTemplates(session).get("password-mail.en.txt").contains("Signed"), "nothing saved yet");

            jobs.configureMailTemplates(session, edited);
            workspace = demo.workspace();
            assertTrue(Files.isRegularFile(workspace.resolve("templates/password-mail.en.txt")));
            assertTrue(jobs.mailTemplates(session).get("password-mail.en.txt").contains("Signed, the CertDesk team"));
            assertEquals(workspace.resolve("templates"),
                    jobs.configuration(session).mail().orElseThrow().settings().templateFolder().orElseThrow());
        }
    }

    private static char[] passphrase(DemoSetup demo) throws Exception {
        return Files.readAllLines(demo.passphraseFile()).get(0).strip().toCharArray();
    }

    @Test
    void withoutMailSettingsNothingIsSaved() throws Exception {
        JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());
        try (WorkspaceSession session = jobs.create(temp.resolve("ws"), PASSPHRASE, io.certdesk.workspace.WorkspaceSettings
                .defaults().withTrust(io.certdesk.workspace.WorkspaceTrust.pinning("00".repeat(32))))) {
            Map<String, String> texts = jobs.mailTemplates(session);
            assertEquals(4, texts.size());
            JobException refused = assertThrows(JobException.class, () -> jobs.configureMailTemplates(session, texts));
            assertEquals(ErrorCode.DELIVERY_SETTINGS_INVALID, refused.code());
        }
    }
}
