package io.certdesk.workspace.internal.vault;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only folders (rwx------) and files (rw-------), created with those permissions (never created open and
 * tightened later). On file systems without POSIX permissions (Windows) the user's profile ACLs apply.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$

    private OwnerOnly() {
    }

    /** Whether permissions can be set (POSIX file systems). */
    public static boolean posix() {
        return POSIX;
    }

    /** Creates the folder owner-only; an existing folder is left as it is. */
    public static Path directory(Path dir) throws IOException {
        try {
            return POSIX ? Files.createDirectory(dir, directoryAttribute()) : Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            return dir;
        }
    }

    /** Creates a new, empty owner-only file; fails when it exists. */
    public static Path file(Path file) throws IOException {
        return POSIX ? Files.createFile(file, fileAttribute()) : Files.createFile(file);
    }

    /** A new owner-only temporary file in {@code dir}. */
    public static Path temporaryFile(Path dir, String prefix, String suffix) throws IOException {
        return POSIX ? Files.createTempFile(dir, prefix, suffix, fileAttribute()) : Files.createTempFile(dir, prefix, suffix);
    }

    private static FileAttribute<Set<PosixFilePermission>> directoryAttribute() {
        return PosixFilePermissions.asFileAttribute(DIRECTORY);
    }

    private static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }
}
