package io.certdesk.core.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file being written durably and owner-only: the bytes go to an owner-only temporary file in the target's folder;
 * {@link #commit()} forces it to disk, puts it in place under the target's name (see {@link DurableFiles}) and forces
 * the folder. {@link #close()} without a commit removes the temporary file, so a failure leaves nothing behind. The
 * write buffer is wiped on close.
 */
public final class DurableOutput extends OutputStream {

    /** A buffer whose content can be wiped. */
    private static final class WipingBuffer extends BufferedOutputStream {
        WipingBuffer(OutputStream out) {
            super(out, 16 * 1024);
        }

        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }

    private final Durability durability;
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final WipingBuffer out;
    private final WriteMode mode;
    private boolean committed;
    private boolean closed;

    DurableOutput(Durability durability, Path target, Path temporary, FileChannel channel, WriteMode mode) {
        this.durability = durability;
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.out = new WipingBuffer(Channels.newOutputStream(channel));
        this.mode = mode;
    }

    /** The final name (absolute). */
    public Path target() {
        return target;
    }

    @Override
    public void write(int b) throws IOException {
        checkOpen();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkOpen();
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        checkOpen();
        out.flush();
    }

    /**
     * Forces the content to disk and puts the file in place; afterwards the stream accepts no more bytes.
     *
     * @throws java.nio.file.FileAlreadyExistsException in {@link WriteMode#CREATE_NEW} when the target appeared
     *             meanwhile (it is left untouched)
     */
    public void commit() throws IOException {
        checkOpen();
        out.flush();
        durability.forceFile(channel);
        channel.close();
        durability.install(temporary, target, mode);
        committed = true;
        durability.forceFolder(target.getParent());
    }

    /** Whether {@link #commit()} put the file in place. */
    public boolean committed() {
        return committed;
    }

    /** Closes the stream; without a commit the temporary file is removed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } finally {
            out.wipe();
            if (!committed) {
                java.nio.file.Files.deleteIfExists(temporary);
            }
        }
    }

    private void checkOpen() throws IOException {
        if (closed || committed) {
            throw new IOException(target + ": the output is " + (committed ? "committed" : "closed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
