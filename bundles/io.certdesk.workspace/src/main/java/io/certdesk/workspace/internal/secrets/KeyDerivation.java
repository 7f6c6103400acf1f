package io.certdesk.workspace.internal.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives the workspace's 256-bit key from its passphrase with Argon2id (Bouncy Castle). */
public final class KeyDerivation {

    public static final int KEY_LENGTH = 32;
    public static final int SALT_LENGTH = 16;

    private KeyDerivation() {
    }

    /** The key; the caller wipes it. The passphrase is encoded as UTF-8 (NFC as typed) and the encoding wiped. */
    public static byte[] derive(char[] passphrase, byte[] salt, KdfParameters parameters) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(parameters.memoryKiB()).withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism()).build());
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        byte[] key = new byte[KEY_LENGTH];
        try {
            generator.generateBytes(bytes, key);
            return key;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
