package io.certdesk.workspace;

import io.certdesk.core.errors.ErrorCode;

/**
 * Observes a pipeline run (a terminal progress bar, the workbench). Calls are serialized: a listener sees one
 * event at a time, from a pipeline thread; it must return quickly and must not call back into the pipeline.
 */
public interface PipelineListener {

    /** An entry begins a stage. */
    default void entryStarted(Entry entry, PipelineStage stage) {
    }

    /** An entry finished a stage (it is durable in its new state). */
    default void entryFinished(Entry entry, PipelineStage stage) {
    }

    /** An entry failed at a stage; {@code detail} never contains a secret. */
    default void entryFailed(Entry entry, PipelineStage stage, ErrorCode code, String detail) {
    }

    /** The counts after every event. */
    default void progress(ProgressCounts counts) {
    }

    /** Nothing to observe. */
    PipelineListener NONE = new PipelineListener() {
    };
}
