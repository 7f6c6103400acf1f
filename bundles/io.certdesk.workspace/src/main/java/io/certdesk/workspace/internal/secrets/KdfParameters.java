package io.certdesk.workspace.internal.secrets;

/**
 * Argon2id parameters of the workspace key (RFC 9106). The default is RFC 9106's second recommended option:
 * 64 MiB of memory, 3 passes, 4 lanes, 16-byte salt, 32-byte key. Values read from a header are bounded (checked
 * before any derivation) so a tampered header cannot make opening the workspace exhaust the heap or stall: at most
 * 256 MiB, 10 passes and 16 lanes.
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

    public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 4);
    /** Least accepted (OWASP's minimum for Argon2id: 19 MiB, 2 passes). */
    public static final int MIN_MEMORY_KIB = 19 * 1024;
    /** Most memory a header may ask for: well below the product's heap. */
    public static final int MAX_MEMORY_KIB = 256 * 1024;
    public static final int MAX_ITERATIONS = 10;
    public static final int MAX_PARALLELISM = 16;

    public KdfParameters {
        if (memoryKiB < MIN_MEMORY_KIB || memoryKiB > MAX_MEMORY_KIB || iterations < 2 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2id parameters out of bounds: m=" + memoryKiB + " KiB, t=" //$NON-NLS-1$ //$NON-NLS-2$
                    + iterations + ", p=" + parallelism); //$NON-NLS-1$
        }
    }
}
