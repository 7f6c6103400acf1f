package io.certdesk.jobs;

import java.util.List;
import java.util.Objects;

import io.certdesk.roster.Finding;

/**
 * What {@link JobService#importRoster} did.
 *
 * @param findings       file-level findings first, then every row's findings in row order
 * @param summary        the roster reader's one-line summary (rows, accepted, warned, rejected, skipped)
 * @param rejectedRows   roster rows (1-based) that were not imported
 * @param added          entries added to the workspace
 * @param alreadyPresent entries skipped because the workspace has them already
 */
public record ImportSummary(List<Finding> findings, String summary, List<Integer> rejectedRows, int added,
        int alreadyPresent) {

    public ImportSummary {
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary"); //$NON-NLS-1$
        rejectedRows = List.copyOf(rejectedRows);
    }
}
