package io.certdesk.ui.internal.activity;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/**
 * How a run or delivery ended, for a notification: the job's name, the outcome and the counts line the Activity log
 * shows for a finished or cancelled job (counts only, never a name), or the error code of a failed one.
 */
public record JobEnd(String job, Outcome outcome, String counts, Optional<ErrorCode> error) {

    /** Finished, cancelled by the administrator, or stopped by an error. */
    public enum Outcome {
        FINISHED, CANCELLED, FAILED
    }

    public JobEnd {
        Objects.requireNonNull(job, "job"); //$NON-NLS-1$
        Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
        Objects.requireNonNull(counts, "counts"); //$NON-NLS-1$
        Objects.requireNonNull(error, "error"); //$NON-NLS-1$
    }
}
