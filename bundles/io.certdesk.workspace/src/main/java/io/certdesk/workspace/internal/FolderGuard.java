package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.Exposure;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.PosixFolderScan;
import io.certdesk.core.files.Protection;
import io.certdesk.workspace.WorkspaceException;
import org.eclipse.osgi.util.NLS;

/**
 * The workspace folder is its owner's alone (core's {@link OwnerOnly}: POSIX modes and owner, or the Windows ACL).
 * {@link #claim} makes an existing empty folder owner-only for {@code workspace init}, or refuses when the folder
 * belongs to someone else or the file store cannot restrict it. {@link #check} runs whenever a workspace opens:
 * every folder and the files CertDesk writes itself (header, database, lock, vault, outbox, temporary files) must be
 * owner-only; any other file (settings an administrator copied in, the SQLite native library) must at least not be
 * writable by others. Links
 * are refused. The refusal names the paths and the remedy; nothing is changed behind the administrator's back.
 */
public final class FolderGuard {

    private static final int SHOWN = 5;
    /** Levels below the folder that are checked (vault/raw/..., outbox). */
    static final int MAX_DEPTH = 4;
    /** Files CertDesk writes itself in the folder, besides everything under {@link #PRIVATE_FOLDERS}. */
    private static final Set<String> PRIVATE_FILES = Set.of("workspace.properties", "workspace.db", "workspace.db-wal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "workspace.db-shm", "workspace.db-journal", WorkspaceOpener.LOCK_FILE); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> PRIVATE_FOLDERS = Set.of(WorkspaceOpener.VAULT_DIR, WorkspaceOpener.TEMP_DIR,
            "outbox"); //$NON-NLS-1$

    private FolderGuard() {
    }

    /** Makes an existing (empty) folder owner-only for a new workspace, or refuses with the reason and remedy. */
    public static void claim(Path folder) throws WorkspaceException {
        try {
            Exposure before = OwnerOnly.exposure(folder, true);
            if (before == Exposure.OTHER_OWNER || before == Exposure.LINK || before == Exposure.NO_PROTECTION) {
                throw refused(folder, List.of(problem(folder, before)), Messages.folderClaimRemedy);
            }
            if (before != Exposure.NONE) {
                OwnerOnly.restrict(folder);
            }
            Exposure after = OwnerOnly.exposure(folder, true);
            if (after != Exposure.NONE) {
                throw refused(folder, List.of(problem(folder, after)), Messages.folderClaimRemedy);
            }
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.folderNotOwnerOnly,
                    new Object[] { folder, folder + ": " + e.getMessage(), Messages.folderClaimRemedy }), e); //$NON-NLS-1$
        }
    }

    /** Refuses a workspace whose folder or files others can get at (see the class comment). */
    public static void check(Path folder) throws WorkspaceException {
        List<String> problems = new ArrayList<>();
        try {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && Protection.of(folder) == Protection.POSIX) {
                // one lstat per entry, as the walk itself needs (thousands of files in a large batch's workspace)
                PosixFolderScan.scan(folder, MAX_DEPTH, path -> isPrivate(folder, path), (path, exposure) -> {
                    if (exposure != Exposure.NONE) {
                        problems.add(problem(path, exposure));
                    }
                });
            } else {
                walkJudgingEachPath(folder, problems);
            }
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.cannotOpen, folder, e.getMessage()), e);
        }
        if (!problems.isEmpty()) {
            throw refused(folder, problems, Messages.folderCheckRemedy);
        }
    }

    /**
     * Judges every path by {@link OwnerOnly#exposure} (ACL stores: each file's own list counts, since Windows lets
     * users reach a file through folders they cannot list; stores without protection; a folder that is a link).
     */
    private static void walkJudgingEachPath(Path folder, List<String> problems) throws IOException {
        Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                note(dir, OwnerOnly.exposure(dir, true));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                note(file, attributes.isSymbolicLink() || Files.isSymbolicLink(file) ? Exposure.LINK
                        : OwnerOnly.exposure(file, isPrivate(folder, file)));
                return FileVisitResult.CONTINUE;
            }

            private void note(Path path, Exposure exposure) {
                if (exposure != Exposure.NONE) {
                    problems.add(problem(path, exposure));
                }
            }
        });
    }

    /** Whether CertDesk writes the file itself, so that it must be owner-only (not merely unwritable by others). */
    static boolean isPrivate(Path folder, Path file) {
        Path relative = folder.relativize(file);
        return relative.getNameCount() > 1 ? PRIVATE_FOLDERS.contains(relative.getName(0).toString())
                : PRIVATE_FILES.contains(relative.toString());
    }

    private static String problem(Path path, Exposure exposure) {
        String what = switch (exposure) {
            case OTHERS_HAVE_ACCESS -> Messages.exposureOthersAccess;
            case OTHERS_CAN_WRITE -> Messages.exposureOthersWrite;
            case OTHER_OWNER -> Messages.exposureOtherOwner;
            case LINK -> Messages.exposureLink;
            case NO_PROTECTION -> Messages.exposureNoProtection;
            case NONE -> ""; //$NON-NLS-1$
        };
        return path + ": " + what; //$NON-NLS-1$
    }

    private static WorkspaceException refused(Path folder, List<String> problems, String remedy) {
        String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size()))) //$NON-NLS-1$
                + (problems.size() > SHOWN ? NLS.bind(Messages.folderMoreProblems, Integer.toString(problems.size() - SHOWN))
                        : ""); //$NON-NLS-1$
        return new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.folderNotOwnerOnly,
                new Object[] { folder, shown, remedy }));
    }
}
