package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.db.Database;
import org.eclipse.osgi.util.NLS;

/**
 * Reads and transactions on the workspace's one connection, with store failures turned into
 * {@link WorkspaceException}s that name the folder: {@code STORE_CANNOT_OPEN} for reads, {@code STORE_CANNOT_WRITE}
 * for writes (with the space left when the disk is full), a move outside the life cycle as {@code UNKNOWN}.
 */
final class StoreAccess {

    private final Database database;
    private final Path folder;

    StoreAccess(Database database, Path folder) {
        this.database = database;
        this.folder = folder;
    }

    <T> T read(Database.Work<T> work) throws WorkspaceException {
        try {
            return database.read(work);
        } catch (SQLException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotRead, folder, e.getMessage()), e);
        }
    }

    <T> T write(Database.Work<T> work) throws WorkspaceException {
        try {
            return database.write(work);
        } catch (SQLException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotWrite, folder, diskHint(e)), e);
        } catch (IllegalStateException e) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notInLifeCycle, e.getMessage()), e);
        }
    }

    /** The driver's message, or "disk full" with the space left when the disk is (nearly) full. */
    private String diskHint(SQLException e) {
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < 1024 * 1024) {
                return NLS.bind(Messages.diskFull, Long.toString(free / 1024));
            }
        } catch (IOException ignored) {
            // fall back to the driver's message
        }
        return e.getMessage();
    }
}
