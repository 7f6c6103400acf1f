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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.workspace.AuditRecord;
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.internal.Messages;
import io.certdesk.workspace.internal.db.Schema;
import org.eclipse.osgi.util.NLS;

/**
 * The append-only audit table, hash-chained and sealed. Records are appended inside the caller's transaction (a
 * state transition and its audit record commit together); triggers refuse UPDATE and DELETE. Each record carries
 * the SHA-256 chain ({@link AuditChain}, readable by anyone) and a keyed MAC chain ({@link AuditSeal}); the
 * sealed head (record count and last MAC, itself MAC'd) is rewritten in the same transaction. {@link #verify}
 * finds edited, deleted, inserted or reordered records, records rewritten with every hash after them
 * recomputed, the end cut off together with everything that refers to it, a forged or missing head, and
 * missing or altered triggers, and names what it found.
 */
public final class AuditLog {

    private final String workspaceId;
    private final String actor;
    private final Clock clock;
    private final AuditSeal seal;

    /** @param actor the OS user (see {@link OsUser}), never a system property a caller can set */
    public AuditLog(String workspaceId, String actor, Clock clock, AuditSeal seal) {
        this.workspaceId = workspaceId;
        this.actor = actor;
        this.clock = clock;
        this.seal = seal;
    }

    /** Appends a record in the current transaction and reseals the head; returns its sequence number. */
    public long append(Connection c, String action, Optional<Long> entryId, String certificateNumber, String fingerprint,
            String detail) throws SQLException {
        long seq;
        String previous;
        String previousMac;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq, hash, mac FROM audit ORDER BY seq DESC LIMIT 1")) { //$NON-NLS-1$
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
                previousMac = rs.getString(3);
                if (previousMac == null) {
                    throw new SQLException("the audit log is not sealed"); //$NON-NLS-1$
                }
            } else {
                seq = 1;
                previous = AuditChain.genesis(workspaceId);
                previousMac = seal.genesis();
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditChain.hash(seq, at, actor, action, entryId, certificateNumber, fingerprint, detail, previous);
        String mac = seal.record(seq, hash, previousMac);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit (seq, at, actor, action, entry_id, cert_number," //$NON-NLS-1$
                + " fingerprint, detail, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
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
            insert.setString(11, mac);
            insert.executeUpdate();
        }
        writeHead(c, seq, mac);
        return seq;
    }

    private void writeHead(Connection c, long count, String lastMac) throws SQLException {
        try (PreparedStatement head = c.prepareStatement(
                "INSERT OR REPLACE INTO audit_head (id, count, last_mac, seal) VALUES (1, ?, ?, ?)")) { //$NON-NLS-1$
            head.setLong(1, count);
            head.setString(2, lastMac);
            head.setString(3, seal.head(count, lastMac));
            head.executeUpdate();
        }
    }

    /** Whether the log has a sealed head (false for a log written before sealing existed). */
    public static boolean sealed(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_head")) { //$NON-NLS-1$
            return rs.getLong(1) > 0;
        }
    }

    /**
     * Seals a log written before sealing existed (by the key holder, on first open, after its SHA-256 chain
     * verified): computes every record's MAC and writes the head, in the current transaction. The triggers are
     * lifted for this one update and put back.
     */
    public void sealExisting(Connection c) throws SQLException {
        List<AuditRecord> records = records(c);
        String previousMac = seal.genesis();
        try (Statement s = c.createStatement()) {
            for (String name : Schema.AUDIT_TRIGGERS.keySet()) {
                s.execute("DROP TRIGGER IF EXISTS " + name); //$NON-NLS-1$
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE audit SET mac = ? WHERE seq = ?")) { //$NON-NLS-1$
            for (AuditRecord r : records) {
                previousMac = seal.record(r.sequence(), r.hash(), previousMac);
                update.setString(1, previousMac);
                update.setLong(2, r.sequence());
                update.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            for (String sql : Schema.AUDIT_TRIGGERS.values()) {
                s.execute(sql);
            }
        }
        writeHead(c, records.size(), previousMac);
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

    /** The full check: SHA-256 chain, keyed MACs, sealed head, transitions, triggers. */
    public AuditVerification verify(Connection c) throws SQLException {
        return verify(c, true);
    }

    /** Only the SHA-256 chain, the transitions and the triggers: for a log written before sealing existed. */
    public AuditVerification verifyUnsealed(Connection c) throws SQLException {
        return verify(c, false);
    }

    private AuditVerification verify(Connection c, boolean keyed) throws SQLException {
        List<AuditRecord> records = records(c);
        Map<Long, String> macs = keyed ? macs(c) : Map.of();
        String previous = AuditChain.genesis(workspaceId);
        String previousMac = seal.genesis();
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
            } else if (keyed && !AuditSeal.same(macs.get(r.sequence()), seal.record(r.sequence(), r.hash(), previousMac))) {
                problem = Optional.of(Messages.auditRecordForged);
            }
            if (problem.isPresent()) {
                return bad(records, previous, r.sequence(), problem.get());
            }
            previous = r.hash();
            previousMac = macs.get(r.sequence());
            expected++;
        }
        long count = records.size();
        if (keyed) {
            Optional<AuditVerification> head = checkHead(c, records, previous, previousMac, count);
            if (head.isPresent()) {
                return head.get();
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(t.audit_seq) FROM transitions t" //$NON-NLS-1$
                + " LEFT JOIN audit a ON a.seq = t.audit_seq WHERE a.seq IS NULL")) { //$NON-NLS-1$
            long missing = rs.getLong(1);
            if (!rs.wasNull()) {
                return bad(records, previous, missing, Messages.auditRecordMissing);
            }
        }
        List<String> triggers = missingTriggers(c);
        if (!triggers.isEmpty()) {
            return new AuditVerification(count, previous, Optional.empty(),
                    Optional.of(NLS.bind(Messages.auditTriggersMissing, String.join(", ", triggers)))); //$NON-NLS-1$
        }
        return new AuditVerification(count, previous, Optional.empty(), Optional.empty());
    }

    private Optional<AuditVerification> checkHead(Connection c, List<AuditRecord> records, String previous, String lastMac,
            long count) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count, last_mac, seal FROM audit_head WHERE id = 1")) { //$NON-NLS-1$
            if (!rs.next()) {
                return Optional.of(new AuditVerification(count, previous, Optional.empty(), Optional.of(Messages.auditHeadMissing)));
            }
            long sealedCount = rs.getLong(1);
            String sealedMac = rs.getString(2);
            if (!AuditSeal.same(rs.getString(3), seal.head(sealedCount, sealedMac))) {
                return Optional.of(new AuditVerification(count, previous, Optional.empty(), Optional.of(Messages.auditHeadForged)));
            }
            if (sealedCount > count) {
                return Optional.of(bad(records, previous, count + 1,
                        NLS.bind(Messages.auditTruncated, Long.valueOf(sealedCount), Long.valueOf(count))));
            }
            if (sealedCount < count) {
                return Optional.of(bad(records, previous, sealedCount + 1,
                        NLS.bind(Messages.auditBeyondHead, Long.valueOf(sealedCount), Long.valueOf(count))));
            }
            if (count > 0 && !AuditSeal.same(sealedMac, lastMac)) {
                return Optional.of(bad(records, previous, count, Messages.auditRecordForged));
            }
            return Optional.empty();
        }
    }

    private static AuditVerification bad(List<AuditRecord> records, String head, long sequence, String problem) {
        return new AuditVerification(records.size(), head, Optional.of(Long.valueOf(sequence)), Optional.of(problem));
    }

    private static Map<Long, String> macs(Connection c) throws SQLException {
        Map<Long, String> macs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, mac FROM audit")) { //$NON-NLS-1$
            while (rs.next()) {
                macs.put(Long.valueOf(rs.getLong(1)), rs.getString(2));
            }
        }
        return macs;
    }

    /** The append-only triggers that are missing or not as CertDesk created them. */
    public static List<String> missingTriggers(Connection c) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")) { //$NON-NLS-1$
            while (rs.next()) {
                found.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> missing = new ArrayList<>();
        Schema.AUDIT_TRIGGERS.forEach((name, sql) -> {
            if (!sql.equals(found.get(name))) {
                missing.add(name);
            }
        });
        return missing;
    }
}
