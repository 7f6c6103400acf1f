package io.certdesk.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes files so that after a crash or power loss they are either absent or complete under their final name, and
 * readable by their owner only from the first byte:
 * <ol>
 * <li>an owner-only temporary file ({@value #TEMPORARY_PREFIX}...{@value #TEMPORARY_SUFFIX}) is created in the
 * target's folder (see {@link OwnerOnly});</li>
 * <li>the content is written and the file forced to disk ({@code fsync});</li>
 * <li>the file is put in place: {@link WriteMode#REPLACE} renames it atomically over the target
 * ({@code ATOMIC_MOVE} + {@code REPLACE_EXISTING}); {@link WriteMode#CREATE_NEW} must never replace, and the JDK
 * does not offer that for a rename: {@link Files#move} with {@code ATOMIC_MOVE} is documented as
 * "implementation specific" when the target exists (POSIX {@code rename(2)} silently replaces it), and without
 * {@code ATOMIC_MOVE} the Unix provider checks for the target and then renames, which leaves a race. So on POSIX
 * stores the file gets its final name with a hard link ({@link Files#createLink}, i.e. {@code link(2)}, which fails
 * with {@code EEXIST} and never replaces) and the temporary name is then removed. On Windows stores the JDK's
 * {@link Files#move} without {@code REPLACE_EXISTING} calls {@code MoveFileEx} without
 * {@code MOVEFILE_REPLACE_EXISTING}, which fails atomically when the target exists. Only a POSIX store without hard
 * links (some FAT or network mounts) falls back to that move with the Unix provider's check-then-rename;</li>
 * <li>the folder is forced so the new name is durable. Folders cannot be opened for {@code fsync} on Windows, so
 * this step is skipped on stores without the {@code posix} view.</li>
 * </ol>
 * A failure at any step removes the temporary file; {@link #removeTemporaryFiles(Path)} clears the leftovers of an
 * interrupted process.
 */
public final class DurableFiles {

    /** Prefix of temporary files; anything with it is a leftover of an interrupted write. */
    public static final String TEMPORARY_PREFIX = ".tmp-"; //$NON-NLS-1$
    /** Suffix of temporary files. */
    public static final String TEMPORARY_SUFFIX = ".part"; //$NON-NLS-1$

    /** Content written to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /** Writes {@code data} to {@code target} durably and owner-only. */
    public static void write(Path target, byte[] data, WriteMode mode) throws IOException {
        Objects.requireNonNull(data, "data"); //$NON-NLS-1$
        write(target, out -> out.write(data), mode);
    }

    /** Writes what {@code content} produces to {@code target} durably and owner-only. */
    public static void write(Path target, Content content, WriteMode mode) throws IOException {
        write(Durability.STANDARD, target, content, mode);
    }

    static void write(Durability durability, Path target, Content content, WriteMode mode) throws IOException {
        Objects.requireNonNull(content, "content"); //$NON-NLS-1$
        try (DurableOutput out = durability.open(target, mode)) {
            content.writeTo(out);
            out.commit();
        }
    }

    /**
     * Opens a durable owner-only output for {@code target}: write, then {@link DurableOutput#commit()}, then close
     * (closing without a commit discards everything). In {@link WriteMode#CREATE_NEW} an existing target is
     * refused at once and again at the commit.
     */
    public static DurableOutput open(Path target, WriteMode mode) throws IOException {
        return Durability.STANDARD.open(target, mode);
    }

    /** Forces a folder's entries to disk on POSIX stores; a no-op elsewhere (Windows cannot open folders). */
    public static void forceDirectory(Path dir) throws IOException {
        Durability.STANDARD.forceFolder(Objects.requireNonNull(dir, "dir")); //$NON-NLS-1$
    }

    /** Removes the leftovers of interrupted writes in {@code dir}; returns how many. */
    public static int removeTemporaryFiles(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir"); //$NON-NLS-1$
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.newDirectoryStream(dir, TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX)) { //$NON-NLS-1$
            for (Path file : files) {
                if (Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        if (removed > 0) {
            forceDirectory(dir);
        }
        return removed;
    }
}
