package io.certdesk.workspace.internal.secrets;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id in Java (Bouncy Castle): the fallback where the native library cannot be loaded. Single-threaded and
 * about three times slower than {@link NativeArgon2id} on a cold JVM, but the same function with the same output.
 * Its own class, so that starting the product with the native library never loads Bouncy Castle (a signed jar whose
 * signature the JVM checks on first use).
 */
final class BouncyCastleArgon2id implements Argon2id {

    static final String NAME = "Bouncy Castle"; //$NON-NLS-1$

    @Override
    public void hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB, int iterations,
            int parallelism, byte[] out) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                .withIterations(iterations).withParallelism(parallelism);
        if (secret.length > 0) {
            builder.withSecret(secret);
        }
        if (associatedData.length > 0) {
            builder.withAdditional(associatedData);
        }
        Argon2Parameters parameters = builder.build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        try {
            generator.init(parameters);
            generator.generateBytes(password, out);
        } finally {
            parameters.clear(); // Bouncy Castle keeps its own copy of the secret
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
