package io.certdesk.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

import org.apache.poi.util.TempFile;

import io.certdesk.core.files.OwnerOnly;
import io.certdesk.roster.internal.OwnerOnlyTempFiles;

/**
 * Where POI puts its temporary files: owner-only files in an owner-only folder. {@link #in} gives the calling thread
 * a folder (a workspace's own {@code tmp/}); elsewhere the process-wide default is a private folder with a random name
 * under the system temp folder, created owner-only (never POI's shared, predictable {@code poifiles}).
 */
public final class TemporaryFiles {

    /** Work that may throw. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private static boolean installed;

    private TemporaryFiles() {
    }

    /** Installs the owner-only default strategy once (the roster reader and result writer do this themselves). */
    public static synchronized void installDefault() {
        if (!installed) {
            Path base = Path.of(System.getProperty("java.io.tmpdir")); //$NON-NLS-1$
            TempFile.setTempFileCreationStrategy(new OwnerOnlyTempFiles(base.resolve("certdesk-poi-" //$NON-NLS-1$
                    + HexFormat.of().toHexDigits(new SecureRandom().nextLong()))));
            installed = true;
        }
    }

    /** Runs {@code work} on this thread with POI's temporary files in {@code folder} (made owner-only when missing). */
    public static <T, E extends Exception> T in(Path folder, Work<T, E> work) throws E, IOException {
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        installDefault();
        OwnerOnly.directories(folder);
        TempFile.setThreadLocalTempFileCreationStrategy(new OwnerOnlyTempFiles(folder));
        try {
            return work.run();
        } finally {
            TempFile.setThreadLocalTempFileCreationStrategy(null);
        }
    }
}
