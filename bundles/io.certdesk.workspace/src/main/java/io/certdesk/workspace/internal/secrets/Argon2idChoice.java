package io.certdesk.workspace.internal.secrets;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Picks the Argon2id implementation once per start: libargon2 when it loads and gives RFC 9106's known answer, else
 * Bouncy Castle. Both compute the same function with the same parameters, so the fallback is slower, never weaker.
 */
final class Argon2idChoice {

    /** {@code -Dcertdesk.argon2=java}: Bouncy Castle even where libargon2 loads (support, comparison). */
    static final String IMPLEMENTATION_PROPERTY = "certdesk.argon2"; //$NON-NLS-1$
    /** {@code -Dcertdesk.argon2.debug=true}: say on standard error which implementation was chosen and why. */
    static final String DEBUG_PROPERTY = "certdesk.argon2.debug"; //$NON-NLS-1$

    /** RFC 9106, section 5.3: Argon2id, m = 32 KiB, t = 3, p = 4, with secret and associated data. */
    private static final byte[] RFC9106_TAG = HexFormat.of()
            .parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"); //$NON-NLS-1$

    private final Argon2id implementation;
    private final String reason;

    private Argon2idChoice(Argon2id implementation, String reason) {
        this.implementation = implementation;
        this.reason = reason;
    }

    static Argon2idChoice ofThisStart() {
        Argon2idChoice choice = choose(NativeArgon2id::load,
                "java".equals(System.getProperty(IMPLEMENTATION_PROPERTY))); //$NON-NLS-1$
        if (Boolean.getBoolean(DEBUG_PROPERTY)) {
            System.err.println("certdesk: Argon2id by " + choice.implementation.name() + " (" + choice.reason + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return choice;
    }

    /** The native implementation from {@code loader} if it loads and passes the known answer, else Bouncy Castle. */
    static Argon2idChoice choose(Supplier<? extends Argon2id> loader, boolean javaOnly) {
        if (javaOnly) {
            return new Argon2idChoice(new BouncyCastleArgon2id(), IMPLEMENTATION_PROPERTY + "=java"); //$NON-NLS-1$
        }
        String reason;
        try {
            Argon2id candidate = loader.get();
            if (givesKnownAnswer(candidate)) {
                return new Argon2idChoice(candidate, "loaded, RFC 9106 test vector passed"); //$NON-NLS-1$
            }
            reason = candidate.name() + " failed the RFC 9106 test vector"; //$NON-NLS-1$
        } catch (LinkageError | RuntimeException e) {
            // no library for this platform, a temporary folder JNA may not load from, or a sandbox refusing it
            reason = "native library not available: " + e; //$NON-NLS-1$
        }
        return new Argon2idChoice(new BouncyCastleArgon2id(), reason);
    }

    static boolean givesKnownAnswer(Argon2id candidate) {
        byte[] tag = new byte[RFC9106_TAG.length];
        candidate.hash(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 32, 3, 4, tag);
        return Arrays.equals(tag, RFC9106_TAG);
    }

    Argon2id implementation() {
        return implementation;
    }

    String reason() {
        return reason;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
