package io.certdesk.roster;

import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.roster.internal.Messages;

/**
 * A roster file was refused as a whole, or a result file could not be written. The message names the
 * file, what is wrong and what to do, in the current language; it never contains a password. Like the other
 * areas' exceptions it carries its catalogue {@link #code()} (roster family 6xx, one per {@link RosterProblem}).
 */
public final class RosterException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RosterProblem problem;
    private final String source;

    public RosterException(RosterProblem problem, String source, String detail) {
        this(problem, source, detail, null);
    }

    public RosterException(RosterProblem problem, String source, String detail, Throwable cause) {
        super(Messages.problem(Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(source, "source"), //$NON-NLS-1$ //$NON-NLS-2$
                detail), cause);
        this.problem = problem;
        this.source = source;
    }

    /** What kind of problem. */
    public RosterProblem problem() {
        return problem;
    }

    /** The catalogue code: {@code problem().code()}. */
    public ErrorCode code() {
        return problem.code();
    }

    /** The file the problem is about. */
    public String source() {
        return source;
    }
}
