package io.certdesk.crypto;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A root CA fixed by its fingerprint, as the issuing services publish it: the SHA-1 thumbprint (40 hex digits,
 * what Windows shows and what the services tell users to compare with the root's name) or the SHA-256 fingerprint
 * (64 hex digits). A pin is a trust anchor: a chain whose self-signed root has this fingerprint is trusted.
 *
 * @param algorithm which digest
 * @param hex upper-case hex digits without separators
 */
public record RootPin(Algorithm algorithm, String hex) {

    /** The digests a pin may use. */
    public enum Algorithm {
        /** The SHA-1 thumbprint. */
        SHA1("SHA-1", 40), //$NON-NLS-1$
        /** The SHA-256 fingerprint. */
        SHA256("SHA-256", 64); //$NON-NLS-1$

        private final String label;
        private final int digits;

        Algorithm(String label, int digits) {
            this.label = label;
            this.digits = digits;
        }

        /** {@code SHA-1} or {@code SHA-256}. */
        public String label() {
            return label;
        }
    }

    public RootPin {
        Objects.requireNonNull(algorithm, "algorithm"); //$NON-NLS-1$
        Objects.requireNonNull(hex, "hex"); //$NON-NLS-1$
        if (!hex.matches("[0-9A-F]{" + algorithm.digits + "}")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException("A " + algorithm.label + " fingerprint has " + algorithm.digits //$NON-NLS-1$ //$NON-NLS-2$
                    + " upper-case hex digits"); //$NON-NLS-1$
        }
    }

    /**
     * A pin from a fingerprint as people copy it: 40 (SHA-1) or 64 (SHA-256) hex digits, with or without spaces,
     * colons or hyphens, any case.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static RootPin parse(String fingerprint) {
        String digits = Fingerprints.normalize(Objects.requireNonNull(fingerprint, "fingerprint")); //$NON-NLS-1$
        if (digits.matches("[0-9A-F]{40}")) { //$NON-NLS-1$
            return new RootPin(Algorithm.SHA1, digits);
        }
        if (digits.matches("[0-9A-F]{64}")) { //$NON-NLS-1$
            return new RootPin(Algorithm.SHA256, digits);
        }
        throw new IllegalArgumentException(
                "A root fingerprint is a SHA-1 thumbprint (40 hex digits) or a SHA-256 fingerprint (64 hex digits)"); //$NON-NLS-1$
    }

    /** Whether the string looks like a fingerprint (40 or 64 hex digits once separators are removed). */
    public static boolean isFingerprint(String text) {
        String digits = Fingerprints.normalize(Objects.requireNonNull(text, "text")); //$NON-NLS-1$
        return digits.matches("[0-9A-F]{40}|[0-9A-F]{64}"); //$NON-NLS-1$
    }

    /** Whether the certificate's DER encoding has this fingerprint. */
    public boolean matches(X509Certificate certificate) {
        String actual = algorithm == Algorithm.SHA1 ? Fingerprints.sha1(certificate) : Fingerprints.sha256(certificate);
        return actual.equals(hex);
    }

    /** {@code SHA-1 1A2B3C4D 5E6F...}: the algorithm and the digits in groups of eight. */
    @Override
    public String toString() {
        return algorithm.label + ' ' + Fingerprints.grouped(hex);
    }
}
