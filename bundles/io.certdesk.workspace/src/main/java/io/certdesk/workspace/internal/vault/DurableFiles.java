package io.certdesk.workspace.internal.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that after a crash or power loss it is either absent or complete under its final name: an
 * owner-only temporary file in the same folder, written and forced to disk, moved atomically over the final
 * name, then the folder forced so the rename itself is durable. A failure (disk full) removes the temporary file.
 */
public final class DurableFiles {

    /** Prefix of temporary files; anything with it is a leftover of an interrupted write. */
    public static final String TEMPORARY_PREFIX = ".tmp-"; //$NON-NLS-1$

    private DurableFiles() {
    }

    /** Writes {@code data} to {@code target}, replacing it when {@code replace}, else failing when it exists. */
    public static void write(Path target, byte[] data, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temporary = OwnerOnly.temporaryFile(dir, TEMPORARY_PREFIX, ".part"); //$NON-NLS-1$
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                if (Files.exists(target)) {
                    throw new java.nio.file.FileAlreadyExistsException(target.toString());
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Forces a folder's entries (renames, deletions) to disk; a no-op where folders cannot be opened (Windows). */
    public static void forceDirectory(Path dir) throws IOException {
        if (!OwnerOnly.posix()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Removes the leftovers of interrupted writes in {@code dir}; returns how many. */
    public static int removeTemporaryFiles(Path dir) throws IOException {
        int removed = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.newDirectoryStream(dir, TEMPORARY_PREFIX + "*")) { //$NON-NLS-1$
            for (Path file : files) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        if (removed > 0) {
            forceDirectory(dir);
        }
        return removed;
    }
}
