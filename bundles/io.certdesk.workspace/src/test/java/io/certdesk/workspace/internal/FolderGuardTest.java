package io.certdesk.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.Exposure;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.Protection;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.Workspaces;

/**
 * A workspace folder is its owner's alone: {@code init} on an existing folder makes it owner-only or refuses, and
 * opening refuses a workspace others can get at, naming the paths. Before the fix an existing 0755 folder stayed
 * 0755, another user's folder was accepted, and a workspace whose folder or vault files others could read opened
 * without a word.
 */
class FolderGuardTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path temp;

    private static Workspace create(Path folder) throws WorkspaceException {
        // a pinned root no chain here is verified against: the folder checks run before any trust is used
        return Workspaces.create(folder, PASSPHRASE, WorkspaceSettings.defaults()
                .withTrust(io.certdesk.workspace.WorkspaceTrust.pinning("00".repeat(32))), Clock.systemUTC());
    }

    private static void assumePosix(Path path) throws Exception {
        assumeTrue(Protection.of(path) == Protection.POSIX);
    }

    @Test
    void initMakesAnExistingEmptyFolderOwnerOnly() throws Exception {
        assumePosix(temp);
        Path folder = Files.createDirectory(temp.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        create(folder).close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void initRefusesAnotherUsersFolder() throws Exception {
        assumePosix(temp);
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a folder away");
        Path folder = Files.createDirectory(temp.resolve("theirs"));
        Files.setOwner(folder, temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> create(folder));
        assertEquals(ErrorCode.STORE_CANNOT_OPEN, refused.code());
        assertTrue(refused.getMessage().contains("belongs to another user"), refused.getMessage());
        assertEquals(0, Files.list(folder).count(), "nothing was written into it");
    }

    @Test
    void openRefusesAWorkspaceOthersCanGetAtAndNamesThePaths() throws Exception {
        assumePosix(temp);
        Path folder = temp.resolve("ws");
        create(folder).close();
        Path header = folder.resolve("workspace.properties");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(header, PosixFilePermissions.fromString("rw-r--r--"));
        WorkspaceException refused = assertThrows(WorkspaceException.class,
                () -> Workspaces.open(folder, PASSPHRASE, Clock.systemUTC()));
        assertEquals(ErrorCode.STORE_CANNOT_OPEN, refused.code());
        assertTrue(refused.getMessage().contains(folder + ": other users can read"), refused.getMessage());
        assertTrue(refused.getMessage().contains(header + ": other users can read"), refused.getMessage());
        assertTrue(refused.getMessage().contains("chmod -R go-rwx"), refused.getMessage());

        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(header, PosixFilePermissions.fromString("rw-------"));
        Path settings = Files.writeString(folder.resolve("delivery.properties"), "from=admin@corp.example.jp\n");
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
        Workspaces.open(folder, PASSPHRASE, Clock.systemUTC()).close(); // readable settings inside an owner-only folder
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-rw-rw-"));
        WorkspaceException writable = assertThrows(WorkspaceException.class,
                () -> Workspaces.open(folder, PASSPHRASE, Clock.systemUTC()));
        assertTrue(writable.getMessage().contains(settings + ": other users can change it"), writable.getMessage());
    }

    @Test
    void openRefusesALinkInTheVault() throws Exception {
        assumePosix(temp);
        Path folder = temp.resolve("ws");
        create(folder).close();
        Path outside = Files.writeString(temp.resolve("elsewhere.p12"), "x");
        Files.createSymbolicLink(folder.resolve("vault").resolve("export").resolve("e00000001.p12"), outside);
        WorkspaceException refused = assertThrows(WorkspaceException.class,
                () -> Workspaces.open(folder, PASSPHRASE, Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
    }

    @Test
    void onWindowsTheAclDecides() throws Exception {
        UserPrincipal everyone = () -> "Everyone";
        AclEntry inherited = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(everyone)
                .setPermissions(AclEntryPermission.READ_DATA).setFlags(AclEntryFlag.FILE_INHERIT).build();
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl").setDefaultAttributeValue("acl:acl", List.of(inherited))
                .build())) {
            Path folder = Files.createDirectories(fs.getPath("C:\\Users\\someone\\CertDesk\\ws"));
            FolderGuard.claim(folder);
            assertEquals(Exposure.NONE, OwnerOnly.exposure(folder, true), "init made the existing folder owner-only");
            Path vault = OwnerOnly.directory(folder.resolve("vault"));
            Path header = OwnerOnly.file(folder.resolve("workspace.properties"));
            FolderGuard.check(folder);
            Path copied = Files.createFile(vault.resolve("e00000001.p12")); // Everyone's entry, as a copied file has
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> FolderGuard.check(folder));
            assertTrue(refused.getMessage().contains(copied + ": other users can read"), refused.getMessage());
            assertTrue(!refused.getMessage().contains(header.toString()), refused.getMessage());
        }
    }
}
