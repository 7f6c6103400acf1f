package io.certdesk.workspace.internal.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4Connection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * sqlite-jdbc's connection, keeping prepared statements for reuse: {@code prepareStatement(sql)} hands out the
 * statement an earlier use of the same SQL closed, and {@code close()} on it gives it back (its parameters cleared)
 * instead of finalizing it. SQLite compiles a statement in tens of microseconds, and a batch's state transitions ran
 * some 40 statements per entry, each compiled anew: 40 % of a 1,000-entry run's SQLite time. sqlite-jdbc keeps no
 * statements itself, and a pool's statement pooling (DBCP) is made for many connections and would add two bundles
 * for this one map; sqlite-jdbc's own classes are extended rather than wrapped, so the statements' methods run
 * without a layer of delegation.
 * <p>
 * A statement is lent to one user at a time: the same SQL prepared again while its statement is out (a query inside
 * another's loop) gets a statement of its own, finalized when that user closes it. The least recently used
 * statements beyond {@value #CAPACITY} are finalized; closing the connection finalizes the rest. Not thread-safe:
 * used under the database's lock. A user must not touch a statement after closing it (the next user has it).
 */
final class StatementKeepingConnection extends JDBC4Connection {

    static final int CAPACITY = 64;

    private final Map<String, KeptStatement> kept = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true);
    private int compiled;

    /** Opens the database {@code fileName} (the address in {@code url}), as sqlite-jdbc's driver does. */
    StatementKeepingConnection(String url, String fileName, Properties properties) throws SQLException {
        super(url, fileName, properties);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        KeptStatement statement = kept.get(sql);
        if (statement != null && statement.lent) {
            compiled++;
            return super.prepareStatement(sql); // nested use of the same SQL: a statement of its own
        }
        if (statement == null || statement.isClosed()) {
            checkOpen();
            compiled++;
            statement = new KeptStatement(this, sql);
            kept.put(sql, statement);
            trim();
        }
        statement.lent = true;
        return statement;
    }

    /** Statements SQLite compiled for {@link #prepareStatement(String)} so far (for tests). */
    int compiled() {
        return compiled;
    }

    /** Statements kept now (for tests). */
    int keptCount() {
        return kept.size();
    }

    private void trim() throws SQLException {
        Iterator<KeptStatement> oldestFirst = kept.values().iterator();
        while (kept.size() > CAPACITY && oldestFirst.hasNext()) {
            KeptStatement statement = oldestFirst.next();
            if (!statement.lent) {
                oldestFirst.remove();
                statement.finish();
            }
        }
    }

    /** Closes the connection; sqlite-jdbc finalizes every statement still open on it, the kept ones too. */
    @Override
    public void close() throws SQLException {
        kept.clear();
        super.close();
    }

    /** A statement kept for its SQL; {@link #close()} gives it back, {@link #finish()} finalizes it. */
    private static final class KeptStatement extends JDBC4PreparedStatement {

        boolean lent;

        KeptStatement(SQLiteConnection connection, String sql) throws SQLException {
            super(connection, sql);
        }

        @Override
        public void close() throws SQLException {
            if (!lent) {
                return;
            }
            lent = false;
            if (!isClosed()) {
                // a query's result set is closed (and the statement reset) by its user or by the next execution;
                // the values bound (names, addresses) must not stay in the statement until then
                clearParameters();
            }
        }

        void finish() throws SQLException {
            lent = false;
            super.close();
        }
    }
}
