package io.certdesk.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/** SHA-1 and SHA-256 fingerprints of certificates, as vendors print them. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** Upper-case hex SHA-256 of the DER encoding, no separators (64 digits). */
    public static String sha256(X509Certificate certificate) {
        return HexFormat.of().withUpperCase().formatHex(digest("SHA-256", certificate)); //$NON-NLS-1$
    }

    /** Upper-case hex SHA-1 of the DER encoding, no separators (40 digits). */
    public static String sha1(X509Certificate certificate) {
        return HexFormat.of().withUpperCase().formatHex(digest("SHA-1", certificate)); //$NON-NLS-1$
    }

    /**
     * The hex digits in groups of eight separated by spaces, as certificate vendors print thumbprints:
     * {@code 1A2B3C4D 5E6F7081 ...}.
     */
    public static String grouped(String hex) {
        String digits = normalize(hex);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 8);
        for (int i = 0; i < digits.length(); i += 8) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(digits, i, Math.min(i + 8, digits.length()));
        }
        return out.toString();
    }

    /** Hex digits only, upper case: accepts {@code aa:bb}, {@code AA BB}, {@code aabb}. */
    public static String normalize(String hex) {
        Objects.requireNonNull(hex, "hex"); //$NON-NLS-1$
        return hex.replaceAll("[\\s:\\-]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static byte[] digest(String algorithm, X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
        try {
            return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint the certificate", e); //$NON-NLS-1$
        }
    }
}
