package io.certdesk.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The POSIX scan visits the entries {@code Files.walkFileTree} visits, in its order, and judges each as
 * {@link OwnerOnly#exposure} does, from the one {@code lstat} per entry (the workspace's folder check uses it).
 */
class PosixFolderScanTest {

    private static final String[] MODES = { "rwx------", "rw-------", "rw-r--r--", "rw-rw-rw-", "rwxr-x---", "r--------",
            "rw--w----", "rw-----w-", "rwxrwxrwx" };

    private static final String[] FOLDER_MODES = { "rwx------", "rwxr-x---", "rwx--x--x", "rwxrwxrwx" };

    private static final int MAX_DEPTH = 4;

    @TempDir
    Path temp;

    /** Files the workspace requires owner-only: its own top-level files and everything in its private folders. */
    private static boolean isPrivate(Path folder, Path file) {
        Path relative = folder.relativize(file);
        return relative.getNameCount() > 1 ? List.of("vault", "tmp", "outbox").contains(relative.getName(0).toString())
                : List.of("workspace.properties", "workspace.db").contains(relative.toString());
    }

    @Test
    void givesTheVerdictsOfOwnerOnlyForEveryEntryWalkFileTreeVisits() throws Exception {
        assumeTrue(Protection.of(temp) == Protection.POSIX);
        Path folder = Files.createDirectory(temp.resolve("ws"));
        int n = 0;
        for (String top : new String[] { "vault", "outbox", "tmp", "other" }) {
            Path dir = Files.createDirectories(folder.resolve(top).resolve("a").resolve("b").resolve("c").resolve("d"));
            for (Path level = dir; !level.equals(folder); level = level.getParent()) {
                for (String mode : MODES) {
                    Path file = Files.writeString(level.resolve("f" + n++ + ".p12"), "x");
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
                }
                Files.setPosixFilePermissions(level, PosixFilePermissions.fromString(FOLDER_MODES[n % FOLDER_MODES.length]));
            }
        }
        for (String name : new String[] { "workspace.properties", "workspace.db", "delivery.properties" }) {
            for (String mode : MODES) {
                Path file = Files.writeString(folder.resolve(mode + "-" + name), "x");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            }
            Path file = Files.writeString(folder.resolve(name), "x");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.createSymbolicLink(folder.resolve("vault").resolve("link.p12"), temp);
        Files.createSymbolicLink(folder.resolve("link-folder"), folder.resolve("other"));
        if ("root".equals(System.getProperty("user.name"))) { // only root can give a file away
            Files.setOwner(Files.writeString(folder.resolve("tmp").resolve("theirs.p12"), "x"),
                    folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        }

        List<String> expected = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                expected.add(dir + " " + OwnerOnly.exposure(dir, true));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                expected.add(file + " " + OwnerOnly.exposure(file, isPrivate(folder, file)));
                return FileVisitResult.CONTINUE;
            }
        });
        List<String> scanned = new ArrayList<>();
        PosixFolderScan.scan(folder, MAX_DEPTH, path -> isPrivate(folder, path), (path, exposure) -> scanned.add(path + " " + exposure));
        assertEquals(expected, scanned);
        for (Exposure exposure : new Exposure[] { Exposure.NONE, Exposure.OTHERS_HAVE_ACCESS, Exposure.OTHERS_CAN_WRITE,
                Exposure.LINK }) {
            assertEquals(true, scanned.stream().anyMatch(line -> line.endsWith(" " + exposure)), exposure.toString());
        }
    }
}
