package io.certdesk.core.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * The toolkit on a Windows-like file system: Jimfs's Windows configuration with the {@code acl} view and no
 * {@code posix} view. Jimfs rejects every POSIX attribute with {@link UnsupportedOperationException}, so these tests
 * pass only if no POSIX-only call is made. Every new file starts with an "inherited" entry granting Everyone read
 * access (Jimfs's default ACL stands for what Windows would inherit from the parent folder): the toolkit must leave
 * the owner's entry only.
 */
class DurableFilesWindowsAclTest {

    private static final UserPrincipal EVERYONE = () -> "Everyone"; //$NON-NLS-1$

    private FileSystem fs;
    private Path dir;

    @BeforeEach
    void windowsFileSystem() throws IOException {
        AclEntry inherited = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.READ_DATA).setFlags(AclEntryFlag.FILE_INHERIT).build();
        fs = Jimfs.newFileSystem(Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "dos", "acl")
                .setDefaultAttributeValue("acl:acl", List.of(inherited)).build());
        dir = Files.createDirectories(fs.getPath("C:\\Users\\someone\\certs"));
    }

    @AfterEach
    void close() throws IOException {
        fs.close();
    }

    @Test
    void theFileSystemIsWindowsLikeAndRejectsPosixCalls() throws Exception {
        assertEquals(Protection.ACL, Protection.of(dir));
        assertFalse(fs.supportedFileAttributeViews().contains("posix"));
        assertEquals(null, Files.getFileAttributeView(dir, PosixFileAttributeView.class));
        var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        assertThrows(UnsupportedOperationException.class, () -> Files.createFile(dir.resolve("posix"), ownerOnly));
        assertThrows(UnsupportedOperationException.class,
                () -> Files.createTempFile(dir, "x", ".tmp", ownerOnly));
        assertThrows(UnsupportedOperationException.class, () -> Files.getPosixFilePermissions(dir));
        assertFalse(Files.exists(dir.resolve("posix")));
        assertEquals(List.of(entryFor(EVERYONE)), principals(dir), "a new file gets the 'inherited' entry");
    }

    @Test
    void aDurableWriteGrantsTheOwnerOnly() throws Exception {
        Path target = dir.resolve("a.p12");
        DurableFiles.write(target, new byte[] { 1, 2, 3 }, WriteMode.CREATE_NEW);
        assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target));
        List<AclEntry> acl = acl(target);
        assertEquals(1, acl.size(), acl.toString());
        AclEntry only = acl.get(0);
        assertEquals(AclEntryType.ALLOW, only.type());
        assertEquals(currentUser(), only.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), only.permissions());
        assertEquals(Set.of(), only.flags());
        assertTrue(OwnerOnly.isOwnerOnly(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void theTemporaryFileIsOwnerOnlyBeforeTheFirstByte() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        DurableFiles.write(dir.resolve("b.p12"), out -> {
            for (Path file : files()) {
                seen.add(principals(file));
            }
            out.write(5);
        }, WriteMode.CREATE_NEW);
        assertEquals(List.of(List.of(entryFor(currentUser()))), seen);
    }

    @Test
    void createNewRefusesAnExistingFileAndOneThatAppearsWhileWriting() throws Exception {
        Path existing = Files.write(dir.resolve("c.p12"), new byte[] { 9 });
        assertThrows(FileAlreadyExistsException.class,
                () -> DurableFiles.write(existing, new byte[] { 1 }, WriteMode.CREATE_NEW));
        assertArrayEquals(new byte[] { 9 }, Files.readAllBytes(existing));
        Path raced = dir.resolve("d.p12");
        try (DurableOutput out = DurableFiles.open(raced, WriteMode.CREATE_NEW)) {
            out.write(1);
            Files.write(raced, new byte[] { 7 });
            assertThrows(FileAlreadyExistsException.class, out::commit);
        }
        assertArrayEquals(new byte[] { 7 }, Files.readAllBytes(raced));
        assertEquals(List.of(existing, raced), files());
    }

    @Test
    void replaceReplacesWithAnOwnerOnlyFile() throws Exception {
        Path target = Files.write(dir.resolve("e.json"), new byte[] { 9 });
        assertFalse(OwnerOnly.isOwnerOnly(target));
        DurableFiles.write(target, new byte[] { 4 }, WriteMode.REPLACE);
        assertArrayEquals(new byte[] { 4 }, Files.readAllBytes(target));
        assertTrue(OwnerOnly.isOwnerOnly(target));
    }

    @Test
    void theFileIsForcedButTheFolderIsNot() throws Exception {
        List<String> events = new ArrayList<>();
        Durability recording = new Durability(new Durability.Sync() {
            @Override
            public void file(FileChannel channel) throws IOException {
                events.add("file");
                channel.force(true);
            }

            @Override
            public void folder(Path folder) {
                events.add("folder");
            }
        });
        DurableFiles.write(recording, dir.resolve("f.p12"), out -> out.write(1), WriteMode.CREATE_NEW);
        assertEquals(List.of("file"), events);
        DurableFiles.forceDirectory(dir); // a clean no-op, not an error
    }

    @Test
    void foldersInheritTheOwnerOnlyEntryAndFailuresLeaveNothing() throws Exception {
        Path nested = OwnerOnly.directories(dir.resolve("x\\y"));
        AclEntry entry = acl(nested).get(0);
        assertEquals(1, acl(nested).size());
        assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), entry.flags());
        assertTrue(OwnerOnly.isOwnerOnly(dir.resolve("x")));
        Path file = OwnerOnly.file(nested.resolve("empty"));
        assertEquals(List.of(entryFor(currentUser())), principals(file));
        assertThrows(FileAlreadyExistsException.class, () -> OwnerOnly.file(file));
        assertThrows(IOException.class, () -> DurableFiles.write(dir.resolve("g.p12"), out -> {
            out.write(1);
            throw new IOException("disk full");
        }, WriteMode.CREATE_NEW));
        OwnerOnly.temporaryFile(dir, DurableFiles.TEMPORARY_PREFIX, DurableFiles.TEMPORARY_SUFFIX);
        assertEquals(1, DurableFiles.removeTemporaryFiles(dir));
        assertEquals(List.of(dir.resolve("x")), files());
    }

    @Test
    void anEntryForSomeoneElseIsNotOwnerOnly() throws Exception {
        Path target = dir.resolve("h.p12");
        DurableFiles.write(target, new byte[] { 1 }, WriteMode.CREATE_NEW);
        AclFileAttributeView view = Files.getFileAttributeView(target, AclFileAttributeView.class);
        List<AclEntry> acl = new ArrayList<>(view.getAcl());
        acl.add(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.READ_DATA).build());
        view.setAcl(acl);
        assertFalse(OwnerOnly.isOwnerOnly(target));
    }

    @Test
    void anExistingFolderCanBeRestricted() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("chosen"));
        assertFalse(OwnerOnly.isOwnerOnly(folder));
        OwnerOnly.restrict(folder);
        assertTrue(OwnerOnly.isOwnerOnly(folder));
        assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), acl(folder).get(0).flags());
    }

    private UserPrincipal currentUser() throws IOException {
        return fs.getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static List<AclEntry> acl(Path path) throws IOException {
        return Files.getFileAttributeView(path, AclFileAttributeView.class).getAcl();
    }

    private static List<String> principals(Path path) throws IOException {
        return acl(path).stream().map(e -> e.type() + " " + e.principal().getName()).toList();
    }

    private static String entryFor(UserPrincipal principal) {
        return AclEntryType.ALLOW + " " + principal.getName();
    }
}
