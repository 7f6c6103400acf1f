package io.certdesk.core.files;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A folder's owner-only check on a POSIX store, for folders of thousands of files (a large batch's workspace): the
 * same entries in the same order as {@code Files.walkFileTree} (links not followed, {@code maxDepth} levels), each
 * judged as {@link OwnerOnly#exposure} judges it, by {@link OwnerOnly#posixExposure} from the one {@code lstat} read
 * per entry. The {@code unix} view gives the mode and
 * the owner's uid in that call, compared with the uid of the folder once its owner proved to be the process's
 * owner; a principal per file would cost a user-database lookup per file, and a workspace of a large batch holds
 * thousands of files. Without the {@code unix} view (or when the folder itself belongs to someone else) the owner
 * is compared as a principal.
 */
public final class PosixFolderScan {

    private static final String UNIX_ATTRIBUTES = "unix:mode,uid"; //$NON-NLS-1$
    private static final int TYPE_MASK = 0170000;
    private static final int TYPE_DIRECTORY = 0040000;
    private static final int TYPE_LINK = 0120000;
    private static final PosixFilePermission[] BITS = { PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ };

    /** Receives each entry's verdict. */
    @FunctionalInterface
    public interface Verdicts {
        void note(Path path, Exposure exposure);
    }

    private final int maxDepth;
    private final Predicate<Path> privateRequired;
    private final Verdicts verdicts;
    private final UserPrincipal processOwner;
    private final boolean unixView;
    /** The process owner's uid, once the folder's owner proved to be the process owner. */
    private Integer processUid;

    private PosixFolderScan(Path folder, int maxDepth, Predicate<Path> privateRequired, Verdicts verdicts)
            throws IOException {
        this.maxDepth = maxDepth;
        this.privateRequired = privateRequired;
        this.verdicts = verdicts;
        this.processOwner = OwnerOnly.processOwner(folder.getFileSystem());
        this.unixView = folder.getFileSystem().supportedFileAttributeViews().contains("unix"); //$NON-NLS-1$
    }

    /**
     * Judges {@code folder} and what it holds down to {@code maxDepth} levels; a file for which
     * {@code privateRequired} holds must be owner-only entirely (as {@link OwnerOnly#exposure}'s argument).
     */
    public static void scan(Path folder, int maxDepth, Predicate<Path> privateRequired, Verdicts verdicts)
            throws IOException {
        new PosixFolderScan(folder, maxDepth, privateRequired, verdicts).visit(folder, 0);
    }

    private void visit(Path path, int depth) throws IOException {
        boolean directory = unixView ? visitUnix(path, depth) : visitPosix(path);
        if (directory && depth < maxDepth) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    visit(child, depth + 1);
                }
            } catch (DirectoryIteratorException e) {
                throw e.getCause();
            }
        }
    }

    /** Judges the entry from its mode and uid; whether it is a folder to enter. */
    private boolean visitUnix(Path path, int depth) throws IOException {
        Map<String, Object> attributes = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) attributes.get("mode"); //$NON-NLS-1$
        int uid = (Integer) attributes.get("uid"); //$NON-NLS-1$
        boolean link = (mode & TYPE_MASK) == TYPE_LINK;
        boolean directory = (mode & TYPE_MASK) == TYPE_DIRECTORY;
        boolean owned;
        if (processUid != null) {
            owned = uid == processUid.intValue();
        } else {
            owned = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).equals(processOwner);
            if (owned && depth == 0) {
                processUid = uid;
            }
        }
        verdicts.note(path,
                OwnerOnly.posixExposure(link, directory, owned, permissions(mode), privateRequired.test(path)));
        return directory;
    }

    private boolean visitPosix(Path path) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        verdicts.note(path, OwnerOnly.posixExposure(attributes.isSymbolicLink(), attributes.isDirectory(),
                attributes.owner().equals(processOwner), attributes.permissions(), privateRequired.test(path)));
        return attributes.isDirectory();
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(BITS[bit]);
            }
        }
        return permissions;
    }
}
