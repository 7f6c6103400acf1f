package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.OlderStores;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roster imports are stored once (schema version 4): the header row and mapping live in {@code imports}, entries
 * point at it; a version 3 store, where every entry carried the header row in its extras and free-text channels
 * and profiles, is migrated on open.
 */
class RosterImportsTest {

    private static final String SEPARATOR = "\u001F";
    private static final List<String> HEADERS = List.of("グループID", "証明書番号", "取得パスワード", "氏名", "配布方法");

    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        portal = new FakePortal();
        fixture = new Fixture(new TestCertificates(), portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void anImportStoresItsHeaderRowOnceAndEveryEntryNamesIt() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace workspace = fixture.create(folder, clock)) {
            ImportSource source = new ImportSource("roster.xlsx", HEADERS, Map.of("groupId", 0, "certificateNumber", 1));
            List<Long> added = workspace.importEntries(source, fixture.issue(1, 3)).added();
            List<ImportRecord> imports = workspace.imports();
            assertEquals(1, imports.size());
            assertEquals(source, imports.get(0).source());
            assertEquals(clock.instant(), imports.get(0).importedAt());
            for (Entry entry : workspace.entries()) {
                assertEquals(Optional.of(imports.get(0).id()), entry.importId());
                assertEquals(Optional.of(DeliveryChannel.HANDOUT), entry.channel());
                assertFalse(entry.extras().values().stream().anyMatch(v -> v.contains("取得パスワード")), entry.extras().toString());
            }
            assertEquals(3, added.size());
            workspace.importEntries(fixture.issue(4, 4));
            assertEquals(Optional.empty(), workspace.entry(workspace.entries().get(3).id()).importId(),
                    "entries added without a roster name no import");
        }
        try (Connection c = connect(folder); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM entry_extras WHERE value LIKE '%証明書番号%'")) {
            assertEquals(0, rs.getInt(1), "the header row is not repeated per entry");
        }
    }

    @Test
    void aVersion3StoreIsMigratedOnOpen() throws Exception {
        Path folder = dir.resolve("v3");
        List<Long> ids;
        try (Workspace workspace = fixture.create(folder, clock)) {
            ids = workspace.importEntries(fixture.issue(11, 15)).added();
        }
        // Make it the store version 3 wrote: no imports, the header row in each entry's extras, free-text values.
        String firstRoster = String.join(SEPARATOR, HEADERS);
        String secondRoster = String.join(SEPARATOR, List.of("Group ID", "Certificate number", "Password", "Channel"));
        String[][] rows = { { firstRoster, "shared-folder", "legacy" }, { firstRoster, "EMAIL", "Modern" },
                { firstRoster, "", null }, { secondRoster, " handout ", "compat" }, { secondRoster, "fax", "ultra" } };
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            OlderStores.undoVersion4(s);
            try (PreparedStatement extra = c.prepareStatement(
                    "INSERT INTO entry_extras (entry_id, name, value) VALUES (?, 'certdesk.headers', ?)");
                    PreparedStatement values = c.prepareStatement(
                            "UPDATE entries SET channel = ?, export_profile = ? WHERE id = ?")) {
                for (int i = 0; i < rows.length; i++) {
                    extra.setLong(1, ids.get(i));
                    extra.setString(2, rows[i][0]);
                    extra.executeUpdate();
                    values.setString(1, rows[i][1]);
                    values.setString(2, rows[i][2]);
                    values.setLong(3, ids.get(i));
                    values.executeUpdate();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                assertEquals(3, rs.getInt(1));
            }
        }

        try (Workspace workspace = Fixture.open(folder, clock)) {
            List<ImportRecord> imports = workspace.imports();
            assertEquals(2, imports.size(), "one import per distinct header row");
            assertEquals(HEADERS, imports.get(0).source().headers());
            assertEquals(List.of("Group ID", "Certificate number", "Password", "Channel"), imports.get(1).source().headers());
            List<Entry> entries = workspace.entries();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                assertEquals(Optional.of(imports.get(i < 3 ? 0 : 1).id()), entry.importId(), entry.toString());
                assertFalse(entry.extras().containsKey("certdesk.headers"), entry.extras().toString());
            }
            assertEquals(Optional.of(DeliveryChannel.MANUAL), entries.get(0).channel(), "version 3 read other text as manual");
            assertEquals(Optional.empty(), entries.get(0).exportProfile(), "version 3 used the default for unknown profiles");
            assertEquals(Optional.of(DeliveryChannel.MAIL), entries.get(1).channel());
            assertEquals(Optional.of(ExportProfile.MODERN), entries.get(1).exportProfile());
            assertEquals(Optional.empty(), entries.get(2).channel());
            assertEquals(Optional.empty(), entries.get(2).exportProfile());
            assertEquals(Optional.of(DeliveryChannel.HANDOUT), entries.get(3).channel());
            assertEquals(Optional.of(ExportProfile.COMPAT), entries.get(3).exportProfile());
            assertEquals(Optional.of(DeliveryChannel.MANUAL), entries.get(4).channel());
            assertTrue(workspace.verifyAudit().intact(), "the migration leaves the audit log as it was");
        }
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                assertEquals(io.certdesk.workspace.internal.db.Schema.CURRENT, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM entry_extras WHERE name = 'certdesk.headers'")) {
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT channel FROM entries ORDER BY channel")) {
                StringBuilder channels = new StringBuilder();
                while (rs.next()) {
                    channels.append('[').append(rs.getString(1)).append(']');
                }
                assertEquals("[][handout][mail][manual]", channels.toString(), "only channel ids are stored");
            }
        }
    }

    private static Connection connect(Path folder) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
    }
}
