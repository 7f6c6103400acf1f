package io.certdesk.crypto;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

/**
 * What a chain is completed from and verified against: the CA certificates configured as trusted for the
 * portal (trust anchors, and a source of intermediates), an optional pinned root (SHA-256 of its DER
 * encoding), an optional expected issuer name of the end-entity certificate, and AIA download settings.
 */
public final class TrustSettings {

    private final List<X509Certificate> trustedCertificates;
    private final Optional<String> pinnedRootSha256;
    private final Optional<X500Principal> expectedIssuer;
    private final IssuerFetchSettings fetch;

    private TrustSettings(Builder builder) {
        this.trustedCertificates = List.copyOf(builder.trusted);
        this.pinnedRootSha256 = builder.pinnedRootSha256;
        this.expectedIssuer = builder.expectedIssuer;
        this.fetch = builder.fetch;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Nothing trusted, nothing pinned, no downloads. */
    public static TrustSettings none() {
        return builder().build();
    }

    public List<X509Certificate> trustedCertificates() {
        return trustedCertificates;
    }

    /** Upper-case hex without separators. */
    public Optional<String> pinnedRootSha256() {
        return pinnedRootSha256;
    }

    public Optional<X500Principal> expectedIssuer() {
        return expectedIssuer;
    }

    public IssuerFetchSettings fetch() {
        return fetch;
    }

    @Override
    public String toString() {
        return "TrustSettings[" + trustedCertificates.size() + " trusted, pin " //$NON-NLS-1$ //$NON-NLS-2$
                + pinnedRootSha256.map(Fingerprints::grouped).orElse("none") + ", issuer " //$NON-NLS-1$ //$NON-NLS-2$
                + expectedIssuer.map(X500Principal::getName).orElse("any") + ", fetch " + fetch.enabled() + ']'; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Builds {@link TrustSettings}. */
    public static final class Builder {
        private List<X509Certificate> trusted = List.of();
        private Optional<String> pinnedRootSha256 = Optional.empty();
        private Optional<X500Principal> expectedIssuer = Optional.empty();
        private IssuerFetchSettings fetch = IssuerFetchSettings.disabled();

        private Builder() {
        }

        public Builder trusted(List<X509Certificate> certificates) {
            this.trusted = List.copyOf(Objects.requireNonNull(certificates, "certificates")); //$NON-NLS-1$
            return this;
        }

        /**
         * @param sha256 64 hex digits, separators (space, colon) allowed
         * @throws IllegalArgumentException when it is not a SHA-256 fingerprint
         */
        public Builder pinnedRootSha256(String sha256) {
            String hex = Fingerprints.normalize(Objects.requireNonNull(sha256, "sha256")); //$NON-NLS-1$
            if (!hex.matches("[0-9A-F]{64}")) { //$NON-NLS-1$
                throw new IllegalArgumentException("A SHA-256 fingerprint has 64 hex digits: " + sha256); //$NON-NLS-1$
            }
            this.pinnedRootSha256 = Optional.of(hex);
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

        public TrustSettings build() {
            return new TrustSettings(this);
        }
    }
}
