package io.certdesk.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * {@link Protection#of(Path)} remembers its answer per folder: folders on different file systems with the same file
 * key (each Jimfs numbers its files from the start) keep their own answers, asked in any order and again.
 */
class ProtectionTest {

    @Test
    void foldersWithTheSameFileKeyOnDifferentFileSystemsKeepTheirOwnAnswers() throws IOException {
        try (FileSystem posix = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                FileSystem acl = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                        .setAttributeViews("basic", "owner", "acl").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                FileSystem plain = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                        .setAttributeViews("basic").build())) { //$NON-NLS-1$
            Path posixFolder = Files.createDirectories(posix.getPath("/work/certs")); //$NON-NLS-1$
            Path aclFolder = Files.createDirectories(acl.getPath("C:\\work\\certs")); //$NON-NLS-1$
            Path plainFolder = Files.createDirectories(plain.getPath("/work/certs")); //$NON-NLS-1$
            for (int round = 0; round < 2; round++) {
                assertEquals(Protection.POSIX, Protection.of(posixFolder));
                assertEquals(Protection.ACL, Protection.of(aclFolder));
                assertEquals(Protection.NONE, Protection.of(plainFolder));
            }
            assertEquals(Protection.NONE, Protection.of(Files.writeString(plainFolder.resolve("a.txt"), "a"))); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(Protection.ACL, Protection.of(Files.writeString(aclFolder.resolve("a.txt"), "a"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void aFolderAndItsFilesOnTheDefaultFileSystemAgree(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("a.txt"), "a"); //$NON-NLS-1$ //$NON-NLS-2$
        Protection folder = Protection.of(temp);
        assertEquals(folder, Protection.of(temp));
        assertEquals(folder, Protection.of(file));
        assertEquals(Files.getFileStore(temp).supportsFileAttributeView("posix"), folder == Protection.POSIX); //$NON-NLS-1$
    }
}
