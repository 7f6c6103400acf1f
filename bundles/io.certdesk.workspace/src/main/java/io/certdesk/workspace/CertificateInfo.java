package io.certdesk.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * What the workspace keeps of a verified end-entity certificate: names (RFC 2253), serial (hex), validity and
 * fingerprints (upper-case hex). Used for renewal and superseded detection and in reports.
 */
public record CertificateInfo(String subject, String issuer, String serialHex, Instant notBefore, Instant notAfter,
        String sha256, String sha1) {

    public CertificateInfo {
        Objects.requireNonNull(subject, "subject"); //$NON-NLS-1$
        Objects.requireNonNull(issuer, "issuer"); //$NON-NLS-1$
        Objects.requireNonNull(serialHex, "serialHex"); //$NON-NLS-1$
        Objects.requireNonNull(notBefore, "notBefore"); //$NON-NLS-1$
        Objects.requireNonNull(notAfter, "notAfter"); //$NON-NLS-1$
        Objects.requireNonNull(sha256, "sha256"); //$NON-NLS-1$
        Objects.requireNonNull(sha1, "sha1"); //$NON-NLS-1$
    }

    /** Whether both certificates have the same subject and issuer (a renewal or re-issue of the same identity). */
    public boolean sameIdentity(CertificateInfo other) {
        return subject.equals(other.subject) && issuer.equals(other.issuer);
    }
}
