package io.certdesk.crypto;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * The result of verifying a chain at an instant: every check with its outcome and detail. The verdict
 * passes when no check failed; skipped checks (not configured) are listed so reports say what was not
 * checked. A chain is <em>trusted</em> only when it ends at an anchor the administrator chose
 * ({@link #trusted()}); a verdict without an anchor fails unless the caller explicitly accepted it, and even then
 * it is not trusted.
 *
 * @param anchorConfigured whether the trust settings named at least one trust anchor
 */
public record ChainVerdict(CertificateChain chain, Instant at, List<Check> checks, boolean anchorConfigured) {

    /** What was checked. */
    public enum CheckKind {
        /** The chain reaches a self-signed root. */
        CHAIN_COMPLETE,
        /** The end-entity certificate is valid at the instant. */
        VALIDITY,
        /** The chain ends at a trust anchor the administrator chose (trusted CA certificate or pinned root). */
        TRUST_ANCHOR,
        /** PKIX path validation at the instant (signatures, validity, basic constraints, key usage). */
        PATH_VALIDATION,
        /** The root's fingerprint (SHA-1 or SHA-256) equals the pinned one. */
        ROOT_PIN,
        /** The root's subject equals the expected root name (a condition, never trust by itself). */
        ROOT_NAME,
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

    /** Whether the chain passed and ends at a trust anchor the administrator chose. */
    public boolean trusted() {
        return passed() && anchorConfigured && checks.stream()
                .anyMatch(c -> c.kind() == CheckKind.TRUST_ANCHOR && c.status() == Status.PASSED);
    }

    /**
     * The error code of a failed verdict: {@link ErrorCode#P12_NO_TRUST_ANCHOR} when no anchor was chosen,
     * {@link ErrorCode#P12_CHAIN_INCOMPLETE} when the chain is incomplete, else {@link ErrorCode#P12_CHAIN_UNTRUSTED};
     * empty when it passed.
     */
    public Optional<ErrorCode> failureCode() {
        if (passed()) {
            return Optional.empty();
        }
        if (!anchorConfigured) {
            return Optional.of(ErrorCode.P12_NO_TRUST_ANCHOR);
        }
        return Optional.of(check(CheckKind.CHAIN_COMPLETE).status() == Status.FAILED ? ErrorCode.P12_CHAIN_INCOMPLETE
                : ErrorCode.P12_CHAIN_UNTRUSTED);
    }

    /** The failed checks as one line: {@code KIND: detail; KIND: detail}. */
    public String failureSummary() {
        return String.join("; ", failures().stream().map(f -> f.kind() + ": " + f.detail()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
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
