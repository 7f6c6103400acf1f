package io.certdesk.jobs;

import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;

/**
 * Something found before a run downloads anything that would make the batch fail after the 24-hour windows started
 * (see {@link JobService#run}).
 *
 * @param code    the catalogue code the batch would fail with
 * @param problem what is wrong, naming how many rows are affected (localised)
 * @param fix     what to do (localised)
 * @param rows    how many rows are affected; 0 when the settings or the workspace are the problem
 */
public record PreflightProblem(ErrorCode code, String problem, String fix, int rows) {

    public PreflightProblem {
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        Objects.requireNonNull(problem, "problem"); //$NON-NLS-1$
        Objects.requireNonNull(fix, "fix"); //$NON-NLS-1$
    }
}
