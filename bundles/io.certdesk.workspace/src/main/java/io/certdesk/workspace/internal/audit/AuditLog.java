package io.certdesk.workspace.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The append-only, hash-chained audit table. Records are appended inside the caller's transaction (a state
 * transition and its audit record commit together); triggers refuse UPDATE and DELETE, and {@link #verify}
 * detects any change made around them (edited, deleted, inserted or reordered records, and transitions whose
 * audit record is gone).
 */
public final class AuditLog {

    private final String workspaceId;
    private final String actor;
    private final Clock clock;

    /** @param actor the OS user ({@code user.name}) */
    public AuditLog(String workspaceId, String actor, Clock clock) {
        this.workspaceId = workspaceId;
        this.actor = actor;
        this.clock = clock;
    }

    /** Appends a record in the current transaction; returns its sequence number. */
    public long append(Connection c, String action, Optional<Long> entryId, String certificateNumber, String fingerprint,
            String detail) throws SQLException {
        long seq;
        String previous;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) { //$NON-NLS-1$
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            } else {
                seq = 1;
                previous = AuditChain.genesis(workspaceId);
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditChain.hash(seq, at, actor, action, entryId, certificateNumber, fingerprint, detail, previous);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit (seq, at, actor, action, entry_id, cert_number," //$NON-NLS-1$
                + " fingerprint, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setLong(1, seq);
            insert.setLong(2, at.toEpochMilli());
            insert.setString(3, actor);
            insert.setString(4, action);
            if (entryId.isPresent()) {
                insert.setLong(5, entryId.get().longValue());
            } else {
                insert.setNull(5, java.sql.Types.INTEGER);
            }
            insert.setString(6, certificateNumber);
            insert.setString(7, fingerprint);
            insert.setString(8, detail);
            insert.setString(9, previous);
            insert.setString(10, hash);
            insert.executeUpdate();
        }
        return seq;
    }

    /** Every record in the order stored (by sequence number). */
    public static List<AuditRecord> records(Connection c) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, at, actor, action, entry_id, cert_number," //$NON-NLS-1$
                + " fingerprint, detail, prev_hash, hash FROM audit ORDER BY seq")) { //$NON-NLS-1$
            while (rs.next()) {
                long entry = rs.getLong(5);
                Optional<Long> entryId = rs.wasNull() ? Optional.empty() : Optional.of(Long.valueOf(entry));
                records.add(new AuditRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                        entryId, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return records;
    }

    /** Walks the chain from the genesis value; names the first record that does not fit. */
    public AuditVerification verify(Connection c) throws SQLException {
        List<AuditRecord> records = records(c);
        String previous = AuditChain.genesis(workspaceId);
        long expected = 1;
        for (AuditRecord r : records) {
            Optional<String> problem = Optional.empty();
            if (r.sequence() != expected) {
                problem = Optional.of(NLS.bind(Messages.auditGap, Long.valueOf(expected), Long.valueOf(r.sequence())));
            } else if (!r.previousHash().equals(previous)) {
                problem = Optional.of(Messages.auditChainBroken);
            } else if (!r.hash().equals(AuditChain.hash(r.sequence(), r.at(), r.actor(), r.action(), r.entryId(),
                    r.certificateNumber(), r.fingerprint(), r.detail(), r.previousHash()))) {
                problem = Optional.of(Messages.auditRecordEdited);
            }
            if (problem.isPresent()) {
                return new AuditVerification(records.size(), previous, Optional.of(Long.valueOf(r.sequence())), problem);
            }
            previous = r.hash();
            expected++;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(t.audit_seq) FROM transitions t" //$NON-NLS-1$
                + " LEFT JOIN audit a ON a.seq = t.audit_seq WHERE a.seq IS NULL")) { //$NON-NLS-1$
            long missing = rs.getLong(1);
            if (!rs.wasNull()) {
                return new AuditVerification(records.size(), previous, Optional.of(Long.valueOf(missing)),
                        Optional.of(Messages.auditRecordMissing));
            }
        }
        return new AuditVerification(records.size(), previous, Optional.empty(), Optional.empty());
    }
}
