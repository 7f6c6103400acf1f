package io.certdesk.crypto;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

/**
 * What a chain is completed from and verified against. The <em>trust anchors</em> are what the administrator
 * chose: the CA certificates configured as trusted (the issuing service's root or issuing CA, also a source of
 * intermediates) and a pinned root fingerprint (SHA-1 thumbprint or SHA-256). A chain passes only when it ends at
 * one of them; a certificate that came in the PKCS#12 file or from an AIA download is never an anchor. The
 * expected root name and the expected issuer name of the end-entity certificate are further conditions, never
 * anchors by themselves. Without any anchor the verdict fails ("not verified: no trust anchor") unless the caller
 * explicitly {@linkplain Builder#acceptNoAnchor() accepted} an unverified chain (a warned command-line option).
 */
public final class TrustSettings {

    private final List<X509Certificate> trustedCertificates;
    private final Optional<RootPin> pinnedRoot;
    private final Optional<X500Principal> expectedRoot;
    private final Optional<X500Principal> expectedIssuer;
    private final IssuerFetchSettings fetch;
    private final boolean noAnchorAccepted;

    private TrustSettings(Builder builder) {
        this.trustedCertificates = List.copyOf(builder.trusted);
        this.pinnedRoot = builder.pinnedRoot;
        this.expectedRoot = builder.expectedRoot;
        this.expectedIssuer = builder.expectedIssuer;
        this.fetch = builder.fetch;
        this.noAnchorAccepted = builder.noAnchorAccepted;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Nothing trusted, nothing pinned, no downloads: every verdict fails with "no trust anchor". */
    public static TrustSettings none() {
        return builder().build();
    }

    /** The CA certificates the administrator trusts (anchors). */
    public List<X509Certificate> trustedCertificates() {
        return trustedCertificates;
    }

    /** The pinned root (an anchor). */
    public Optional<RootPin> pinnedRoot() {
        return pinnedRoot;
    }

    /** The subject the chain's root must have (a condition, not an anchor). */
    public Optional<X500Principal> expectedRoot() {
        return expectedRoot;
    }

    /** The issuer the end-entity certificate must have (a condition, not an anchor). */
    public Optional<X500Principal> expectedIssuer() {
        return expectedIssuer;
    }

    public IssuerFetchSettings fetch() {
        return fetch;
    }

    /** Whether the administrator chose at least one trust anchor (a trusted CA certificate or a pinned root). */
    public boolean hasAnchor() {
        return !trustedCertificates.isEmpty() || pinnedRoot.isPresent();
    }

    /** Whether a chain without any anchor was explicitly accepted as unverified (it never counts as trusted). */
    public boolean noAnchorAccepted() {
        return noAnchorAccepted && !hasAnchor();
    }

    /** Whether the certificate is one of the trusted CA certificates (same DER encoding). */
    public boolean isTrusted(X509Certificate certificate) {
        return trustedCertificates.stream().anyMatch(t -> t.equals(certificate));
    }

    @Override
    public String toString() {
        return "TrustSettings[" + trustedCertificates.size() + " trusted, pin " //$NON-NLS-1$ //$NON-NLS-2$
                + pinnedRoot.map(RootPin::toString).orElse("none") + ", root " //$NON-NLS-1$ //$NON-NLS-2$
                + expectedRoot.map(X500Principal::getName).orElse("any") + ", issuer " //$NON-NLS-1$ //$NON-NLS-2$
                + expectedIssuer.map(X500Principal::getName).orElse("any") + ", fetch " + fetch.enabled() + ']'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Builds {@link TrustSettings}. */
    public static final class Builder {
        private List<X509Certificate> trusted = List.of();
        private Optional<RootPin> pinnedRoot = Optional.empty();
        private Optional<X500Principal> expectedRoot = Optional.empty();
        private Optional<X500Principal> expectedIssuer = Optional.empty();
        private IssuerFetchSettings fetch = IssuerFetchSettings.disabled();
        private boolean noAnchorAccepted;

        private Builder() {
        }

        public Builder trusted(List<X509Certificate> certificates) {
            this.trusted = List.copyOf(Objects.requireNonNull(certificates, "certificates")); //$NON-NLS-1$
            return this;
        }

        public Builder pinnedRoot(RootPin pin) {
            this.pinnedRoot = Optional.of(Objects.requireNonNull(pin, "pin")); //$NON-NLS-1$
            return this;
        }

        /**
         * @param fingerprint SHA-1 (40 hex digits) or SHA-256 (64), separators (space, colon) allowed
         * @throws IllegalArgumentException when it is neither
         */
        public Builder pinnedRoot(String fingerprint) {
            return pinnedRoot(RootPin.parse(fingerprint));
        }

        public Builder expectedRoot(X500Principal root) {
            this.expectedRoot = Optional.of(Objects.requireNonNull(root, "root")); //$NON-NLS-1$
            return this;
        }

        public Builder expectedIssuer(X500Principal issuer) {
            this.expectedIssuer = Optional.of(Objects.requireNonNull(issuer, "issuer")); //$NON-NLS-1$
            return this;
        }

        public Builder fetch(IssuerFetchSettings settings) {
            this.fetch = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
            return this;
        }

        /**
         * Accepts a chain that ends at no anchor as "not verified" instead of failing; only for a command whose user
         * asked for it explicitly and was warned. Has no effect when an anchor is configured.
         */
        public Builder acceptNoAnchor() {
            this.noAnchorAccepted = true;
            return this;
        }

        public TrustSettings build() {
            return new TrustSettings(this);
        }
    }
}
