package io.certdesk.workspace.internal.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;

/**
 * {@code workspace.properties}: what is needed before the store can be opened, none of it secret: the format,
 * the workspace id, the Argon2id parameters and salt, and the key-check value (AES-256-GCM of a fixed text under
 * the derived key) that tells a wrong passphrase apart before anything is decrypted.
 * <p>
 * Format 2 authenticates the header: the key check's associated data covers every field (format, id, Argon2id
 * parameters, salt), so a header edited within the bounds fails the key check at once instead of opening with
 * other parameters; and format 2 says the audit log is sealed (keyed MACs and a sealed head), so a sealed
 * workspace cannot be passed off as an older, unsealed one (a format-1 header crafted from a format-2 one does
 * not pass the key check). Bounds ({@link KdfParameters}, a 16-byte salt, a 12-byte nonce) are checked while
 * reading, before any derivation. Format 1 (no field covered) is still read; opening such a workspace seals
 * its audit log and rewrites the header as format 2.
 */
public record WorkspaceHeader(int format, String id, KdfParameters kdf, byte[] salt, SecretBox.Sealed keyCheck) {

    public static final String FILE_NAME = "workspace.properties"; //$NON-NLS-1$
    /** The format this code writes. */
    public static final int FORMAT = 2;
    /** The first format: nothing authenticated, audit log unsealed. */
    public static final int LEGACY_FORMAT = 1;
    static final String KEY_CHECK_OWNER = "workspace"; //$NON-NLS-1$
    static final String KEY_CHECK_FIELD = "key-check"; //$NON-NLS-1$
    static final byte[] KEY_CHECK_TEXT = "CertDesk workspace key check v1".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_CIPHERTEXT_LENGTH = 128;

    /** A header for a new workspace whose key is in {@code box}. */
    public static WorkspaceHeader create(String id, KdfParameters kdf, byte[] salt, SecretBox box) {
        return new WorkspaceHeader(FORMAT, id, kdf, salt.clone(),
                box.seal(KEY_CHECK_OWNER, keyCheckField(FORMAT, id, kdf, salt), KEY_CHECK_TEXT));
    }

    /** The same workspace's header in the current format (for a format-1 header, once its key matched). */
    public WorkspaceHeader upgraded(SecretBox box) {
        return create(id, kdf, salt, box);
    }

    /** Whether this header is in the current format (authenticated, audit sealed). */
    public boolean current() {
        return format == FORMAT;
    }

    /**
     * Whether the box's key is the one this header was made with and (format 2) no field of the header was
     * changed. False for a wrong passphrase and for an edited header alike: neither can be told apart
     * without the key.
     */
    public boolean keyMatches(SecretBox box) {
        try {
            return java.util.Arrays.equals(KEY_CHECK_TEXT, box.open(KEY_CHECK_OWNER, keyCheckField(format, id, kdf, salt), keyCheck));
        } catch (javax.crypto.AEADBadTagException e) {
            return false;
        }
    }

    /** Format 1 binds nothing; format 2 binds every field (the associated data of the key check). */
    private static String keyCheckField(int format, String id, KdfParameters kdf, byte[] salt) {
        if (format == LEGACY_FORMAT) {
            return KEY_CHECK_FIELD;
        }
        return KEY_CHECK_FIELD + "/v2;format=" + format + ";id=" + id + ";kdf=argon2id;m=" + kdf.memoryKiB() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ";t=" + kdf.iterations() + ";p=" + kdf.parallelism() + ";salt=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + Base64.getEncoder().encodeToString(salt) + ";cipher=AES-256-GCM"; //$NON-NLS-1$
    }

    public void write(Path folder) throws IOException {
        Properties p = new Properties();
        Base64.Encoder b64 = Base64.getEncoder();
        p.setProperty("format", Integer.toString(format)); //$NON-NLS-1$
        p.setProperty("id", id); //$NON-NLS-1$
        p.setProperty("kdf", "argon2id"); //$NON-NLS-1$ //$NON-NLS-2$
        p.setProperty("kdf.memoryKiB", Integer.toString(kdf.memoryKiB())); //$NON-NLS-1$
        p.setProperty("kdf.iterations", Integer.toString(kdf.iterations())); //$NON-NLS-1$
        p.setProperty("kdf.parallelism", Integer.toString(kdf.parallelism())); //$NON-NLS-1$
        p.setProperty("kdf.salt", b64.encodeToString(salt)); //$NON-NLS-1$
        p.setProperty("cipher", "AES-256-GCM"); //$NON-NLS-1$ //$NON-NLS-2$
        p.setProperty("keycheck.nonce", b64.encodeToString(keyCheck.nonce())); //$NON-NLS-1$
        p.setProperty("keycheck.ciphertext", b64.encodeToString(keyCheck.ciphertext())); //$NON-NLS-1$
        StringWriter text = new StringWriter();
        p.store(text, "CertDesk workspace header: nothing secret. Do not edit."); //$NON-NLS-1$
        DurableFiles.write(folder.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.ISO_8859_1), WriteMode.REPLACE);
    }

    /**
     * Reads and bounds-checks the header; nothing is derived here.
     *
     * @throws IOException when missing; IllegalArgumentException when malformed or out of bounds
     */
    public static WorkspaceHeader read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.size(file) > 4096) {
            throw new IllegalArgumentException("header too large"); //$NON-NLS-1$
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        Base64.Decoder b64 = Base64.getDecoder();
        int format = Integer.parseInt(required(p, "format")); //$NON-NLS-1$
        if (!"argon2id".equals(required(p, "kdf")) || !"AES-256-GCM".equals(required(p, "cipher"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            throw new IllegalArgumentException("unknown key derivation or cipher"); //$NON-NLS-1$
        }
        KdfParameters kdf = new KdfParameters(Integer.parseInt(required(p, "kdf.memoryKiB")), //$NON-NLS-1$
                Integer.parseInt(required(p, "kdf.iterations")), Integer.parseInt(required(p, "kdf.parallelism"))); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] salt = b64.decode(required(p, "kdf.salt")); //$NON-NLS-1$
        if (salt.length != KeyDerivation.SALT_LENGTH) {
            throw new IllegalArgumentException("salt length"); //$NON-NLS-1$
        }
        String id = required(p, "id"); //$NON-NLS-1$
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id length"); //$NON-NLS-1$
        }
        byte[] nonce = b64.decode(required(p, "keycheck.nonce")); //$NON-NLS-1$
        byte[] ciphertext = b64.decode(required(p, "keycheck.ciphertext")); //$NON-NLS-1$
        if (nonce.length != SecretBox.NONCE_LENGTH || ciphertext.length > MAX_CIPHERTEXT_LENGTH) {
            throw new IllegalArgumentException("key check length"); //$NON-NLS-1$
        }
        return new WorkspaceHeader(format, id, kdf, salt, new SecretBox.Sealed(nonce, ciphertext));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key); //$NON-NLS-1$
        }
        return value.trim();
    }
}
