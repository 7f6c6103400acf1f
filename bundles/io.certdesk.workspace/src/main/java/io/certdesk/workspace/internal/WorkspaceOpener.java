package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.db.Database;
import io.certdesk.workspace.internal.db.Schema;
import io.certdesk.workspace.internal.db.SettingsStore;
import io.certdesk.workspace.internal.secrets.KdfParameters;
import io.certdesk.workspace.internal.secrets.KeyDerivation;
import io.certdesk.workspace.internal.secrets.SecretBox;
import io.certdesk.workspace.internal.secrets.WorkspaceHeader;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/**
 * Creates and opens workspace folders:
 * <pre>
 * DIR/                    rwx------
 *   workspace.properties  rw-------  header: id, Argon2id parameters and salt, key check (nothing secret)
 *   workspace.lock        rw-------  held while a process has the workspace open
 *   workspace.db(-wal,-shm) rw-----  SQLite store
 *   vault/raw/, vault/export/  rwx------  certificate files named after entry ids
 *   .native/              rwx------  sqlite-jdbc's native library
 * </pre>
 */
public final class WorkspaceOpener {

    static final String LOCK_FILE = "workspace.lock"; //$NON-NLS-1$
    static final String NATIVE_DIR = ".native"; //$NON-NLS-1$
    static final String VAULT_DIR = "vault"; //$NON-NLS-1$

    private WorkspaceOpener() {
    }

    public static boolean isWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(WorkspaceHeader.FILE_NAME));
    }

    public static Workspace create(Path folder, char[] passphrase, WorkspaceSettings settings, Clock clock)
            throws WorkspaceException {
        try {
            if (Files.exists(folder)) {
                try (var children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.folderNotEmpty, folder));
                    }
                }
            } else {
                Path parent = folder.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                OwnerOnly.directory(folder);
            }
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotCreate, folder, e.getMessage()), e);
        }
        Lock lock = Lock.take(folder);
        byte[] key = null;
        try {
            byte[] salt = new byte[KeyDerivation.SALT_LENGTH];
            new SecureRandom().nextBytes(salt);
            String id = UUID.randomUUID().toString();
            key = KeyDerivation.derive(passphrase, salt, KdfParameters.DEFAULT);
            SecretBox box = new SecretBox(key, id);
            WorkspaceHeader.create(id, KdfParameters.DEFAULT, salt, box).write(folder);
            new Vault(folder.resolve(VAULT_DIR)).prepare();
            Database database = Database.open(folder, true, folder.resolve(NATIVE_DIR));
            Schema.migrate(database, clock.millis());
            DefaultWorkspace workspace = new DefaultWorkspace(folder, id, database, box, clock, lock);
            database.write(c -> {
                SettingsStore.write(c, settings);
                workspace.auditLog().append(c, "workspace.created", Optional.empty(), "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "Argon2id m=" + KdfParameters.DEFAULT.memoryKiB() + " KiB t=" + KdfParameters.DEFAULT.iterations() //$NON-NLS-1$ //$NON-NLS-2$
                                + " p=" + KdfParameters.DEFAULT.parallelism() + ", AES-256-GCM, schema " + Schema.CURRENT); //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            });
            return workspace;
        } catch (IOException | SQLException e) {
            lock.release();
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotCreate, folder, e.getMessage()), e);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    public static Workspace open(Path folder, char[] passphrase, Clock clock) throws WorkspaceException {
        WorkspaceHeader header;
        try {
            header = WorkspaceHeader.read(folder);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.notAWorkspace, folder), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.headerDamaged, folder), e);
        }
        if (header.format() > WorkspaceHeader.FORMAT) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.newerFormat, folder));
        }
        Lock lock = Lock.take(folder);
        byte[] key = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
        try {
            SecretBox box = new SecretBox(key, header.id());
            if (!header.keyMatches(box)) {
                box.close();
                lock.release();
                throw new WorkspaceException(ErrorCode.STORE_WRONG_PASSPHRASE, NLS.bind(Messages.wrongPassphrase, folder));
            }
            try {
                new Vault(folder.resolve(VAULT_DIR)).prepare();
                Database database = Database.open(folder, false, folder.resolve(NATIVE_DIR));
                Schema.migrate(database, clock.millis());
                return new DefaultWorkspace(folder, header.id(), database, box, clock, lock);
            } catch (IOException | SQLException e) {
                box.close();
                lock.release();
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotOpen, folder, e.getMessage()), e);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The folder's lock file, held (OS lock, released by the OS when the process dies) while open. */
    static final class Lock {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static Lock take(Path folder) throws WorkspaceException {
            Path file = folder.resolve(LOCK_FILE);
            FileChannel channel = null;
            try {
                if (!Files.exists(file)) {
                    OwnerOnly.file(file);
                }
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.inUse, folder));
                }
                return new Lock(channel, lock);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.inUse, folder), e);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotOpen, folder, e.getMessage()), e);
            }
        }

        void release() {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }
    }
}
