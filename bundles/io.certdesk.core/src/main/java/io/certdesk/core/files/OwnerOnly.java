package io.certdesk.core.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Files and folders only their owner can use, protected from the moment they exist (never created open and
 * tightened later). What "owner-only" means is chosen by the {@link Protection} the file store supports:
 * <ul>
 * <li>{@link Protection#POSIX}: files {@code rw-------} (0600), folders {@code rwx------} (0700), passed as the
 * creation attribute so the mode is set by the same system call that creates the file (the umask can only remove
 * bits);</li>
 * <li>{@link Protection#ACL} (Windows/NTFS): an access control list with one {@code ALLOW} entry granting the
 * current user everything (on folders inherited by new children), passed as the {@code acl:acl} creation attribute
 * and then written again with {@link AclFileAttributeView#setAcl(List)}. Java cannot set the
 * {@code SE_DACL_PROTECTED} control bit, and Windows merges the parent's inheritable entries into a security
 * descriptor given at creation; writing the list again replaces the whole DACL with exactly our entry, so no
 * inherited entry stays. A provider that refuses ACLs at creation ({@link UnsupportedOperationException}, e.g. Jimfs)
 * gets the file created empty and the ACL set before anything is written to it. No POSIX call is ever made on such
 * a store;</li>
 * <li>{@link Protection#NONE}: created with the store's defaults; {@link #isOwnerOnly(Path)} then answers
 * {@code false}.</li>
 * </ul>
 * The current user is the principal named by the {@code user.name} system property, looked up in the path's
 * file system.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

    /** Creates one path with the given creation attributes. */
    @FunctionalInterface
    private interface Creator {
        Path create(FileAttribute<?>... attributes) throws IOException;
    }

    private OwnerOnly() {
    }

    /** Creates the folder owner-only (its parent must exist); an existing folder is left as it is. */
    public static Path directory(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir"); //$NON-NLS-1$
        try {
            return create(parentOf(dir), true, attributes -> Files.createDirectory(dir, attributes));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            return dir;
        }
    }

    /** Creates the folder and every missing parent owner-only; existing folders are left as they are. */
    public static Path directories(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir"); //$NON-NLS-1$
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            directories(parent);
        }
        directory(absolute);
        return dir;
    }

    /** Creates a new, empty owner-only file; fails with {@link FileAlreadyExistsException} when it exists. */
    public static Path file(Path file) throws IOException {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        return create(parentOf(file), false, attributes -> Files.createFile(file, attributes));
    }

    /** A new, empty owner-only file with a random name in {@code dir}. */
    public static Path temporaryFile(Path dir, String prefix, String suffix) throws IOException {
        Objects.requireNonNull(dir, "dir"); //$NON-NLS-1$
        return create(dir, false, attributes -> Files.createTempFile(dir, prefix, suffix, attributes));
    }

    /**
     * Restricts an existing file or folder to its owner (for a folder the user chose that must now hold secrets,
     * such as an empty demo folder): {@code rw-------}/{@code rwx------} on POSIX stores, the owner-only ACL on ACL
     * stores, nothing on other stores. New files and folders are created owner-only instead; this is for ones that
     * already exist.
     */
    public static void restrict(Path existing) throws IOException {
        Objects.requireNonNull(existing, "existing"); //$NON-NLS-1$
        boolean folder = Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS);
        switch (Protection.of(existing)) {
            case POSIX:
                Files.setPosixFilePermissions(existing, folder ? FOLDER : FILE);
                break;
            case ACL:
                aclView(existing).setAcl(ownerOnlyAcl(currentUser(existing.getFileSystem()), folder));
                break;
            default:
                break;
        }
    }

    /**
     * Whether only the owner can use the file or folder: no group or other bits on POSIX stores; on ACL stores a
     * non-empty list whose every entry allows the current user and nobody else. {@code false} on stores that can
     * express neither.
     */
    public static boolean isOwnerOnly(Path path) throws IOException {
        Objects.requireNonNull(path, "path"); //$NON-NLS-1$
        switch (Protection.of(path)) {
            case POSIX:
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                return FOLDER.containsAll(permissions);
            case ACL:
                List<AclEntry> acl = aclView(path).getAcl();
                UserPrincipal user = currentUser(path.getFileSystem());
                return !acl.isEmpty() && acl.stream()
                        .allMatch(entry -> entry.type() == AclEntryType.ALLOW && entry.principal().equals(user));
            default:
                return false;
        }
    }

    /**
     * Who besides the current user can get at an existing file or folder. Links are never followed. On POSIX stores
     * the owner must be the user the operating system runs this process as (never the {@code user.name} property,
     * which any caller can set); with {@code privateRequired} (and for every folder) no group or other bit may
     * be set, otherwise only the group and other write bits count. On ACL stores every entry must allow the current user
     * and nobody else (the owner is not compared: Windows may name the Administrators group as owner of an
     * administrator's files, and the owner-only ACL is what keeps others out).
     */
    public static Exposure exposure(Path path, boolean privateRequired) throws IOException {
        Objects.requireNonNull(path, "path"); //$NON-NLS-1$
        if (Files.isSymbolicLink(path)) {
            return Exposure.LINK;
        }
        switch (Protection.of(path)) {
            case POSIX:
                PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return posixExposure(attributes.isSymbolicLink(), attributes.isDirectory(),
                        attributes.owner().equals(processOwner(path.getFileSystem())), attributes.permissions(),
                        privateRequired);
            case ACL:
                return isOwnerOnly(path) ? Exposure.NONE : Exposure.OTHERS_HAVE_ACCESS;
            default:
                return Exposure.NO_PROTECTION;
        }
    }

    /**
     * {@link #exposure}'s verdict on a POSIX store from what one {@code lstat} tells (attributes read with
     * {@link LinkOption#NOFOLLOW_LINKS}), for callers that judge many files and have read their attributes already:
     * a link is {@link Exposure#LINK}; a file or folder not owned by {@link #processOwner} is
     * {@link Exposure#OTHER_OWNER}; a folder, or a file with {@code privateRequired}, must have no group or other bit;
     * any other file no group or other write bit.
     */
    public static Exposure posixExposure(boolean link, boolean directory, boolean ownedByProcessOwner,
            Set<PosixFilePermission> permissions, boolean privateRequired) {
        if (link) {
            return Exposure.LINK;
        }
        if (!ownedByProcessOwner) {
            return Exposure.OTHER_OWNER;
        }
        if (privateRequired || directory) {
            return FOLDER.containsAll(permissions) ? Exposure.NONE : Exposure.OTHERS_HAVE_ACCESS;
        }
        return permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE) ? Exposure.OTHERS_CAN_WRITE : Exposure.NONE;
    }

    /**
     * The user the operating system runs this process as (not the {@code user.name} property, which any caller can
     * set), as a principal of {@code fileSystem}; {@link #currentUser} when the system does not say.
     */
    public static UserPrincipal processOwner(FileSystem fileSystem) throws IOException {
        java.util.Optional<String> name = ProcessHandle.current().info().user();
        return name.isPresent() ? fileSystem.getUserPrincipalLookupService().lookupPrincipalByName(name.get())
                : currentUser(fileSystem);
    }

    /** The user this process runs as, as a principal of {@code fileSystem}. */
    public static UserPrincipal currentUser(FileSystem fileSystem) throws IOException {
        String name = System.getProperty("user.name"); //$NON-NLS-1$
        if (name == null || name.isBlank()) {
            throw new IOException("The current user is unknown (user.name is not set)"); //$NON-NLS-1$
        }
        return fileSystem.getUserPrincipalLookupService().lookupPrincipalByName(name);
    }

    /** The owner-only access control list: one entry allowing {@code user} everything. */
    public static List<AclEntry> ownerOnlyAcl(UserPrincipal user, boolean folder) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                .setPrincipal(Objects.requireNonNull(user, "user")) //$NON-NLS-1$
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    private static Path parentOf(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IOException(path + ": has no parent folder"); //$NON-NLS-1$
        }
        return parent;
    }

    private static Path create(Path parent, boolean folder, Creator creator) throws IOException {
        switch (Protection.of(parent)) {
            case POSIX:
                return creator.create(PosixFilePermissions.asFileAttribute(folder ? FOLDER : FILE));
            case ACL:
                return createWithAcl(parent.getFileSystem(), folder, creator);
            default:
                return creator.create();
        }
    }

    private static Path createWithAcl(FileSystem fileSystem, boolean folder, Creator creator) throws IOException {
        List<AclEntry> acl = ownerOnlyAcl(currentUser(fileSystem), folder);
        Path created;
        try {
            created = creator.create(aclAttribute(acl));
        } catch (UnsupportedOperationException e) {
            created = creator.create();
        }
        try {
            aclView(created).setAcl(acl);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(created);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return created;
    }

    private static AclFileAttributeView aclView(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            throw new IOException(path + ": the file store has no ACL view"); //$NON-NLS-1$
        }
        return view;
    }

    private static FileAttribute<List<AclEntry>> aclAttribute(List<AclEntry> acl) {
        return new FileAttribute<>() {
            @Override
            public String name() {
                return "acl:acl"; //$NON-NLS-1$
            }

            @Override
            public List<AclEntry> value() {
                return acl;
            }
        };
    }
}
