package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.internal.audit.AuditChain;
import io.certdesk.workspace.internal.db.Schema;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.OlderStores;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log is tamper-evident against someone who holds the files but not the passphrase: every record
 * carries an HMAC under a key derived from the workspace key and the head (count and last MAC) is sealed, so
 * what the SHA-256 chain alone cannot show is found when the workspace opens and by verification, and named.
 */
class AuditSealTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;
    Path folder;
    long records;

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

    @BeforeEach
    void workspaceWithHistory() throws Exception {
        folder = dir.resolve("ws");
        try (Workspace workspace = fixture.create(folder, clock)) {
            workspace.importEntries(fixture.issue(1, 3));
            workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
            records = workspace.auditRecords().size();
            assertTrue(workspace.verifyAudit().intact());
        }
        assertTrue(records > 10, Long.toString(records));
    }

    @Test
    void cuttingOffTheEndWithEverythingThatRefersToItIsFound() throws Exception {
        long keep = records - 4;
        sql("DELETE FROM transitions WHERE audit_seq > " + keep, "DELETE FROM audit WHERE seq > " + keep);
        AuditVerification verification = refusedThenVerified();
        assertEquals(Optional.of(keep + 1), verification.firstBadSequence(), verification.toString());
        assertTrue(verification.problem().orElseThrow().contains("cut off"), verification.toString());
        assertTrue(verification.problem().orElseThrow().contains(Long.toString(records)), verification.toString());
    }

    @Test
    void rewritingARecordAndRecomputingEveryHashAfterItIsFound() throws Exception {
        List<AuditRecord> before;
        try (Workspace workspace = Fixture.open(folder, clock)) {
            before = workspace.auditRecords();
        }
        long target = 4;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            dropTriggers(s);
            String previous = before.get((int) target - 2).hash();
            for (AuditRecord r : before.subList((int) target - 1, before.size())) {
                String detail = r.sequence() == target ? "nothing happened here" : r.detail();
                String hash = AuditChain.hash(r.sequence(), r.at(), r.actor(), r.action(), r.entryId(), r.certificateNumber(),
                        r.fingerprint(), detail, previous);
                try (PreparedStatement u = c.prepareStatement("UPDATE audit SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                    u.setString(1, detail);
                    u.setString(2, previous);
                    u.setString(3, hash);
                    u.setLong(4, r.sequence());
                    u.executeUpdate();
                }
                previous = hash;
            }
            restoreTriggers(s);
        }
        AuditVerification verification = refusedThenVerified();
        assertEquals(Optional.of(target), verification.firstBadSequence(), verification.toString());
        assertTrue(verification.problem().orElseThrow().contains("rewritten"), verification.toString());
    }

    @Test
    void droppedTriggersAreFoundAndNamed() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            dropTriggers(s);
        }
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock));
        assertTrue(refused.getMessage().startsWith("The audit log is broken: The append-only triggers"), refused.getMessage());
        AuditVerification verification = refusedThenVerified();
        assertEquals(Optional.empty(), verification.firstBadSequence());
        for (String trigger : Schema.AUDIT_TRIGGERS.keySet()) {
            assertTrue(verification.problem().orElseThrow().contains(trigger), verification.toString());
        }
    }

    @Test
    void aWeakenedTriggerIsFoundToo() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_append_only_delete");
            s.execute("CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit WHEN 0 BEGIN SELECT 1; END");
        }
        AuditVerification verification = refusedThenVerified();
        assertTrue(verification.problem().orElseThrow().contains("audit_append_only_delete"), verification.toString());
    }

    @Test
    void anEditedOrMissingHeadIsFound() throws Exception {
        sql("UPDATE audit_head SET count = count - 1");
        assertTrue(refusedThenVerified().problem().orElseThrow().contains("does not match its seal"));
        sql("DELETE FROM audit_head");
        assertTrue(refusedThenVerified().problem().orElseThrow().contains("is missing"));
    }

    @Test
    void theActorIsTheProcessOwnerNotAJvmProperty() throws Exception {
        String original = System.getProperty("user.name");
        Path other = dir.resolve("other");
        try {
            System.setProperty("user.name", "mallory");
            try (Workspace workspace = fixture.create(other, clock)) {
                workspace.audit("note", Optional.empty(), "who am I");
                for (AuditRecord r : workspace.auditRecords()) {
                    assertNotEquals("mallory", r.actor(), r.toString());
                    assertEquals(ProcessHandle.current().info().user().orElse("?"), r.actor());
                }
            }
        } finally {
            System.setProperty("user.name", original);
        }
    }

    @Test
    void aWorkspaceFromBeforeSealingIsSealedOnItsFirstOpen() throws Exception {
        makeLegacy();
        try (Workspace workspace = Fixture.open(folder, clock)) {
            List<AuditRecord> all = workspace.auditRecords();
            assertEquals("audit.sealed", all.get(all.size() - 1).action());
            assertEquals(records + 1, all.size());
            assertTrue(workspace.verifyAudit().intact());
        }
        assertTrue(Files.readString(folder.resolve("workspace.properties"), StandardCharsets.ISO_8859_1).contains("format=2"));
        sql("UPDATE audit_head SET count = count - 1");
        assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock), "sealed from then on");
    }

    @Test
    void aWorkspaceFromBeforeSealingWithABrokenChainIsNotSealed() throws Exception {
        makeLegacy();
        sql("UPDATE audit SET detail = 'edited' WHERE seq = 3");
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock));
        assertEquals(ErrorCode.STORE_AUDIT_BROKEN, refused.code());
        assertTrue(refused.getMessage().startsWith("The audit log is broken from record 3: "), refused.getMessage());
    }

    @Test
    void aSealedWorkspaceCannotBePassedOffAsAnOlderOne() throws Exception {
        Path header = folder.resolve("workspace.properties");
        Files.writeString(header, Files.readString(header, StandardCharsets.ISO_8859_1).replace("format=2", "format=1"),
                StandardCharsets.ISO_8859_1);
        sql("DELETE FROM audit_head");
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock));
        assertEquals(ErrorCode.STORE_WRONG_PASSPHRASE, refused.code(), "the format-2 key check covers the format");
    }

    /** A format-1 header (key check over nothing) and a schema-1 store (no MACs, no head), as written before. */
    private void makeLegacy() throws Exception {
        Path header = folder.resolve("workspace.properties");
        var p = new java.util.Properties();
        try (var in = Files.newInputStream(header)) {
            p.load(in);
        }
        byte[] salt = java.util.Base64.getDecoder().decode(p.getProperty("kdf.salt"));
        var kdf = new io.certdesk.workspace.internal.secrets.KdfParameters(Integer.parseInt(p.getProperty("kdf.memoryKiB")),
                Integer.parseInt(p.getProperty("kdf.iterations")), Integer.parseInt(p.getProperty("kdf.parallelism")));
        byte[] key = io.certdesk.workspace.internal.secrets.KeyDerivation.derive(Fixture.PASSPHRASE.toCharArray(), salt, kdf);
        try (var box = new io.certdesk.workspace.internal.secrets.SecretBox(key, p.getProperty("id"))) {
            var check = box.seal("workspace", "key-check", "CertDesk workspace key check v1".getBytes(StandardCharsets.US_ASCII));
            p.setProperty("format", "1");
            p.setProperty("keycheck.nonce", java.util.Base64.getEncoder().encodeToString(check.nonce()));
            p.setProperty("keycheck.ciphertext", java.util.Base64.getEncoder().encodeToString(check.ciphertext()));
        }
        try (var out = Files.newOutputStream(header)) {
            p.store(out, null);
        }
        sql(OlderStores.UNDO_VERSION_4.toArray(String[]::new));
        sql("DROP TABLE audit_head", "ALTER TABLE audit DROP COLUMN mac", "DROP TABLE delivery_ledger",
                "DELETE FROM schema_version WHERE version >= 2");
    }

    /** Opening is refused with STORE_AUDIT_BROKEN; the verification entry point says what was found. */
    private AuditVerification refusedThenVerified() throws Exception {
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock));
        assertEquals(ErrorCode.STORE_AUDIT_BROKEN, refused.code(), refused.getMessage());
        AuditVerification verification = Workspaces.verifyAudit(folder, Fixture.PASSPHRASE.toCharArray(), clock);
        assertFalse(verification.intact(), verification.toString());
        assertTrue(refused.getMessage().contains(verification.problem().orElseThrow()), refused.getMessage());
        return verification;
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            dropTriggers(s);
            for (String statement : statements) {
                s.execute(statement);
            }
            restoreTriggers(s);
        }
    }

    private static void dropTriggers(Statement s) throws SQLException {
        for (String name : Schema.AUDIT_TRIGGERS.keySet()) {
            s.execute("DROP TRIGGER IF EXISTS " + name);
        }
    }

    private static void restoreTriggers(Statement s) throws SQLException {
        for (String sql : Schema.AUDIT_TRIGGERS.values()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
    }
}
