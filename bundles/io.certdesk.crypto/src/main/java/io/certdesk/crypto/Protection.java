package io.certdesk.crypto;

import java.util.Objects;

/**
 * How one part of a PKCS#12 file is protected, as read from the file: the MAC, the certificates'
 * EncryptedData or a shrouded key bag.
 *
 * @param part what is protected
 * @param algorithm display name, e.g. {@code PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC} or {@code HMAC-SHA256}
 * @param iterations key derivation iterations
 * @param saltLength salt length in bytes
 */
public record Protection(Part part, String algorithm, int iterations, int saltLength) {

    /** The protected parts of a PKCS#12 file. */
    public enum Part {
        /** The integrity MAC over the whole content. */
        MAC,
        /** An encrypted set of bags (usually the certificates). */
        ENCRYPTED_CONTENT,
        /** The private key. */
        KEY,
        /** A set of bags stored without encryption. */
        PLAIN_CONTENT
    }

    public Protection {
        Objects.requireNonNull(part, "part"); //$NON-NLS-1$
        Objects.requireNonNull(algorithm, "algorithm"); //$NON-NLS-1$
    }
}
