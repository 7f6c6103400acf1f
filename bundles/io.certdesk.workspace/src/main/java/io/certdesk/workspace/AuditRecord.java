package io.certdesk.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who (OS user), when, what, which entry, certificate number and fingerprint, a
 * secret-free detail, and the SHA-256 chain (the previous record's hash and this record's).
 */
public record AuditRecord(long sequence, Instant at, String actor, String action, Optional<Long> entryId,
        String certificateNumber, String fingerprint, String detail, String previousHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        Objects.requireNonNull(actor, "actor"); //$NON-NLS-1$
        Objects.requireNonNull(action, "action"); //$NON-NLS-1$
        Objects.requireNonNull(entryId, "entryId"); //$NON-NLS-1$
        Objects.requireNonNull(certificateNumber, "certificateNumber"); //$NON-NLS-1$
        Objects.requireNonNull(fingerprint, "fingerprint"); //$NON-NLS-1$
        Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
        Objects.requireNonNull(previousHash, "previousHash"); //$NON-NLS-1$
        Objects.requireNonNull(hash, "hash"); //$NON-NLS-1$
    }
}
