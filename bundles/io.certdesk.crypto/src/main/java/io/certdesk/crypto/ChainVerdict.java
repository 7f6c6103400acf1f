package io.certdesk.crypto;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of verifying a chain at an instant: every check with its outcome and detail. The verdict
 * passes when no check failed; skipped checks (not configured) are listed so reports say what was not
 * checked.
 */
public record ChainVerdict(CertificateChain chain, Instant at, List<Check> checks) {

    /** What was checked. */
    public enum CheckKind {
        /** The chain reaches a self-signed root. */
        CHAIN_COMPLETE,
        /** The end-entity certificate is valid at the instant. */
        VALIDITY,
        /** The root is one of the CA certificates configured as trusted. */
        TRUST_ANCHOR,
        /** PKIX path validation at the instant (signatures, validity, basic constraints, key usage). */
        PATH_VALIDATION,
        /** The root's SHA-256 fingerprint equals the pinned one. */
        ROOT_PIN,
        /** The end-entity certificate's issuer equals the expected name. */
        ISSUER_NAME,
        /** Revocation (CRL, OCSP). */
        REVOCATION
    }

    /** Outcome of a check. */
    public enum Status {
        PASSED, FAILED, SKIPPED
    }

    /** One check: what, outcome, and a sentence for people. */
    public record Check(CheckKind kind, Status status, String detail) {
        public Check {
            Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
            Objects.requireNonNull(status, "status"); //$NON-NLS-1$
            Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
        }
    }

    public ChainVerdict {
        Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        checks = List.copyOf(checks);
    }

    /** Whether no check failed. */
    public boolean passed() {
        return checks.stream().noneMatch(c -> c.status() == Status.FAILED);
    }

    /** The failed checks. */
    public List<Check> failures() {
        return checks.stream().filter(c -> c.status() == Status.FAILED).toList();
    }

    /** The check of that kind. */
    public Check check(CheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.name()));
    }
}
