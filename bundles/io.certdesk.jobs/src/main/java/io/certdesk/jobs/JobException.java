package io.certdesk.jobs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.roster.RosterProblem;

/**
 * Why a job-service operation failed: the product error code and the message of the engine that failed (the
 * engine's exception is the cause). A roster that cannot be read has no product error code of its own: its code is
 * {@link ErrorCode#UNKNOWN} and {@link #rosterProblem()} names what is wrong.
 */
public final class JobException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient RosterProblem rosterProblem;
    private final transient List<PreflightProblem> preflight;

    public JobException(ErrorCode code, String message, Throwable cause) {
        this(code, message, cause, null, List.of());
    }

    private JobException(ErrorCode code, String message, Throwable cause, RosterProblem rosterProblem,
            List<PreflightProblem> preflight) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        this.rosterProblem = rosterProblem;
        this.preflight = List.copyOf(preflight);
    }

    /**
     * A run stopped before downloading anything: its code is the first problem's, its message says that nothing
     * was downloaded and lists every problem with the rows affected and the fix.
     */
    public static JobException preflight(List<PreflightProblem> problems, String message) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no preflight problem"); //$NON-NLS-1$
        }
        return new JobException(problems.get(0).code(), message, null, null, problems);
    }

    /** The problems that stopped a run before it downloaded anything; empty for other failures. */
    public List<PreflightProblem> preflightProblems() {
        return preflight;
    }

    /** A roster that cannot be imported. */
    public static JobException roster(RosterProblem problem, String message, Throwable cause) {
        return new JobException(ErrorCode.UNKNOWN, message, cause, Objects.requireNonNull(problem, "problem"), List.of()); //$NON-NLS-1$
    }

    public ErrorCode code() {
        return code;
    }

    /** What is wrong with the roster, when the roster was the problem. */
    public Optional<RosterProblem> rosterProblem() {
        return Optional.ofNullable(rosterProblem);
    }
}
