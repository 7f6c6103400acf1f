package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.workspace.ChainRecord;

/**
 * The chain and verdict of an entry's latest verification ({@code chain_verdicts}, {@code chain_certificates},
 * {@code chain_checks}; schema version 5): one verdict per entry, replaced by the next verification.
 */
public final class ChainStore {

    private ChainStore() {
    }

    /** Replaces the entry's recorded chain and verdict, in the caller's transaction. */
    public static void put(Connection c, long entryId, ChainRecord record) throws SQLException {
        for (String table : List.of("chain_checks", "chain_certificates", "chain_verdicts")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE entry_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                s.setLong(1, entryId);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO chain_verdicts (entry_id, verified_at, trusted, error_code) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            s.setLong(1, entryId);
            s.setLong(2, record.verifiedAt().toEpochMilli());
            s.setInt(3, record.trusted() ? 1 : 0);
            if (record.failure().isPresent()) {
                s.setInt(4, record.failure().get().code());
            } else {
                s.setNull(4, java.sql.Types.INTEGER);
            }
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO chain_certificates (entry_id, position, subject," //$NON-NLS-1$
                + " issuer, serial_hex, not_before, not_after, sha256, source, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int position = 0;
            for (ChainRecord.Certificate certificate : record.certificates()) {
                s.setLong(1, entryId);
                s.setInt(2, position++);
                s.setString(3, certificate.subject());
                s.setString(4, certificate.issuer());
                s.setString(5, certificate.serialHex());
                s.setLong(6, certificate.notBefore().toEpochMilli());
                s.setLong(7, certificate.notAfter().toEpochMilli());
                s.setString(8, certificate.sha256());
                s.setString(9, certificate.source().name());
                s.setInt(10, certificate.anchor() ? 1 : 0);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO chain_checks (entry_id, position, kind, status, detail) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int position = 0;
            for (ChainVerdict.Check check : record.checks()) {
                s.setLong(1, entryId);
                s.setInt(2, position++);
                s.setString(3, check.kind().name());
                s.setString(4, check.status().name());
                s.setString(5, check.detail());
                s.executeUpdate();
            }
        }
    }

    /** The entry's recorded chain and verdict; empty when it was never verified (or before schema version 5). */
    public static Optional<ChainRecord> get(Connection c, long entryId) throws SQLException {
        Instant at;
        boolean trusted;
        Optional<ErrorCode> failure;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT verified_at, trusted, error_code FROM chain_verdicts WHERE entry_id = ?")) { //$NON-NLS-1$
            s.setLong(1, entryId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                at = Instant.ofEpochMilli(rs.getLong(1));
                trusted = rs.getInt(2) != 0;
                int code = rs.getInt(3);
                failure = rs.wasNull() ? Optional.empty() : Optional.of(ErrorCode.of(code).orElse(ErrorCode.UNKNOWN));
            }
        }
        List<ChainRecord.Certificate> certificates = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT subject, issuer, serial_hex, not_before, not_after, sha256," //$NON-NLS-1$
                + " source, anchor FROM chain_certificates WHERE entry_id = ? ORDER BY position")) { //$NON-NLS-1$
            s.setLong(1, entryId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    certificates.add(new ChainRecord.Certificate(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6),
                            ChainSource.valueOf(rs.getString(7)), rs.getInt(8) != 0));
                }
            }
        }
        List<ChainVerdict.Check> checks = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, status, detail FROM chain_checks WHERE entry_id = ? ORDER BY position")) { //$NON-NLS-1$
            s.setLong(1, entryId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    checks.add(new ChainVerdict.Check(ChainVerdict.CheckKind.valueOf(rs.getString(1)),
                            ChainVerdict.Status.valueOf(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        return Optional.of(new ChainRecord(at, trusted, failure, certificates, checks));
    }
}
