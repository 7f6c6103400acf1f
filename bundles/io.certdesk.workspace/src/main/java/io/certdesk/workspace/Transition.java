package io.certdesk.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * One recorded move of an entry: from which state (empty for the import), to which, when, why (a stable
 * reason identifier such as {@code downloaded} or {@code stored-copy-damaged}) and the error code for failures.
 */
public record Transition(long entryId, Optional<EntryState> from, EntryState to, Instant at, String reason,
        Optional<ErrorCode> errorCode) {

    public Transition {
        Objects.requireNonNull(from, "from"); //$NON-NLS-1$
        Objects.requireNonNull(to, "to"); //$NON-NLS-1$
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
        Objects.requireNonNull(errorCode, "errorCode"); //$NON-NLS-1$
    }
}
