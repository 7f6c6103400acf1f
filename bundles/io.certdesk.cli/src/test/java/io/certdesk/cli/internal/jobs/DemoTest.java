package io.certdesk.cli.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Passphrase;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.Workspaces;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import picocli.CommandLine;

/** The demo end to end on loopback: portal over HTTPS, workspace, export, mails into the outbox, result workbook. */
class DemoTest {

    private static final JobService JOBS = JobServices.create(RosterReaders.create(), Pkcs12Engines.create());

    @TempDir
    Path temp;

    @Test
    void demoDeliversEveryEntryThroughTwoMails() throws Exception {
        Path folder = temp.resolve("demo");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new DemoCommand(JOBS, JobServices.demo(JOBS)));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute("--users", "5", "--out", folder.toString());
        System.out.println(out);
        assertEquals(0, exit, err.toString());
        assertEquals("rwx------", Files.getPosixFilePermissions(folder).stream().count() == 3 ? "rwx------" : "other");
        Path passphraseFile = folder.resolve("workspace-passphrase.txt");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(passphraseFile)));

        List<Path> mails;
        try (Stream<Path> files = Files.list(folder.resolve("workspace/outbox"))) {
            mails = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
        assertEquals(10, mails.size());

        char[] passphrase = Passphrase.standard(passphraseFile).read();
        Map<String, String> passwordsByNumber = new HashMap<>();
        List<Entry> entries;
        try (Workspace workspace = Workspaces.open(folder.resolve("workspace"), passphrase, Clock.systemUTC())) {
            entries = workspace.entries();
            for (Entry entry : entries) {
                passwordsByNumber.put(entry.certificateNumber(), new String(workspace.exportPassword(entry.id())));
            }
        }
        assertEquals(5, entries.size());
        entries.forEach(e -> assertEquals(EntryState.DONE, e.state(), e.toString()));

        Session session = Session.getInstance(new Properties());
        int fileMails = 0;
        int opened = 0;
        for (Path mail : mails) {
            byte[] raw = Files.readAllBytes(mail);
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            String contentType = message.getContentType();
            if (contentType.toLowerCase().startsWith("multipart/")) {
                fileMails++;
                MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(message.getRawInputStream(), contentType));
                StringBuilder text = new StringBuilder(new String(raw, StandardCharsets.ISO_8859_1));
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    try (InputStream in = part.getInputStream()) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                for (String password : passwordsByNumber.values()) {
                    assertFalse(text.toString().contains(password), "a file mail carries a password: " + mail);
                }
            } else {
                String body;
                try (InputStream in = message.getInputStream()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String number = passwordsByNumber.keySet().stream().filter(body::contains).findFirst().orElseThrow();
                Path exported = folder.resolve("exported").resolve(number + ".p12");
                boolean found = false;
                for (String token : body.split("[\\s\u3000\u300c\u300d:\uff1a]+")) {
                    if (opens(exported, token)) {
                        found = true;
                        break;
                    }
                }
                assertTrue(found, "no password in " + mail + " opens " + exported);
                opened++;
            }
        }
        assertEquals(5, fileMails);
        assertEquals(5, opened);

        try (InputStream in = Files.newInputStream(folder.resolve("result.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int rows = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null) {
                    rows++;
                }
            }
            assertEquals(5, rows);
        }
        assertNotNull(out.toString());
    }

    private static boolean opens(Path file, String token) {
        if (token.isBlank()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore.getInstance("PKCS12").load(in, token.toCharArray());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
