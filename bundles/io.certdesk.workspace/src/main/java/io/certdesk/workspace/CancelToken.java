package io.certdesk.workspace;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation of a pipeline run: checked between steps, never in the middle of storing a file or
 * committing a state. What was finished stays finished; the rest resumes on the next run.
 */
public final class CancelToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
