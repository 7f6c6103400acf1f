package io.certdesk.workspace;

/**
 * Counts of one pipeline run so far: entries it will handle ({@code total}), finished (reached the last
 * requested stage), failed (including window passed), skipped (superseded, or left when cancelled), and what
 * each stage has done.
 */
public record ProgressCounts(int total, int finished, int failed, int skipped, int downloaded, int verified,
        int exported) {

    /** Entries handled one way or another. */
    public int done() {
        return finished + failed + skipped;
    }
}
