package io.certdesk.cli.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import io.certdesk.workspace.testing.TestCertificates;
import io.certdesk.workspace.Workspaces;
import picocli.CommandLine;

/** {@code certdesk smtp-password} stores the SMTP password encrypted: readable through the workspace, nowhere in clear. */
class SmtpPasswordCommandTest {

    private static final String PASSPHRASE = "correct horse battery staple 7";
    private static final String CANARY = "Smtp-Canary-4f1e9Q";

    @TempDir
    Path temp;

    @Test
    void storesThePasswordEncryptedInTheWorkspace() throws Exception {
        Path folder = temp.resolve("ws");
        Workspaces.create(folder, PASSPHRASE.toCharArray(), WorkspaceSettings.defaults()
                .withTrust(WorkspaceTrust.trusting(List.of(new TestCertificates().root))), Clock.systemUTC()).close();
        Files.writeString(temp.resolve("passphrase.txt"), PASSPHRASE + "\n");
        Files.writeString(temp.resolve("smtp.txt"), CANARY + "\r\nsecond line is ignored\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new SmtpPasswordCommand(JobServices.create(RosterReaders.create(), Pkcs12Engines.create())));
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute("--workspace", folder.toString(), "--passphrase-file",
                temp.resolve("passphrase.txt").toString(), "--password-file", temp.resolve("smtp.txt").toString());

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().contains("stored, encrypted"), out::toString);
        try (Workspace opened = Workspaces.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            assertArrayEquals(CANARY.toCharArray(), opened.secret(JobService.SMTP_PASSWORD_SECRET).orElseThrow());
        }
        byte[] canary = CANARY.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(Files.readAllBytes(file), canary), "the SMTP password is in clear in " + file);
            }
        }
        assertFalse(out.toString().contains(CANARY) || err.toString().contains(CANARY));
    }

    @Test
    void withoutAFileOrATerminalItIsAUsageError() throws Exception {
        Path folder = temp.resolve("ws2");
        Workspaces.create(folder, PASSPHRASE.toCharArray(), WorkspaceSettings.defaults()
                .withTrust(WorkspaceTrust.trusting(List.of(new TestCertificates().root))), Clock.systemUTC()).close();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new SmtpPasswordCommand(JobServices.create(RosterReaders.create(), Pkcs12Engines.create())));
        line.setErr(new PrintWriter(err));
        assertEquals(2, line.execute("--workspace", folder.toString()), err::toString);
        assertTrue(err.toString().contains("--password-file"), err::toString);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
