package io.certdesk.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/** {@link OwnerOnly#exposure}: on this machine's POSIX file system and on a Windows-like one with ACLs (Jimfs). */
class ExposureTest {

    @TempDir
    Path temp;

    @Test
    void posixModesOwnersAndLinks() throws Exception {
        assumeTrue(Protection.of(temp) == Protection.POSIX);
        Path folder = OwnerOnly.directory(temp.resolve("ws"));
        assertEquals(Exposure.NONE, OwnerOnly.exposure(folder, true));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        assertEquals(Exposure.OTHERS_HAVE_ACCESS, OwnerOnly.exposure(folder, false), "a folder is always private");

        Path file = Files.writeString(temp.resolve("delivery.properties"), "from=a@b.jp");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Exposure.NONE, OwnerOnly.exposure(file, false), "readable settings inside an owner-only folder");
        assertEquals(Exposure.OTHERS_HAVE_ACCESS, OwnerOnly.exposure(file, true));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(Exposure.OTHERS_CAN_WRITE, OwnerOnly.exposure(file, false));

        Path link = Files.createSymbolicLink(temp.resolve("link"), file);
        assertEquals(Exposure.LINK, OwnerOnly.exposure(link, false));
    }

    @Test
    void posixFileOfAnotherUser() throws Exception {
        assumeTrue(Protection.of(temp) == Protection.POSIX && "root".equals(System.getProperty("user.name")),
                "only root can give a file away");
        Path file = OwnerOnly.file(temp.resolve("theirs"));
        Files.setOwner(file, temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        assertEquals(Exposure.OTHER_OWNER, OwnerOnly.exposure(file, true));
    }

    @Test
    void windowsAclsWithAnInheritedEntryForEveryone() throws Exception {
        UserPrincipal everyone = () -> "Everyone";
        AclEntry inherited = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(everyone)
                .setPermissions(AclEntryPermission.READ_DATA).setFlags(AclEntryFlag.FILE_INHERIT).build();
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl").setDefaultAttributeValue("acl:acl", List.of(inherited))
                .build())) {
            Path dir = Files.createDirectories(fs.getPath("C:\\Users\\someone\\certs"));
            assertEquals(Exposure.OTHERS_HAVE_ACCESS, OwnerOnly.exposure(dir, true), "Everyone can read");
            Path ws = OwnerOnly.directory(dir.resolve("ws"));
            assertEquals(Exposure.NONE, OwnerOnly.exposure(ws, true));
            Path settings = Files.writeString(ws.resolve("delivery.properties"), "from=a@b.jp");
            assertEquals(Exposure.OTHERS_HAVE_ACCESS, OwnerOnly.exposure(settings, false), "a file with Everyone's entry");
            OwnerOnly.restrict(settings);
            assertEquals(Exposure.NONE, OwnerOnly.exposure(settings, false));
        }
    }
}
