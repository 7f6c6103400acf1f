package io.certdesk.workspace.internal.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;

/**
 * The certificate files of a workspace: {@code vault/raw/} holds the portal's files as downloaded,
 * {@code vault/export/} the re-exported ones. Names come from the entry id ({@code e00000042.p12}), never from
 * roster data. Every write is durable ({@link DurableFiles}); every read of a raw copy is checked against the
 * SHA-256 recorded in the store.
 */
public final class Vault {

    /** Which folder. */
    public enum Kind {
        RAW("raw"), EXPORT("export"); //$NON-NLS-1$ //$NON-NLS-2$

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private final Path root;

    public Vault(Path root) {
        this.root = root;
    }

    /** Creates the folders owner-only (when missing) and removes leftovers of interrupted writes. */
    public int prepare() throws IOException {
        OwnerOnly.directory(root);
        int removed = 0;
        for (Kind kind : Kind.values()) {
            OwnerOnly.directory(root.resolve(kind.folder));
            removed += DurableFiles.removeTemporaryFiles(root.resolve(kind.folder));
        }
        return removed;
    }

    public Path path(Kind kind, long entryId) {
        return root.resolve(kind.folder).resolve(String.format(Locale.ROOT, "e%08d.p12", Long.valueOf(entryId))); //$NON-NLS-1$
    }

    /** Stores the file durably (replacing an earlier copy) and returns its SHA-256 (upper-case hex). */
    public String store(Kind kind, long entryId, byte[] data) throws IOException {
        DurableFiles.write(path(kind, entryId), data, WriteMode.REPLACE);
        return sha256(data);
    }

    public boolean exists(Kind kind, long entryId) {
        return Files.isRegularFile(path(kind, entryId));
    }

    /** The file's bytes when present and matching {@code expectedSha256}; empty when missing or damaged. */
    public Optional<byte[]> readIntact(Kind kind, long entryId, String expectedSha256) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(path(kind, entryId));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return sha256(data).equalsIgnoreCase(expectedSha256) ? Optional.of(data) : Optional.empty();
    }

    public byte[] read(Kind kind, long entryId) throws IOException {
        return Files.readAllBytes(path(kind, entryId));
    }

    public void delete(Kind kind, long entryId) throws IOException {
        if (Files.deleteIfExists(path(kind, entryId))) {
            DurableFiles.forceDirectory(path(kind, entryId).getParent());
        }
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(data)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
