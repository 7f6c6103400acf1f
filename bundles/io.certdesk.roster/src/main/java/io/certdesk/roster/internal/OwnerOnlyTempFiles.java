package io.certdesk.roster.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

import org.apache.poi.util.TempFileCreationStrategy;

import io.certdesk.core.files.OwnerOnly;

/**
 * POI's temporary files (SXSSF sheet data, encrypted workbook parts) created owner-only by core's toolkit in one
 * owner-only folder, never in the shared temp folder where POI's default strategy uses a predictable
 * {@code poifiles} folder that another user could create first.
 */
public final class OwnerOnlyTempFiles implements TempFileCreationStrategy {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    public OwnerOnlyTempFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
    }

    /** The folder the files go to. */
    public Path folder() {
        return folder;
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        OwnerOnly.directories(folder);
        File file = OwnerOnly.temporaryFile(folder, prefix, suffix).toFile();
        file.deleteOnExit();
        return file;
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        OwnerOnly.directories(folder);
        Path dir = OwnerOnly.directory(folder.resolve(prefix + HexFormat.of().toHexDigits(RANDOM.nextLong())));
        dir.toFile().deleteOnExit();
        return dir.toFile();
    }
}
