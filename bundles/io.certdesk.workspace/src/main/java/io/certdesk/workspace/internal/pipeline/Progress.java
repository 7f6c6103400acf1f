package io.certdesk.workspace.internal.pipeline;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.PipelineListener;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;

/**
 * Counts of a run and the listener, behind one lock: listeners see one event at a time with the counts after it.
 * A listener that throws is not allowed to break the run.
 */
final class Progress {

    private final PipelineListener listener;
    private int total;
    private int finished;
    private int failed;
    private int skipped;
    private int downloaded;
    private int verified;
    private int exported;

    Progress(PipelineListener listener) {
        this.listener = listener;
    }

    synchronized void total(int count) {
        total = count;
        emit();
    }

    synchronized void started(Entry entry, PipelineStage stage) {
        safely(() -> listener.entryStarted(entry, stage));
    }

    /** A stage finished; {@code last} when it was the entry's last stage of this run. */
    synchronized void finished(Entry entry, PipelineStage stage, boolean last) {
        switch (stage) {
            case DOWNLOAD -> downloaded++;
            case VERIFY -> verified++;
            case EXPORT -> exported++;
        }
        if (last) {
            finished++;
        }
        safely(() -> listener.entryFinished(entry, stage));
        emit();
    }

    synchronized void failed(Entry entry, PipelineStage stage, ErrorCode code, String detail) {
        failed++;
        safely(() -> listener.entryFailed(entry, stage, code, detail));
        emit();
    }

    synchronized void skipped() {
        skipped++;
        emit();
    }

    synchronized ProgressCounts counts() {
        return new ProgressCounts(total, finished, failed, skipped, downloaded, verified, exported);
    }

    private void emit() {
        ProgressCounts counts = counts();
        safely(() -> listener.progress(counts));
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | Error e) { // NOPMD: a broken listener (even one out of stack) must not stop the batch
            // ignored: the counts stay right and the run goes on
        }
    }
}
