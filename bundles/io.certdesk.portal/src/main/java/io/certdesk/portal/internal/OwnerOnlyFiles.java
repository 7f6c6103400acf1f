package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders that hold the portal's secrets (keys, password hashes, rosters): folders rwx------,
 * files rw-------, from the moment they are created. Files are written to a temporary file in the same
 * folder, synced and moved into place atomically, so a reader never sees half a file.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
    public static Path directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            directory(parent);
        }
        return Files.createDirectory(dir, folderAttributes());
    }

    /** Writes (or replaces) the file atomically with owner-only permissions. */
    public static void write(Path target, byte[] data) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".portal-", ".tmp", fileAttributes()); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) } //$NON-NLS-1$
                : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] folderAttributes() {
        return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")) } //$NON-NLS-1$
                : new FileAttribute<?>[0];
    }
}
