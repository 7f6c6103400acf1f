package io.certdesk.workspace.internal.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.certdesk.core.files.OwnerOnly;
import org.sqlite.SQLiteConfig;

/**
 * The workspace's SQLite store on one connection: WAL journal, {@code synchronous=FULL} (the WAL is fsynced at
 * every commit, so a committed step survives kill -9 and power loss), foreign keys on, temporary tables in memory
 * (nothing spills to the system's temporary folder). Writes are serialized by a lock; each state transition is
 * one transaction, and transitions that wait for each other share a commit ({@link #write}). The connection keeps
 * its prepared statements for reuse ({@link StatementKeepingConnection}). The database file is created owner-only
 * before SQLite opens it, and SQLite gives its -wal and -shm files the same permissions.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "workspace.db"; //$NON-NLS-1$

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final StatementKeepingConnection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Pending<?>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger commits = new AtomicInteger();

    private Database(StatementKeepingConnection connection) {
        this.connection = connection;
    }

    /**
     * Opens (creating when {@code create}) the database in {@code folder}. {@code nativeDir} is where
     * sqlite-jdbc unpacks its native library, unless the JVM was started with {@code org.sqlite.tmpdir}.
     */
    public static Database open(Path folder, boolean create, Path nativeDir) throws SQLException, IOException {
        Path file = folder.resolve(FILE_NAME);
        if (create) {
            OwnerOnly.file(file);
        } else if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing"); //$NON-NLS-1$
        }
        NativeLibrary.prepare(nativeDir);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setBusyTimeout(10_000);
        config.setLockingMode(SQLiteConfig.LockingMode.NORMAL);
        String address = file.toAbsolutePath().toString();
        StatementKeepingConnection connection = new StatementKeepingConnection("jdbc:sqlite:" + address, address, //$NON-NLS-1$
                config.toProperties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA secure_delete = ON"); //$NON-NLS-1$
            statement.execute("PRAGMA cell_size_check = ON"); //$NON-NLS-1$
            // checkpoint the WAL every 256 pages (1 MiB) and truncate it back, so it never grows large on a small disk
            statement.execute("PRAGMA wal_autocheckpoint = 256"); //$NON-NLS-1$
            statement.execute("PRAGMA journal_size_limit = 1048576"); //$NON-NLS-1$
        }
        return new Database(connection);
    }

    /**
     * Runs {@code work} in a transaction: committed (and fsynced) when it returns, rolled back when it throws. Writes
     * that wait while another commits share the next commit (group commit): the first of them runs every waiting
     * work in the order they arrived, each inside its own savepoint (a work that throws is rolled back alone and its
     * caller gets its exception), and commits them with one fsync. Each caller still returns only after its work is
     * durable, and sees exactly what one transaction per work would show; only the number of fsyncs falls when
     * several threads write at once (a pipeline's download, verify and export steps). A work that writes again from
     * inside its work joins the transaction it runs in.
     */
    public <T> T write(Work<T> work) throws SQLException {
        if (lock.isHeldByCurrentThread()) {
            return work.run(connection);
        }
        Pending<T> mine = new Pending<>(work);
        waiting.add(mine);
        lock.lock();
        try {
            if (!mine.settled) {
                List<Pending<?>> group = new ArrayList<>();
                for (Pending<?> next = waiting.poll(); next != null; next = waiting.poll()) {
                    group.add(next);
                }
                commit(group);
            }
        } finally {
            lock.unlock();
        }
        return mine.outcome();
    }

    /** Transactions committed so far (for tests). */
    int commits() {
        return commits.get();
    }

    /** Statements SQLite compiled for the works so far (for tests). */
    int statementsCompiled() {
        return connection.compiled();
    }

    /** Statements kept for reuse now (for tests). */
    int statementsKept() {
        return connection.keptCount();
    }

    /** Writes waiting for the lock (for tests). */
    int waiting() {
        return waiting.size();
    }

    /** One transaction for the group; each work's result or failure is kept for its caller. */
    private void commit(List<Pending<?>> group) {
        try {
            connection.setAutoCommit(false);
            try {
                for (Pending<?> pending : group) {
                    pending.runIn(connection);
                }
                connection.commit();
                commits.incrementAndGet();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                for (Pending<?> pending : group) {
                    pending.failIfDone(e);
                }
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) { // setAutoCommit: the connection is broken
            for (Pending<?> pending : group) {
                pending.failIfDone(e);
            }
        } finally {
            for (Pending<?> pending : group) {
                pending.settled = true;
            }
        }
    }

    /** A write waiting for (or done in) a group commit. Its fields are guarded by the database's lock. */
    private static final class Pending<T> {

        private final Work<T> work;
        private T result;
        private Throwable failure;
        private boolean ran;
        boolean settled;

        Pending(Work<T> work) {
            this.work = work;
        }

        /** Runs the work in a savepoint of the open transaction; a failure rolls back to it and is kept. */
        void runIn(Connection connection) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                result = work.run(connection);
                connection.releaseSavepoint(savepoint);
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
                // when SQLite rolled the whole transaction back itself (disk full, I/O error), this throws and the
                // group fails together
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
            ran = true;
        }

        /** The whole transaction failed: a work that had succeeded gets that failure, a failed one keeps its own. */
        void failIfDone(Throwable e) {
            if (failure == null) {
                failure = e;
                result = null;
            }
            ran = true;
        }

        T outcome() throws SQLException {
            if (!ran) {
                throw new SQLException("the write was not run"); //$NON-NLS-1$
            }
            if (failure instanceof SQLException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }

    /** Runs {@code work} for reading, under the same lock (one connection). */
    public <T> T read(Work<T> work) throws SQLException {
        lock.lock();
        try {
            return work.run(connection);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }
}
