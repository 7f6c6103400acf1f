package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import io.certdesk.workspace.AuditVerification;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.audit.AuditLog;
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
 *   workspace.properties  rw-------  header: id, Argon2id parameters and salt, key check over every field (nothing secret)
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
    /** Temporary files of libraries working for this workspace (POI), owner-only, emptied when it opens. */
    static final String TEMP_DIR = "tmp"; //$NON-NLS-1$

    private WorkspaceOpener() {
    }

    public static boolean isWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(WorkspaceHeader.FILE_NAME));
    }

    public static Workspace create(Path folder, char[] passphrase, WorkspaceSettings settings, Clock clock)
            throws WorkspaceException {
        if (!settings.trust().hasAnchor()) {
            throw new WorkspaceException(ErrorCode.STORE_NO_TRUST_ANCHOR, NLS.bind(Messages.noTrustAnchor, folder));
        }
        try {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.folderNotEmpty, folder));
                }
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
            // an existing folder becomes owner-only (or is refused: another user's, a link, a disk without protection)
            FolderGuard.claim(folder);
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
            prepareTemporaryFolder(folder);
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
        DefaultWorkspace workspace = openUnchecked(folder, passphrase, clock);
        AuditVerification verification;
        try {
            verification = workspace.verifyAudit();
        } catch (WorkspaceException | RuntimeException e) {
            closeQuietly(workspace);
            throw e;
        }
        if (!verification.intact()) {
            closeQuietly(workspace);
            throw refused(folder, verification);
        }
        return workspace;
    }

    /** Opens (as {@link #open}) only to verify the audit log, which may be broken; closes again. */
    public static AuditVerification verifyAudit(Path folder, char[] passphrase, Clock clock) throws WorkspaceException {
        DefaultWorkspace workspace = openUnchecked(folder, passphrase, clock);
        try {
            return workspace.verifyAudit();
        } finally {
            workspace.close();
        }
    }

    /**
     * Reads the bounded header, checks the passphrase (and, format 2, that no header field changed), migrates the
     * schema and seals a log written before sealing existed (after its SHA-256 chain verified), then upgrades the
     * header. Does not verify the sealed log: {@link #open} does.
     */
    private static DefaultWorkspace openUnchecked(Path folder, char[] passphrase, Clock clock) throws WorkspaceException {
        if (isWorkspace(folder)) {
            FolderGuard.check(folder); // before the passphrase is used or anything is read from the folder
        }
        WorkspaceHeader header;
        try {
            header = WorkspaceHeader.read(folder);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.notAWorkspace, folder), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.headerDamaged, folder), e);
        }
        if (header.format() > WorkspaceHeader.FORMAT || header.format() < WorkspaceHeader.LEGACY_FORMAT) {
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
            DefaultWorkspace workspace;
            try {
                new Vault(folder.resolve(VAULT_DIR)).prepare();
            prepareTemporaryFolder(folder);
                Database database = Database.open(folder, false, folder.resolve(NATIVE_DIR));
                Schema.migrate(database, clock.millis());
                workspace = new DefaultWorkspace(folder, header.id(), database, box, clock, lock);
            } catch (IOException | SQLException e) {
                box.close();
                lock.release();
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotOpen, folder, e.getMessage()), e);
            }
            if (!header.current()) {
                upgrade(workspace, header, folder);
            }
            return workspace;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Whether {@code passphrase} opens the workspace {@code id} in {@code folder}: its header's key check, with the
     * key derived again (the workspace stays open; nothing is written).
     */
    static boolean passphraseMatches(Path folder, String id, char[] passphrase) throws WorkspaceException {
        WorkspaceHeader header;
        try {
            header = WorkspaceHeader.read(folder);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.headerDamaged, folder), e);
        }
        if (!header.id().equals(id)) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.headerDamaged, folder));
        }
        byte[] key = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
        try (SecretBox box = new SecretBox(key, header.id())) {
            return header.keyMatches(box);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** First open of a format-1 workspace by its key holder: seal the audit log, then write the format-2 header. */
    private static void upgrade(DefaultWorkspace workspace, WorkspaceHeader header, Path folder) throws WorkspaceException {
        try {
            boolean sealed = workspace.database().read(AuditLog::sealed);
            if (!sealed) {
                AuditVerification legacy = workspace.database().read(workspace.auditLog()::verifyUnsealed);
                if (!legacy.intact()) {
                    throw refused(folder, legacy);
                }
                workspace.database().write(c -> {
                    workspace.auditLog().sealExisting(c);
                    workspace.auditLog().append(c, "audit.sealed", Optional.empty(), "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            "HMAC-SHA256 record MACs and sealed head; header format " + WorkspaceHeader.FORMAT); //$NON-NLS-1$
                    return null;
                });
            }
            header.upgraded(workspace.box()).write(folder);
        } catch (WorkspaceException e) {
            closeQuietly(workspace);
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(workspace);
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE, NLS.bind(Messages.cannotOpen, folder, e.getMessage()), e);
        }
    }

    /** The owner-only {@value #TEMP_DIR} folder, emptied of what an interrupted process left in it. */
    private static void prepareTemporaryFolder(Path folder) throws IOException {
        Path temp = OwnerOnly.directory(folder.resolve(TEMP_DIR));
        try (var leftovers = Files.walk(temp)) {
            for (Path path : leftovers.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(temp)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** [308] naming the first bad record (when the problem is one) and what was found. */
    private static WorkspaceException refused(Path folder, AuditVerification verification) {
        String problem = verification.problem().orElse(""); //$NON-NLS-1$
        return new WorkspaceException(ErrorCode.STORE_AUDIT_BROKEN, verification.firstBadSequence()
                .map(n -> NLS.bind(Messages.auditRefused, new Object[] { folder, n, problem }))
                .orElseGet(() -> NLS.bind(Messages.auditRefusedWhole, folder, problem)));
    }

    private static void closeQuietly(Workspace workspace) {
        try {
            workspace.close();
        } catch (WorkspaceException e) {
            // already failing: the first error is the one to report
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
