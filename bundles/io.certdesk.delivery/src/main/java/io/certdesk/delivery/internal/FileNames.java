package io.certdesk.delivery.internal;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import io.certdesk.core.files.SafeFileNames;

/** Names for the files delivery writes (outbox messages, received demo mails). */
public final class FileNames {

    private FileNames() {
    }

    /** A name in the folder that does not exist yet: {@code base.ext}, {@code base-2.ext}, ... */
    public static Path freeName(Path folder, String base, String extension) {
        Path candidate = folder.resolve(base + extension);
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = folder.resolve(base + "-" + i + extension); //$NON-NLS-1$
        }
        return candidate;
    }

    /** Only letters, digits, dot, dash and underscore, and safe on Windows (core's {@link SafeFileNames}). */
    public static String safeName(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        cleaned = cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned; //$NON-NLS-1$ //$NON-NLS-2$
        return SafeFileNames.of(cleaned, "_"); //$NON-NLS-1$
    }
}
