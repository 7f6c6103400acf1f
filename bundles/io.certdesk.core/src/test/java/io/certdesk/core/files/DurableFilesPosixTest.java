package io.certdesk.core.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable owner-only writer on the machine's own (POSIX) file system. */
class DurableFilesPosixTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(Protection.of(dir) == Protection.POSIX, "needs a POSIX file system");
        // An open folder: whatever the files get comes from the toolkit, not from the folder or the umask.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @Test
    void theTemporaryFileIsOwnerOnlyBeforeTheFirstByte() throws Exception {
        Path target = dir.resolve("a.p12");
        List<String> seen = new ArrayList<>();
        DurableFiles.write(target, out -> {
            for (Path file : files()) {
                seen.add(file.getFileName().toString().startsWith(DurableFiles.TEMPORARY_PREFIX) + " "
                        + permissions(file));
            }
            out.write(new byte[] { 1, 2, 3 });
        }, WriteMode.CREATE_NEW);
        assertEquals(List.of("true rw-------"), seen);
        assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target));
        assertEquals("rw-------", permissions(target));
        assertTrue(OwnerOnly.isOwnerOnly(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void createNewRefusesAnExistingFileAndLeavesItUntouched() throws Exception {
        Path target = Files.write(dir.resolve("b.p12"), new byte[] { 9 });
        assertThrows(FileAlreadyExistsException.class,
                () -> DurableFiles.write(target, new byte[] { 1 }, WriteMode.CREATE_NEW));
        assertArrayEquals(new byte[] { 9 }, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void createNewRefusesAFileThatAppearsWhileWriting() throws Exception {
        Path target = dir.resolve("c.p12");
        try (DurableOutput out = DurableFiles.open(target, WriteMode.CREATE_NEW)) {
            out.write(new byte[] { 1, 2 });
            Files.write(target, new byte[] { 7 }); // another writer wins the race after the first check
            assertThrows(FileAlreadyExistsException.class, out::commit);
            assertFalse(out.committed());
        }
        assertArrayEquals(new byte[] { 7 }, Files.readAllBytes(target), "a rename would have replaced it");
        assertEquals(List.of(target), files());
    }

    @Test
    void createNewRefusesADanglingSymbolicLink() throws Exception {
        Path target = dir.resolve("d.p12");
        Files.createSymbolicLink(target, dir.resolve("elsewhere"));
        assertThrows(FileAlreadyExistsException.class,
                () -> DurableFiles.write(target, new byte[] { 1 }, WriteMode.CREATE_NEW));
        assertFalse(Files.exists(dir.resolve("elsewhere")));
    }

    @Test
    void replaceReplacesAndTheResultIsOwnerOnly() throws Exception {
        Path target = Files.write(dir.resolve("e.json"), new byte[] { 9, 9 });
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        DurableFiles.write(target, new byte[] { 4 }, WriteMode.REPLACE);
        assertArrayEquals(new byte[] { 4 }, Files.readAllBytes(target));
        assertEquals("rw-------", permissions(target));
        DurableFiles.write(dir.resolve("new.json"), new byte[] { 5 }, WriteMode.REPLACE);
        assertArrayEquals(new byte[] { 5 }, Files.readAllBytes(dir.resolve("new.json")));
        assertEquals(2, files().size());
    }

    @Test
    void aFailingWriteLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("f.p12");
        IOException thrown = assertThrows(IOException.class, () -> DurableFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }, WriteMode.CREATE_NEW));
        assertEquals("disk full", thrown.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void closingWithoutCommitDiscardsAndAWrittenStreamRefusesMore() throws Exception {
        Path target = dir.resolve("g.xlsx");
        try (DurableOutput out = DurableFiles.open(target, WriteMode.CREATE_NEW)) {
            out.write(1);
            assertEquals(1, files().size());
        }
        assertEquals(List.of(), files());
        DurableOutput out = DurableFiles.open(target, WriteMode.CREATE_NEW);
        out.write(2);
        out.commit();
        assertThrows(IOException.class, () -> out.write(3));
        out.close();
        assertArrayEquals(new byte[] { 2 }, Files.readAllBytes(target));
    }

    @Test
    void theFileIsForcedBeforeItGetsItsNameAndTheFolderAfter() throws Exception {
        Path target = dir.resolve("h.p12");
        List<String> events = new ArrayList<>();
        Durability recording = new Durability(new Durability.Sync() {
            @Override
            public void file(FileChannel channel) throws IOException {
                events.add("file size=" + channel.size() + " target=" + Files.exists(target));
                channel.force(true);
            }

            @Override
            public void folder(Path folder) throws IOException {
                events.add("folder " + folder.equals(dir.toAbsolutePath()) + " target=" + Files.exists(target));
                Durability.STANDARD.forceFolder(folder);
            }
        });
        DurableFiles.write(recording, target, out -> out.write(new byte[] { 1, 2, 3 }), WriteMode.CREATE_NEW);
        assertEquals(List.of("file size=3 target=false", "folder true target=true"), events);
        assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target));
    }

    @Test
    void foldersAndFilesAreCreatedOwnerOnly() throws Exception {
        Path nested = dir.resolve("a/b/c");
        OwnerOnly.directories(nested);
        for (Path folder : List.of(dir.resolve("a"), dir.resolve("a/b"), nested)) {
            assertEquals("rwx------", permissions(folder), folder.toString());
            assertTrue(OwnerOnly.isOwnerOnly(folder));
        }
        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(open, OwnerOnly.directory(open));
        assertEquals("rwxr-xr-x", permissions(open), "an existing folder is left as it is");
        assertFalse(OwnerOnly.isOwnerOnly(open));
        Path file = OwnerOnly.file(nested.resolve("empty"));
        assertEquals("rw-------", permissions(file));
        assertThrows(FileAlreadyExistsException.class, () -> OwnerOnly.file(file));
        Path regular = Files.write(dir.resolve("regular"), new byte[0]);
        assertThrows(FileAlreadyExistsException.class, () -> OwnerOnly.directory(regular));
        assertEquals("rw-------", permissions(OwnerOnly.temporaryFile(nested, "x-", ".tmp")));
    }

    @Test
    void anExistingFolderOrFileCanBeRestricted() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("chosen"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path file = Files.write(dir.resolve("plain.txt"), new byte[] { 1 });
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        OwnerOnly.restrict(folder);
        OwnerOnly.restrict(file);
        assertEquals("rwx------", permissions(folder));
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void leftoversOfInterruptedWritesAreRemoved() throws Exception {
        OwnerOnly.temporaryFile(dir, DurableFiles.TEMPORARY_PREFIX, DurableFiles.TEMPORARY_SUFFIX);
        OwnerOnly.temporaryFile(dir, DurableFiles.TEMPORARY_PREFIX, DurableFiles.TEMPORARY_SUFFIX);
        Path kept = Files.write(dir.resolve("kept.p12"), new byte[] { 1 });
        assertEquals(2, DurableFiles.removeTemporaryFiles(dir));
        assertEquals(List.of(kept), files());
        assertEquals(0, DurableFiles.removeTemporaryFiles(dir.resolve("missing")));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
