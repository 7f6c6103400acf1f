package io.certdesk.jobs.internal;

import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobEvent.Kind;
import io.certdesk.jobs.JobListener;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.PipelineListener;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.ProgressCounts;

/**
 * The pipeline's callbacks as {@link JobEvent}s. The pipeline calls its listener under one lock, and after a finished
 * or failed step it reports the new counts: the step's event is held back until then, so every event carries the
 * counts after it. Events therefore reach the listener one at a time, in order, on the pipeline's worker threads.
 */
final class PipelineEvents implements PipelineListener {

    private final JobListener listener;
    private JobEvent pending;
    private ProgressCounts last = JobEvent.NO_COUNTS;

    PipelineEvents(JobListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void entryStarted(Entry entry, PipelineStage stage) {
        flush();
        listener.event(event(Kind.ENTRY_STARTED, entry, stage, Optional.empty(), "")); //$NON-NLS-1$
    }

    @Override
    public synchronized void entryFinished(Entry entry, PipelineStage stage) {
        flush();
        pending = event(Kind.ENTRY_FINISHED, entry, stage, Optional.empty(), ""); //$NON-NLS-1$
    }

    @Override
    public synchronized void entryFailed(Entry entry, PipelineStage stage, ErrorCode code, String detail) {
        flush();
        pending = event(Kind.ENTRY_FAILED, entry, stage, Optional.of(code), detail == null ? "" : detail); //$NON-NLS-1$
    }

    @Override
    public synchronized void progress(ProgressCounts counts) {
        last = counts;
        JobEvent held = pending;
        pending = null;
        if (held != null) {
            listener.event(new JobEvent(held.kind(), held.entryId(), held.label(), held.stage(), held.error(),
                    held.detail(), counts, counts.done(), counts.total(), Optional.empty()));
        } else {
            listener.event(new JobEvent(Kind.PROGRESS, 0, "", Optional.empty(), Optional.empty(), "", counts, //$NON-NLS-1$ //$NON-NLS-2$
                    counts.done(), counts.total(), Optional.empty()));
        }
    }

    /** The counts of the last progress report. */
    synchronized ProgressCounts counts() {
        return last;
    }

    /** Sends an event still held (the pipeline reports counts after every step, so this is a safety net). */
    synchronized void flush() {
        JobEvent held = pending;
        pending = null;
        if (held != null) {
            listener.event(held);
        }
    }

    private JobEvent event(Kind kind, Entry entry, PipelineStage stage, Optional<ErrorCode> error, String detail) {
        return new JobEvent(kind, entry.id(), label(entry), Optional.of(stage), error, detail, last, last.done(),
                last.total(), Optional.empty());
    }

    /** An entry for people: certificate number and name. */
    static String label(Entry entry) {
        return entry.name().isEmpty() ? entry.certificateNumber() : entry.certificateNumber() + " (" + entry.name() + ')'; //$NON-NLS-1$
    }
}
