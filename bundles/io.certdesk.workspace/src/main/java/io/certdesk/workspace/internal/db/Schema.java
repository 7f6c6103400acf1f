package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's schema and its migrations, every table of the workspace in one place (entries, roster imports,
 * secrets, audit and the delivery ledger). {@code schema_version} lists every migration applied with its time; each migration runs
 * in its own transaction. A store newer than this code is refused.
 * <p>
 * Version 2 seals the audit log; version 3 adds the delivery ledger; version 4 stores each roster import's header
 * row once ({@code imports}, {@code entries.import_id}) and the per-row channel and profile as ids
 * ({@link ImportsMigration}); version 5 keeps the chain and verdict of each entry's latest verification
 * ({@link ChainStore}). Workspaces written before version 3 may already hold a {@code delivery_ledger}
 * table, created by the delivery engine's former second connection with {@code entry_id} as text ({@code e}
 * and the entry id) and times as ISO-8601 text; {@link LedgerMigration} converts those rows (see there).
 */
public final class Schema {

    /** The version this code writes. */
    public static final int CURRENT = 5;

    /** The audit table's append-only triggers, by name, exactly as created (checked by the audit verification). */
    public static final Map<String, String> AUDIT_TRIGGERS;

    static {
        Map<String, String> triggers = new LinkedHashMap<>();
        triggers.put("audit_append_only_update", //$NON-NLS-1$
                "CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"); //$NON-NLS-1$
        triggers.put("audit_append_only_delete", //$NON-NLS-1$
                "CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"); //$NON-NLS-1$
        AUDIT_TRIGGERS = Collections.unmodifiableMap(triggers);
    }

    private static final List<String> V1 = List.of(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)", //$NON-NLS-1$
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)", //$NON-NLS-1$
            "CREATE TABLE trusted_certificates (id INTEGER PRIMARY KEY, der BLOB NOT NULL)", //$NON-NLS-1$
            "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, group_id TEXT NOT NULL, cert_number TEXT NOT NULL," //$NON-NLS-1$
                    + " name TEXT NOT NULL, email TEXT NOT NULL, department TEXT NOT NULL, channel TEXT NOT NULL," //$NON-NLS-1$
                    + " recipient TEXT NOT NULL, export_profile TEXT, state TEXT NOT NULL, failed_from TEXT," //$NON-NLS-1$
                    + " error_code INTEGER, error_detail TEXT, imported_at INTEGER NOT NULL, updated_at INTEGER NOT NULL," //$NON-NLS-1$
                    + " download_started_at INTEGER, first_download_at INTEGER, first_download_portal INTEGER NOT NULL DEFAULT 0," //$NON-NLS-1$
                    + " download_count INTEGER NOT NULL DEFAULT 0, portal_file_name TEXT, raw_sha256 TEXT," //$NON-NLS-1$
                    + " subject TEXT, issuer TEXT, serial_hex TEXT, not_before INTEGER, not_after INTEGER, cert_sha256 TEXT," //$NON-NLS-1$
                    + " cert_sha1 TEXT, export_sha256 TEXT, superseded_by INTEGER REFERENCES entries(id)," //$NON-NLS-1$
                    + " UNIQUE (group_id, cert_number))", //$NON-NLS-1$
            "CREATE INDEX entries_state ON entries(state)", //$NON-NLS-1$
            "CREATE INDEX entries_identity ON entries(subject, issuer)", //$NON-NLS-1$
            "CREATE TABLE entry_extras (entry_id INTEGER NOT NULL REFERENCES entries(id), name TEXT NOT NULL," //$NON-NLS-1$
                    + " value TEXT NOT NULL, PRIMARY KEY (entry_id, name))", //$NON-NLS-1$
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL," //$NON-NLS-1$
                    + " entry_id INTEGER, cert_number TEXT NOT NULL, fingerprint TEXT NOT NULL, detail TEXT NOT NULL," //$NON-NLS-1$
                    + " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)", //$NON-NLS-1$
            "CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END", //$NON-NLS-1$
            "CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END", //$NON-NLS-1$
            "CREATE TABLE transitions (id INTEGER PRIMARY KEY AUTOINCREMENT, entry_id INTEGER NOT NULL REFERENCES entries(id)," //$NON-NLS-1$
                    + " from_state TEXT, to_state TEXT NOT NULL, at INTEGER NOT NULL, reason TEXT NOT NULL, error_code INTEGER," //$NON-NLS-1$
                    + " audit_seq INTEGER NOT NULL REFERENCES audit(seq))", //$NON-NLS-1$
            "CREATE INDEX transitions_entry ON transitions(entry_id)", //$NON-NLS-1$
            "CREATE TABLE secrets (owner TEXT NOT NULL, field TEXT NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL," //$NON-NLS-1$
                    + " PRIMARY KEY (owner, field))"); //$NON-NLS-1$

    /**
     * Version 2: the audit log is sealed. Each record gets a keyed MAC ({@code mac}); {@code audit_head} holds the
     * sealed head (record count, last MAC, and their MAC). Records written before are sealed on the first open by
     * the key holder ({@code AuditLog.sealExisting}).
     */
    private static final List<String> V2 = List.of(
            "ALTER TABLE audit ADD COLUMN mac TEXT", //$NON-NLS-1$
            "CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL, last_mac TEXT NOT NULL," //$NON-NLS-1$
                    + " seal TEXT NOT NULL)"); //$NON-NLS-1$


    /** The delivery ledger: one row per message (or hand-over) of one part of one entry. */
    static final List<String> LEDGER = List.of(
            "CREATE TABLE delivery_ledger (message_id TEXT PRIMARY KEY," //$NON-NLS-1$
                    + " entry_id INTEGER NOT NULL REFERENCES entries(id), part TEXT NOT NULL, channel TEXT NOT NULL," //$NON-NLS-1$
                    + " recipient TEXT NOT NULL, state TEXT NOT NULL, error_code INTEGER NOT NULL DEFAULT 0," //$NON-NLS-1$
                    + " detail TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL," //$NON-NLS-1$
                    + " updated_at INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE)", //$NON-NLS-1$
            "CREATE INDEX delivery_ledger_entry ON delivery_ledger (entry_id, part, seq)", //$NON-NLS-1$
            "CREATE INDEX delivery_ledger_state ON delivery_ledger (state)"); //$NON-NLS-1$

    /**
     * Version 5: the chain (leaf first, where each certificate came from, which one was the anchor) and the verdict
     * with every check of an entry's latest verification. Entries verified before have none.
     */
    private static final List<String> V5 = List.of(
            "CREATE TABLE chain_verdicts (entry_id INTEGER PRIMARY KEY REFERENCES entries(id), verified_at INTEGER NOT NULL," //$NON-NLS-1$
                    + " trusted INTEGER NOT NULL, error_code INTEGER)", //$NON-NLS-1$
            "CREATE TABLE chain_certificates (entry_id INTEGER NOT NULL REFERENCES entries(id), position INTEGER NOT NULL," //$NON-NLS-1$
                    + " subject TEXT NOT NULL, issuer TEXT NOT NULL, serial_hex TEXT NOT NULL, not_before INTEGER NOT NULL," //$NON-NLS-1$
                    + " not_after INTEGER NOT NULL, sha256 TEXT NOT NULL, source TEXT NOT NULL, anchor INTEGER NOT NULL," //$NON-NLS-1$
                    + " PRIMARY KEY (entry_id, position))", //$NON-NLS-1$
            "CREATE TABLE chain_checks (entry_id INTEGER NOT NULL REFERENCES entries(id), position INTEGER NOT NULL," //$NON-NLS-1$
                    + " kind TEXT NOT NULL, status TEXT NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (entry_id, position))"); //$NON-NLS-1$

    /** One migration, run inside its transaction. */
    @FunctionalInterface
    interface Migration {
        void apply(Connection connection) throws SQLException;
    }

    private static final List<Migration> MIGRATIONS = List.of(statements(V1), statements(V2), LedgerMigration::apply,
            ImportsMigration::apply, statements(V5));

    private static Migration statements(List<String> sql) {
        return c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : sql) {
                    s.execute(statement);
                }
            }
        };
    }

    private Schema() {
    }

    /** The version of the store (0 for an empty one). */
    public static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet tables = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) { //$NON-NLS-1$
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) { //$NON-NLS-1$
            return rs.getInt(1);
        }
    }

    /** Applies the missing migrations; returns the version before. */
    public static int migrate(Database database, long now) throws SQLException {
        int before = database.read(Schema::version);
        if (before > CURRENT) {
            throw new SQLException("schema version " + before + " is newer than " + CURRENT); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int version = before + 1; version <= CURRENT; version++) {
            Migration migration = MIGRATIONS.get(version - 1);
            int applied = version;
            database.write(c -> {
                migration.apply(c);
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + applied + ", " + now + ')'); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return null;
            });
        }
        return before;
    }
}
