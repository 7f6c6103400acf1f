package io.certdesk.core.files;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a file store can restrict a file to its owner, decided by the attribute views the store supports (never by the
 * operating system's name): POSIX permission bits, a Windows-style access control list, or nothing at all.
 */
public enum Protection {

    /** The store has the {@code posix} view: files are created {@code rw-------}, folders {@code rwx------}. */
    POSIX,
    /** The store has the {@code acl} view but not {@code posix} (NTFS): an access control list naming only the user. */
    ACL,
    /** Neither view (FAT, some network shares): files are created with the store's defaults. */
    NONE;

    /** Folders remembered at most; a full memory starts again (a run writes into a handful of folders). */
    private static final int MOST_REMEMBERED = 256;

    /**
     * The answer per folder, by the folder's identity ({@link BasicFileAttributes#fileKey()}: device and inode on
     * POSIX systems). Finding a path's store reads the whole mount table on Linux ({@code /proc/mounts}), and every
     * durable write asks about its folder several times: some 2,000 reads for a 200-entry run. A folder keeps its
     * identity only on the file system that holds it (another file system mounted there gives the path another
     * device), so the answer cannot go stale. Stores without file keys (Windows) are asked every time.
     */
    private static final Map<Folder, Protection> BY_FOLDER = new ConcurrentHashMap<>();

    /** The protection the store holding {@code existing} (a file or folder that exists) supports. */
    public static Protection of(Path existing) throws IOException {
        Objects.requireNonNull(existing, "existing"); //$NON-NLS-1$
        BasicFileAttributes attributes = Files.readAttributes(existing, BasicFileAttributes.class);
        Object fileKey = attributes.isDirectory() ? attributes.fileKey() : null;
        if (fileKey == null) {
            return ask(existing);
        }
        Folder key = new Folder(existing.getFileSystem(), fileKey);
        Protection known = BY_FOLDER.get(key);
        if (known != null) {
            return known;
        }
        Protection protection = ask(existing);
        if (BY_FOLDER.size() >= MOST_REMEMBERED) {
            BY_FOLDER.clear();
        }
        BY_FOLDER.put(key, protection);
        return protection;
    }

    /** A folder's identity: its file key within its file system. */
    private record Folder(FileSystem fileSystem, Object fileKey) {
    }

    private static Protection ask(Path existing) throws IOException {
        var store = Files.getFileStore(existing);
        if (store.supportsFileAttributeView("posix")) { //$NON-NLS-1$
            return POSIX;
        }
        if (store.supportsFileAttributeView("acl")) { //$NON-NLS-1$
            return ACL;
        }
        return NONE;
    }
}
