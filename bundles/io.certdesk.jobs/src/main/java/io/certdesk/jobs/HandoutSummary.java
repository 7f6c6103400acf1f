package io.certdesk.jobs;

/**
 * What {@link JobService#handout} did.
 *
 * @param entries  entries whose password goes by handout (0: nothing was written)
 * @param pages    pages of the PDF written
 * @param recorded entries recorded as handed over
 */
public record HandoutSummary(int entries, int pages, int recorded) {
}
