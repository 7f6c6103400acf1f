package io.certdesk.workspace.internal.secrets;

/**
 * One implementation of Argon2id version 1.3 (RFC 9106, version number 0x13). Every implementation gives the same
 * output for the same input; {@link KeyDerivation} picks the fastest that works on this machine.
 */
interface Argon2id {

    /**
     * Fills {@code out} with the Argon2id tag of {@code password}. {@code secret} and {@code associatedData} (RFC
     * 9106's K and X) may be empty. The caller owns and wipes every array; the implementation keeps no copy.
     */
    void hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB, int iterations,
            int parallelism, byte[] out);

    /** For support and tests only: which implementation this is (never anything secret). */
    String name();
}
