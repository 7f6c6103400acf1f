package io.certdesk.portal.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

import io.certdesk.core.errors.ErrorCode;

/**
 * Saves a downloaded PKCS#12 so that no partial file is ever seen: a temporary file created owner-only
 * (rw-------) in the target's folder, written and synced, then renamed atomically into place. An existing
 * file is never replaced (303); a failure leaves nothing behind (302).
 */
public final class CertificateFiles {

    private CertificateFiles() {
    }

    public static void writeNew(Path target, byte[] data) throws PortalClientException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new PortalClientException(ErrorCode.STORE_FILE_EXISTS, absolute + ": the file already exists."); //$NON-NLS-1$
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PortalClientException(ErrorCode.STORE_CANNOT_OPEN, folder + ": the folder does not exist."); //$NON-NLS-1$
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".certdesk-", ".part", ownerOnly()); //$NON-NLS-1$ //$NON-NLS-2$
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(absolute.toString());
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute);
            }
            syncFolder(folder);
        } catch (FileAlreadyExistsException e) {
            throw new PortalClientException(ErrorCode.STORE_FILE_EXISTS, absolute + ": the file already exists.", e); //$NON-NLS-1$
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new PortalClientException(ErrorCode.STORE_CANNOT_ADD, absolute + ": cannot write in " + folder + " (" //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getClass().getSimpleName() + ").", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new PortalClientException(ErrorCode.STORE_CANNOT_ADD, absolute + ": " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // best effort: the temporary name starts with a dot and ends in .part
                }
            }
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every platform can sync a folder (Windows): the rename itself is already atomic
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
            return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }; //$NON-NLS-1$
        }
        return new FileAttribute<?>[0];
    }
}
