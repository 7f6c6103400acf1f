package io.certdesk.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ChainVerdict;

/**
 * What the workspace stored the last time it verified an entry's chain (verification, or the re-check before
 * an export): the chain leaf first, the verdict, and every check with its outcome and detail. Holds no secret.
 *
 * @param verifiedAt   when the chain was verified (the instant the checks were made at)
 * @param trusted      whether the chain ended at an anchor the workspace trusts and passed every check
 * @param failure      the catalogue code of a failed verdict, empty when trusted
 * @param certificates leaf, intermediates, root (when the chain was complete)
 * @param checks       every check, in the engine's order
 */
public record ChainRecord(Instant verifiedAt, boolean trusted, Optional<ErrorCode> failure,
        List<Certificate> certificates, List<ChainVerdict.Check> checks) {

    public ChainRecord {
        Objects.requireNonNull(verifiedAt, "verifiedAt"); //$NON-NLS-1$
        Objects.requireNonNull(failure, "failure"); //$NON-NLS-1$
        certificates = List.copyOf(certificates);
        checks = List.copyOf(checks);
    }

    /**
     * One certificate of the chain.
     *
     * @param source where it came from (the file, the trusted CAs, an AIA download)
     * @param anchor whether this certificate is the trust anchor the chain ended at (a trusted CA certificate or
     *               the root matching the pinned fingerprint)
     */
    public record Certificate(String subject, String issuer, String serialHex, Instant notBefore, Instant notAfter,
            String sha256, ChainSource source, boolean anchor) {

        public Certificate {
            Objects.requireNonNull(subject, "subject"); //$NON-NLS-1$
            Objects.requireNonNull(issuer, "issuer"); //$NON-NLS-1$
            Objects.requireNonNull(serialHex, "serialHex"); //$NON-NLS-1$
            Objects.requireNonNull(notBefore, "notBefore"); //$NON-NLS-1$
            Objects.requireNonNull(notAfter, "notAfter"); //$NON-NLS-1$
            Objects.requireNonNull(sha256, "sha256"); //$NON-NLS-1$
            Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        }
    }

    /** The failed checks. */
    public List<ChainVerdict.Check> failures() {
        return checks.stream().filter(c -> c.status() == ChainVerdict.Status.FAILED).toList();
    }

    /** The check of that kind, if it was recorded. */
    public Optional<ChainVerdict.Check> check(ChainVerdict.CheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst();
    }
}
