package io.certdesk.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

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

    /** The protection the store holding {@code existing} (a file or folder that exists) supports. */
    public static Protection of(Path existing) throws IOException {
        Objects.requireNonNull(existing, "existing"); //$NON-NLS-1$
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
