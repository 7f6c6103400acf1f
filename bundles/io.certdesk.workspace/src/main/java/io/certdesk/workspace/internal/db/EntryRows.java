package io.certdesk.workspace.internal.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;

/** Maps a row of {@code entries} (columns in {@link EntryStore}'s order) to an {@link Entry}. */
final class EntryRows {

    private EntryRows() {
    }

    static Entry entry(ResultSet rs, Map<String, String> extras) throws SQLException {
        Optional<CertificateInfo> certificate = Optional.empty();
        String subject = rs.getString(20);
        if (subject != null) {
            certificate = Optional.of(new CertificateInfo(subject, rs.getString(21), rs.getString(22),
                    Instant.ofEpochMilli(rs.getLong(23)), Instant.ofEpochMilli(rs.getLong(24)), rs.getString(25), rs.getString(26)));
        }
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                DeliveryChannel.fromId(rs.getString(7)), rs.getString(8),
                Optional.ofNullable(rs.getString(9)).flatMap(ExportProfile::fromId), extras, longValue(rs, 29),
                EntryState.valueOf(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)).map(EntryState::valueOf), errorCode(rs, 12),
                Optional.ofNullable(rs.getString(13)), Instant.ofEpochMilli(rs.getLong(14)), Instant.ofEpochMilli(rs.getLong(15)),
                instant(rs, 16), rs.getInt(17) != 0, rs.getInt(18), Optional.ofNullable(rs.getString(19)), certificate,
                Optional.ofNullable(rs.getString(27)), longValue(rs, 28));
    }

    private static Optional<ErrorCode> errorCode(ResultSet rs, int column) throws SQLException {
        int code = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(ErrorCode.of(code).orElse(ErrorCode.UNKNOWN));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    private static Optional<Long> longValue(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Long.valueOf(value));
    }
}
