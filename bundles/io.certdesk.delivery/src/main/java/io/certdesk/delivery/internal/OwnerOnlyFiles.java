package io.certdesk.delivery.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that hold passwords (dry-run password mails, the handout, received demo mails) readable by
 * their owner only from the start: a rw------- temporary file in the same folder, synced, then moved into
 * place. An existing file is never replaced; a failure leaves nothing behind.
 */
public final class OwnerOnlyFiles {

    /** Writes the content produced by {@code writer}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temporary = Files.createTempFile(absolute.getParent(), ".certdesk-", ".tmp", ownerOnly()); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
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
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A name in the folder that does not exist yet: {@code base.ext}, {@code base-2.ext}, ... */
    public static Path freeName(Path folder, String base, String extension) {
        Path candidate = folder.resolve(base + extension);
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = folder.resolve(base + "-" + i + extension); //$NON-NLS-1$
        }
        return candidate;
    }

    /** Only letters, digits, dot, dash and underscore (for file names made from ids). */
    public static String safeName(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
            return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }; //$NON-NLS-1$
        }
        return new FileAttribute<?>[0];
    }
}
