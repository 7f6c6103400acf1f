package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference portal and the download client inside the built product: {@code portal provision}, {@code portal
 * serve} in a process of its own (HTTPS on loopback), and {@code fetch} with the right and a wrong password.
 */
class PortalCommandsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static Path script;
    private static Path dir;
    private static Process portal;
    private static List<String> firstUser;

    @BeforeAll
    static void provisionAndServe() throws Exception {
        script = Products.linuxScript();
        dir = Products.work().resolve("portal");
        if (Files.exists(dir)) {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
        }
        Files.createDirectories(dir);
        int repositoryPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            repositoryPort = free.getLocalPort(); // the CA repository's port is written into the certificates (AIA)
        }
        CommandResult provision = certdesk("portal", "provision", "--data", dir.resolve("data").toString(), "--group",
                "G0012345", "--count", "3", "--roster", dir.resolve("roster.csv").toString(), "--locale", "en",
                "--repository-url", "http://127.0.0.1:" + repositoryPort + "/repository/");
        assertEquals(0, provision.exit(), provision::toString);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("roster.csv"))));
        List<String> lines = Files.readAllLines(dir.resolve("roster.csv"), StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "header and 3 users: " + lines);
        firstUser = List.of(lines.get(1).split(","));

        Path log = dir.resolve("serve.log");
        portal = new ProcessBuilder(script.toString(), "portal", "serve", "--data", dir.resolve("data").toString(),
                "--port", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !Files.readString(log).contains("serving at https://127.0.0.1:")) {
            assertTrue(portal.isAlive(), () -> "the portal stopped: " + read(log));
            Thread.sleep(200);
        }
        assertTrue(Files.readString(log).contains("serving at https://127.0.0.1:"), () -> read(log));
    }

    @AfterAll
    static void stopPortal() throws Exception {
        if (portal != null) {
            portal.destroy();
            portal.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static CommandResult certdesk(String... args) throws Exception {
        return CommandResult.run(TIMEOUT, env -> env.remove("DISPLAY"),
                CommandResult.command(script, args).toArray(String[]::new));
    }

    /** Column of the roster by its English header. */
    private static String column(String header) throws Exception {
        List<String> headers = List.of(Files.readAllLines(dir.resolve("roster.csv"), StandardCharsets.UTF_8).get(0)
                .replace("\uFEFF", "").split(","));
        int index = headers.indexOf(header);
        assertTrue(index >= 0, "no column " + header + " in " + headers);
        return firstUser.get(index);
    }

    private static CommandResult fetch(String password, String out) throws Exception {
        Path passwordFile = dir.resolve(out + ".pw");
        Files.writeString(passwordFile, password + "\n");
        return certdesk("fetch", "--profile", dir.resolve("data/client-profile.properties").toString(), "--group",
                column("Group ID"), "--number", column("Certificate number"), "--password-file",
                passwordFile.toString(), "--out", dir.resolve(out).toString());
    }

    @Test
    void fetchDownloadsOverHttpsAndStoresOwnerOnly() throws Exception {
        String password = column("Retrieval password");
        CommandResult result = fetch(password, "user1.p12");
        assertEquals(0, result.exit(), result::toString);
        Path file = dir.resolve("user1.p12");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        CommandResult unanchored = certdesk("p12", "inspect", file.toString(), "--password-file",
                dir.resolve("user1.p12.pw").toString());
        assertEquals(0, unanchored.exit(), unanchored::toString);
        assertTrue(unanchored.out().contains("Verification: not verified: no trust anchor"), unanchored::toString);
        CommandResult inspect = certdesk("p12", "inspect", file.toString(), "--password-file",
                dir.resolve("user1.p12.pw").toString(), "--trust", dir.resolve("data/ca/root.pem").toString());
        assertEquals(0, inspect.exit(), inspect::toString);
        assertTrue(inspect.out().contains("Verification: passed"), inspect::toString);
        assertFalse(result.out().contains(password) || result.err().contains(password), "the password was printed");
    }

    @Test
    void wrongPasswordIsPortalCode501AndWritesNothing() throws Exception {
        CommandResult result = fetch("Wrong-Password-1", "never.p12");
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("501"), result::toString);
        assertFalse(Files.exists(dir.resolve("never.p12")));
        assertNotNull(result.err());
    }
}
