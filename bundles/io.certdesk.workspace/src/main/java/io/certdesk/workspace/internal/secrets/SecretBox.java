package io.certdesk.workspace.internal.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.certdesk.core.secrets.Secret;

/**
 * AES-256-GCM under the workspace key: a random 96-bit nonce per value, a 128-bit tag, and associated data that
 * binds each ciphertext to its workspace, owner (entry id or {@code workspace}) and field, so a value copied to
 * another entry or field does not decrypt. Uses the JDK's provider.
 */
public final class SecretBox implements AutoCloseable {

    public static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final byte[] key;
    private final String workspaceId;
    private final SecureRandom random = new SecureRandom();

    /** Takes a copy of the key. */
    public SecretBox(byte[] key, String workspaceId) {
        if (key.length != KeyDerivation.KEY_LENGTH) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key"); //$NON-NLS-1$
        }
        this.key = key.clone();
        this.workspaceId = workspaceId;
    }

    /** A sealed value: nonce and ciphertext with tag. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    public Sealed seal(String owner, String field, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); //$NON-NLS-1$
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce)); //$NON-NLS-1$
            cipher.updateAAD(aad(owner, field));
            return new Sealed(nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e); //$NON-NLS-1$
        }
    }

    /** Seals characters as UTF-8; the intermediate bytes are wiped. */
    public Sealed seal(String owner, String field, char[] secret) {
        byte[] bytes = Secret.utf8(secret);
        try {
            return seal(owner, field, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** @throws AEADBadTagException when the key is wrong or the value, owner or field do not match */
    public byte[] open(String owner, String field, Sealed sealed) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); //$NON-NLS-1$
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, sealed.nonce())); //$NON-NLS-1$
            cipher.updateAAD(aad(owner, field));
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e); //$NON-NLS-1$
        }
    }

    /** Opens a value sealed from characters; the caller wipes the result. */
    public char[] openChars(String owner, String field, Sealed sealed) throws AEADBadTagException {
        byte[] bytes = open(owner, field, sealed);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return result;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * A 256-bit key for another purpose, derived from the workspace key with HMAC-SHA256 over a label that
     * names the purpose and the workspace (so keys for different purposes or workspaces never coincide).
     * The caller wipes it.
     */
    public byte[] subkey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            return mac.doFinal(("certdesk-subkey/v1\0" + purpose + '\0' + workspaceId).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e); //$NON-NLS-1$
        }
    }

    private byte[] aad(String owner, String field) {
        return ("certdesk-secret/v1\0" + workspaceId + '\0' + owner + '\0' + field).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
