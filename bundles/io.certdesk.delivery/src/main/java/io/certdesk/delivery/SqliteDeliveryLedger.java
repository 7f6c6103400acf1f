package io.certdesk.delivery;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.certdesk.core.errors.ErrorCode;
import org.sqlite.SQLiteConfig;

/**
 * A stand-alone delivery ledger in a SQLite file of its own: WAL journal and {@code synchronous=FULL}, so every
 * recorded step survives a crash or power loss before the next step starts. One instance per database file and
 * process; methods are synchronized.
 * <p>
 * This is <em>not</em> the ledger of a workspace: a workspace keeps its ledger in its own database, created by
 * the workspace's schema migrations and written over the workspace's one connection
 * ({@code Workspace.deliveryLedger()}). This implementation serves the delivery engine on its own (its tests,
 * tools without a workspace); never open it on {@code workspace.db}. Both implementations pass the same
 * contract test ({@code DeliveryLedgerContractTest}).
 */
public final class SqliteDeliveryLedger implements DeliveryLedger, AutoCloseable {

    private static final String COLUMNS = "message_id, entry_id, part, channel, recipient, state, error_code, detail, " //$NON-NLS-1$
            + "attempts, created_at, updated_at"; //$NON-NLS-1$

    private final Connection connection;
    private final Clock clock;
    private final String source;

    private SqliteDeliveryLedger(Connection connection, Clock clock, String source) {
        this.connection = connection;
        this.clock = clock;
        this.source = source;
    }

    /** Opens (and creates when needed) the ledger table in the database file. */
    public static SqliteDeliveryLedger open(Path database) throws DeliveryException {
        return open(database, Clock.systemUTC());
    }

    /** Like {@link #open(Path)} with the clock that stamps the records. */
    public static SqliteDeliveryLedger open(Path database, Clock clock) throws DeliveryException {
        Objects.requireNonNull(database, "database"); //$NON-NLS-1$
        Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        String source = database.getFileName() == null ? database.toString() : database.getFileName().toString();
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            Connection connection = config.createConnection("jdbc:sqlite:" + database.toAbsolutePath()); //$NON-NLS-1$
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE IF NOT EXISTS delivery_ledger (" //$NON-NLS-1$
                        + "message_id TEXT PRIMARY KEY, entry_id INTEGER NOT NULL, part TEXT NOT NULL, " //$NON-NLS-1$
                        + "channel TEXT NOT NULL, recipient TEXT NOT NULL, state TEXT NOT NULL, " //$NON-NLS-1$
                        + "error_code INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '', " //$NON-NLS-1$
                        + "attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, " //$NON-NLS-1$
                        + "seq INTEGER NOT NULL)"); //$NON-NLS-1$
                statement.executeUpdate("CREATE INDEX IF NOT EXISTS delivery_ledger_entry " //$NON-NLS-1$
                        + "ON delivery_ledger (entry_id, part, seq)"); //$NON-NLS-1$
                statement.executeUpdate("CREATE INDEX IF NOT EXISTS delivery_ledger_state ON delivery_ledger (state)"); //$NON-NLS-1$
            }
            return new SqliteDeliveryLedger(connection, clock, source);
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    @Override
    public synchronized void recordIntent(String messageId, long entryId, DeliveryPart part, DeliveryChannel channel,
            String recipient) throws DeliveryException {
        Objects.requireNonNull(messageId, "messageId"); //$NON-NLS-1$
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        String now = clock.instant().toString();
        try {
            Optional<DeliveryResult> existing = find(messageId);
            if (existing.isPresent()) {
                // A retry of the same message after a 4xx answer: the server never accepted it.
                if (existing.get().state() != DeliveryState.DEFERRED) {
                    throw new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source,
                            "Message-ID " + messageId + " is already " + existing.get().state()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                update(messageId, DeliveryState.INTENT, 0, existing.get().detail(), true);
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO delivery_ledger (" + COLUMNS //$NON-NLS-1$
                    + ", seq) VALUES (?, ?, ?, ?, ?, ?, 0, '', 1, ?, ?, " //$NON-NLS-1$
                    + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM delivery_ledger))")) { //$NON-NLS-1$
                insert.setString(1, messageId);
                insert.setLong(2, entryId);
                insert.setString(3, part.name());
                insert.setString(4, channel.name());
                insert.setString(5, recipient == null ? "" : recipient); //$NON-NLS-1$
                insert.setString(6, DeliveryState.INTENT.name());
                insert.setString(7, now);
                insert.setString(8, now);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    @Override
    public synchronized void markAccepted(String messageId, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.ACCEPTED, 0, detail);
    }

    @Override
    public synchronized void markDeferred(String messageId, ErrorCode code, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.DEFERRED, code.code(), detail);
    }

    @Override
    public synchronized void markFailed(String messageId, ErrorCode code, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.FAILED, code.code(), detail);
    }

    @Override
    public synchronized void markUnknown(String messageId, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.UNKNOWN, ErrorCode.DELIVERY_STATE_UNKNOWN.code(), detail);
    }

    @Override
    public synchronized void recordHandover(long entryId, DeliveryChannel channel, String note)
            throws DeliveryException {
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        if (channel == DeliveryChannel.MAIL) {
            throw new IllegalArgumentException("mail is recorded through recordIntent"); //$NON-NLS-1$
        }
        String id = "<" + channel.name().toLowerCase(java.util.Locale.ROOT) + "." + UUID.randomUUID() + "@certdesk>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        recordIntent(id, entryId, DeliveryPart.PASSWORD, channel, "");
        updateExisting(id, DeliveryState.HANDED_OVER, 0, note); //$NON-NLS-1$
    }

    @Override
    public synchronized int recoverInterrupted() throws DeliveryException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE delivery_ledger SET state = ?, error_code = ?, updated_at = ? WHERE state = ?")) { //$NON-NLS-1$
            statement.setString(1, DeliveryState.UNKNOWN.name());
            statement.setInt(2, ErrorCode.DELIVERY_STATE_UNKNOWN.code());
            statement.setString(3, clock.instant().toString());
            statement.setString(4, DeliveryState.INTENT.name());
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    @Override
    public synchronized Optional<DeliveryResult> latest(long entryId, DeliveryPart part) throws DeliveryException {
        List<DeliveryResult> found = query("WHERE entry_id = ? AND part = ? ORDER BY seq DESC LIMIT 1", //$NON-NLS-1$
                Long.valueOf(entryId), part.name());
        return found.stream().findFirst();
    }

    @Override
    public synchronized Optional<DeliveryResult> find(String messageId) throws DeliveryException {
        return query("WHERE message_id = ?", messageId).stream().findFirst(); //$NON-NLS-1$
    }

    @Override
    public synchronized List<DeliveryResult> listUnknown() throws DeliveryException {
        return query("WHERE state = ? ORDER BY seq", DeliveryState.UNKNOWN.name()); //$NON-NLS-1$
    }

    @Override
    public synchronized List<DeliveryResult> all() throws DeliveryException {
        return query("ORDER BY seq"); //$NON-NLS-1$
    }

    @Override
    public synchronized void confirm(String messageId, boolean delivered, String note) throws DeliveryException {
        Optional<DeliveryResult> record = find(messageId);
        if (record.isEmpty() || record.get().state() != DeliveryState.UNKNOWN) {
            throw new DeliveryException(ErrorCode.DELIVERY_STATE_UNKNOWN, messageId,
                    record.isEmpty() ? "no such Message-ID in the ledger" //$NON-NLS-1$
                            : "not an unknown send (state " + record.get().state() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String detail = (delivered ? "confirmed delivered" : "confirmed not delivered: resend") //$NON-NLS-1$ //$NON-NLS-2$
                + (note == null || note.isBlank() ? "" : ": " + note); //$NON-NLS-1$ //$NON-NLS-2$
        updateExisting(messageId, delivered ? DeliveryState.CONFIRMED : DeliveryState.RESEND, 0, detail);
    }

    @Override
    public synchronized void close() throws DeliveryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    private void updateExisting(String messageId, DeliveryState state, int code, String detail) throws DeliveryException {
        try {
            if (update(messageId, state, code, detail, false) != 1) {
                throw new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source,
                        "no ledger record for Message-ID " + messageId); //$NON-NLS-1$
            }
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    private int update(String messageId, DeliveryState state, int code, String detail, boolean countAttempt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE delivery_ledger SET state = ?, " //$NON-NLS-1$
                + "error_code = ?, detail = ?, updated_at = ?" + (countAttempt ? ", attempts = attempts + 1" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " WHERE message_id = ?")) { //$NON-NLS-1$
            statement.setString(1, state.name());
            statement.setInt(2, code);
            statement.setString(3, detail == null ? "" : detail); //$NON-NLS-1$
            statement.setString(4, clock.instant().toString());
            statement.setString(5, messageId);
            return statement.executeUpdate();
        }
    }

    private List<DeliveryResult> query(String where, Object... arguments) throws DeliveryException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
                + " FROM delivery_ledger " + where)) { //$NON-NLS-1$
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            List<DeliveryResult> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new DeliveryResult(Instant.parse(rows.getString(11)), rows.getLong(2), null,
                            DeliveryPart.valueOf(rows.getString(3)), DeliveryChannel.valueOf(rows.getString(4)),
                            DeliveryState.valueOf(rows.getString(6)), rows.getString(5), rows.getString(1),
                            error(rows.getInt(7)), rows.getString(8), rows.getInt(9),
                            Instant.parse(rows.getString(10))));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    private static DeliveryException failure(String source, SQLException e) {
        return new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source, e.getMessage(), e);
    }

    /** A stored catalogue number as its code: none for 0, {@link ErrorCode#UNKNOWN} for a number this version lacks. */
    private static ErrorCode error(int code) {
        return code == 0 ? null : ErrorCode.of(code).orElse(ErrorCode.UNKNOWN);
    }
}
