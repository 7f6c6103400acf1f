package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Transition;
import io.certdesk.workspace.internal.audit.AuditLog;

/**
 * Entries and their transitions in SQL. {@link #move} is the only way a state changes: it checks the move
 * against the life cycle, updates the row, records the transition with its time, reason and error code, and
 * appends the audit record, all in the caller's transaction.
 */
public final class EntryStore {

    /** A column name that may be written into SQL: lower-case letters, digits and underscores (compiled once). */
    private static final Pattern COLUMN_NAME = Pattern.compile("[a-z_0-9]+"); //$NON-NLS-1$

    private static final String COLUMNS = "id, group_id, cert_number, name, email, department, channel, recipient," //$NON-NLS-1$
            + " export_profile, state, failed_from, error_code, error_detail, imported_at, updated_at, first_download_at," //$NON-NLS-1$
            + " first_download_portal, download_count, raw_sha256, subject, issuer, serial_hex, not_before, not_after," //$NON-NLS-1$
            + " cert_sha256, cert_sha1, export_sha256, superseded_by, import_id"; //$NON-NLS-1$

    private final AuditLog audit;
    private final Clock clock;

    public EntryStore(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public long now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    }

    /** Whether the workspace already holds this group ID and certificate number. */
    public boolean exists(Connection c, String groupId, String certificateNumber) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM entries WHERE group_id = ? AND cert_number = ?")) { //$NON-NLS-1$
            s.setString(1, groupId);
            s.setString(2, certificateNumber);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Inserts an imported entry (of the import {@code importId}, if any) with its first transition; returns its id. */
    public long insert(Connection c, EntryDraft draft, Optional<Long> importId) throws SQLException {
        long now = now();
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entries (group_id, cert_number, name, email, department," //$NON-NLS-1$
                + " channel, recipient, export_profile, state, imported_at, updated_at, import_id)" //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, draft.groupId());
            s.setString(2, draft.certificateNumber());
            s.setString(3, draft.name());
            s.setString(4, draft.email());
            s.setString(5, draft.department());
            s.setString(6, draft.channel().map(DeliveryChannel::id).orElse("")); //$NON-NLS-1$
            s.setString(7, draft.recipient());
            s.setString(8, draft.exportProfile().map(ExportProfile::id).orElse(null));
            s.setString(9, EntryState.IMPORTED.name());
            s.setLong(10, now);
            s.setLong(11, now);
            s.setObject(12, importId.orElse(null));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entry_extras (entry_id, name, value) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            for (Map.Entry<String, String> extra : draft.extras().entrySet()) {
                s.setLong(1, id);
                s.setString(2, extra.getKey());
                s.setString(3, extra.getValue());
                s.executeUpdate();
            }
        }
        long seq = audit.append(c, "entry.imported", Optional.of(Long.valueOf(id)), draft.certificateNumber(), "", //$NON-NLS-1$ //$NON-NLS-2$
                "group " + draft.groupId()); //$NON-NLS-1$
        recordTransition(c, id, null, EntryState.IMPORTED, now, "imported", Optional.empty(), seq); //$NON-NLS-1$
        return id;
    }

    /**
     * Moves an entry to {@code to} and sets {@code columns} (column name to value) in the same update.
     *
     * @throws IllegalStateException when the move is not part of the life cycle
     */
    public Entry move(Connection c, long id, EntryState to, String reason, Optional<ErrorCode> code, String detail,
            Map<String, Object> columns) throws SQLException {
        Entry current = find(c, id).orElseThrow(() -> new IllegalStateException("no entry " + id)); //$NON-NLS-1$
        if (!current.state().canMoveTo(to)) {
            throw new IllegalStateException("entry " + id + ": " + current.state() + " -> " + to); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        long now = now();
        Map<String, Object> set = new LinkedHashMap<>(columns);
        set.put("state", to.name()); //$NON-NLS-1$
        set.put("updated_at", Long.valueOf(now)); //$NON-NLS-1$
        set.put("failed_from", to == EntryState.FAILED ? current.state().name() : null); //$NON-NLS-1$
        set.put("error_code", code.map(e -> Integer.valueOf(e.code())).orElse(null)); //$NON-NLS-1$
        set.put("error_detail", code.isPresent() ? detail : null); //$NON-NLS-1$
        update(c, id, set);
        String fingerprint = current.certificate().map(CertificateInfo::sha256)
                .orElse(columns.get("cert_sha256") instanceof String s ? s : ""); //$NON-NLS-1$ //$NON-NLS-2$
        String auditDetail = current.state() + " -> " + to + ": " + reason //$NON-NLS-1$ //$NON-NLS-2$
                + code.map(e -> " [" + e.code() + ']').orElse("") + (detail.isEmpty() ? "" : " (" + detail + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        long seq = audit.append(c, "entry." + to.name().toLowerCase(java.util.Locale.ROOT), Optional.of(Long.valueOf(id)), //$NON-NLS-1$
                current.certificateNumber(), fingerprint, auditDetail);
        recordTransition(c, id, current.state(), to, now, reason, code, seq);
        return find(c, id).orElseThrow();
    }

    /** Sets columns without a state change (e.g. the download attempt time). */
    public void update(Connection c, long id, Map<String, Object> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE entries SET "); //$NON-NLS-1$
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            if (!values.isEmpty()) {
                sql.append(", "); //$NON-NLS-1$
            }
            if (!COLUMN_NAME.matcher(column.getKey()).matches()) {
                throw new IllegalArgumentException(column.getKey());
            }
            sql.append(column.getKey()).append(" = ?"); //$NON-NLS-1$
            values.add(column.getValue());
        }
        sql.append(" WHERE id = ?"); //$NON-NLS-1$
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object value : values) {
                s.setObject(i++, value);
            }
            s.setLong(i, id);
            s.executeUpdate();
        }
    }

    private static void recordTransition(Connection c, long id, EntryState from, EntryState to, long at, String reason,
            Optional<ErrorCode> code, long auditSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO transitions (entry_id, from_state, to_state, at, reason," //$NON-NLS-1$
                + " error_code, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            s.setLong(1, id);
            s.setString(2, from == null ? null : from.name());
            s.setString(3, to.name());
            s.setLong(4, at);
            s.setString(5, reason);
            s.setObject(6, code.map(e -> Integer.valueOf(e.code())).orElse(null));
            s.setLong(7, auditSeq);
            s.executeUpdate();
        }
    }

    public Optional<Entry> find(Connection c, long id) throws SQLException {
        List<Entry> found = query(c, " WHERE id = ?", id); //$NON-NLS-1$
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Entry> all(Connection c) throws SQLException {
        return query(c, " ORDER BY id"); //$NON-NLS-1$
    }

    /** The entries whose certificate has this subject and issuer (index {@code entries_identity}), by id. */
    public List<Entry> withIdentity(Connection c, String subject, String issuer) throws SQLException {
        return query(c, " WHERE subject = ? AND issuer = ? ORDER BY id", subject, issuer); //$NON-NLS-1$
    }

    public List<Entry> inState(Connection c, EntryState state) throws SQLException {
        return query(c, " WHERE state = ? ORDER BY id", state.name()); //$NON-NLS-1$
    }

    /** Raw column value (e.g. {@code download_started_at}). */
    public Optional<Long> longColumn(Connection c, long id, String column) throws SQLException {
        if (!COLUMN_NAME.matcher(column).matches()) {
            throw new IllegalArgumentException(column);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM entries WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long value = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Long.valueOf(value));
            }
        }
    }

    public List<Transition> transitions(Connection c, long id) throws SQLException {
        List<Transition> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT from_state, to_state, at, reason, error_code FROM transitions" //$NON-NLS-1$
                + " WHERE entry_id = ? ORDER BY id")) { //$NON-NLS-1$
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(1);
                    int code = rs.getInt(5);
                    Optional<ErrorCode> error = rs.wasNull() ? Optional.empty() : ErrorCode.of(code);
                    result.add(new Transition(id, Optional.ofNullable(from).map(EntryState::valueOf),
                            EntryState.valueOf(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), error));
                }
            }
        }
        return result;
    }

    private List<Entry> query(Connection c, String where, Object... args) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM entries" + where)) { //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(EntryRows.entry(rs, extras(c, rs.getLong(1))));
                }
            }
        }
        return entries;
    }

    private static Map<String, String> extras(Connection c, long id) throws SQLException {
        Map<String, String> extras = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, value FROM entry_extras WHERE entry_id = ? ORDER BY rowid")) { //$NON-NLS-1$
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    extras.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return extras;
    }
}
