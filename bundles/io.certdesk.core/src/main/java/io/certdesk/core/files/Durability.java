package io.certdesk.core.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The mechanics behind {@link DurableFiles}: how a written temporary file is forced and put in place. Separate from
 * the public facade so tests can observe every force (the {@link Sync} hook).
 */
final class Durability {

    /** Forces data to the disk. */
    interface Sync {
        /** Forces a written file's content and metadata. */
        void file(FileChannel channel) throws IOException;

        /** Forces a folder's entries (a rename, a new link, a deletion). */
        void folder(Path dir) throws IOException;
    }

    /** {@code fsync} of the file, and of the folder where the store is POSIX. */
    static final Durability STANDARD = new Durability(new Sync() {
        @Override
        public void file(FileChannel channel) throws IOException {
            channel.force(true);
        }

        @Override
        public void folder(Path dir) throws IOException {
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    });

    private final Sync sync;

    Durability(Sync sync) {
        this.sync = Objects.requireNonNull(sync, "sync"); //$NON-NLS-1$
    }

    DurableOutput open(Path target, WriteMode mode) throws IOException {
        Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath(); //$NON-NLS-1$
        Path dir = absolute.getParent();
        if (dir == null) {
            throw new IOException(absolute + ": has no parent folder"); //$NON-NLS-1$
        }
        if (mode == WriteMode.CREATE_NEW && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temporary = OwnerOnly.temporaryFile(dir, DurableFiles.TEMPORARY_PREFIX, DurableFiles.TEMPORARY_SUFFIX);
        FileChannel channel;
        try {
            channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary, e);
            throw e;
        }
        return new DurableOutput(this, absolute, temporary, channel, mode);
    }

    void forceFile(FileChannel channel) throws IOException {
        sync.file(channel);
    }

    /** Forces the folder where the store is POSIX; Windows cannot open a folder as a channel, so it is skipped there. */
    void forceFolder(Path dir) throws IOException {
        if (Protection.of(dir) == Protection.POSIX) {
            sync.folder(dir);
        }
    }

    /**
     * Puts the forced temporary file in place under {@code target}. {@link WriteMode#REPLACE}: an atomic rename over
     * the target. {@link WriteMode#CREATE_NEW}: on POSIX stores a hard link ({@code link(2)} fails with
     * {@code EEXIST} and never replaces), then the temporary name is removed; elsewhere, or where the store has no
     * hard links, {@link Files#move} without {@code REPLACE_EXISTING}, which on Windows is {@code MoveFileEx}
     * without {@code MOVEFILE_REPLACE_EXISTING} and therefore also refuses atomically.
     */
    void install(Path temporary, Path target, WriteMode mode) throws IOException {
        if (mode == WriteMode.REPLACE) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        if (Protection.of(temporary.toAbsolutePath().getParent()) == Protection.POSIX && link(temporary, target)) {
            return;
        }
        Files.move(temporary, target);
    }

    /** {@code true} when the hard link was made (and the temporary name removed); {@code false} without hard links. */
    private static boolean link(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The target is in place; the owner-only leftover is removed by DurableFiles.removeTemporaryFiles.
        }
        return true;
    }

    static void deleteQuietly(Path temporary, Throwable cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
