package io.certdesk.workspace.internal.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import io.certdesk.core.files.OwnerOnly;
import org.sqlite.SQLiteConfig;

/**
 * The workspace's SQLite store on one connection: WAL journal, {@code synchronous=FULL} (the WAL is fsynced at
 * every commit, so a committed step survives kill -9 and power loss), foreign keys on, temporary tables in memory
 * (nothing spills to the system's temporary folder). Writes are serialized by a lock; each state transition is
 * one transaction. The database file is created owner-only before SQLite opens it, and SQLite gives its -wal
 * and -shm files the same permissions.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "workspace.db"; //$NON-NLS-1$

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
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
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()); //$NON-NLS-1$
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA secure_delete = ON"); //$NON-NLS-1$
            statement.execute("PRAGMA cell_size_check = ON"); //$NON-NLS-1$
            // checkpoint the WAL every 256 pages (1 MiB) and truncate it back, so it never grows large on a small disk
            statement.execute("PRAGMA wal_autocheckpoint = 256"); //$NON-NLS-1$
            statement.execute("PRAGMA journal_size_limit = 1048576"); //$NON-NLS-1$
        }
        return new Database(connection);
    }

    /** Runs {@code work} in one transaction: committed (and fsynced) when it returns, rolled back when it throws. */
    public <T> T write(Work<T> work) throws SQLException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.unlock();
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
