package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema version 4: roster headers are stored once per import, and the per-row channel and export profile are the
 * product's vocabularies.
 * <p>
 * Up to version 3 every imported entry carried the whole header row of its roster in its extras
 * ({@code certdesk.headers}, the headers joined by U+001F). Version 4 adds the {@code imports} table (file name,
 * time, header row and column mapping of one import) and {@code entries.import_id}. Existing entries are grouped
 * by their header row: one {@code imports} row per distinct header row (file name and mapping unknown, the time of
 * its first entry), each entry pointing at its group; the {@code certdesk.headers} extras are then removed.
 * <p>
 * The same migration turns {@code entries.channel} into a channel id as version 3 read it: {@code mail} and
 * {@code email} are {@code mail}, {@code handout} is {@code handout}, any other text is {@code manual}, empty stays
 * empty (the workspace default); and {@code entries.export_profile} into a profile id ({@code modern},
 * {@code compat}) or NULL for anything else, which version 3 also treated as the workspace default.
 */
final class ImportsMigration {

    /** The extra in which versions up to 3 stored the header row with every entry. */
    static final String LEGACY_HEADERS = "certdesk.headers"; //$NON-NLS-1$

    static final List<String> TABLES = List.of(
            "CREATE TABLE imports (id INTEGER PRIMARY KEY AUTOINCREMENT, file_name TEXT NOT NULL," //$NON-NLS-1$
                    + " imported_at INTEGER NOT NULL, headers TEXT NOT NULL, mapping TEXT NOT NULL)", //$NON-NLS-1$
            "ALTER TABLE entries ADD COLUMN import_id INTEGER REFERENCES imports(id)", //$NON-NLS-1$
            "CREATE INDEX entries_import ON entries(import_id)"); //$NON-NLS-1$

    private ImportsMigration() {
    }

    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : TABLES) {
                s.execute(sql);
            }
        }
        moveHeaders(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE entries SET channel = CASE lower(trim(channel)) WHEN '' THEN ''" //$NON-NLS-1$
                    + " WHEN 'mail' THEN 'mail' WHEN 'email' THEN 'mail' WHEN 'handout' THEN 'handout' ELSE 'manual' END"); //$NON-NLS-1$
            s.executeUpdate("UPDATE entries SET export_profile = CASE lower(trim(export_profile))" //$NON-NLS-1$
                    + " WHEN 'modern' THEN 'modern' WHEN 'compat' THEN 'compat' ELSE NULL END"); //$NON-NLS-1$
        }
    }

    private static void moveHeaders(Connection c) throws SQLException {
        List<String> headerRows = new ArrayList<>();
        List<Long> firstImported = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT x.value, min(e.imported_at) FROM entry_extras x" //$NON-NLS-1$
                        + " JOIN entries e ON e.id = x.entry_id WHERE x.name = '" + LEGACY_HEADERS + "'" //$NON-NLS-1$ //$NON-NLS-2$
                        + " GROUP BY x.value ORDER BY min(e.id)")) { //$NON-NLS-1$
            while (rows.next()) {
                headerRows.add(rows.getString(1));
                firstImported.add(Long.valueOf(rows.getLong(2)));
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO imports (file_name, imported_at, headers, mapping)" //$NON-NLS-1$
                + " VALUES ('', ?, ?, '')", Statement.RETURN_GENERATED_KEYS); //$NON-NLS-1$
                PreparedStatement link = c.prepareStatement("UPDATE entries SET import_id = ? WHERE id IN" //$NON-NLS-1$
                        + " (SELECT entry_id FROM entry_extras WHERE name = '" + LEGACY_HEADERS + "' AND value = ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < headerRows.size(); i++) {
                insert.setLong(1, firstImported.get(i).longValue());
                insert.setString(2, headerRows.get(i));
                insert.executeUpdate();
                long id;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                link.setLong(1, id);
                link.setString(2, headerRows.get(i));
                link.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM entry_extras WHERE name = '" + LEGACY_HEADERS + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
