package io.certdesk.cli.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.ResourceBundle;

import io.certdesk.cli.internal.fetch.ErrorsCommand;
import io.certdesk.cli.internal.fetch.FetchCommand;
import io.certdesk.portal.client.testing.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code certdesk fetch} against a running portal, and {@code certdesk errors}. */
class CommandsTest {

    @TempDir
    static Path dir;
    static TestPortal portal;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.start(dir, "FETCH", 2);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @CommandLine.Command(name = "certdesk")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    private int run(Object command, String... args) {
        CommandLine root = new CommandLine(new Root());
        CommandLine sub = new CommandLine(command);
        sub.setResourceBundle(ResourceBundle.getBundle("io.certdesk.cli.internal.fetch.help", Locale.ENGLISH));
        root.addSubcommand(sub);
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = sub.getCommandName();
        System.arraycopy(args, 0, all, 1, args.length);
        return root.execute(all);
    }

    private Path passwordFile(int index) throws Exception {
        Path file = dir.resolve("password-" + index + ".txt");
        Files.writeString(file, new String(portal.issued.get(index).retrievalPassword()) + "\n");
        return file;
    }

    @Test
    void fetchSavesTheCertificateOwnerOnlyAndNeverOverwrites() throws Exception {
        Path out1 = dir.resolve("user0.p12");
        assertEquals(0, run(new FetchCommand(), "--profile", portal.folder.clientProfile().toString(), "--group", "FETCH",
                "--number", portal.issued.get(0).certificateNumber(), "--password-file", passwordFile(0).toString(),
                "--out", out1.toString()), err.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out1)));
        assertEquals(portal.issued.get(0).certificate(), portal.openLeaf(Files.readAllBytes(out1), 0));
        assertTrue(out.toString().contains("saved " + out1), out.toString());
        assertTrue(out.toString().contains("re-download until"), out.toString());
        byte[] before = Files.readAllBytes(out1);
        assertEquals(1, run(new FetchCommand(), "--profile", portal.folder.clientProfile().toString(), "--group", "FETCH",
                "--number", portal.issued.get(0).certificateNumber(), "--password-file", passwordFile(0).toString(),
                "--out", out1.toString()));
        assertTrue(err.toString().contains("[303]"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(out1));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void fetchFailurePrintsCodeCauseAndRemedyAndWritesNothing() throws Exception {
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "Not-The-Password\n");
        Path target = dir.resolve("never.p12");
        assertEquals(1, run(new FetchCommand(), "--profile", portal.folder.clientProfile().toString(), "--group", "FETCH",
                "--number", portal.issued.get(1).certificateNumber(), "--password-file", wrong.toString(), "--out",
                target.toString()));
        String text = err.toString();
        assertTrue(text.contains("FETCH/" + portal.issued.get(1).certificateNumber() + ": [501]"), text);
        assertTrue(text.contains("What to do:"), text);
        assertFalse(text.contains("Not-The-Password"), text);
        assertFalse(Files.exists(target));
    }

    @Test
    void fetchNamesAMissingPasswordFile() {
        assertEquals(1, run(new FetchCommand(), "--profile", portal.folder.clientProfile().toString(), "--group", "FETCH",
                "--number", "1", "--password-file", dir.resolve("none.txt").toString(), "--out", dir.resolve("x.p12").toString()));
        assertTrue(err.toString().contains("[304]") && err.toString().contains("none.txt"), err.toString());
    }

    @Test
    void proxyCredentialsWithoutAProxyAreAUsageError() {
        assertEquals(2, run(new FetchCommand(), "--group", "G", "--number", "1", "--password-file", "p", "--out", "o",
                "--proxy-user", "u", "--proxy-password-file", "f"));
    }

    @Test
    void errorsListsTheCatalogue() {
        assertEquals(0, run(new ErrorsCommand(), "--lang", "en"));
        String text = out.toString();
        for (String expected : new String[] { "Communication (1xx)", " 104  Sending the request failed.", "PKCS#12 (2xx)",
                " 501  The portal reports: authentication failed.", " 990", "1103" }) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void errorsExplainsOneCodeInJapanese() {
        assertEquals(0, run(new ErrorsCommand(), "502", "--lang", "ja"));
        String text = out.toString();
        assertTrue(text.contains("PORTAL_NOT_AVAILABLE"), text);
        assertTrue(text.contains("\u539f\u56e0: "), text);
        assertTrue(text.contains("24 \u6642\u9593"), text);
    }

    @Test
    void errorsRefusesAnUnknownCode() {
        assertEquals(2, run(new ErrorsCommand(), "777"));
        assertTrue(err.toString().contains("777"), err.toString());
    }

    @Test
    void errorsHelpDescribesTheCodeParameter() {
        assertEquals(0, run(new ErrorsCommand(), "--help"));
        assertTrue(out.toString().contains("An error code, e.g. 104 or 501."), out.toString());
    }

    @Test
    void helpTextsAreThere() {
        assertEquals(0, run(new FetchCommand(), "--help"));
        assertTrue(out.toString().contains("A file holding the retrieval password"), out.toString());
    }
}
