package io.certdesk.workspace.testing;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Turns a store written by this code back into an older schema version, for the migration tests. */
public final class OlderStores {

    /** Undoes schema version 5 (recorded chains and verdicts): what a version 4 store lacks. */
    public static final List<String> UNDO_VERSION_5 = List.of("DROP TABLE chain_checks", "DROP TABLE chain_certificates",
            "DROP TABLE chain_verdicts", "DELETE FROM schema_version WHERE version = 5");

    /** Undoes schema versions 5 and 4 (roster imports): what a version 3 store lacks. */
    public static final List<String> UNDO_VERSION_4 = List.of("DROP TABLE chain_checks", "DROP TABLE chain_certificates",
            "DROP TABLE chain_verdicts", "DELETE FROM schema_version WHERE version = 5", "DROP INDEX entries_import",
            "ALTER TABLE entries DROP COLUMN import_id", "DROP TABLE imports", "DELETE FROM schema_version WHERE version = 4");

    private OlderStores() {
    }

    public static void undoVersion5(Statement s) throws SQLException {
        for (String sql : UNDO_VERSION_5) {
            s.execute(sql);
        }
    }

    public static void undoVersion4(Statement s) throws SQLException {
        for (String sql : UNDO_VERSION_4) {
            s.execute(sql);
        }
    }
}
