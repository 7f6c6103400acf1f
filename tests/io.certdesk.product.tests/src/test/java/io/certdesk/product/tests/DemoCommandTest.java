package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's main job, {@code certdesk demo}, in the built product without a display: portal over HTTPS on
 * loopback, workspace (SQLite native library inside OSGi), download, verify, export, delivery to the local mail
 * sink, result workbook, audit log.
 */
class DemoCommandTest {

    /**
     * The demo through the OSGi framework (CERTDESK_OSGI=1): Jakarta Mail finds its Angus providers only through SPI
     * Fly, which no start level starts; the application starts it before the command runs. Without it the file mail
     * fails ("no object DCH for MIME type multipart/mixed") and log4j-api finds no provider.
     */
    @Test
    void demoThroughTheFrameworkDeliversItsMails() throws Exception {
        Path script = Products.linuxScript();
        Path dir = freshFolder("demo-osgi");
        CommandResult result = CommandResult.run(Duration.ofMinutes(5), env -> {
            env.remove("DISPLAY");
            env.put("CERTDESK_OSGI", "1");
        }, "sh", "-c", "cd \"$0\" && exec \"$1\" demo --users 1 --out \"$0/run\"", dir.toString(), script.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Delivery: 2 sent"), result::toString);
        assertTrue(result.out().contains("Entries per state: done 1"), result::toString);
        assertFalse(result.err().contains("could not find a logging provider"), result::toString);
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(2, files.filter(p -> p.toString().endsWith(".eml")).count(), result::toString);
        }
    }

    @Test
    void demoRunsTheWholeJobHeadless() throws Exception {
        Path script = Products.linuxScript();
        Path dir = freshFolder("demo");
        CommandResult result = CommandResult.run(Duration.ofMinutes(5), env -> env.remove("DISPLAY"), "sh", "-c",
                "cd \"$0\" && exec \"$1\" demo --users 4 --out \"$0/run\"", dir.toString(), script.toString());
        System.out.printf("certdesk demo --users 4: %d ms%n", result.elapsed().toMillis());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Demo finished."), result::toString);
        assertTrue(result.out().contains("Entries per state: done 4"), result::toString);
        // without a terminal the progress library (wrapped into OSGi with JLine) prints plain lines, at most one a second
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("Batch ") && l.contains("4/4")), result::toString);
        assertTrue(!result.out().contains("\u001b["), "no escape codes without a terminal");

        List<Path> eml;
        try (Stream<Path> files = Files.walk(dir)) {
            eml = files.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertEquals(8, eml.size(), "a file mail and a password mail per user: " + eml);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> workbooks = files.filter(p -> p.getFileName().toString().equals("result.xlsx")).toList();
            assertEquals(1, workbooks.size(), result::toString);
        }
        Path workspace;
        try (Stream<Path> files = Files.walk(dir)) {
            workspace = files.filter(p -> p.getFileName().toString().equals("workspace.db")).findFirst()
                    .orElseThrow().getParent();
        }
        Path passphrase;
        try (Stream<Path> files = Files.walk(dir)) {
            passphrase = files.filter(p -> p.getFileName().toString().contains("passphrase")).findFirst().orElseThrow();
        }
        CommandResult audit = CommandResult.run(Duration.ofMinutes(2), env -> env.remove("DISPLAY"), script.toString(),
                "audit", "verify", "--workspace", workspace.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(0, audit.exit(), audit::toString);
        assertTrue(audit.out().contains("intact"), audit::toString);
        // state names in the user's language (before: "done 4" in the Japanese output too)
        CommandResult status = CommandResult.run(Duration.ofMinutes(2), env -> env.remove("DISPLAY"), script.toString(),
                "-nl", "ja", "status", "--workspace", workspace.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(0, status.exit(), status::toString);
        assertTrue(status.out().contains("\u5b8c\u4e86 4"), status::toString);
        assertTrue(!status.out().contains("done"), status::toString);
        CommandResult quiet = CommandResult.run(Duration.ofMinutes(2), env -> env.remove("DISPLAY"), script.toString(),
                "status", "--quiet", "--workspace", workspace.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(0, quiet.exit(), quiet::toString);
        assertEquals("", quiet.out(), quiet::toString);
        // four processes opened the workspace: SQLite's library was kept once, owner-only, not unpacked at each start
        List<Path> natives;
        try (Stream<Path> files = Files.walk(workspace.resolve(".native"))) {
            natives = files.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, natives.size(), natives::toString);
        Path kept = natives.get(0);
        assertTrue(kept.getParent().getFileName().toString().matches("3[.0-9]+"), natives::toString);
        assertEquals("libsqlitejdbc.so", kept.getFileName().toString());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(kept));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(kept.getParent()));
    }

    /** An empty folder of that name in the tests' work folder (what an earlier run left is removed). */
    private static Path freshFolder(String name) throws Exception {
        Path dir = Products.work().resolve(name);
        if (Files.exists(dir)) {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
        }
        return Files.createDirectories(dir);
    }
}
