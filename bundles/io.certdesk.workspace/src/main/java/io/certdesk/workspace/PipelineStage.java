package io.certdesk.workspace;

/** The steps of the batch, in order. */
public enum PipelineStage {
    /** Fetch from the portal and store the raw file durably (network executor). */
    DOWNLOAD,
    /** Open with the retrieval password, complete and verify the chain (CPU executor). */
    VERIFY,
    /** Re-export with the full chain and a generated password (CPU executor). */
    EXPORT
}
