package io.certdesk.jobs;

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

    public JobException(ErrorCode code, String message, Throwable cause) {
        this(code, message, cause, null);
    }

    private JobException(ErrorCode code, String message, Throwable cause, RosterProblem rosterProblem) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        this.rosterProblem = rosterProblem;
    }

    /** A roster that cannot be imported. */
    public static JobException roster(RosterProblem problem, String message, Throwable cause) {
        return new JobException(ErrorCode.UNKNOWN, message, cause, Objects.requireNonNull(problem, "problem")); //$NON-NLS-1$
    }

    public ErrorCode code() {
        return code;
    }

    /** What is wrong with the roster, when the roster was the problem. */
    public Optional<RosterProblem> rosterProblem() {
        return Optional.ofNullable(rosterProblem);
    }
}
