package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.certdesk.workspace.ImportRecord;
import io.certdesk.workspace.ImportSource;

/**
 * The {@code imports} table: one row per roster import with its file name, time, header row and column mapping.
 * Headers and mapping entries are joined by U+001F, which a normalised roster cell never contains.
 */
public final class ImportStore {

    private static final String SEPARATOR = "\u001F"; //$NON-NLS-1$

    private ImportStore() {
    }

    /** Records an import; returns its id. */
    public static long insert(Connection c, ImportSource source, long importedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO imports (file_name, imported_at, headers, mapping)" //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) { //$NON-NLS-1$
            s.setString(1, source.fileName());
            s.setLong(2, importedAt);
            s.setString(3, String.join(SEPARATOR, source.headers()));
            List<String> mapping = new ArrayList<>();
            source.mapping().forEach((field, column) -> mapping.add(field + '=' + column));
            s.setString(4, String.join(SEPARATOR, mapping));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every import, oldest first. */
    public static List<ImportRecord> all(Connection c) throws SQLException {
        List<ImportRecord> imports = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, imported_at, file_name, headers, mapping FROM imports ORDER BY id")) { //$NON-NLS-1$
            while (rs.next()) {
                imports.add(new ImportRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                        new ImportSource(rs.getString(3), split(rs.getString(4)), mapping(rs.getString(5)))));
            }
        }
        return imports;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    private static Map<String, Integer> mapping(String joined) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (String pair : split(joined)) {
            int equals = pair.lastIndexOf('=');
            if (equals > 0) {
                try {
                    mapping.put(pair.substring(0, equals), Integer.valueOf(pair.substring(equals + 1)));
                } catch (NumberFormatException e) {
                    // a damaged pair names no column: left out
                }
            }
        }
        return mapping;
    }
}
