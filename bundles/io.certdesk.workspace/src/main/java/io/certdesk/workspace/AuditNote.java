package io.certdesk.workspace;

import java.util.Objects;
import java.util.Optional;

/**
 * One audit record to append: what happened, to which entry (none: the workspace), and a detail that must not
 * contain a secret.
 */
public record AuditNote(String action, Optional<Long> entryId, String detail) {

    public AuditNote {
        Objects.requireNonNull(action, "action"); //$NON-NLS-1$
        Objects.requireNonNull(entryId, "entryId"); //$NON-NLS-1$
        Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
    }
}
