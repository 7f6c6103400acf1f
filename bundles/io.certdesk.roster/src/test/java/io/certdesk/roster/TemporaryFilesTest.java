package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.files.Protection;

/**
 * POI's temporary files are owner-only and go to the folder given (a workspace's {@code tmp/}) or to a private
 * folder of the process, never to POI's shared, predictable {@code java.io.tmpdir/poifiles}. Before the fix
 * {@code TempFile.createTempFile} answered {@code /tmp/poifiles/...}, in a folder any user could have created first.
 */
class TemporaryFilesTest {

    @TempDir
    Path temp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void poiTemporaryFilesGoToTheGivenFolderOwnerOnly() throws Exception {
        assumeTrue(Protection.of(temp) == Protection.POSIX);
        Path folder = temp.resolve("ws").resolve("tmp");
        File file = TemporaryFiles.in(folder, () -> TempFile.createTempFile("poi-sxssf-sheet", ".xml"));
        assertEquals(folder, file.toPath().getParent());
        assertEquals("rw-------", mode(file.toPath()));
        assertEquals("rwx------", mode(folder));
        File dir = TemporaryFiles.in(folder, () -> TempFile.createTempDirectory("poi-dir"));
        assertEquals("rwx------", mode(dir.toPath()));
    }

    @Test
    void outsideAFolderTheDefaultIsAPrivateFolderNotPoifiles() throws Exception {
        assumeTrue(Protection.of(temp) == Protection.POSIX);
        RosterReaders.create();
        File file = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
        try {
            Path parent = file.toPath().getParent();
            assertFalse(parent.getFileName().toString().equals("poifiles"), parent.toString());
            assertTrue(parent.getFileName().toString().startsWith("certdesk-poi-"), parent.toString());
            assertEquals("rwx------", mode(parent));
            assertEquals("rw-------", mode(file.toPath()));
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    @Test
    void theResultWorkbookWritesItsSheetDataIntoTheFolder() throws Exception {
        Path folder = temp.resolve("tmp");
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(ResultRow.builder().sourceRow(i + 1).name("User " + i).certificateNumber("C" + i).status("exported")
                    .build());
        }
        Path target = temp.resolve("result.xlsx");
        List<String> seen = new ArrayList<>();
        TemporaryFiles.in(folder, () -> {
            ResultWorkbookWriter.Report report = ResultWorkbookWriter.inZone(ZoneId.of("Asia/Tokyo"))
                    .writeWorkbook(target, List.of("Name"), rows);
            try (var files = Files.list(folder)) {
                files.forEach(f -> seen.add(f.getFileName().toString()));
            }
            return report;
        });
        assertTrue(Files.size(target) > 0);
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "the sheet data was removed after writing");
        }
        assertTrue(seen.isEmpty(), "disposed before the writer returned: " + seen);
    }
}
