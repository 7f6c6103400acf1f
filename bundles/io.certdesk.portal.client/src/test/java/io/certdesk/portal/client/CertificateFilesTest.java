package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.certdesk.core.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a.p12");
        CertificateFiles.writeNew(target, new byte[] { 1, 2, 3 });
        assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void neverReplacesAnExistingFile() throws Exception {
        Path target = dir.resolve("b.p12");
        Files.write(target, new byte[] { 9 });
        assertEquals(ErrorCode.STORE_FILE_EXISTS, assertThrows(PortalClientException.class,
                () -> CertificateFiles.writeNew(target, new byte[] { 1 })).code());
        assertArrayEquals(new byte[] { 9 }, Files.readAllBytes(target));
    }

    @Test
    void aMissingOrReadOnlyFolderIsReportedAndLeavesNothing() throws Exception {
        assertEquals(ErrorCode.STORE_CANNOT_OPEN, assertThrows(PortalClientException.class,
                () -> CertificateFiles.writeNew(dir.resolve("no/such/c.p12"), new byte[] { 1 })).code());
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        try {
            if (Files.isWritable(readOnly)) {
                return; // running as root: permissions do not apply, the case cannot be made here
            }
            assertEquals(ErrorCode.STORE_CANNOT_ADD, assertThrows(PortalClientException.class,
                    () -> CertificateFiles.writeNew(readOnly.resolve("d.p12"), new byte[] { 1 })).code());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
