package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.internal.secrets.KdfParameters;
import io.certdesk.workspace.internal.secrets.KeyDerivation;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only files, the passphrase, encryption at rest and a canary secret that must never reach the disk. */
class SecurityTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        pki = new TestCertificates();
        portal = new FakePortal();
        fixture = new Fixture(pki, portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void everyFolderAndFileIsOwnerOnlyFromCreation() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace workspace = fixture.create(folder, clock)) {
            workspace.importEntries(fixture.issue(1, 2));
            workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
            List<String> problems = new ArrayList<>();
            try (Stream<Path> all = Files.walk(folder)) {
                all.forEach(p -> {
                    try {
                        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                        boolean nativeLibrary = p.getParent().getFileName().toString().equals(".native");
                        String wanted = Files.isDirectory(p) ? "rwx------" : "rw-------";
                        // sqlite-jdbc's unpacked library sits in the owner-only .native folder; its own mode is the umask's
                        if (!nativeLibrary && !perms.equals(wanted)) {
                            problems.add(folder.relativize(p) + " " + perms);
                        }
                    } catch (IOException e) {
                        problems.add(p + " " + e);
                    }
                });
            }
            assertTrue(Files.exists(folder.resolve("workspace.db-wal")), "WAL journal in use");
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void aWrongPassphraseIsAClearErrorAndOpensNothing() throws Exception {
        Path folder = dir.resolve("ws");
        fixture.create(folder, clock).close();
        WorkspaceException wrong = assertThrows(WorkspaceException.class,
                () -> Workspaces.open(folder, "not the passphrase".toCharArray(), clock));
        assertEquals(ErrorCode.STORE_WRONG_PASSPHRASE, wrong.code());
        assertTrue(wrong.getMessage().startsWith("Wrong passphrase for the workspace " + folder), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("not the passphrase"));
        Fixture.open(folder, clock).close();
        WorkspaceException missing = assertThrows(WorkspaceException.class,
                () -> Workspaces.open(dir.resolve("nothing"), Fixture.PASSPHRASE.toCharArray(), clock));
        assertEquals(ErrorCode.STORE_CANNOT_OPEN, missing.code());
    }

    @Test
    void aWorkspaceIsOpenInOneProcessAtATime() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace workspace = fixture.create(folder, clock)) {
            WorkspaceException inUse = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock));
            assertEquals(ErrorCode.STORE_CANNOT_OPEN, inUse.code());
            assertTrue(inUse.getMessage().contains("another CertDesk"), inUse.getMessage());
        }
        Fixture.open(folder, clock).close();
    }

    @Test
    void aSecretCopiedToAnotherEntryDoesNotDecrypt() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace workspace = fixture.create(folder, clock)) {
            workspace.importEntries(fixture.issue(11, 12));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
                Statement s = c.createStatement()) {
            s.execute("UPDATE secrets SET nonce = (SELECT nonce FROM secrets WHERE owner = 'entry:2'),"
                    + " ciphertext = (SELECT ciphertext FROM secrets WHERE owner = 'entry:2') WHERE owner = 'entry:1'");
        }
        try (Workspace workspace = Fixture.open(folder, clock)) {
            RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
            assertEquals(1, summary.counts().failed(), "entry 1's swapped secret is refused");
            assertEquals(EntryState.EXPORTED, workspace.entry(2).state());
        }
    }

    @Test
    void aCanarySecretNeverAppearsOnDiskOutsideTheEncryptedStore() throws Exception {
        String retrievalCanary = "CANARY-retrieval-9f81c2e7";
        String smtpCanary = "CANARY-smtp-a41d77b0";
        Path folder = dir.resolve("ws");
        Path out = dir.resolve("out");
        List<String> exportPasswords = new ArrayList<>();
        try (Workspace workspace = fixture.create(folder, clock)) {
            workspace.importEntries(List.of(fixture.issueAs("K0000001", "CN=Canary,O=Test Corp,C=JP", Fixture.NOT_BEFORE,
                    Fixture.NOT_AFTER, retrievalCanary)));
            workspace.storeSecret("smtp.password", smtpCanary.toCharArray());
            assertEquals(smtpCanary, new String(workspace.secret("smtp.password").orElseThrow()));
            RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
            assertTrue(summary.complete(), summary.toString());
            exportPasswords.add(new String(workspace.exportPassword(1)));
            workspace.copyExports(out);
            workspace.exportAudit(dir.resolve("audit.csv"));
            assertNowhere(List.of(folder, out, dir.resolve("audit.csv")), retrievalCanary, smtpCanary, exportPasswords.get(0));
        }
        assertNowhere(List.of(folder, out, dir.resolve("audit.csv")), retrievalCanary, smtpCanary, exportPasswords.get(0));
        assertTrue(Files.size(folder.resolve("workspace.db")) > 0);
    }

    private static void assertNowhere(List<Path> roots, String... secrets) throws IOException {
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    byte[] data = Files.readAllBytes(file);
                    for (String secret : secrets) {
                        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                            assertFalse(contains(data, secret.getBytes(charset)), file + " holds a secret (" + charset + ")");
                        }
                    }
                }
            }
        }
    }

    private static boolean contains(byte[] data, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void keyDerivationCostIsDeliberate() {
        char[] passphrase = Fixture.PASSPHRASE.toCharArray();
        byte[] salt = new byte[16];
        KeyDerivation.derive(passphrase, salt, KdfParameters.DEFAULT);
        long start = System.nanoTime();
        byte[] key = KeyDerivation.derive(passphrase, salt, KdfParameters.DEFAULT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Argon2id m=" + KdfParameters.DEFAULT.memoryKiB() + " KiB t=" + KdfParameters.DEFAULT.iterations()
                + " p=" + KdfParameters.DEFAULT.parallelism() + ": " + millis + " ms");
        assertEquals(32, key.length);
        assertEquals(Map.of(), Map.of());
        assertThrows(IllegalArgumentException.class, () -> new KdfParameters(1024, 1, 1), "weak parameters refused");
    }
}
