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
 */
public record WorkspaceHeader(int format, String id, KdfParameters kdf, byte[] salt, SecretBox.Sealed keyCheck) {

    public static final String FILE_NAME = "workspace.properties"; //$NON-NLS-1$
    public static final int FORMAT = 1;
    static final String KEY_CHECK_OWNER = "workspace"; //$NON-NLS-1$
    static final String KEY_CHECK_FIELD = "key-check"; //$NON-NLS-1$
    static final byte[] KEY_CHECK_TEXT = "CertDesk workspace key check v1".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    /** A header for a new workspace whose key is in {@code box}. */
    public static WorkspaceHeader create(String id, KdfParameters kdf, byte[] salt, SecretBox box) {
        return new WorkspaceHeader(FORMAT, id, kdf, salt.clone(), box.seal(KEY_CHECK_OWNER, KEY_CHECK_FIELD, KEY_CHECK_TEXT));
    }

    /** Whether the box's key is the one this header was made with. */
    public boolean keyMatches(SecretBox box) {
        try {
            return java.util.Arrays.equals(KEY_CHECK_TEXT, box.open(KEY_CHECK_OWNER, KEY_CHECK_FIELD, keyCheck));
        } catch (javax.crypto.AEADBadTagException e) {
            return false;
        }
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
        DurableFiles.write(folder.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.ISO_8859_1), WriteMode.CREATE_NEW);
    }

    /** @throws IOException when missing; IllegalArgumentException when malformed or out of bounds */
    public static WorkspaceHeader read(Path folder) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FILE_NAME))) {
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
        if (salt.length < KeyDerivation.SALT_LENGTH || salt.length > 64) {
            throw new IllegalArgumentException("salt length"); //$NON-NLS-1$
        }
        return new WorkspaceHeader(format, required(p, "id"), kdf, salt, //$NON-NLS-1$
                new SecretBox.Sealed(b64.decode(required(p, "keycheck.nonce")), b64.decode(required(p, "keycheck.ciphertext")))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key); //$NON-NLS-1$
        }
        return value.trim();
    }
}
