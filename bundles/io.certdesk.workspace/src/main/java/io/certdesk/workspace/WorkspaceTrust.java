package io.certdesk.workspace;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.IssuerFetchSettings;
import io.certdesk.crypto.RootPin;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;

/**
 * What a workspace verifies chains against, chosen when it is created: the trust anchors (the issuing service's
 * CA certificates, a pinned root fingerprint) and the conditions (expected root name, expected issuer name), and
 * where AIA downloads may go (the hosts of the service's CA repository). A workspace is created only with at
 * least one anchor ({@link #hasAnchor()}); names alone are never trust.
 *
 * @param trustedCertificates the CA certificates trusted as anchors
 * @param pinnedRoot the pinned root (SHA-1 thumbprint or SHA-256 fingerprint)
 * @param expectedRoot the subject the chain's root must have (RFC 2253)
 * @param expectedIssuer the issuer the end-entity certificate must have (RFC 2253)
 * @param fetchIssuers whether missing issuers may be downloaded from their AIA address
 * @param fetchHosts the hosts ({@code host} or {@code host:port}) AIA downloads may go to
 */
public record WorkspaceTrust(List<X509Certificate> trustedCertificates, Optional<RootPin> pinnedRoot,
        Optional<String> expectedRoot, Optional<String> expectedIssuer, boolean fetchIssuers, List<String> fetchHosts) {

    public WorkspaceTrust {
        trustedCertificates = List.copyOf(trustedCertificates);
        Objects.requireNonNull(pinnedRoot, "pinnedRoot"); //$NON-NLS-1$
        Objects.requireNonNull(expectedRoot, "expectedRoot"); //$NON-NLS-1$
        Objects.requireNonNull(expectedIssuer, "expectedIssuer"); //$NON-NLS-1$
        expectedRoot.ifPresent(X500Principal::new); // throws IllegalArgumentException when it is no name
        expectedIssuer.ifPresent(X500Principal::new);
        List<String> hosts = new ArrayList<>();
        for (String host : fetchHosts) {
            String normalized = IssuerFetchSettings.host(host);
            if (!hosts.contains(normalized)) {
                hosts.add(normalized);
            }
        }
        fetchHosts = List.copyOf(hosts);
    }

    /** Nothing chosen: no anchor (a workspace cannot be created with this), no downloads. */
    public static WorkspaceTrust none() {
        return new WorkspaceTrust(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of());
    }

    /** These CA certificates as anchors, no downloads. */
    public static WorkspaceTrust trusting(List<X509Certificate> certificates) {
        return none().withTrusted(certificates);
    }

    /**
     * A pinned root as the service publishes its fingerprint, no downloads.
     *
     * @param fingerprint SHA-1 thumbprint (40 hex digits) or SHA-256 fingerprint (64), separators allowed
     * @throws IllegalArgumentException when it is neither
     */
    public static WorkspaceTrust pinning(String fingerprint) {
        return none().withPinnedRoot(RootPin.parse(fingerprint));
    }

    /**
     * The trust a portal profile gives: its {@code issuer.ca.files} as anchors, its {@code issuer.expected.root} as a
     * pin (a SHA-1 or SHA-256 fingerprint) or as the expected root name (a subject), its {@code issuer.fetch.hosts}
     * as the hosts AIA downloads may go to (downloads on when there is one).
     *
     * @throws PortalClientException when a CA file cannot be read
     * @throws IllegalArgumentException when the expected root is neither a fingerprint nor a name
     */
    public static WorkspaceTrust fromProfile(PortalProfile profile) throws PortalClientException {
        WorkspaceTrust trust = trusting(profile.issuerCertificates());
        if (profile.expectedRoot().isPresent()) {
            String root = profile.expectedRoot().get();
            trust = RootPin.isFingerprint(root) ? trust.withPinnedRoot(RootPin.parse(root))
                    : trust.withExpectedRoot(new X500Principal(root).getName());
        }
        return profile.issuerFetchHosts().isEmpty() ? trust : trust.withFetch(true, profile.issuerFetchHosts());
    }

    /** Whether at least one anchor was chosen (a trusted CA certificate or a pinned root). */
    public boolean hasAnchor() {
        return !trustedCertificates.isEmpty() || pinnedRoot.isPresent();
    }

    /** These anchors in addition to the present ones (duplicates dropped). */
    public WorkspaceTrust withTrusted(List<X509Certificate> certificates) {
        List<X509Certificate> all = new ArrayList<>(trustedCertificates);
        certificates.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new WorkspaceTrust(all, pinnedRoot, expectedRoot, expectedIssuer, fetchIssuers, fetchHosts);
    }

    public WorkspaceTrust withPinnedRoot(RootPin pin) {
        return new WorkspaceTrust(trustedCertificates, Optional.of(pin), expectedRoot, expectedIssuer, fetchIssuers,
                fetchHosts);
    }

    public WorkspaceTrust withExpectedRoot(String name) {
        return new WorkspaceTrust(trustedCertificates, pinnedRoot, Optional.of(name), expectedIssuer, fetchIssuers,
                fetchHosts);
    }

    public WorkspaceTrust withExpectedIssuer(String name) {
        return new WorkspaceTrust(trustedCertificates, pinnedRoot, expectedRoot, Optional.of(name), fetchIssuers,
                fetchHosts);
    }

    /** Downloads on or off, with these hosts added to the allowed ones. */
    public WorkspaceTrust withFetch(boolean fetch, List<String> hosts) {
        List<String> all = new ArrayList<>(fetchHosts);
        all.addAll(hosts);
        return new WorkspaceTrust(trustedCertificates, pinnedRoot, expectedRoot, expectedIssuer, fetch, all);
    }

    /** The crypto engine's view, with AIA downloads through this proxy. */
    public TrustSettings toTrustSettings(ProxySettings proxy) {
        TrustSettings.Builder builder = TrustSettings.builder().trusted(trustedCertificates)
                .fetch(fetchIssuers ? IssuerFetchSettings.allowing(fetchHosts, proxy) : IssuerFetchSettings.disabled());
        pinnedRoot.ifPresent(builder::pinnedRoot);
        expectedRoot.ifPresent(name -> builder.expectedRoot(new X500Principal(name)));
        expectedIssuer.ifPresent(name -> builder.expectedIssuer(new X500Principal(name)));
        return builder.build();
    }
}
