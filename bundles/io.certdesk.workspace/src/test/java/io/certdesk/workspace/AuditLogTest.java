package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.internal.audit.AuditCsv;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hash-chained audit log: what it records, that any edit is found, and its CSV export. */
class AuditLogTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;
    Path folder;

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
        }
    }

    @Test
    void severalRecordsAreAppendedInTheirOrderAllOrNone() throws Exception {
        try (Workspace workspace = Fixture.open(folder, clock)) {
            long id = workspace.entries().get(0).id();
            int before = workspace.auditRecords().size();
            workspace.audit(List.of(new AuditNote("test.first", Optional.of(Long.valueOf(id)), "one"),
                    new AuditNote("test.second", Optional.empty(), "two"),
                    new AuditNote("test.third", Optional.of(Long.valueOf(id)), "three")));
            List<AuditRecord> records = workspace.auditRecords();
            assertEquals(before + 3, records.size());
            assertEquals(List.of("test.first", "test.second", "test.third"),
                    records.subList(before, before + 3).stream().map(AuditRecord::action).toList());
            assertEquals(workspace.entry(id).certificateNumber(), records.get(before).certificateNumber());
            assertEquals("", records.get(before + 1).certificateNumber());
            // an entry that does not exist: nothing of the group is appended
            assertThrows(WorkspaceException.class, () -> workspace.audit(List.of(
                    new AuditNote("test.fourth", Optional.empty(), "four"),
                    new AuditNote("test.fifth", Optional.of(Long.valueOf(999_999)), "five"))));
            assertEquals(before + 3, workspace.auditRecords().size());
            assertTrue(workspace.verifyAudit().intact());
        }
    }

    @Test
    void recordsWhoWhenWhatWhichEntryNumberAndFingerprint() throws Exception {
        try (Workspace workspace = Fixture.open(folder, clock)) {
            List<AuditRecord> records = workspace.auditRecords();
            assertEquals("workspace.created", records.get(0).action());
            AuditRecord exported = records.stream().filter(r -> r.action().equals("entry.exported")).findFirst().orElseThrow();
            assertEquals(System.getProperty("user.name"), exported.actor());
            assertEquals(clock.instant(), exported.at());
            assertTrue(exported.entryId().isPresent());
            assertEquals(workspace.entry(exported.entryId().get()).certificateNumber(), exported.certificateNumber());
            assertEquals(workspace.entry(exported.entryId().get()).certificate().orElseThrow().sha256(), exported.fingerprint());
            AuditVerification verification = workspace.verifyAudit();
            assertTrue(verification.intact(), verification.toString());
            assertEquals(records.size(), verification.records());
            assertEquals(records.get(records.size() - 1).hash(), verification.headHash());
        }
    }

    @Test
    void theStoreRefusesUpdatesAndDeletesOfAuditRecords() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM audit WHERE seq = 2"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "edit a detail|UPDATE audit SET detail = 'nothing happened' WHERE seq = 5|5",
            "edit the user|UPDATE audit SET actor = 'mallory' WHERE seq = 3|3",
            "delete a record|DELETE FROM audit WHERE seq = 4|5",
            "swap two records|UPDATE audit SET seq = 1000 WHERE seq = 6; UPDATE audit SET seq = 6 WHERE seq = 7; UPDATE audit SET seq = 7 WHERE seq = 1000|6",
            "cut off the end|DELETE FROM audit WHERE seq > 8|9" })
    void anyChangeIsFoundAndTheFirstBadRecordNamed(String what, String sql, long firstBad) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_append_only_update");
            s.execute("DROP TRIGGER audit_append_only_delete");
            s.execute("PRAGMA foreign_keys = OFF");
            for (String statement : sql.split(";")) {
                s.execute(statement.trim());
            }
        }
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Fixture.open(folder, clock),
                "a broken log is found when the workspace opens: " + what);
        assertEquals(ErrorCode.STORE_AUDIT_BROKEN, refused.code(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("The audit log is broken from record " + firstBad + ": "), refused.getMessage());
        AuditVerification verification = Workspaces.verifyAudit(folder, Fixture.PASSPHRASE.toCharArray(), clock);
        assertFalse(verification.intact(), what);
        assertEquals(Optional.of(firstBad), verification.firstBadSequence(), what + ": " + verification.problem());
    }

    @Test
    void csvExportIsFormulaSafeAndHoldsNoSecret() throws Exception {
        Path csv = dir.resolve("audit.csv");
        try (Workspace workspace = Fixture.open(folder, clock)) {
            workspace.audit("note", Optional.empty(), "=HYPERLINK(\"http://x\")");
            workspace.exportAudit(csv);
            assertThrows(WorkspaceException.class, () -> workspace.exportAudit(csv), "never overwrites");
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsequence,time,user,action,entry,certificate_number,fingerprint_sha256,detail"), text);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), text);
        assertFalse(text.contains("Ret-"), "no retrieval password");
        assertEquals("'-1", AuditCsv.cell("-1"));
        assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
        assertEquals("'+1", AuditCsv.cell("+1"));
        assertEquals("\"'\tx\"".replace("\"", ""), AuditCsv.cell("\tx").replace("\"", ""));
        assertEquals("plain", AuditCsv.cell("plain"));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
    }
}
