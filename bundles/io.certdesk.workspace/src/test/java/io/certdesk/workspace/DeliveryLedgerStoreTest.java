package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.OlderStores;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery ledger as part of the workspace store: its table comes from the schema migrations (also converted
 * from the delivery engine's former table), it refers to entries by id, and settling DELIVERED and DONE is one
 * transaction.
 */
class DeliveryLedgerStoreTest {

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

    private static Connection connect(Path folder) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
    }

    @Test
    void theLedgerIsATableOfTheWorkspaceStoreThatRefersToEntries() throws Exception {
        Path folder = dir.resolve("ws");
        long id;
        try (Workspace workspace = fixture.create(folder, clock)) {
            id = workspace.importEntries(fixture.issue(1, 1)).added().get(0).longValue();
            DeliveryLedger ledger = workspace.deliveryLedger();
            ledger.recordIntent("<m@x>", id, DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
            DeliveryException unknownEntry = assertThrows(DeliveryException.class,
                    () -> ledger.recordIntent("<n@x>", id + 1000, DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp"));
            assertEquals(ErrorCode.DELIVERY_LEDGER_FAILED, unknownEntry.code());
            assertEquals(clock.instant(), ledger.find("<m@x>").orElseThrow().created());
        }
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT type FROM pragma_table_info('delivery_ledger') WHERE name = 'entry_id'")) {
                assertEquals("INTEGER", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT \"table\" FROM pragma_foreign_key_list('delivery_ledger')")) {
                assertEquals("entries", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT entry_id, typeof(entry_id), created_at FROM delivery_ledger")) {
                assertEquals(id, rs.getLong(1));
                assertEquals("integer", rs.getString(2));
                assertEquals(clock.millis(), rs.getLong(3));
            }
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                assertEquals(io.certdesk.workspace.internal.db.Schema.CURRENT, rs.getInt(1));
            }
        }
    }

    @Test
    void aWorkspaceWithTheFormerLedgerTableIsConvertedRowByRow() throws Exception {
        Path folder = dir.resolve("ws");
        long first;
        long second;
        try (Workspace workspace = fixture.create(folder, clock)) {
            List<Long> ids = workspace.importEntries(fixture.issue(1, 2)).added();
            first = ids.get(0).longValue();
            second = ids.get(1).longValue();
        }
        // Turn the store back into a version 2 workspace whose ledger the delivery engine created on its own.
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            OlderStores.undoVersion4(s);
            s.execute("DROP TABLE delivery_ledger");
            s.execute("DELETE FROM schema_version WHERE version = 3");
            s.execute("CREATE TABLE delivery_ledger (message_id TEXT PRIMARY KEY, entry_id TEXT NOT NULL, part TEXT NOT NULL, "
                    + "channel TEXT NOT NULL, recipient TEXT NOT NULL, state TEXT NOT NULL, "
                    + "error_code INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '', "
                    + "attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                    + "seq INTEGER NOT NULL)");
            s.execute("CREATE INDEX delivery_ledger_entry ON delivery_ledger (entry_id, part, seq)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_ledger VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[][] rows = {
                        { "<f1@x>", "e" + first, "FILE", "MAIL", "u1@x.jp", "ACCEPTED", 0, "250 ok", 1,
                                "2026-05-01T10:00:00.123456Z", "2026-05-01T10:00:01Z", 1 },
                        { "<p1@x>", "e" + first, "PASSWORD", "MAIL", "b@x.jp", "UNKNOWN", ErrorCode.DELIVERY_STATE_UNKNOWN.code(), "lost", 1,
                                "2026-05-01T10:00:02Z", "2026-05-01T10:00:03Z", 2 },
                        { "<handout.1@certdesk>", "e" + second, "PASSWORD", "HANDOUT", "", "ACCEPTED", 0, "printed", 1,
                                "2026-05-01T11:00:00Z", "2026-05-01T11:00:00Z", 3 } };
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
        }
        try (Workspace workspace = Fixture.open(folder, clock)) {
            DeliveryLedger ledger = workspace.deliveryLedger();
            List<DeliveryResult> all = ledger.all();
            assertEquals(List.of("<f1@x>", "<p1@x>", "<handout.1@certdesk>"), all.stream().map(DeliveryResult::messageId).toList());
            DeliveryResult file = all.get(0);
            assertEquals(first, file.entryId());
            assertEquals(DeliveryState.ACCEPTED, file.state());
            assertEquals("250 ok", file.detail());
            assertEquals(Instant.parse("2026-05-01T10:00:00.123Z"), file.created());
            assertEquals(Instant.parse("2026-05-01T10:00:01Z"), file.time());
            assertEquals(List.of("<p1@x>"), ledger.listUnknown().stream().map(DeliveryResult::messageId).toList());
            assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN, ledger.listUnknown().get(0).error());
            assertEquals(DeliveryChannel.HANDOUT, ledger.latest(second, DeliveryPart.PASSWORD).orElseThrow().channel());
            ledger.recordIntent("<f2@x>", second, DeliveryPart.FILE, DeliveryChannel.MAIL, "u2@x.jp");
            assertEquals("<f2@x>", ledger.all().get(3).messageId(), "new records follow the converted ones");
        }
        try (Connection c = connect(folder); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'delivery_ledger_v1'")) {
            assertEquals(0, rs.getInt(1), "the former table is gone");
        }
    }

    @Test
    void deliveredAndDoneAreSettledTogetherOrNotAtAll() throws Exception {
        Path folder = dir.resolve("ws");
        long done;
        long waiting;
        long broken;
        try (Workspace workspace = fixture.create(folder, clock)) {
            List<Long> ids = workspace.importEntries(fixture.issue(11, 13)).added();
            done = ids.get(0).longValue();
            waiting = ids.get(1).longValue();
            broken = ids.get(2).longValue();
            assertTrue(workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken()).complete());
            DeliveryLedger ledger = workspace.deliveryLedger();
            for (long id : ids) {
                ledger.recordIntent("<file." + id + "@x>", id, DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
                ledger.markAccepted("<file." + id + "@x>", "250");
            }
            ledger.recordHandover(done, DeliveryChannel.HANDOUT, "printed");
            ledger.recordHandover(broken, DeliveryChannel.MANUAL, "at the desk");

            assertTrue(workspace.settleDelivered(done, DeliveryChannel.MAIL));
            assertFalse(workspace.settleDelivered(waiting, DeliveryChannel.MAIL), "its password is not handed over yet");
            assertFalse(workspace.settleDelivered(done, DeliveryChannel.MAIL), "already done");
            assertEquals(EntryState.DONE, workspace.entry(done).state());
            assertEquals(EntryState.EXPORTED, workspace.entry(waiting).state());
            List<Transition> moves = workspace.transitions(done);
            assertEquals(List.of(EntryState.DELIVERED, EntryState.DONE),
                    moves.subList(moves.size() - 2, moves.size()).stream().map(Transition::to).toList());
            assertTrue(workspace.auditRecords().stream().anyMatch(r -> r.detail().contains("EXPORTED -> DELIVERED: delivered (handout)")),
                    "the password's channel names the delivery");
        }
        // A store that refuses the second move: the first must not stay behind.
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_done BEFORE INSERT ON transitions WHEN NEW.to_state = 'DONE' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        try (Workspace workspace = Fixture.open(folder, clock)) {
            assertThrows(WorkspaceException.class, () -> workspace.settleDelivered(broken, DeliveryChannel.MAIL));
            assertEquals(EntryState.EXPORTED, workspace.entry(broken).state());
            assertTrue(workspace.transitions(broken).stream().noneMatch(t -> t.to() == EntryState.DELIVERED));
        }
    }
}
