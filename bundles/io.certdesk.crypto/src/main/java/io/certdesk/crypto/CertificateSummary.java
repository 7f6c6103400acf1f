package io.certdesk.crypto;

import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What displays and reports show of a certificate: subject and issuer (O, OU, CN), serial number in hex,
 * validity, key type and size, SHA-1 and SHA-256 fingerprints, key usage and extended key usage.
 */
public record CertificateSummary(DistinguishedName subject, DistinguishedName issuer, String serialHex,
        Instant notBefore, Instant notAfter, String keyType, int keySize, String sha1, String sha256,
        List<String> keyUsage, List<String> extendedKeyUsage) {

    private static final String[] KEY_USAGE_NAMES = { "digitalSignature", "nonRepudiation", "keyEncipherment", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Map<String, String> EKU_NAMES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.2", "clientAuth", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.3", "codeSigning", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.4", "emailProtection", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.8", "timeStamping", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.9", "OCSPSigning", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.4.1.311.20.2.2", "smartcardLogon", //$NON-NLS-1$ //$NON-NLS-2$
            "2.5.29.37.0", "anyExtendedKeyUsage"); //$NON-NLS-1$ //$NON-NLS-2$

    public CertificateSummary {
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
    }

    /** The summary of a certificate. */
    public static CertificateSummary of(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
        PublicKey key = certificate.getPublicKey();
        return new CertificateSummary(DistinguishedName.of(certificate.getSubjectX500Principal()),
                DistinguishedName.of(certificate.getIssuerX500Principal()),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                keyType(key), keySize(key), Fingerprints.sha1(certificate), Fingerprints.sha256(certificate),
                keyUsage(certificate), extendedKeyUsage(certificate));
    }

    /**
     * Whole days from {@code now} until the end of validity: 0 on the last day, negative once expired.
     */
    public long daysToExpiry(Instant now) {
        Objects.requireNonNull(now, "now"); //$NON-NLS-1$
        return Math.floorDiv(Duration.between(now, notAfter).toSeconds(), Duration.ofDays(1).toSeconds());
    }

    /** Whether the certificate is valid at that instant. */
    public boolean validAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    /** The SHA-1 thumbprint in groups of eight hex digits. */
    public String sha1Grouped() {
        return Fingerprints.grouped(sha1);
    }

    /** The SHA-256 fingerprint in groups of eight hex digits. */
    public String sha256Grouped() {
        return Fingerprints.grouped(sha256);
    }

    private static String keyType(PublicKey key) {
        if (key instanceof ECPublicKey) {
            return "EC"; //$NON-NLS-1$
        }
        return key.getAlgorithm();
    }

    private static int keySize(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa) {
            return dsa.getParams().getP().bitLength();
        }
        return switch (key.getAlgorithm()) {
            case "Ed25519", "X25519" -> 255; //$NON-NLS-1$ //$NON-NLS-2$
            case "Ed448", "X448" -> 448; //$NON-NLS-1$ //$NON-NLS-2$
            default -> 0;
        };
    }

    private static List<String> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        List<String> names = new ArrayList<>();
        if (bits != null) {
            for (int i = 0; i < bits.length && i < KEY_USAGE_NAMES.length; i++) {
                if (bits[i]) {
                    names.add(KEY_USAGE_NAMES[i]);
                }
            }
        }
        return names;
    }

    private static List<String> extendedKeyUsage(X509Certificate certificate) {
        try {
            List<String> oids = certificate.getExtendedKeyUsage();
            return oids == null ? List.of() : oids.stream().map(o -> EKU_NAMES.getOrDefault(o, o)).toList();
        } catch (CertificateParsingException e) {
            return List.of("?"); //$NON-NLS-1$
        }
    }
}
