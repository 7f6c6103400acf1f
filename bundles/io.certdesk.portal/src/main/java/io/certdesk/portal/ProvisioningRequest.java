package io.certdesk.portal;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What one provisioning asks for.
 *
 * @param groupId the group (1-32 of A-Z, 0-9 and '-')
 * @param count how many new users get a certificate (ignored for a renewal)
 * @param renewal issue new certificates to the group's existing users instead of adding users
 * @param chain what the served PKCS#12 holds besides the key
 * @param validityMonths validity of the client certificates in months (e.g. 25)
 * @param seed the seed of the demo names; by default derived from the group ID
 * @param repositoryUrl for a new data folder: where the CA repository is served (written into AIA)
 * @param organization for a new data folder: the O of the subjects
 * @param keyPool 0: a key pair of its own for each user, as the service issues; N (benchmarks only): N key pairs made
 *                once and shared round-robin, so that thousands of users are provisioned in minutes
 */
public record ProvisioningRequest(String groupId, int count, boolean renewal, ChainScope chain, int validityMonths,
        Optional<Long> seed, Optional<URI> repositoryUrl, Optional<String> organization, int keyPool) {

    public static final int MAX_KEY_POOL = 1_000;

    /** A key pair of its own for each user. */
    public ProvisioningRequest(String groupId, int count, boolean renewal, ChainScope chain, int validityMonths,
            Optional<Long> seed, Optional<URI> repositoryUrl, Optional<String> organization) {
        this(groupId, count, renewal, chain, validityMonths, seed, repositoryUrl, organization, 0);
    }

    public ProvisioningRequest {
        Objects.requireNonNull(groupId, "groupId"); //$NON-NLS-1$
        Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
        Objects.requireNonNull(seed, "seed"); //$NON-NLS-1$
        Objects.requireNonNull(repositoryUrl, "repositoryUrl"); //$NON-NLS-1$
        Objects.requireNonNull(organization, "organization"); //$NON-NLS-1$
        if (!renewal && (count < 1 || count > 10_000)) {
            throw new IllegalArgumentException("The count must be 1-10000, not " + count); //$NON-NLS-1$
        }
        if (validityMonths < 1 || validityMonths > 120) {
            throw new IllegalArgumentException("The validity must be 1-120 months, not " + validityMonths); //$NON-NLS-1$
        }
        if (keyPool < 0 || keyPool > MAX_KEY_POOL) {
            throw new IllegalArgumentException("The key pool must be 0-" + MAX_KEY_POOL + ", not " + keyPool); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** {@code count} new users of {@code groupId}, full chain, 25 months. */
    public static ProvisioningRequest of(String groupId, int count) {
        return new ProvisioningRequest(groupId, count, false, ChainScope.FULL, 25, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public ProvisioningRequest withChain(ChainScope newChain) {
        return new ProvisioningRequest(groupId, count, renewal, newChain, validityMonths, seed, repositoryUrl, organization, keyPool);
    }

    public ProvisioningRequest withRepository(URI url) {
        return new ProvisioningRequest(groupId, count, renewal, chain, validityMonths, seed, Optional.of(url), organization, keyPool);
    }

    public ProvisioningRequest asRenewal() {
        return new ProvisioningRequest(groupId, 0, true, chain, validityMonths, seed, repositoryUrl, organization, keyPool);
    }

    /** The same request with {@code size} shared key pairs (benchmarks only; 0: one per user). */
    public ProvisioningRequest withKeyPool(int size) {
        return new ProvisioningRequest(groupId, count, renewal, chain, validityMonths, seed, repositoryUrl, organization, size);
    }
}
