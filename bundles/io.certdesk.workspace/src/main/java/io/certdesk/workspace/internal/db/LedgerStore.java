package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryState;

/**
 * The workspace's delivery ledger: the {@code delivery_ledger} table of the workspace schema (created by
 * {@link Schema}'s migrations), keyed by the integer entry id (a reference to {@code entries}), written over the
 * workspace's one connection. Each step is its own transaction, committed with {@code synchronous=FULL} before
 * the method returns, so it survives a crash before the next step starts.
 */
public final class LedgerStore implements DeliveryLedger {

    private static final String COLUMNS = "message_id, entry_id, part, channel, recipient, state, error_code, detail, " //$NON-NLS-1$
            + "attempts, created_at, updated_at"; //$NON-NLS-1$

    private final Database database;
    private final Clock clock;
    private final String source;

    public LedgerStore(Database database, Clock clock, String source) {
        this.database = Objects.requireNonNull(database, "database"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
    }

    @Override
    public void recordIntent(String messageId, long entryId, DeliveryPart part, DeliveryChannel channel, String recipient)
            throws DeliveryException {
        Objects.requireNonNull(messageId, "messageId"); //$NON-NLS-1$
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        Optional<DeliveryState> refused = write(c -> {
            Optional<DeliveryResult> existing = find(c, messageId);
            if (existing.isPresent()) {
                // A retry of the same message after a 4xx answer: the server never accepted it.
                if (existing.get().state() != DeliveryState.DEFERRED) {
                    return Optional.of(existing.get().state());
                }
                update(c, messageId, DeliveryState.INTENT, 0, existing.get().detail(), true);
                return Optional.empty();
            }
            long now = clock.millis();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_ledger (" + COLUMNS //$NON-NLS-1$
                    + ", seq) VALUES (?, ?, ?, ?, ?, ?, 0, '', 1, ?, ?, " //$NON-NLS-1$
                    + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM delivery_ledger))")) { //$NON-NLS-1$
                insert.setString(1, messageId);
                insert.setLong(2, entryId);
                insert.setString(3, part.name());
                insert.setString(4, channel.name());
                insert.setString(5, recipient == null ? "" : recipient); //$NON-NLS-1$
                insert.setString(6, DeliveryState.INTENT.name());
                insert.setLong(7, now);
                insert.setLong(8, now);
                insert.executeUpdate();
            }
            return Optional.empty();
        });
        if (refused.isPresent()) {
            throw new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source,
                    "Message-ID " + messageId + " is already " + refused.get()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void markAccepted(String messageId, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.ACCEPTED, 0, detail);
    }

    @Override
    public void markDeferred(String messageId, ErrorCode code, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.DEFERRED, code.code(), detail);
    }

    @Override
    public void markFailed(String messageId, ErrorCode code, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.FAILED, code.code(), detail);
    }

    @Override
    public void markUnknown(String messageId, String detail) throws DeliveryException {
        updateExisting(messageId, DeliveryState.UNKNOWN, ErrorCode.DELIVERY_STATE_UNKNOWN.code(), detail);
    }

    @Override
    public void recordHandover(long entryId, DeliveryChannel channel, String note) throws DeliveryException {
        Objects.requireNonNull(channel, "channel"); //$NON-NLS-1$
        if (channel == DeliveryChannel.MAIL) {
            throw new IllegalArgumentException("mail is recorded through recordIntent"); //$NON-NLS-1$
        }
        String id = "<" + channel.name().toLowerCase(Locale.ROOT) + "." + UUID.randomUUID() + "@certdesk>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long now = clock.millis();
        write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO delivery_ledger (" + COLUMNS //$NON-NLS-1$
                    + ", seq) VALUES (?, ?, ?, ?, '', ?, 0, ?, 1, ?, ?, " //$NON-NLS-1$
                    + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM delivery_ledger))")) { //$NON-NLS-1$
                insert.setString(1, id);
                insert.setLong(2, entryId);
                insert.setString(3, DeliveryPart.PASSWORD.name());
                insert.setString(4, channel.name());
                insert.setString(5, DeliveryState.HANDED_OVER.name());
                insert.setString(6, note == null ? "" : note); //$NON-NLS-1$
                insert.setLong(7, now);
                insert.setLong(8, now);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int recoverInterrupted() throws DeliveryException {
        return write(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "UPDATE delivery_ledger SET state = ?, error_code = ?, updated_at = ? WHERE state = ?")) { //$NON-NLS-1$
                statement.setString(1, DeliveryState.UNKNOWN.name());
                statement.setInt(2, ErrorCode.DELIVERY_STATE_UNKNOWN.code());
                statement.setLong(3, clock.millis());
                statement.setString(4, DeliveryState.INTENT.name());
                return Integer.valueOf(statement.executeUpdate());
            }
        }).intValue();
    }

    @Override
    public Optional<DeliveryResult> latest(long entryId, DeliveryPart part) throws DeliveryException {
        return read(c -> latest(c, entryId, part));
    }

    /** The newest record of a part of an entry, inside a caller's transaction. */
    public static Optional<DeliveryResult> latest(Connection c, long entryId, DeliveryPart part) throws SQLException {
        return query(c, "WHERE entry_id = ? AND part = ? ORDER BY seq DESC LIMIT 1", Long.valueOf(entryId), part.name()) //$NON-NLS-1$
                .stream().findFirst();
    }

    @Override
    public Optional<DeliveryResult> find(String messageId) throws DeliveryException {
        return read(c -> find(c, messageId));
    }

    @Override
    public List<DeliveryResult> listUnknown() throws DeliveryException {
        return read(c -> query(c, "WHERE state = ? ORDER BY seq", DeliveryState.UNKNOWN.name())); //$NON-NLS-1$
    }

    @Override
    public List<DeliveryResult> all() throws DeliveryException {
        return read(c -> query(c, "ORDER BY seq")); //$NON-NLS-1$
    }

    @Override
    public void confirm(String messageId, boolean delivered, String note) throws DeliveryException {
        String detail = (delivered ? "confirmed delivered" : "confirmed not delivered: resend") //$NON-NLS-1$ //$NON-NLS-2$
                + (note == null || note.isBlank() ? "" : ": " + note); //$NON-NLS-1$ //$NON-NLS-2$
        Optional<String> refused = write(c -> {
            Optional<DeliveryResult> record = find(c, messageId);
            if (record.isEmpty()) {
                return Optional.of("no such Message-ID in the ledger"); //$NON-NLS-1$
            }
            if (record.get().state() != DeliveryState.UNKNOWN) {
                return Optional.of("not an unknown send (state " + record.get().state() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            update(c, messageId, delivered ? DeliveryState.CONFIRMED : DeliveryState.RESEND, 0, detail, false);
            return Optional.<String>empty();
        });
        if (refused.isPresent()) {
            throw new DeliveryException(ErrorCode.DELIVERY_STATE_UNKNOWN, messageId, refused.get());
        }
    }

    private void updateExisting(String messageId, DeliveryState state, int code, String detail) throws DeliveryException {
        int updated = write(c -> Integer.valueOf(update(c, messageId, state, code, detail, false))).intValue();
        if (updated != 1) {
            throw new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source,
                    "no ledger record for Message-ID " + messageId); //$NON-NLS-1$
        }
    }

    private int update(Connection c, String messageId, DeliveryState state, int code, String detail, boolean countAttempt)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("UPDATE delivery_ledger SET state = ?, " //$NON-NLS-1$
                + "error_code = ?, detail = ?, updated_at = ?" + (countAttempt ? ", attempts = attempts + 1" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " WHERE message_id = ?")) { //$NON-NLS-1$
            statement.setString(1, state.name());
            statement.setInt(2, code);
            statement.setString(3, detail == null ? "" : detail); //$NON-NLS-1$
            statement.setLong(4, clock.millis());
            statement.setString(5, messageId);
            return statement.executeUpdate();
        }
    }

    private static Optional<DeliveryResult> find(Connection c, String messageId) throws SQLException {
        return query(c, "WHERE message_id = ?", messageId).stream().findFirst(); //$NON-NLS-1$
    }

    private static List<DeliveryResult> query(Connection c, String where, Object... arguments) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT " + COLUMNS + " FROM delivery_ledger " + where)) { //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            List<DeliveryResult> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new DeliveryResult(Instant.ofEpochMilli(rows.getLong(11)), rows.getLong(2), null,
                            DeliveryPart.valueOf(rows.getString(3)), DeliveryChannel.valueOf(rows.getString(4)),
                            DeliveryState.valueOf(rows.getString(6)), rows.getString(5), rows.getString(1),
                            error(rows.getInt(7)), rows.getString(8), rows.getInt(9),
                            Instant.ofEpochMilli(rows.getLong(10))));
                }
            }
            return records;
        }
    }

    private <T> T write(Database.Work<T> work) throws DeliveryException {
        try {
            return database.write(work);
        } catch (SQLException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source, e.getMessage(), e);
        }
    }

    private <T> T read(Database.Work<T> work) throws DeliveryException {
        try {
            return database.read(work);
        } catch (SQLException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_LEDGER_FAILED, source, e.getMessage(), e);
        }
    }

    /** A stored catalogue number as its code: none for 0, {@link ErrorCode#UNKNOWN} for a number this version lacks. */
    private static ErrorCode error(int code) {
        return code == 0 ? null : ErrorCode.of(code).orElse(ErrorCode.UNKNOWN);
    }
}
