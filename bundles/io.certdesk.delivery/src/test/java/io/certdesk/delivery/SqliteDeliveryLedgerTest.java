package io.certdesk.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** The ledger: states, durability across reopening, WAL, the unknown list and confirmations. */
class SqliteDeliveryLedgerTest {

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();

    @Test
    void recordsSurviveReopeningAndIntentsBecomeUnknown() throws Exception {
        Path db = dir.resolve("workspace.db");
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(db, time)) {
            ledger.recordIntent("<a@x>", 1, DeliveryPart.FILE, DeliveryChannel.MAIL, "u1@x.jp");
            ledger.markAccepted("<a@x>", "250 queued");
            ledger.recordIntent("<b@x>", 2, DeliveryPart.FILE, DeliveryChannel.MAIL, "u2@x.jp");
            // the process "crashes" here: no answer recorded for <b@x>
        }
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(db, time)) {
            assertEquals(DeliveryState.ACCEPTED, ledger.find("<a@x>").orElseThrow().state());
            assertEquals(DeliveryState.INTENT, ledger.find("<b@x>").orElseThrow().state());
            assertEquals(1, ledger.recoverInterrupted());
            assertEquals(1, ledger.listUnknown().size());
            assertEquals("<b@x>", ledger.listUnknown().get(0).messageId());
            assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN, ledger.listUnknown().get(0).error());
            ledger.confirm("<b@x>", true, "seen in the server log");
            assertEquals(DeliveryState.CONFIRMED, ledger.latest(2, DeliveryPart.FILE).orElseThrow().state());
            assertTrue(ledger.listUnknown().isEmpty());
        }
    }

    @Test
    void usesWalAndAFullSyncAndItsOwnTable() throws Exception {
        Path db = dir.resolve("workspace.db");
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(db, time)) {
            ledger.recordIntent("<a@x>", 1, DeliveryPart.FILE, DeliveryChannel.MAIL, "u1@x.jp");
        }
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", mode.getString(1));
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM delivery_ledger")) {
                assertEquals(1, count.getInt(1));
            }
        }
        assertTrue(Files.exists(db));
    }

    @Test
    void latestFollowsTheNewestAttemptAndRetriesReuseTheMessageId() throws Exception {
        try (SqliteDeliveryLedger ledger = SqliteDeliveryLedger.open(dir.resolve("w.db"), time)) {
            ledger.recordIntent("<1@x>", 1, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp");
            ledger.markDeferred("<1@x>", ErrorCode.DELIVERY_DEFERRED, "451 later");
            ledger.recordIntent("<1@x>", 1, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp");
            assertEquals(2, ledger.find("<1@x>").orElseThrow().attempts());
            ledger.markFailed("<1@x>", ErrorCode.DELIVERY_REJECTED, "550 no");
            ledger.recordIntent("<2@x>", 1, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp");
            ledger.markAccepted("<2@x>", "250");
            assertEquals("<2@x>", ledger.latest(1, DeliveryPart.PASSWORD).orElseThrow().messageId());
            DeliveryException twice = assertThrows(DeliveryException.class,
                    () -> ledger.recordIntent("<2@x>", 1, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp"));
            assertEquals(ErrorCode.DELIVERY_LEDGER_FAILED, twice.code());
            assertThrows(DeliveryException.class, () -> ledger.confirm("<2@x>", false, ""));
            ledger.recordHandover(2, DeliveryChannel.HANDOUT, "printed");
            assertTrue(ledger.latest(2, DeliveryPart.PASSWORD).orElseThrow().state().delivered());
        }
    }

    @Test
    void anUnwritableLocationFailsWithTheLedgerCode() {
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> SqliteDeliveryLedger.open(dir.resolve("missing/folder/w.db"), time));
        assertEquals(ErrorCode.DELIVERY_LEDGER_FAILED, e.code());
    }
}
