package io.certdesk.crypto;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PKCS#12 file held: its one private key, the end-entity certificate that matches it, the other
 * (CA) certificates, and how the file was protected. {@link #toString()} never shows the key.
 */
public final class Pkcs12Contents {

    private final String source;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final List<X509Certificate> caCertificates;
    private final Optional<String> friendlyName;
    private final List<Protection> protections;

    public Pkcs12Contents(String source, PrivateKey privateKey, X509Certificate certificate,
            List<X509Certificate> caCertificates, Optional<String> friendlyName, List<Protection> protections) {
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey"); //$NON-NLS-1$
        this.certificate = Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
        this.caCertificates = List.copyOf(caCertificates);
        this.friendlyName = Objects.requireNonNull(friendlyName, "friendlyName"); //$NON-NLS-1$
        this.protections = List.copyOf(protections);
    }

    /** The file (or entry) the contents came from. */
    public String source() {
        return source;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The end-entity certificate: the one whose public key matches the private key. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The other certificates in the file, in file order. */
    public List<X509Certificate> caCertificates() {
        return caCertificates;
    }

    /** The friendly name on the key or end-entity certificate, if the file had one. */
    public Optional<String> friendlyName() {
        return friendlyName;
    }

    /** How the file was protected: MAC first, then each encrypted part in file order. */
    public List<Protection> protections() {
        return protections;
    }

    @Override
    public String toString() {
        return "Pkcs12Contents[" + source + ": " + certificate.getSubjectX500Principal().getName() + " + " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + caCertificates.size() + " CA certificate(s)]"; //$NON-NLS-1$
    }
}
