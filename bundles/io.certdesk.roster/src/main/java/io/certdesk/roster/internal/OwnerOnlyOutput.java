package io.certdesk.roster.internal;

import java.io.FilterOutputStream;
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
 * An output file only its owner can read: written to a temporary file created rw------- in the target's
 * folder, synced, and moved into place by {@link #commit(OutputStream)}; closing without commit deletes
 * it. An existing target is never replaced.
 */
public final class OwnerOnlyOutput extends FilterOutputStream {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private boolean committed;

    private OwnerOnlyOutput(Path target, Path temporary, FileChannel channel) {
        super(Channels.newOutputStream(channel));
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
    }

    public static OutputStream open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, Messages.outputExists);
        }
        Path temporary = Files.createTempFile(absolute.getParent(), ".certdesk-", ".tmp", ownerOnly()); //$NON-NLS-1$ //$NON-NLS-2$
        return new OwnerOnlyOutput(absolute, temporary, FileChannel.open(temporary, StandardOpenOption.WRITE));
    }

    /** Moves the written file into place (call before close). */
    public static void commit(OutputStream stream) throws IOException {
        OwnerOnlyOutput out = (OwnerOnlyOutput) stream;
        out.flush();
        out.channel.force(true);
        if (Files.exists(out.target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(out.target.toString(), null, Messages.outputExists);
        }
        try {
            Files.move(out.temporary, out.target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(out.temporary, out.target);
        }
        out.committed = true;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
            return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }; //$NON-NLS-1$
        }
        return new FileAttribute<?>[0];
    }
}
