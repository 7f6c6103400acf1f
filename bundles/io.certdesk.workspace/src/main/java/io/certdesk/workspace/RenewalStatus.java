package io.certdesk.workspace;

import java.util.Objects;

/**
 * A certificate's place relative to its renewal window (opens {@code windowDays} before expiry, per portal
 * profile: 28 or 40 days for the services we know).
 *
 * @param daysLeft whole days until notAfter (0 on the last day, negative once expired)
 */
public record RenewalStatus(Entry entry, CertificateInfo certificate, long daysLeft, Phase phase) {

    /** Where the certificate stands. */
    public enum Phase {
        /** Renewal not open yet. */
        VALID,
        /** Inside the renewal window: renew now. */
        RENEWAL_OPEN,
        /** Expired: cannot be renewed, only re-issued. */
        EXPIRED
    }

    public RenewalStatus {
        Objects.requireNonNull(entry, "entry"); //$NON-NLS-1$
        Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
        Objects.requireNonNull(phase, "phase"); //$NON-NLS-1$
    }
}
