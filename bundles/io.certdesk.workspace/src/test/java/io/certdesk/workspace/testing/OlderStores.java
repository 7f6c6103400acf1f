package io.certdesk.workspace.testing;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Turns a store written by this code back into an older schema version, for the migration tests. */
public final class OlderStores {

    /** Undoes schema version 4 (roster imports): what a version 3 store lacks. */
    public static final List<String> UNDO_VERSION_4 = List.of("DROP INDEX entries_import",
            "ALTER TABLE entries DROP COLUMN import_id", "DROP TABLE imports", "DELETE FROM schema_version WHERE version = 4");

    private OlderStores() {
    }

    public static void undoVersion4(Statement s) throws SQLException {
        for (String sql : UNDO_VERSION_4) {
            s.execute(sql);
        }
    }
}
