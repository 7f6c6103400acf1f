package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Schema version 3: the delivery ledger becomes a table of the workspace schema.
 * <p>
 * A workspace that already delivered before version 3 holds a {@code delivery_ledger} table that the delivery
 * engine created on a second connection: the same columns, but {@code entry_id} as text ({@code "e"} followed by
 * the entry id), {@code created_at}/{@code updated_at} as ISO-8601 text and no reference to {@code entries}. The
 * conversion renames that table, creates the new one, copies every row with {@code entry_id} turned into the
 * integer id and the times into epoch milliseconds (like every other time in the store), and drops the old table.
 * Message-IDs, parts, channels, states, error codes, details, attempts and the order ({@code seq}) are kept as
 * they are. A row naming no entry of this workspace stops the migration (the transaction is rolled back and the
 * workspace stays at version 1): nothing recorded about a sent message is ever dropped silently.
 */
final class LedgerMigration {

    private static final String OLD = "delivery_ledger_v1"; //$NON-NLS-1$

    private LedgerMigration() {
    }

    static void apply(Connection c) throws SQLException {
        boolean existing = tableExists(c, "delivery_ledger"); //$NON-NLS-1$
        try (Statement s = c.createStatement()) {
            if (existing) {
                s.execute("DROP INDEX IF EXISTS delivery_ledger_entry"); //$NON-NLS-1$
                s.execute("DROP INDEX IF EXISTS delivery_ledger_state"); //$NON-NLS-1$
                s.execute("ALTER TABLE delivery_ledger RENAME TO " + OLD); //$NON-NLS-1$
            }
            for (String sql : Schema.LEDGER) {
                s.execute(sql);
            }
        }
        if (existing) {
            copy(c);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + OLD); //$NON-NLS-1$
            }
        }
    }

    private static void copy(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
                ResultSet rows = read.executeQuery("SELECT message_id, entry_id, part, channel, recipient, state, error_code," //$NON-NLS-1$
                        + " detail, attempts, created_at, updated_at, seq FROM " + OLD + " ORDER BY seq"); //$NON-NLS-1$ //$NON-NLS-2$
                PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_ledger (message_id, entry_id, part," //$NON-NLS-1$
                        + " channel, recipient, state, error_code, detail, attempts, created_at, updated_at, seq)" //$NON-NLS-1$
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            while (rows.next()) {
                String messageId = rows.getString(1);
                insert.setString(1, messageId);
                insert.setLong(2, entryId(c, messageId, rows.getString(2)));
                insert.setString(3, rows.getString(3));
                insert.setString(4, rows.getString(4));
                insert.setString(5, rows.getString(5));
                insert.setString(6, rows.getString(6));
                insert.setInt(7, rows.getInt(7));
                insert.setString(8, rows.getString(8));
                insert.setInt(9, rows.getInt(9));
                insert.setLong(10, millis(messageId, rows.getString(10)));
                insert.setLong(11, millis(messageId, rows.getString(11)));
                insert.setLong(12, rows.getLong(12));
                insert.executeUpdate();
            }
        }
    }

    /** {@code e17} (or {@code 17}) to 17, when the workspace has that entry. */
    static long entryId(Connection c, String messageId, String key) throws SQLException {
        String digits = key != null && key.startsWith("e") ? key.substring(1) : key; //$NON-NLS-1$
        long id;
        try {
            id = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new SQLException("delivery ledger row " + messageId + " names no entry: " + key, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM entries WHERE id = ?")) { //$NON-NLS-1$
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.getInt(1) == 0) {
                    throw new SQLException("delivery ledger row " + messageId + " names no entry: " + key); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return id;
    }

    private static long millis(String messageId, String time) throws SQLException {
        try {
            return Instant.parse(time).toEpochMilli();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new SQLException("delivery ledger row " + messageId + " has no valid time: " + time, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) { //$NON-NLS-1$
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1) > 0;
            }
        }
    }
}
