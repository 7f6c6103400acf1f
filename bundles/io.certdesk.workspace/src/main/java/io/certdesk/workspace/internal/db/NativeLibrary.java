package io.certdesk.workspace.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;

/**
 * Where sqlite-jdbc's native library comes from. Unless the administrator chose ({@code org.sqlite.tmpdir} or
 * {@code org.sqlite.lib.path}), the first workspace opened in the JVM keeps one copy of the library in its own
 * owner-only folder, {@code .native/VERSION/} (sqlite-jdbc's version), and has sqlite-jdbc load that copy: nothing
 * is written where other users could replace it. Later workspaces in the same JVM reuse the loaded library.
 *
 * <p>Left to itself, sqlite-jdbc unpacks the library again at every start (under a new name, compared byte by byte
 * with the jar's, deleted at exit) and, on Linux, starts {@code uname -o} to tell Android apart: together about a
 * tenth of a second of every command that opens a workspace. The kept copy is written durably under its final name
 * only when complete, so a crash leaves it whole or absent (it is not compared with the jar's at each start: finding
 * this platform's library in the jar is what starts {@code uname}). Should it ever fail to load, sqlite-jdbc still
 * unpacks a fresh one into {@code .native/} ({@code org.sqlite.tmpdir}) as before. The copy keeps the library's own
 * name (the fallback looks for that name in the jar) in a folder of its own (at each start sqlite-jdbc deletes the
 * files in {@code .native/} named like its unpacked ones).
 */
final class NativeLibrary {

    static final String TEMPORARY_FOLDER = "org.sqlite.tmpdir"; //$NON-NLS-1$
    static final String LIBRARY_FOLDER = "org.sqlite.lib.path"; //$NON-NLS-1$

    private NativeLibrary() {
    }

    static synchronized void prepare(Path dir) throws IOException {
        if (System.getProperty(TEMPORARY_FOLDER) != null || System.getProperty(LIBRARY_FOLDER) != null) {
            return;
        }
        Path folder = OwnerOnly.directory(dir).toAbsolutePath();
        System.setProperty(TEMPORARY_FOLDER, folder.toString());
        Path versionFolder = folder.resolve(SQLiteJDBCLoader.getVersion());
        Path kept = versionFolder.resolve(LibraryLoaderUtil.getNativeLibName());
        if (Files.isRegularFile(kept, LinkOption.NOFOLLOW_LINKS) || keep(versionFolder, kept)) {
            System.setProperty(LIBRARY_FOLDER, versionFolder.toString());
        }
    }

    /**
     * Copies the jar's library for this platform to {@code kept}; false when the jar has none for this platform or
     * the copy cannot be written.
     */
    private static boolean keep(Path versionFolder, Path kept) {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + '/' + LibraryLoaderUtil.getNativeLibName();
        URL library = SQLiteJDBCLoader.class.getResource(resource);
        if (library == null) {
            return false; // sqlite-jdbc looks further (java.library.path) and reports what it tried
        }
        try (InputStream in = library.openStream()) {
            OwnerOnly.directory(versionFolder);
            DurableFiles.write(kept, in::transferTo, WriteMode.REPLACE);
            return true;
        } catch (IOException e) {
            // not written (a full disk, say): sqlite-jdbc unpacks its own copy as it always did
            return false;
        }
    }
}
