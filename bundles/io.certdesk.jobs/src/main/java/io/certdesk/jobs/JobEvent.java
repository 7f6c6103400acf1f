package io.certdesk.jobs;

import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;

/**
 * One thing that happened in a run or a delivery, with the running counts after it.
 *
 * @param kind     what happened
 * @param entryId  the workspace id of the entry it happened to; 0 for {@link Kind#PROGRESS} and warnings without one
 * @param label    the entry for people: certificate number and name (delivery: the delivery engine's label)
 * @param stage    the pipeline stage, for the ENTRY_* kinds
 * @param error    the product error code, for failures
 * @param detail   the failure's detail, a delivery's recipient, or a warning's text; never a secret
 * @param counts   the pipeline's running counts after this event (for delivery events: the counts of the last run,
 *                 or all zero)
 * @param done     how many items are settled so far (pipeline: entries done; delivery: parts settled)
 * @param total    how many items this run or delivery has
 * @param delivery the settled part, for {@link Kind#DELIVERY_SETTLED}
 */
public record JobEvent(Kind kind, long entryId, String label, Optional<PipelineStage> stage, Optional<ErrorCode> error,
        String detail, ProgressCounts counts, int done, int total, Optional<DeliveryResult> delivery) {

    /** What happened. */
    public enum Kind {
        /** An entry starts a stage. */
        ENTRY_STARTED,
        /** An entry finished a stage. */
        ENTRY_FINISHED,
        /** An entry's stage failed; {@code error} and {@code detail} say why. */
        ENTRY_FAILED,
        /** The counts changed without an entry event (the run's total is known, an entry was skipped). */
        PROGRESS,
        /** One part (file or password) of one entry was settled by delivery. */
        DELIVERY_SETTLED,
        /** The delivery engine warns about an entry or the batch. */
        DELIVERY_WARNING
    }

    /** No pipeline counts yet. */
    public static final ProgressCounts NO_COUNTS = new ProgressCounts(0, 0, 0, 0, 0, 0, 0);

    public JobEvent {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        Objects.requireNonNull(stage, "stage"); //$NON-NLS-1$
        Objects.requireNonNull(error, "error"); //$NON-NLS-1$
        Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
        Objects.requireNonNull(counts, "counts"); //$NON-NLS-1$
        Objects.requireNonNull(delivery, "delivery"); //$NON-NLS-1$
    }
}
