package io.certdesk.workspace;

import java.util.Optional;

/**
 * The end of a pipeline run: the final counts, whether it was cancelled, and the storage failure that stopped
 * it early (disk full, folder not writable), if any. Entries not reached keep their last durable state.
 */
public record RunSummary(ProgressCounts counts, boolean cancelled, Optional<WorkspaceException> storageFailure) {

    /** Whether every entry handled reached the last requested stage. */
    public boolean complete() {
        return !cancelled && storageFailure.isEmpty() && counts.failed() == 0 && counts.finished() + counts.skipped() == counts.total();
    }
}
