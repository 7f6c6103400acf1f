package io.certdesk.workspace.internal.secrets;

import java.util.Arrays;

import io.certdesk.core.secrets.Secret;

/**
 * Derives the workspace's 256-bit key from its passphrase with Argon2id v1.3 (RFC 9106): libargon2 (the reference C
 * implementation, through JNA) where it loads, else Bouncy Castle; both give the same key ({@link Argon2idChoice}).
 */
public final class KeyDerivation {

    public static final int KEY_LENGTH = 32;
    public static final int SALT_LENGTH = 16;
    private static final byte[] NONE = new byte[0];

    private KeyDerivation() {
    }

    /** The key; the caller wipes it. The passphrase is encoded as UTF-8 (NFC as typed) and the encoding wiped. */
    public static byte[] derive(char[] passphrase, byte[] salt, KdfParameters parameters) {
        byte[] bytes = Secret.utf8(passphrase);
        byte[] key = new byte[KEY_LENGTH];
        try {
            Chosen.CHOICE.implementation().hash(bytes, salt, NONE, NONE, parameters.memoryKiB(), parameters.iterations(),
                    parameters.parallelism(), key);
            return key;
        } catch (RuntimeException | Error e) {
            Arrays.fill(key, (byte) 0);
            throw e;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Which implementation derives keys in this start ({@code libargon2} or {@code Bouncy Castle}): support, tests. */
    public static String implementation() {
        return Chosen.CHOICE.implementation().name();
    }

    /** Chosen on first use, not when the class is loaded. */
    private static final class Chosen {
        static final Argon2idChoice CHOICE = Argon2idChoice.ofThisStart();
    }
}
