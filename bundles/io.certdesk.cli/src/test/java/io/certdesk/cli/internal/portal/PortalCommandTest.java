package io.certdesk.cli.internal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;

import io.certdesk.cli.internal.portal.PortalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PortalCommandTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Stands for the product's root command, so help keys are qualified as in the product. */
    @CommandLine.Command(name = "certdesk")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    private int run(String... args) {
        CommandLine line = new CommandLine(new Root());
        CommandLine portal = new CommandLine(new PortalCommand());
        portal.setResourceBundle(ResourceBundle.getBundle("io.certdesk.cli.internal.portal.help", java.util.Locale.ENGLISH));
        line.addSubcommand(portal);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "portal";
        System.arraycopy(args, 0, all, 1, args.length);
        return line.execute(all);
    }

    @Test
    void provisionWritesTheRosterWhereAsked() throws Exception {
        Path roster = dir.resolve("out/roster.xlsx");
        assertEquals(0, run("provision", "--data", dir.resolve("data").toString(), "--group", "CLI-1", "--count", "2",
                "--roster", roster.toString(), "--locale", "en", "--chain", "intermediate"), err.toString());
        assertTrue(Files.size(roster) > 1000);
        assertTrue(out.toString().contains("Issued 2 certificates for group CLI-1"), out.toString());
        assertTrue(out.toString().contains("chain: intermediate"), out.toString());
    }

    @Test
    void provisionWithoutCountOrRenewIsAUsageError() {
        assertEquals(2, run("provision", "--data", dir.toString(), "--group", "G"));
        assertTrue(err.toString().contains("--count"), err.toString());
    }

    @Test
    void serveRunsOnAFreePortAndStopsAfterTheGivenTime() {
        assertEquals(0, run("provision", "--data", dir.resolve("d").toString(), "--group", "SRV", "--count", "1",
                "--repository-url", "http://127.0.0.1:" + freePort() + "/repository/"));
        long start = System.nanoTime();
        assertEquals(0, run("serve", "--data", dir.resolve("d").toString(), "--port", "0", "--stop-after", "1",
                "--clock-offset", "25h"), err.toString());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 15_000);
        assertTrue(out.toString().contains("Reference portal serving at https://127.0.0.1:"), out.toString());
        assertTrue(out.toString().contains("Portal clock offset: PT25H"), out.toString());
        assertTrue(out.toString().contains("Reference portal stopped."), out.toString());
    }

    @Test
    void helpIsLocalised() {
        assertEquals(0, run("provision", "--help"));
        assertTrue(out.toString().contains("retrieval password"), out.toString());
        assertTrue(out.toString().contains("The group ID (A-Z, 0-9, hyphen; up to 32)."), out.toString());
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
