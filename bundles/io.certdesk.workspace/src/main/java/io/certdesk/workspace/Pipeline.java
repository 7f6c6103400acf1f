package io.certdesk.workspace;

/**
 * The batch over a workspace: download, verify and export with bounded concurrency (a network executor and a
 * CPU executor), cooperative cancellation and progress events. Resumable: every run starts from each entry's
 * last durable state, never downloads again a certificate whose stored copy is intact, and leaves no partial
 * file under a final name. One run at a time per workspace.
 */
public interface Pipeline {

    /**
     * Runs the requested stages over every entry that needs them and returns when all are handled, the token
     * is cancelled, or storage fails (disk full: the run stops, nothing stored is lost).
     */
    RunSummary run(PipelineOptions options, PipelineListener listener, CancelToken cancel) throws WorkspaceException;
}
